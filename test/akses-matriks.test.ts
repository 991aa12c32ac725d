/**
 * The access matrix: every route the app registers, asked by every kind of caller, with the answer the
 * rules give. It grows by itself: a route without an entry fails the first test, naming the route.
 *
 * ADDING A ROUTE (one entry in MATRIKS, keyed "METHOD /full/path/:param" exactly as registered):
 *
 *   'POST /api/v1/contoh/:id/aksi': entri({
 *     siapkan: (w) => w.skpPemilik('diajukan'),            // the object, built in the route's world
 *     kirim: (k, o) => k.post(`${V}/contoh/${o.skp.id}/aksi`, { catatan: 'Valid body' }),
 *     harap: HANYA(['atasan'], 200),                       // the answer per column (presets below)
 *   }),
 *
 * - The world (test/helpers/akses-dunia.ts) is built fresh for every route: Ani owns the objects
 *   (pegawaiSendiri), Budi is her colleague (pegawaiLain), Kabid her penilai (atasan), Kadis the head above
 *   with role pimpinan (pimpinan), plus the admin of her instansi, the admin of another instansi and the
 *   national admin; `anonim` has no session. `w.k[kolom]` is each one's client.
 * - Send a body valid for the route, so the answer reflects access and not validation.
 * - A write that changes state so the next column would get another answer: `perSel: true` calls
 *   `siapkan` again before every column (the builders reset or rebuild the object).
 * - The rules: anonymous 401; another instansi's object 404 (never confirm it exists); same instansi
 *   without the right 403. Public routes answer everyone. Every route whose `anonim` is 401 is also asked
 *   anonymously with junk params and body, and must still answer 401 (authentication before validation).
 * - The app disagrees with the rule? Do not bend `harap`: fix the app, or add the cells to KNOWN_GAP with
 *   the answer the app gives today and why. The test prints every open gap (and says when one closes).
 * - Several objects for one route: add a second key "METHOD /path · what differs".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FastifyInstance } from 'fastify'
import { sql } from 'drizzle-orm'
import { atasanOverride } from '../src/db/schema/index.ts'
import { kirimNotifikasi } from '../src/modules/notifikasi/notifikasi.service.ts'
import { createTestApp, type TestApp } from './helpers/app.ts'
import {
  alamatBaru,
  buatBersama,
  buatDunia,
  KOLOM,
  nipUnik,
  V,
  type Bersama,
  type Dunia,
  type Klien,
  type Kolom,
} from './helpers/akses-dunia.ts'
import { PASSWORD } from './helpers/factories.ts'
import { bukaTahun, rhkBody } from './helpers/skp-factories.ts'

let t: TestApp
let bersama: Bersama
beforeAll(async () => {
  t = await createTestApp()
  bersama = await buatBersama(t)
})
afterAll(() => t?.close())

type Jawaban = Awaited<ReturnType<Klien['get']>>
type Harapan = Record<Kolom, number>

interface Entri<O> {
  /** What the route acts on, built in the route's world: once, or before every column with `perSel`. */
  siapkan?: (w: Dunia, kolom: Kolom, i: number) => Promise<O>
  perSel?: boolean
  /** The request of one column: `k` is that column's client, `i` the column's index (for unique values). */
  kirim: (k: Klien, o: O, w: Dunia, kolom: Kolom, i: number) => Promise<Jawaban>
  /** The answer to compare when the HTTP status alone does not say it (a bulk route's per-item result). */
  jawab?: (res: Jawaban) => number
  harap: Harapan
}
const entri = <O>(e: Entri<O>) => e as Entri<unknown>

// ---------------------------------------------------------------- presets for `harap`

const semua = (n: number) => Object.fromEntries(KOLOM.map((k) => [k, n])) as Harapan
/** Public: everyone, with or without a session. */
const PUBLIK = (ok: number) => semua(ok)
/** Any logged-in account, about its own data (no object of instansi A is named). */
const MASUK = (ok: number): Harapan => ({ ...semua(ok), anonim: 401 })
/** Everyone in instansi A and the national admin. */
const ANGGOTA = (ok: number): Harapan => ({ ...MASUK(ok), adminInstansiLain: 404 })
/** Only these columns; the rest of A 403, another instansi 404, the national admin 403 unless listed. */
const HANYA = (boleh: Kolom[], ok: number): Harapan => {
  const h: Harapan = { ...semua(403), anonim: 401, adminInstansiLain: 404 }
  for (const k of boleh) h[k] = ok
  return h
}
/** Someone else's private object (a notification): 404 for every other caller, as another instansi's. */
const PRIBADI_LAIN: Partial<Harapan> = {
  pegawaiLain: 404,
  atasan: 404,
  pimpinan: 404,
  adminInstansi: 404,
  adminNasional: 404,
}
const ADMIN = (ok: number) => HANYA(['adminInstansi', 'adminNasional'], ok)
/** Oneself, the penilai and the atasan penilai (or the head above), admins. */
const DIRI_ATASAN_ADMIN = (ok: number) =>
  HANYA(['pegawaiSendiri', 'atasan', 'pimpinan', 'adminInstansi', 'adminNasional'], ok)
