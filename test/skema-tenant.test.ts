import { randomBytes, randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../src/db/client.ts'
import { openTestDatabase } from './helpers/db.ts'
import {
  buatDunia as buatDuniaDi,
  sisipkan as sisipkanDi,
  type Dunia,
  type Nilai,
} from './helpers/skema-tenant-dunia.ts'

/**
 * Issue 7, "safe by construction": a child row references its parent by (instansi_id, id), so the
 * database itself refuses a row of one instansi that points into another — whatever the code above it does.
 * Raw SQL on purpose: no repository or service stands between the statement and the constraint.
 */
let database: Database & { dispose(): Promise<void> }
beforeAll(async () => {
  database = await openTestDatabase()
})
afterAll(() => database.dispose())

const sisipkan = (tabel: string, nilai: Nilai) => sisipkanDi(database, tabel, nilai)
const buatDunia = () => buatDuniaDi(database)

/** The SQLSTATE of a statement's failure, or null when it succeeded. */
async function kodeGagal(kerja: Promise<unknown>): Promise<string | null> {
  try {
    await kerja
    return null
  } catch (e) {
    return (e as { code?: string }).code ?? String(e)
  }
}

let tahun = 2040
const kode = () => randomBytes(8).toString('hex')

/** A valid row of each child table, all of whose references point into `d`. */
const barisSah: Record<string, (d: Dunia) => Nilai> = {
  unor: (d) => ({ instansi_id: d.instansiId, nama: 'Sub Unit', parent_id: d.unorId }),
  jabatan: (d) => ({ instansi_id: d.instansiId, nama: 'Analis', jenis: 'pelaksana', unor_id: d.unorId }),
  penugasan: (d) => ({
    instansi_id: d.instansiId,
    pegawai_id: d.pegawaiId,
    unor_id: d.unorId,
    jabatan_id: randomUUID(),
    mulai: '2031-01-01',
  }),
  atasan_override: (d) => ({
    instansi_id: d.instansiId,
    pegawai_id: d.pegawaiId,
    atasan_pegawai_id: d.atasanId,
    mulai: '2031-01-01',
    alasan: 'Uji',
  }),
  akun: (d) => ({
    instansi_id: d.instansiId,
    pegawai_id: d.pegawaiId,
    lingkup_unor_id: d.unorId,
    username: `uji-${kode()}`,
    nama_tampilan: 'Uji',
    password_hash: 'x',
  }),
  notifikasi: (d) => ({
    instansi_id: d.instansiId,
    penerima_pegawai_id: d.pegawaiId,
    tipe: 'SKP_DISETUJUI',
    parameter: { tahun: 2026 },
  }),
  skp: (d) => ({
    instansi_id: d.instansiId,
    pegawai_id: d.atasanId,
    penugasan_id: d.penugasanId,
    penilai_pegawai_id: d.pegawaiId,
    tahun: tahun++,
    mulai: '2031-01-01',
    selesai: '2031-12-31',
    pendekatan: 'kuantitatif',
    varian: 'administrasi_fungsional',
    snapshot: {},
  }),
  rhk: (d) => ({
    instansi_id: d.instansiId,
    skp_id: d.skpId,
    jenis: 'utama',
    deskripsi: 'RHK bawahan',
    intervensi_rhk_id: d.rhkId,
    tim_kerja_id: d.timId,
  }),
  iki: (d) => ({
    instansi_id: d.instansiId,
    rhk_id: d.rhkId,
    aspek: 'kuantitas',
    indikator: 'Jumlah',
    target_min: 1,
    satuan: 'Dokumen',
  }),
  skp_perilaku: (d) => ({ instansi_id: d.instansiId, skp_id: d.skpId, kode_nilai: kode() }),
  skp_revisi: (d) => ({ instansi_id: d.instansiId, skp_id: d.skpId, nomor: 1, isi: {}, alasan: 'Uji' }),
  tim_kerja: (d) => ({
    instansi_id: d.instansiId,
    tahun: 2031,
    nama: 'Tim',
    ketua_pegawai_id: d.atasanId,
    rhk_id: d.rhkId,
    dibuat_oleh_pegawai_id: d.atasanId,
  }),
  tim_kerja_anggota: (d) => ({ instansi_id: d.instansiId, tim_kerja_id: d.timId, pegawai_id: d.pegawaiId }),
  peran_hasil: (d) => ({
    instansi_id: d.instansiId,
    rhk_atasan_id: d.rhkId,
    pegawai_id: d.pegawaiId,
    peran: 'Peran',
    hasil: 'Hasil',
    rhk_bawahan_id: d.rhkId,
  }),
  surel: (d) => ({
    instansi_id: d.instansiId,
    penerima_pegawai_id: d.pegawaiId,
    alamat: 'uji@contoh.go.id',
    bahasa: 'id',
    subjek: 'Uji',
    teks: 'Uji',
    html: '<p>Uji</p>',
  }),
  pengingat_terkirim: (d) => ({
    instansi_id: d.instansiId,
    jenis: 'JATUH_TEMPO',
    pegawai_id: d.pegawaiId,
    tahun: tahun++,
    periode: 'TW1',
  }),
  umpan_balik: (d) => ({
    instansi_id: d.instansiId,
    skp_id: d.skpId,
    periode: 'TW1',
    rhk_id: d.rhkId,
    penulis_akun_id: d.akunId,
    penulis_pegawai_id: d.pegawaiId,
    peran_penulis: 'pegawai',
    isi: 'Uji',
  }),
  umpan_balik_dibaca: (d) => ({
    instansi_id: d.instansiId,
    skp_id: d.skpId,
    periode: 'TW1',
    sasaran: kode(),
    akun_id: d.akunId,
    dibaca_at: new Date().toISOString(),
  }),
  dialog_kinerja: (d) => ({
    instansi_id: d.instansiId,
    skp_id: d.skpId,
    pegawai_id: d.pegawaiId,
    atasan_pegawai_id: d.atasanId,
    dibuat_oleh_akun_id: d.akunId,
    tahun: 2031,
    jenis: 'bimbingan',
    tanggal: '2031-03-01',
    topik: 'Uji',
  }),
  progres_harian: (d) => ({
    instansi_id: d.instansiId,
    pegawai_id: d.pegawaiId,
    skp_id: d.skpId,
    tanggal: '2031-03-03',
    jam_mulai: 480,
    jam_selesai: 540,
    kegiatan: 'Uji',
    ditinjau_oleh: d.atasanId,
  }),
  bukti_dukung: (d) => ({
    instansi_id: d.instansiId,
    skp_id: d.skpId,
    iki_id: d.ikiId,
    periode: 'TW1',
    jenis: 'laporan',
    berkas_id: d.berkasId,
    dibuat_oleh: d.pegawaiId,
  }),
  iki_target_periode: (d) => ({ instansi_id: d.instansiId, iki_id: d.ikiId, periode: 'TW1', target_min: 1 }),
  rencana_aksi: (d) => ({
    instansi_id: d.instansiId,
    skp_id: d.skpId,
    rhk_id: d.rhkId,
    periode: 'TW1',
    uraian: 'Uji',
  }),
  realisasi: (d) => ({
    instansi_id: d.instansiId,
    skp_id: d.skpId,
    iki_id: d.ikiId,
    periode: 'TW1',
    nilai: 1,
  }),
  buka_kunci_realisasi: (d) => ({
    instansi_id: d.instansiId,
    skp_id: d.skpId,
    periode: 'TW1',
    alasan: 'Uji',
    berlaku_sampai: new Date().toISOString(),
  }),
  angka_kredit_awal: (d) => ({
    instansi_id: d.instansiId,
    pegawai_id: d.pegawaiId,
    nilai: 10,
    tanggal: '2030-12-31',
    dibuat_oleh_akun_id: d.akunId,
  }),
  predikat_organisasi: (d) => ({
    instansi_id: d.instansiId,
    unor_id: d.unorId,
    tahun: 2031,
    periode: 'TW1',
    predikat: 'BAIK',
    ditetapkan_oleh_akun_id: d.akunId,
    ditetapkan_oleh_pegawai_id: d.atasanId,
  }),
  penetapan_predikat: (d) => ({
    instansi_id: d.instansiId,
    unor_id: d.unorId,
    tahun: 2031,
    periode: 'TW1',
    baris: [],
    kurva: {},
    ditetapkan_oleh_akun_id: d.akunId,
    ditetapkan_oleh_pegawai_id: d.atasanId,
  }),
  rencana_perbaikan: (d) => ({
    instansi_id: d.instansiId,
    pegawai_id: d.atasanId,
    evaluasi_id: d.evaluasiId,
    predikat: 'KURANG',
    mulai: '2031-04-01',
    selesai: '2031-10-01',
  }),
  keberatan: (d) => ({
    instansi_id: d.instansiId,
    evaluasi_id: d.evaluasiId,
    evaluasi_baru_id: d.evaluasiId,
    pegawai_id: d.pegawaiId,
    pemutus_pegawai_id: d.atasanId,
    alasan: 'Uji',
    surat_berkas_id: d.berkasId,
  }),
  keberatan_komentar: (d) => ({
    instansi_id: d.instansiId,
    keberatan_id: d.keberatanId,
    penulis_akun_id: d.akunId,
    peran: 'pegawai',
    isi: 'Uji',
  }),
  dokumen: (d) => ({
    instansi_id: d.instansiId,
    jenis: 'skp',
    entitas_id: d.skpId,
    kode_verifikasi: kode(),
    hash_konten: 'h',
    ringkasan: {},
  }),
}

/** Every (child column → parent) pair: the column gets the other instansi's parent of that kind. */
const PASANGAN: [tabel: string, kolom: string, induk: keyof Dunia][] = [
  ['unor', 'parent_id', 'unorId'],
  ['jabatan', 'unor_id', 'unorId'],
  ['penugasan', 'pegawai_id', 'pegawaiId'],
  ['atasan_override', 'pegawai_id', 'pegawaiId'],
  ['atasan_override', 'atasan_pegawai_id', 'atasanId'],
  ['akun', 'pegawai_id', 'pegawaiId'],
  ['akun', 'lingkup_unor_id', 'unorId'],
  ['notifikasi', 'penerima_pegawai_id', 'pegawaiId'],
  ['skp', 'pegawai_id', 'atasanId'],
  ['skp', 'penugasan_id', 'penugasanId'],
  ['skp', 'penilai_pegawai_id', 'pegawaiId'],
  ['rhk', 'skp_id', 'skpId'],
  ['rhk', 'intervensi_rhk_id', 'rhkId'],
  ['rhk', 'tim_kerja_id', 'timId'],
  ['iki', 'rhk_id', 'rhkId'],
  ['skp_perilaku', 'skp_id', 'skpId'],
  ['skp_revisi', 'skp_id', 'skpId'],
  ['tim_kerja', 'ketua_pegawai_id', 'atasanId'],
  ['tim_kerja', 'rhk_id', 'rhkId'],
  ['tim_kerja', 'dibuat_oleh_pegawai_id', 'atasanId'],
  ['tim_kerja_anggota', 'tim_kerja_id', 'timId'],
  ['tim_kerja_anggota', 'pegawai_id', 'pegawaiId'],
  ['peran_hasil', 'rhk_atasan_id', 'rhkId'],
  ['peran_hasil', 'pegawai_id', 'pegawaiId'],
  ['peran_hasil', 'rhk_bawahan_id', 'rhkId'],
  ['dokumen', 'entitas_id', 'skpId'],
  ['iki_target_periode', 'iki_id', 'ikiId'],
  ['rencana_aksi', 'skp_id', 'skpId'],
  ['rencana_aksi', 'rhk_id', 'rhkId'],
  ['realisasi', 'skp_id', 'skpId'],
  ['realisasi', 'iki_id', 'ikiId'],
  ['buka_kunci_realisasi', 'skp_id', 'skpId'],
  ['bukti_dukung', 'skp_id', 'skpId'],
  ['bukti_dukung', 'iki_id', 'ikiId'],
  ['bukti_dukung', 'berkas_id', 'berkasId'],
  ['bukti_dukung', 'dibuat_oleh', 'pegawaiId'],
  ['progres_harian', 'pegawai_id', 'pegawaiId'],
  ['progres_harian', 'skp_id', 'skpId'],
  ['progres_harian', 'ditinjau_oleh', 'atasanId'],
  ['surel', 'penerima_pegawai_id', 'pegawaiId'],
  ['pengingat_terkirim', 'pegawai_id', 'pegawaiId'],
  ['umpan_balik', 'skp_id', 'skpId'],
  ['umpan_balik', 'rhk_id', 'rhkId'],
  ['umpan_balik', 'penulis_pegawai_id', 'pegawaiId'],
  ['umpan_balik_dibaca', 'skp_id', 'skpId'],
  ['dialog_kinerja', 'skp_id', 'skpId'],
  ['dialog_kinerja', 'pegawai_id', 'pegawaiId'],
  ['dialog_kinerja', 'atasan_pegawai_id', 'atasanId'],
  ['keberatan', 'evaluasi_id', 'evaluasiId'],
  ['keberatan', 'evaluasi_baru_id', 'evaluasiId'],
  ['keberatan', 'pegawai_id', 'pegawaiId'],
  ['keberatan', 'pemutus_pegawai_id', 'atasanId'],
  ['keberatan', 'surat_berkas_id', 'berkasId'],
  ['keberatan_komentar', 'keberatan_id', 'keberatanId'],
  ['angka_kredit_awal', 'pegawai_id', 'pegawaiId'],
  ['rencana_perbaikan', 'pegawai_id', 'pegawaiId'],
  ['rencana_perbaikan', 'evaluasi_id', 'evaluasiId'],
  ['predikat_organisasi', 'unor_id', 'unorId'],
  ['predikat_organisasi', 'ditetapkan_oleh_pegawai_id', 'atasanId'],
  ['penetapan_predikat', 'unor_id', 'unorId'],
  ['penetapan_predikat', 'ditetapkan_oleh_pegawai_id', 'atasanId'],
]

describe('composite tenant keys', () => {
  let a: Dunia
  let b: Dunia
  beforeAll(async () => {
    a = await buatDunia()
    b = await buatDunia()
  })

  it.each(PASANGAN)('%s.%s pointing into another instansi is refused', async (tabel, kolom, induk) => {
    const lintas = await kodeGagal(sisipkan(tabel, { ...barisSah[tabel](a), [kolom]: b[induk] }))
    expect(lintas).toBe('23503') // foreign_key_violation
    // The same row inside its own instansi is accepted (and removed again, so the unique keys stay free):
    // the refusal above is the tenant key, nothing else.
    const id = randomUUID()
    expect(await kodeGagal(sisipkan(tabel, { ...barisSah[tabel](a), id }))).toBeNull()
    await database.query(`delete from ${tabel} where id = $1`, [id])
  })

  it('an update that moves a reference into another instansi is refused too', async () => {
    const gagal = await kodeGagal(
      database.query('update rhk set skp_id = $1 where instansi_id = $2 and id = $3', [
        b.skpId,
        a.instansiId,
        a.rhkId,
      ]),
    )
    expect(gagal).toBe('23503')
  })

  it('a national account (no instansi) may not name a pegawai or a unit', async () => {
    const { instansi_id: _, ...akun } = barisSah.akun(a)
    expect(await kodeGagal(sisipkan('akun', { ...akun, lingkup_unor_id: null }))).toBe('23514')
    expect(await kodeGagal(sisipkan('akun', { ...akun, pegawai_id: null }))).toBe('23514')
    expect(await kodeGagal(sisipkan('akun', { ...akun, pegawai_id: null, lingkup_unor_id: null }))).toBeNull()
  })

  it("deleting a subordinate's RHK empties the matrix cell's link and keeps the cell", async () => {
    const d = await buatDunia()
    const bawahanId = randomUUID()
    await sisipkan('rhk', {
      id: bawahanId,
      instansi_id: d.instansiId,
      skp_id: d.skpId,
      jenis: 'utama',
      deskripsi: 'B',
    })
    const selId = randomUUID()
    await sisipkan('peran_hasil', { ...barisSah.peran_hasil(d), id: selId, rhk_bawahan_id: bawahanId })
    await database.query('delete from rhk where instansi_id = $1 and id = $2', [d.instansiId, bawahanId])
    const [sel] = await database.query<{ instansi_id: string; rhk_bawahan_id: string | null }>(
      'select instansi_id, rhk_bawahan_id from peran_hasil where id = $1',
      [selId],
    )
    expect(sel).toEqual({ instansi_id: d.instansiId, rhk_bawahan_id: null })
  })
})
