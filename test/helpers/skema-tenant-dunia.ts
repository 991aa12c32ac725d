import { randomUUID } from 'node:crypto'
import type { Database } from '../../src/db/client.ts'
import { buatPohon } from './skp-factories.ts'

/** Raw-SQL world of test/skema-tenant.test.ts: no repository or service stands between a statement and a constraint. */
export type Nilai = Record<string, unknown>

export async function sisipkan(database: Database, tabel: string, nilai: Nilai) {
  const kolom = Object.keys(nilai)
  const params = kolom.map((k) => {
    const v = nilai[k]
    return v !== null && typeof v === 'object' ? JSON.stringify(v) : v
  })
  await database.query(
    `insert into ${tabel} (${kolom.join(', ')}) values (${kolom.map((_, i) => `$${i + 1}`).join(', ')})`,
    params,
  )
}

/** One instansi with the whole chain: tree, pegawai, SKP → RHK → IKI, a team and its RHK. */
export async function buatDunia(database: Database) {
  const p = await buatPohon(database)
  const instansiId = p.instansi.id
  const skpId = randomUUID()
  await sisipkan(database, 'skp', {
    id: skpId,
    instansi_id: instansiId,
    pegawai_id: p.kepala.pegawai.id,
    penugasan_id: p.kepala.penugasan.id,
    tahun: 2031,
    mulai: '2031-01-01',
    selesai: '2031-12-31',
    pendekatan: 'kuantitatif',
    varian: 'administrasi_fungsional',
    penilai_pegawai_id: p.top.pegawai.id,
    snapshot: {},
  })
  const rhkId = randomUUID()
  await sisipkan(database, 'rhk', {
    id: rhkId,
    instansi_id: instansiId,
    skp_id: skpId,
    jenis: 'utama',
    deskripsi: 'RHK',
  })
  const ikiId = randomUUID()
  await sisipkan(database, 'iki', {
    id: ikiId,
    instansi_id: instansiId,
    rhk_id: rhkId,
    indikator: 'IKI',
    target_teks: 'Target',
  })
  const berkasId = randomUUID()
  await sisipkan(database, 'berkas', {
    id: berkasId,
    instansi_id: instansiId,
    penyimpanan: 'lokal',
    kunci: `${instansiId}/2031/${berkasId}`,
    nama: 'a.pdf',
    mime: 'application/pdf',
    ukuran: 1,
    sha256: 'h',
  })
  const timId = randomUUID()
  await sisipkan(database, 'tim_kerja', {
    id: timId,
    instansi_id: instansiId,
    tahun: 2031,
    nama: 'Tim Uji',
    ketua_pegawai_id: p.kepala.pegawai.id,
  })
  const evaluasiId = randomUUID()
  await sisipkan(database, 'evaluasi', {
    id: evaluasiId,
    instansi_id: instansiId,
    skp_id: skpId,
    pegawai_id: p.kepala.pegawai.id,
    tahun: 2031,
    periode: 'TW1',
    snapshot: {},
  })
  // a keberatan on another evaluation (one per version: a keberatan row below names the first one)
  const evaluasiKeberatanId = randomUUID()
  await sisipkan(database, 'evaluasi', {
    id: evaluasiKeberatanId,
    instansi_id: instansiId,
    skp_id: skpId,
    pegawai_id: p.kepala.pegawai.id,
    tahun: 2031,
    periode: 'TW2',
    snapshot: {},
  })
  const keberatanId = randomUUID()
  await sisipkan(database, 'keberatan', {
    id: keberatanId,
    instansi_id: instansiId,
    evaluasi_id: evaluasiKeberatanId,
    pegawai_id: p.kepala.pegawai.id,
    alasan: 'Uji',
  })
  return {
    instansiId,
    unorId: p.bidang.id,
    pegawaiId: p.staf.pegawai.id,
    atasanId: p.kepala.pegawai.id,
    penugasanId: p.kepala.penugasan.id,
    skpId,
    rhkId,
    ikiId,
    berkasId,
    timId,
    evaluasiId,
    keberatanId,
    akunId: p.staf.akun.id,
  }
}
export type Dunia = Awaited<ReturnType<typeof buatDunia>>