/** The SKP read policy (skp.policy.ts assertBacaSkp): the same people. */
const BACA_SKP = DIRI_ATASAN_ADMIN(200)
/** An account without a pegawai has no SKP of its own to create. */
const PEGAWAI_SAJA = (ok: number): Harapan => ({
  ...HANYA(['pegawaiSendiri', 'pegawaiLain', 'atasan', 'pimpinan'], ok),
  adminInstansiLain: 403,
})

const q = (w: Dunia) => `instansiId=${w.inst.id}`
const KODE_TEMPLATE = ['pegawai.csv', 'unor.csv'] as const
const HEADER_PEGAWAI =
  'NIP,NAMA,JENIS_KELAMIN,TANGGAL_LAHIR,STATUS_ASN,GOLONGAN,JABATAN,JENIS_JABATAN,JENJANG,KEPALA_UNOR,UNOR,UNOR_INDUK,TMT_JABATAN'

function csvPegawai(nip: string) {
  const lahir = `${nip.slice(6, 8)}-${nip.slice(4, 6)}-${nip.slice(0, 4)}`
  return `${HEADER_PEGAWAI}\n${nip},Pegawai Impor,L,${lahir},PNS,III/a,Analis,PELAKSANA,,N,Bidang,Dinas,\n`
}
const csvUnor = (i: number) => `KODE,NAMA\nIMP-${i},Unit Impor ${i}\n`

