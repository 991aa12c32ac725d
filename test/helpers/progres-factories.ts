import type { StatusProgres } from '../../src/shared/enums.ts'
import { client, type TestApp } from './app.ts'
import { buatAkun, buatInstansi, buatPegawai } from './factories.ts'
import { buatOrang, buatPohon, buatSkp, masuk } from './skp-factories.ts'

/**
 * The world of the progres harian tests (test/progres-harian.test.ts): a unit with Staf Satu and Staf Dua
 * (approved SKPs of `tahun`), their Kepala Bidang (the penilai), the admin, and another instansi.
 */
export async function siapkanProgres(t: TestApp, Y = 2026) {
  const p = await buatPohon(t.database, { tahun: [Y] })
  const dua = await buatOrang(t.database, {
    instansiId: p.instansi.id,
    unorId: p.bidang.id,
    nama: 'Staf Dua',
  })
  const skpStaf = await buatSkp(t.database, p.staf, { tahun: Y, status: 'disetujui' })
  await buatSkp(t.database, dua, { tahun: Y, status: 'disetujui' })
  const lain = await buatInstansi(t.database, { nama: 'Instansi Lain' })
  const orangLain = await buatPegawai(t.database, { instansiId: lain.id })
  const akunLain = await buatAkun(t.database, { instansiId: lain.id, pegawaiId: orangLain.pegawai.id })
  const adminLain = await buatAkun(t.database, { instansiId: lain.id, peran: ['admin_instansi'] })
  return {
    p,
    dua,
    skpStaf,
    staf: client(t.app, await masuk(t.app, p.staf.akun)),
    kepala: client(t.app, await masuk(t.app, p.kepala.akun)),
    rekan: client(t.app, await masuk(t.app, dua.akun)),
    admin: client(t.app, await masuk(t.app, p.admin)),
    lain: client(t.app, await masuk(t.app, akunLain)),
    adminLain: client(t.app, await masuk(t.app, adminLain)),
  }
}

export type Entri = {
  id: string
  versi: number
  status: StatusProgres
  tanggal: string
  aksi: Record<string, boolean>
}
let menit = 0
/** A valid body on a day of its own time slot (never overlapping another test's). */
export function isian(o: Record<string, unknown> = {}) {
  menit += 1
  const jam = (m: number) =>
    `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`
  return {
    tanggal: '2026-05-04',
    jamMulai: jam(menit * 2),
    jamSelesai: jam(menit * 2 + 1),
    kegiatan: 'Menyusun laporan',
    realisasi: 1,
    satuan: 'Laporan',
    tautanBukti: 'https://contoh.go.id/bukti',
    ...o,
  }
}
