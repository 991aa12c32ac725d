import { isoDiZona } from '../../domain/kunci-realisasi.ts'
import type { Db } from '../../db/client.ts'
import type { RealisasiBawahanBeranda, RealisasiSayaBeranda } from '../../shared/pelaksanaan.ts'
import { sekarang } from '../../server/clock.ts'
import { susunRealisasiBawahan } from './bawahan.service.ts'
import { bukaKunciBerlaku, hitungPeriodeSkp, muatPengaturanSkp, type PeriodeSkp } from './kunci.ts'
import * as repo from './pantau.repository.ts'

/**
 * What other modules (the Beranda) read of pelaksanaan. No access checks: the caller asks about the actor's
 * own SKP and own subordinates.
 */

/** Open periods that have begun, the one locking soonest first. */
const mendesak = (daftar: PeriodeSkp[]) =>
  daftar
    .filter((p) => p.terbuka && p.sudahDimulai)
    .sort((a, b) => a.terkunciPada.getTime() - b.terkunciPada.getTime())

/** The pegawai's to-do: the open period of this approved SKP still missing realisasi (N of M IKI), or null. */
export async function realisasiSayaBeranda(
  db: Db,
  s: { id: string; instansiId: string; tahun: number; mulai: string; selesai: string; status: string },
): Promise<RealisasiSayaBeranda | null> {
  if (s.status !== 'disetujui') return null
  const now = sekarang()
  const { pengaturan, ditutup } = await muatPengaturanSkp(db, s)
  if (ditutup) return null
  for (const p of mendesak(hitungPeriodeSkp(s, pengaturan, now, await bukaKunciBerlaku(db, s, now)))) {
    const [r] = await repo.ringkasanSkp(db, s.instansiId, [s.id], p.kode)
    if (r && r.terisi < r.jumlahIki)
      return {
        skpId: s.id,
        periode: p.kode,
        nama: p.nama,
        terisi: r.terisi,
        jumlahIki: r.jumlahIki,
        terkunciPada: isoDiZona(p.terkunciPada, p.zona),
      }
  }
  return null
}

/** The atasan's to-do: how many subordinates with an approved SKP have not filled the open period. */
export async function realisasiBawahanBeranda(
  db: Db,
  o: { instansiId: string; pegawaiId: string; akunId: string; tahun: number },
): Promise<RealisasiBawahanBeranda | null> {
  const v = await susunRealisasiBawahan(db, o, (daftar) => mendesak(daftar)[0])
  const wajib = v.items.filter((b) => b.status === 'disetujui' && b.jumlahIki > 0)
  if (!v.periode || wajib.length === 0) return null
  return {
    periode: v.periode.kode,
    nama: v.periode.nama,
    belum: wajib.filter((b) => b.terisi < b.jumlahIki).length,
    total: wajib.length,
    terkunciPada: v.periode.terkunciPada,
  }
}