/** A team Ani formed and leads, with Cici (Ani's subordinate by override) as member by default. */
const timAni = async (w: Dunia, anggota = [w.cici.pegawai.id]) => {
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
const selAni = async (w: Dunia, rhkId: string) => {
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
const kodeDokumen = async (w: Dunia) => {
  const s = await w.skpPemilik('disetujui')
  const pdf = await w.k.pegawaiSendiri.get(`${V}/skp/${s.skp.id}/pdf`)
  if (pdf.statusCode !== 200) throw new Error(`pdf: ${pdf.statusCode}`)
  const r = await w.t.database.db.execute(
    sql`select kode_verifikasi as kode from dokumen where entitas_id = ${s.skp.id}`,
  )
  return (r as unknown as { rows: { kode: string }[] }).rows[0].kode
}

/** Bulk approval answers 200 with one result per SKP: the item's result is the access answer. */
const hasilPertama = (res: Jawaban) => {
  if (res.statusCode !== 200) return res.statusCode
  const h = res.json<{ hasil: { ok: boolean; code: string | null }[] }>().hasil[0]
  if (h.ok) return 200
  return h.code === 'NOT_FOUND' ? 404 : h.code === 'SKP.TRANSISI_TIDAK_SAH' ? 409 : 403
}

// ---------------------------------------------------------------- the matrix

const MATRIKS: Record<string, Entri<unknown>> = {
  // ---- auth (akun.routes.ts)
  'POST /api/v1/auth/login': entri({
    kirim: (k, _o, w) =>
      k.inject({
        method: 'POST',
        url: `${V}/auth/login`,
        payload: { username: w.akun.pegawaiSendiri.username, password: PASSWORD },
        remoteAddress: alamatBaru(),
      }),
    harap: PUBLIK(200),
  }),
  'POST /api/v1/auth/logout': entri({
    // logging out ends the session: each column logs out a session of its own made for this request
    kirim: async (_k, _o, w, kolom) => (await w.sesiBaru(kolom)).post(`${V}/auth/logout`),
    harap: PUBLIK(200),
  }),
  'GET /api/v1/me': entri({ kirim: (k) => k.get(`${V}/me`), harap: MASUK(200) }),
  'POST /api/v1/me/password': entri({
    kirim: async (k) => {
      const baru = 'sandi-baru-matriks-1'
      const res = await k.post(`${V}/me/password`, { passwordLama: PASSWORD, passwordBaru: baru })
      // the shared accounts (other instansi, national) log in again in later routes
      if (res.statusCode === 200)
        await k.post(`${V}/me/password`, { passwordLama: baru, passwordBaru: PASSWORD })
      return res
    },
    harap: MASUK(200),
  }),

  // ---- beranda: every account its own to-do (sections by role, always scoped to its own instansi)
  'GET /api/v1/beranda': entri({ kirim: (k) => k.get(`${V}/beranda`), harap: MASUK(200) }),

  // ---- organisasi
  'GET /api/v1/instansi': entri({ kirim: (k) => k.get(`${V}/instansi`), harap: MASUK(200) }),
  'GET /api/v1/instansi/:id': entri({
    kirim: (k, _o, w) => k.get(`${V}/instansi/${w.inst.id}`),
    harap: ANGGOTA(200),
  }),
  'POST /api/v1/instansi': entri({
    kirim: (k, _o, _w, _kolom, i) =>
      k.post(`${V}/instansi`, {
        kode: `MTX${Date.now().toString(36).toUpperCase()}${i}`,
        nama: 'Instansi Matriks',
        jenis: 'daerah',
      }),
    // creating an instansi names no existing object: a non-national admin simply lacks the right
    harap: { ...HANYA(['adminNasional'], 201), adminInstansiLain: 403 },
  }),
  'PATCH /api/v1/instansi/:id': entri({
    kirim: (k, _o, w) => k.patch(`${V}/instansi/${w.inst.id}`, { lokasi: 'Kota Matriks' }),
    harap: ADMIN(200),
  }),
  'GET /api/v1/unor': entri({ kirim: (k, _o, w) => k.get(`${V}/unor?${q(w)}`), harap: ANGGOTA(200) }),
  'GET /api/v1/unor/:id': entri({
    kirim: (k, _o, w) => k.get(`${V}/unor/${w.bidang.id}`),
    harap: ANGGOTA(200),
  }),
  'POST /api/v1/unor': entri({
    kirim: (k, _o, w) =>
      k.post(`${V}/unor`, { instansiId: w.inst.id, nama: 'Seksi Baru', parentId: w.bidang.id }),
    harap: ADMIN(201),
  }),
  'PATCH /api/v1/unor/:id': entri({
    kirim: (k, _o, w) => k.patch(`${V}/unor/${w.bidang.id}`, { namaJabatanKepala: 'Kepala Bidang' }),
    harap: ADMIN(200),
  }),
  'GET /api/v1/jabatan': entri({
    kirim: (k, _o, w) => k.get(`${V}/jabatan?${q(w)}`),
    harap: ANGGOTA(200),
  }),
  'GET /api/v1/jabatan/:id': entri({
    kirim: (k, _o, w) => k.get(`${V}/jabatan/${w.ani.jabatan.id}`),
    harap: ANGGOTA(200),
  }),
  'POST /api/v1/jabatan': entri({
    kirim: (k, _o, w) =>
      k.post(`${V}/jabatan`, { instansiId: w.inst.id, nama: 'Pengolah Data', jenis: 'pelaksana' }),
    harap: ADMIN(201),
  }),
  'PATCH /api/v1/jabatan/:id': entri({
    kirim: (k, _o, w) => k.patch(`${V}/jabatan/${w.ani.jabatan.id}`, { nama: 'Analis Data' }),
    harap: ADMIN(200),
  }),

  // ---- pegawai, penugasan, atasan
  'GET /api/v1/pegawai': entri({
    kirim: (k, _o, w) => k.get(`${V}/pegawai?${q(w)}`),
    harap: ADMIN(200),
  }),
  'GET /api/v1/pegawai · one unit: its head and the pimpinan above list it (the Beranda counts)': entri({
    kirim: (k, _o, w) => k.get(`${V}/pegawai?${q(w)}&unorId=${w.bidang.id}&wajibSkp=true`),
    harap: HANYA(['atasan', 'pimpinan', 'adminInstansi', 'adminNasional'], 200),
  }),
  'GET /api/v1/pegawai/:id': entri({
    // oneself, the penilai (Kabid) and the atasan penilai (Kadis), admins
    kirim: (k, _o, w) => k.get(`${V}/pegawai/${w.ani.pegawai.id}`),
    harap: DIRI_ATASAN_ADMIN(200),
  }),
  'GET /api/v1/pegawai/:id · Kabid, read by his subordinate Ani': entri({
    kirim: (k, _o, w) => k.get(`${V}/pegawai/${w.kabid.pegawai.id}`),
    harap: HANYA(['atasan', 'pimpinan', 'adminInstansi', 'adminNasional'], 200),
  }),
  'GET /api/v1/pegawai/:id · Cici: Ani assesses her by override, Kadis only heads a unit above': entri({
    kirim: (k, _o, w) => k.get(`${V}/pegawai/${w.cici.pegawai.id}`),
    harap: DIRI_ATASAN_ADMIN(200),
  }),
  'POST /api/v1/pegawai': entri({
    kirim: (k, _o, w) =>
      k.post(`${V}/pegawai`, {
        instansiId: w.inst.id,
        nip: nipUnik(),
        nama: 'Pegawai Baru',
        jenisAsn: 'pns',
      }),
    harap: ADMIN(201),
  }),
  'PATCH /api/v1/pegawai/:id': entri({
    kirim: (k, _o, w) => k.patch(`${V}/pegawai/${w.ani.pegawai.id}`, { golongan: 'III/b' }),
    harap: ADMIN(200),
  }),
  'POST /api/v1/pegawai/:id/reset-password': entri({
    kirim: (k, _o, w) => k.post(`${V}/pegawai/${w.ani.pegawai.id}/reset-password`),
    harap: ADMIN(200),
  }),
  'GET /api/v1/pegawai/:id/penugasan': entri({
    kirim: (k, _o, w) => k.get(`${V}/pegawai/${w.ani.pegawai.id}/penugasan`),
    harap: HANYA(['pegawaiSendiri', 'adminInstansi', 'adminNasional'], 200),
  }),
  'POST /api/v1/pegawai/:id/penugasan': entri({
    kirim: (k, _o, w, _kolom, i) =>
      k.post(`${V}/pegawai/${w.ani.pegawai.id}/penugasan`, {
        jabatanId: w.ani.jabatan.id,
        jenis: 'plh',
        mulai: `2025-0${i + 1}-01`,
        selesai: `2025-0${i + 1}-10`,
      }),
    harap: ADMIN(201),
  }),
  'PATCH /api/v1/penugasan/:id': entri({
    kirim: (k, _o, w) => k.patch(`${V}/penugasan/${w.ani.penugasan.id}`, { nomorSk: 'SK-123' }),
    harap: ADMIN(200),
  }),
  'GET /api/v1/pegawai/:id/atasan': entri({
    kirim: (k, _o, w) => k.get(`${V}/pegawai/${w.ani.pegawai.id}/atasan`),
    harap: HANYA(['pegawaiSendiri', 'adminInstansi', 'adminNasional'], 200),
  }),
  'POST /api/v1/pegawai/:id/atasan-override': entri({
    kirim: (k, _o, w, _kolom, i) =>
      k.post(`${V}/pegawai/${w.ani.pegawai.id}/atasan-override`, {
        atasanPegawaiId: w.kadis.pegawai.id,
        mulai: `203${i}-01-01`,
        selesai: `203${i}-12-31`,
        alasan: 'Uji hak akses',
      }),
    harap: ADMIN(201),
  }),
  'DELETE /api/v1/atasan-override/:id': entri({
    perSel: true,
    siapkan: async (w, _kolom, i) => {
      const [o] = await w.t.database.db
        .insert(atasanOverride)
        .values({
          instansiId: w.inst.id,
          pegawaiId: w.ani.pegawai.id,
          atasanPegawaiId: w.kadis.pegawai.id,
          mulai: `209${i}-01-01`,
          selesai: `209${i}-12-31`,
          alasan: 'Uji hak akses',
        })
        .returning()
      return o
    },
    kirim: (k, o) => k.delete(`${V}/atasan-override/${o.id}`),
    harap: ADMIN(200),
  }),
  'GET /api/v1/audit': entri({ kirim: (k, _o, w) => k.get(`${V}/audit?${q(w)}`), harap: ADMIN(200) }),

  // ---- pengaturan (settings per year)
  'GET /api/v1/pengaturan': entri({
    kirim: (k, _o, w) => k.get(`${V}/pengaturan?${q(w)}`),
    harap: ANGGOTA(200),
  }),
  'GET /api/v1/pengaturan/:tahun': entri({
    kirim: (k, _o, w) => k.get(`${V}/pengaturan/${w.tahun}?${q(w)}`),
    harap: ANGGOTA(200),
  }),
  'POST /api/v1/pengaturan': entri({
    kirim: (k, _o, w, _kolom, i) =>
      k.post(`${V}/pengaturan`, { instansiId: w.inst.id, tahun: w.tahun + 1 + i }),
    harap: ADMIN(201),
  }),
  'PUT /api/v1/pengaturan/:tahun': entri({
    kirim: (k, _o, w) =>
      k.put(`${V}/pengaturan/${w.tahun}`, { instansiId: w.inst.id, pengaturan: { hariKunciRealisasi: 7 } }),
    harap: ADMIN(200),
  }),
  // issue 6 item 8: an admin closes a year (its SKPs read-only) and reopens it with a reason
  'POST /api/v1/pengaturan/:tahun/tutup': entri({
    perSel: true,
    siapkan: async (w, _kolom, i) => {
      await bukaTahun(t.database, w.inst.id, w.tahun + 30 + i)
      return w.tahun + 30 + i
    },
    kirim: (k, tahun, w) => k.post(`${V}/pengaturan/${tahun as number}/tutup`, { instansiId: w.inst.id }),
    harap: ADMIN(200),
  }),
  'POST /api/v1/pengaturan/:tahun/buka-kembali': entri({
    perSel: true,
    siapkan: async (w, _kolom, i) => {
      const tahun = w.tahun + 50 + i
      await bukaTahun(t.database, w.inst.id, tahun)
      await t.database.db.execute(
        sql`update pengaturan_tahun set status = 'ditutup' where instansi_id = ${w.inst.id} and tahun = ${tahun}`,
      )
      return tahun
    },
    kirim: (k, tahun, w) =>
      k.post(`${V}/pengaturan/${tahun as number}/buka-kembali`, {
        instansiId: w.inst.id,
        alasan: 'Koreksi SKP setelah mutasi.',
      }),
    harap: ADMIN(200),
  }),

  // ---- SKP (skp.routes.ts, skp-alur.routes.ts, rhk.routes.ts, skp-bawahan.routes.ts)
  'GET /api/v1/skp': entri({ kirim: (k, _o, w) => k.get(`${V}/skp?tahun=${w.tahun}`), harap: MASUK(200) }),
  'GET /api/v1/skp/:id': entri({
    siapkan: (w) => w.skpPemilik(),
    kirim: (k, o) => k.get(`${V}/skp/${o.skp.id}`),
    harap: BACA_SKP,
  }),
  "GET /api/v1/skp/:id · Cici's SKP: Ani assesses her by override, Kadis only heads a unit above": entri({
    siapkan: (w) => w.skpCici(),
    kirim: (k, o) => k.get(`${V}/skp/${o.skp.id}`),
    harap: BACA_SKP,
  }),
  'POST /api/v1/skp': entri({
    kirim: (k, _o, w) =>
      k.post(`${V}/skp`, { tahun: w.tahun, pendekatan: 'kuantitatif', varian: 'administrasi_fungsional' }),
    harap: PEGAWAI_SAJA(201),
  }),
  'PATCH /api/v1/skp/:id': entri({
    siapkan: (w) => w.skpPemilik(),
    kirim: (k, o) => k.patch(`${V}/skp/${o.skp.id}`, { pendekatan: 'kualitatif', versi: o.skp.versi }),
    harap: HANYA(['pegawaiSendiri'], 200),
  }),
  'POST /api/v1/skp/salin': entri({
    siapkan: async (w) => {
      await bukaTahun(w.t.database, w.inst.id, w.tahun + 1)
      return w.skpPemilik('disetujui')
    },
    kirim: (k, o, w) => k.post(`${V}/skp/salin`, { dariSkpId: o.skp.id, tahun: w.tahun + 1 }),
    harap: HANYA(['pegawaiSendiri'], 201),
  }),
  'GET /api/v1/skp/:id/kandidat-intervensi': entri({
    siapkan: (w) => w.skpPemilik(),
    kirim: (k, o) => k.get(`${V}/skp/${o.skp.id}/kandidat-intervensi`),
    harap: BACA_SKP,
  }),
  'POST /api/v1/skp/:id/ajukan': entri({
    perSel: true,
    siapkan: (w) => w.skpPemilik('draft'),
    kirim: (k, o) => k.post(`${V}/skp/${o.skp.id}/ajukan`),
    harap: HANYA(['pegawaiSendiri'], 200),
  }),
  'POST /api/v1/skp/:id/tarik': entri({
    perSel: true,
    siapkan: (w) => w.skpPemilik('diajukan'),
    kirim: (k, o) => k.post(`${V}/skp/${o.skp.id}/tarik`),
    harap: HANYA(['pegawaiSendiri'], 200),
  }),
  'POST /api/v1/skp/:id/setujui': entri({
    // PermenPANRB 6/2022: only the pejabat penilai approves, never an admin
    perSel: true,
    siapkan: (w) => w.skpPemilik('diajukan'),
    kirim: (k, o) => k.post(`${V}/skp/${o.skp.id}/setujui`, {}),
    harap: HANYA(['atasan'], 200),
  }),
  'POST /api/v1/skp/:id/kembalikan': entri({
    perSel: true,
    siapkan: (w) => w.skpPemilik('diajukan'),
    kirim: (k, o) => k.post(`${V}/skp/${o.skp.id}/kembalikan`, { catatan: 'Perbaiki target IKI.' }),
    harap: HANYA(['atasan'], 200),
  }),
  'POST /api/v1/skp/:id/buka': entri({
    perSel: true,
    siapkan: (w) => w.skpPemilik('disetujui'),
    kirim: (k, o) => k.post(`${V}/skp/${o.skp.id}/buka`, { alasan: 'Perubahan target di tengah tahun.' }),
    harap: HANYA(['atasan', 'adminInstansi', 'adminNasional'], 200),
  }),
  // DOMAIN §2: an admin instansi names another pejabat penilai of a pending SKP, with a reason
  'POST /api/v1/skp/:id/penilai': entri({
    perSel: true,
    siapkan: (w) => w.skpPemilik('diajukan'),
    kirim: (k, o) =>
      k.post(`${V}/skp/${o.skp.id}/penilai`, {
        penilaiPegawaiId: o.skp.penilaiPegawaiId ?? o.skp.pegawaiId,
        alasan: 'Pejabat penilai berhalangan tetap.',
      }),
    harap: HANYA(['adminInstansi'], 200),
  }),
  'PUT /api/v1/skp/:id/perilaku/:kode': entri({
    siapkan: (w) => w.skpPemilik('diajukan'),
    kirim: (k, o) =>
      k.put(`${V}/skp/${o.skp.id}/perilaku/AKUNTABEL`, { ekspektasi: 'Menyusun laporan tepat waktu.' }),
    harap: HANYA(['atasan'], 200),
  }),
  'POST /api/v1/skp/:id/rhk': entri({
    siapkan: async (w) => ({ ani: await w.skpPemilik(), kabid: await w.skpAtasan() }),
    kirim: (k, o) => k.post(`${V}/skp/${o.ani.skp.id}/rhk`, rhkBody(o.kabid.rhk[0].id)),
    harap: HANYA(['pegawaiSendiri'], 201),
  }),
  'PATCH /api/v1/rhk/:id': entri({
    siapkan: async (w) => ({ ani: await w.skpPemilik(), kabid: await w.skpAtasan() }),
    kirim: (k, o) => k.patch(`${V}/rhk/${o.ani.rhk[0].id}`, rhkBody(o.kabid.rhk[0].id)),
    harap: HANYA(['pegawaiSendiri'], 200),
  }),
  'DELETE /api/v1/rhk/:id': entri({
    perSel: true,
    siapkan: (w) => w.rhkTambahan(),
    kirim: (k, o) => k.delete(`${V}/rhk/${o.id}`),
    harap: HANYA(['pegawaiSendiri'], 200),
  }),
  'POST /api/v1/skp/:id/rhk/urutan': entri({
    siapkan: (w) => w.skpPemilik(),
    kirim: (k, o) => k.post(`${V}/skp/${o.skp.id}/rhk/urutan`, { ids: [o.rhk[0].id] }),
    harap: HANYA(['pegawaiSendiri'], 200),
  }),
  'GET /api/v1/skp-bawahan': entri({
    kirim: (k, _o, w) => k.get(`${V}/skp-bawahan?tahun=${w.tahun}`),
    harap: MASUK(200),
  }),
  'POST /api/v1/skp-bawahan/setujui': entri({
    perSel: true,
    siapkan: (w) => w.skpPemilik('diajukan'),
    kirim: (k, o) => k.post(`${V}/skp-bawahan/setujui`, { skpIds: [o.skp.id] }),
    jawab: hasilPertama,
    harap: HANYA(['atasan'], 200),
  }),

  // ---- notifikasi
  'GET /api/v1/notifikasi': entri({ kirim: (k) => k.get(`${V}/notifikasi`), harap: MASUK(200) }),
  'POST /api/v1/notifikasi/baca-semua': entri({
    kirim: (k) => k.post(`${V}/notifikasi/baca-semua`),
    harap: MASUK(200),
  }),
  'POST /api/v1/notifikasi/:id/baca': entri({
    siapkan: (w) =>
      kirimNotifikasi(w.t.database.db, {
        instansiId: w.inst.id,
        penerimaPegawaiId: w.ani.pegawai.id,
        tipe: 'SKP_DISETUJUI',
        parameter: { tahun: 2026 },
        tautan: '/skp',
      }),
    kirim: (k, o) => k.post(`${V}/notifikasi/${o.id}/baca`),
    // A private inbox: someone else's notification is not found (404) for everyone, admins included —
    // the app never confirms that another person's message exists.
    harap: { ...HANYA(['pegawaiSendiri'], 200), ...PRIBADI_LAIN },
  }),

  // ---- impor
  'POST /api/v1/impor/pegawai': entri({
    kirim: (k, _o, w) => k.unggah(`${V}/impor/pegawai?${q(w)}`, csvPegawai(nipUnik())),
    harap: ADMIN(200),
  }),
  'POST /api/v1/impor/unor': entri({
    kirim: (k, _o, w, _kolom, i) => k.unggah(`${V}/impor/unor?${q(w)}`, csvUnor(i)),
    harap: ADMIN(200),
  }),
  'GET /api/v1/impor': entri({ kirim: (k, _o, w) => k.get(`${V}/impor?${q(w)}`), harap: ADMIN(200) }),
  'GET /api/v1/impor/:id': entri({
    siapkan: async (w) => {
      const res = await w.k.adminInstansi.unggah(`${V}/impor/unor?${q(w)}`, csvUnor(99))
      if (res.statusCode !== 200) throw new Error(`impor: ${res.statusCode} ${res.body}`)
      return res.json<{ id: string }>()
    },
    kirim: (k, o) => k.get(`${V}/impor/${o.id}`),
    harap: ADMIN(200),
  }),
  ...Object.fromEntries(
    KODE_TEMPLATE.map((nama) => [
      `GET /api/v1/impor/template/${nama}`,
      entri({ kirim: (k) => k.get(`${V}/impor/template/${nama}`), harap: MASUK(200) }),
    ]),
  ),

  // ---- kaskade: Matriks Peran Hasil, Tim Kerja, keselarasan
  'GET /api/v1/skp/:id/matriks-peran-hasil': entri({
    siapkan: (w) => w.skpPemilik('disetujui'),
    kirim: (k, o) => k.get(`${V}/skp/${o.skp.id}/matriks-peran-hasil`),
    harap: BACA_SKP,
  }),
  'POST /api/v1/matriks-peran-hasil': entri({
    // only the owner of the superior RHK cascades it (DOMAIN §2): admins read the grid but do not plan
    siapkan: (w) => w.skpPemilik('disetujui'),
    kirim: (k, o, w) =>
      k.post(`${V}/matriks-peran-hasil`, {
        rhkAtasanId: o.rhk[0].id,
        pegawaiId: w.cici.pegawai.id,
        peran: 'Penyusun',
        hasil: 'Draf laporan',
      }),
    harap: HANYA(['pegawaiSendiri'], 201),
  }),
  'POST /api/v1/matriks-peran-hasil/bulk': entri({
    siapkan: (w) => w.skpPemilik('disetujui'),
    kirim: (k, o, w) =>
      k.post(`${V}/matriks-peran-hasil/bulk`, {
        items: [{ rhkAtasanId: o.rhk[0].id, pegawaiId: w.cici.pegawai.id, peran: 'Penyusun', hasil: 'Draf' }],
      }),
    harap: HANYA(['pegawaiSendiri'], 201),
  }),
  'PATCH /api/v1/matriks-peran-hasil/:id': entri({
    siapkan: async (w) => selAni(w, (await w.skpPemilik('disetujui')).rhk[0].id),
    kirim: (k, o) =>
      k.patch(`${V}/matriks-peran-hasil/${o.id}`, { peran: 'Pengolah', hasil: 'Laporan akhir' }),
    harap: HANYA(['pegawaiSendiri'], 200),
  }),
  'DELETE /api/v1/matriks-peran-hasil/:id': entri({
    perSel: true,
    siapkan: async (w) => {
      const r = await w.rhkTambahan()
      await w.skpPemilik('disetujui')
      return selAni(w, r.id)
    },
    kirim: (k, o) => k.delete(`${V}/matriks-peran-hasil/${o.id}`),
    harap: HANYA(['pegawaiSendiri'], 200),
  }),
  'GET /api/v1/tim-kerja': entri({
    kirim: (k, _o, w) => k.get(`${V}/tim-kerja?tahun=${w.tahun}`),
    harap: MASUK(200),
  }),
  'GET /api/v1/tim-kerja/calon': entri({
    // about one's own subtree: no object of instansi A is named
    kirim: (k, _o, w) => k.get(`${V}/tim-kerja/calon?tahun=${w.tahun}`),
    harap: MASUK(200),
  }),
  'GET /api/v1/tim-kerja/:id': entri({
    // read by its former, ketua and members, anyone with role pimpinan, admins (tim-kerja.policy.ts)
    siapkan: (w) => timAni(w),
    kirim: (k, o) => k.get(`${V}/tim-kerja/${o.id}`),
    harap: HANYA(['pegawaiSendiri', 'pimpinan', 'adminInstansi', 'adminNasional'], 200),
  }),
  'POST /api/v1/tim-kerja': entri({
    // formed by an atasan (Ani is one, by the override over Cici) or an admin
    kirim: (k, _o, w) =>
      k.post(`${V}/tim-kerja`, {
        instansiId: w.inst.id,
        tahun: w.tahun,
        nama: 'Tim Baru',
        ketuaPegawaiId: w.cici.pegawai.id,
      }),
    harap: HANYA(['pegawaiSendiri', 'atasan', 'pimpinan', 'adminInstansi', 'adminNasional'], 201),
  }),
  'PATCH /api/v1/tim-kerja/:id': entri({
    siapkan: (w) => timAni(w),
    kirim: (k, o) => k.patch(`${V}/tim-kerja/${o.id}`, { nama: 'Tim Data Terpadu' }),
    harap: HANYA(['pegawaiSendiri', 'adminInstansi', 'adminNasional'], 200),
  }),
  'POST /api/v1/tim-kerja/:id/anggota': entri({
    perSel: true,
    siapkan: (w) => timAni(w, []),
    kirim: (k, o, w) => k.post(`${V}/tim-kerja/${o.id}/anggota`, { pegawaiId: w.cici.pegawai.id }),
    harap: HANYA(['pegawaiSendiri', 'adminInstansi', 'adminNasional'], 201),
  }),
  'DELETE /api/v1/tim-kerja/:id/anggota/:pegawaiId': entri({
    perSel: true,
    siapkan: (w) => timAni(w),
    kirim: (k, o, w) => k.delete(`${V}/tim-kerja/${o.id}/anggota/${w.cici.pegawai.id}`),
    harap: HANYA(['pegawaiSendiri', 'adminInstansi', 'adminNasional'], 200),
  }),
  'GET /api/v1/skp/:id/tim-kerja': entri({
    siapkan: (w) => w.skpPemilik(),
    kirim: (k, o) => k.get(`${V}/skp/${o.skp.id}/tim-kerja`),
    harap: BACA_SKP,
  }),
  'GET /api/v1/rhk/:id/keselarasan': entri({
    siapkan: (w) => w.skpPemilik(),
    kirim: (k, o) => k.get(`${V}/rhk/${o.rhk[0].id}/keselarasan`),
    harap: BACA_SKP,
  }),
  'GET /api/v1/skp/:id/keselarasan': entri({
    siapkan: (w) => w.skpPemilik(),
    kirim: (k, o) => k.get(`${V}/skp/${o.skp.id}/keselarasan`),
    harap: BACA_SKP,
  }),
  'GET /api/v1/skp/:id/keselarasan/level': entri({
    siapkan: (w) => w.skpPemilik(),
    kirim: (k, o) => k.get(`${V}/skp/${o.skp.id}/keselarasan/level`),
    harap: BACA_SKP,
  }),
  'GET /api/v1/rhk/:id/keselarasan/anak': entri({
    siapkan: (w) => w.skpPemilik(),
    kirim: (k, o) => k.get(`${V}/rhk/${o.rhk[0].id}/keselarasan/anak`),
    harap: BACA_SKP,
  }),
  'GET /api/v1/skp/:id/keselarasan/cari': entri({
    siapkan: (w) => w.skpPemilik(),
    kirim: (k, o) => k.get(`${V}/skp/${o.skp.id}/keselarasan/cari?q=RHK`),
    harap: BACA_SKP,
  }),

  // ---- dokumen
  'GET /api/v1/skp/:id/pdf': entri({
    siapkan: (w) => w.skpPemilik('disetujui'),
    kirim: (k, o) => k.get(`${V}/skp/${o.skp.id}/pdf`),
    harap: BACA_SKP,
  }),
  'GET /api/v1/verifikasi/:kode': entri({
    siapkan: kodeDokumen,
    kirim: (k, kode) => k.get(`${V}/verifikasi/${kode}`),
    harap: PUBLIK(200),
  }),
  'GET /verifikasi/:kode': entri({
    siapkan: kodeDokumen,
    kirim: (k, kode) => k.get(`/verifikasi/${kode}`),
    harap: PUBLIK(200),
  }),
  'GET /api/v1/openapi.json': entri({ kirim: (k) => k.get(`${V}/openapi.json`), harap: PUBLIK(200) }),
}

/**
 * Cells where the app answers something else than the rule today. `sekarang` is today's answer; the cell
 * passes with either (so a fix elsewhere does not break this file) and the test prints which gaps are
 * still open and which have closed (then delete the line).
 */
interface Celah {
  rute: string
  kolom: Kolom[]
  sekarang: number
  sebab: string
}
const KNOWN_GAP: Celah[] = []

// ---------------------------------------------------------------- the registered routes

/** Only the API and the public verification page; HEAD mirrors GET. */
const DIUJI = (path: string) => path.startsWith(`${V}/`) || path.startsWith('/verifikasi/')

/** "METHOD /path" of every route, read from Fastify's route tree (each one checked with hasRoute). */
function daftarRute(app: FastifyInstance): string[] {
  const hasil: string[] = []
  const jalur: string[] = []
  for (const baris of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const m = /^([│ ]*)[├└]── (.+?)(?: \(([A-Z, ]+)\))?$/.exec(baris)
    if (!m) continue
    jalur.length = m[1].length / 4
    jalur.push(m[2])
    const path = jalur.join('')
    if (!DIUJI(path)) continue
    for (const method of (m[3] ?? '').split(', ').filter((x) => x && x !== 'HEAD')) {
      if (!app.hasRoute({ method: method as 'GET', url: path }))
        throw new Error(`route tree misread: ${method} ${path}`)
      hasil.push(`${method} ${path}`)
    }
  }
  return [...new Set(hasil)].sort()
}

const ruteDari = (kunci: string) => kunci.split(' · ')[0]

describe('access matrix', () => {
  it('every registered route has an entry, and every entry names a registered route', () => {
    const terdaftar = daftarRute(t.app)
    expect(terdaftar.length).toBeGreaterThan(50)
    const dicatat = new Set(Object.keys(MATRIKS).map(ruteDari))
    const tanpaEntri = terdaftar.filter((r) => !dicatat.has(r))
    const tanpaRute = [...dicatat].filter((r) => !terdaftar.includes(r))
    const celahTanpaEntri = KNOWN_GAP.map((c) => c.rute).filter((r) => !(r in MATRIKS))
    const pesan =
      'tanpaEntri: registered routes without an entry in MATRIKS (add one, see the top of this file); ' +
      'tanpaRute: entries naming no registered route; celahTanpaEntri: KNOWN_GAP lines naming no entry'
    expect({ tanpaEntri, tanpaRute, celahTanpaEntri }, pesan).toEqual({
      tanpaEntri: [],
      tanpaRute: [],
      celahTanpaEntri: [],
    })
  })

  const celahTerbuka: string[] = []
  const celahTertutup: string[] = []
  afterAll(() => {
    if (celahTerbuka.length)
      console.warn(`KNOWN_GAP — still open (${celahTerbuka.length}):\n  ${celahTerbuka.join('\n  ')}`)
    if (celahTertutup.length)
      console.warn(`KNOWN_GAP — closed, delete these lines:\n  ${celahTertutup.join('\n  ')}`)
  })

  it.each(Object.entries(MATRIKS))('%s', async (kunci, e) => {
    const w = await buatDunia(t, bersama)
    const bersamaObjek = e.siapkan && !e.perSel ? await e.siapkan(w, 'anonim', -1) : undefined
    const salah: string[] = []
    for (const [i, kolom] of KOLOM.entries()) {
      const o = e.perSel && e.siapkan ? await e.siapkan(w, kolom, i) : bersamaObjek
      const res = await e.kirim(w.k[kolom], o, w, kolom, i)
      const dapat = e.jawab ? e.jawab(res) : res.statusCode
      const harap = e.harap[kolom]
      const celah = KNOWN_GAP.find((c) => c.rute === kunci && c.kolom.includes(kolom))
      if (celah && dapat === celah.sekarang && dapat !== harap) {
        celahTerbuka.push(`${kunci} · ${kolom}: ${dapat} (rule: ${harap}) — ${celah.sebab}`)
        continue
      }
      if (celah && dapat === harap) celahTertutup.push(`${kunci} · ${kolom}`)
      if (dapat !== harap) salah.push(`${kolom}: expected ${harap}, got ${dapat} ${res.body.slice(0, 160)}`)
    }
    // Without a session, a non-public route answers 401 before it looks at the input (no 400 for junk).
    if (e.harap.anonim === 401) {
      const [method, path] = ruteDari(kunci).split(' ')
      const res = await w.k.anonim.inject({
        method: method as 'GET',
        url: path.replace(/:[A-Za-z]+/g, 'bukan-id'),
        ...(method === 'GET' ? {} : { payload: { sampah: true } }),
      })
      if (res.statusCode !== 401) salah.push(`anonim, junk input: expected 401, got ${res.statusCode}`)
    }
    expect(salah, kunci).toEqual([])
  })
})
