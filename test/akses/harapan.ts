/** The access matrix's vocabulary: an entry's shape, the expected answers per column, shared builders. */
import { sql } from 'drizzle-orm'
import { KOLOM, V, type Dunia, type Klien, type Kolom } from '../helpers/akses-dunia.ts'

export type Jawaban = Awaited<ReturnType<Klien['get']>>
export type Harapan = Record<Kolom, number>

export interface Entri<O> {
  /** What the route acts on, built in the route's world: once, or before every column with `perSel`. */
  siapkan?: (w: Dunia, kolom: Kolom, i: number) => Promise<O>
  perSel?: boolean
  /** The request of one column: `k` is that column's client, `i` the column's index (for unique values). */
  kirim: (k: Klien, o: O, w: Dunia, kolom: Kolom, i: number) => Promise<Jawaban>
  /** The answer to compare when the HTTP status alone does not say it (a bulk route's per-item result). */
  jawab?: (res: Jawaban) => number
  harap: Harapan
}
export const entri = <O>(e: Entri<O>) => e as Entri<unknown>

// ---------------------------------------------------------------- presets for `harap`

export const semua = (n: number) => Object.fromEntries(KOLOM.map((k) => [k, n])) as Harapan
/** Public: everyone, with or without a session. */
export const PUBLIK = (ok: number) => semua(ok)
/** Any logged-in account, about its own data (no object of instansi A is named). */
export const MASUK = (ok: number): Harapan => ({ ...semua(ok), anonim: 401 })
/** Everyone in instansi A and the national admin. */
export const ANGGOTA = (ok: number): Harapan => ({ ...MASUK(ok), adminInstansiLain: 404 })
/** Only these columns; the rest of A 403, another instansi 404, the national admin 403 unless listed. */
export const HANYA = (boleh: Kolom[], ok: number): Harapan => {
  const h: Harapan = { ...semua(403), anonim: 401, adminInstansiLain: 404 }
  for (const k of boleh) h[k] = ok
  return h
}
/** Someone else's private object (a notification): 404 for every other caller, as another instansi's. */
export const PRIBADI_LAIN: Partial<Harapan> = {
  pegawaiLain: 404,
  atasan: 404,
  pimpinan: 404,
  adminInstansi: 404,
  adminNasional: 404,
}
export const ADMIN = (ok: number) => HANYA(['adminInstansi', 'adminNasional'], ok)
/** Oneself, the penilai and the atasan penilai (or the head above), admins. */
export const DIRI_ATASAN_ADMIN = (ok: number) =>
  HANYA(['pegawaiSendiri', 'atasan', 'pimpinan', 'adminInstansi', 'adminNasional'], ok)
/** The SKP read policy (skp.policy.ts assertBacaSkp): the same people. */
export const BACA_SKP = DIRI_ATASAN_ADMIN(200)
/** An account without a pegawai has no SKP of its own to create. */
export const PEGAWAI_SAJA = (ok: number): Harapan => ({
  ...HANYA(['pegawaiSendiri', 'pegawaiLain', 'atasan', 'pimpinan'], ok),
  adminInstansiLain: 403,
})

export const q = (w: Dunia) => `instansiId=${w.inst.id}`
export const KODE_TEMPLATE = ['pegawai.csv', 'unor.csv'] as const
export const HEADER_PEGAWAI =
  'NIP,NAMA,JENIS_KELAMIN,TANGGAL_LAHIR,STATUS_ASN,GOLONGAN,JABATAN,JENIS_JABATAN,JENJANG,KEPALA_UNOR,UNOR,UNOR_INDUK,TMT_JABATAN'

export function csvPegawai(nip: string) {
  const lahir = `${nip.slice(6, 8)}-${nip.slice(4, 6)}-${nip.slice(0, 4)}`
  return `${HEADER_PEGAWAI}\n${nip},Pegawai Impor,L,${lahir},PNS,III/a,Analis,PELAKSANA,,N,Bidang,Dinas,\n`
}
export const csvUnor = (i: number) => `KODE,NAMA\nIMP-${i},Unit Impor ${i}\n`

/** A team Ani formed and leads, with Cici (Ani's subordinate by override) as member by default. */
export const timAni = async (w: Dunia, anggota = [w.cici.pegawai.id]) => {
  const res = await w.k.pegawaiSendiri.post(`${V}/tim-kerja`, {
    tahun: w.tahun,
    nama: 'Tim Data Matriks',
    ketuaPegawaiId: w.ani.pegawai.id,
    anggota: anggota.map((pegawaiId) => ({ pegawaiId })),
  })
  if (res.statusCode !== 201) throw new Error(`tim: ${res.statusCode} ${res.body}`)
  return res.json<{ id: string }>()
}

/** A Matriks Peran Hasil cell on one of Ani's approved RHK, assigning Cici. */
export const selAni = async (w: Dunia, rhkId: string) => {
  const res = await w.k.pegawaiSendiri.post(`${V}/matriks-peran-hasil`, {
    rhkAtasanId: rhkId,
    pegawaiId: w.cici.pegawai.id,
    peran: 'Penyusun',
    hasil: 'Draf laporan',
  })
  if (res.statusCode !== 201) throw new Error(`sel: ${res.statusCode} ${res.body}`)
  return res.json<{ id: string }>()
}

/** The verification code of the document issued when Ani downloads her approved SKP. */
export const kodeDokumen = async (w: Dunia) => {
  const s = await w.skpPemilik('disetujui')
  const pdf = await w.k.pegawaiSendiri.get(`${V}/skp/${s.skp.id}/pdf`)
  if (pdf.statusCode !== 200) throw new Error(`pdf: ${pdf.statusCode}`)
  const r = await w.t.database.db.execute(
    sql`select kode_verifikasi as kode from dokumen where entitas_id = ${s.skp.id}`,
  )
  return (r as unknown as { rows: { kode: string }[] }).rows[0].kode
}

/** Bulk approval answers 200 with one result per SKP: the item's result is the access answer. */
export const hasilPertama = (res: Jawaban) => {
  if (res.statusCode !== 200) return res.statusCode
  const h = res.json<{ hasil: { ok: boolean; code: string | null }[] }>().hasil[0]
  if (h.ok) return 200
  return h.code === 'NOT_FOUND' ? 404 : h.code === 'SKP.TRANSISI_TIDAK_SAH' ? 409 : 403
}

// ---------------------------------------------------------------- the matrix
