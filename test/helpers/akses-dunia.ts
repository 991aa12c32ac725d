import { eq, inArray } from 'drizzle-orm'
import type { FastifyInstance, InjectOptions } from 'fastify'
import { akun, atasanOverride, iki, rhk, skp } from '../../src/db/schema/index.ts'
import { buatNip } from '../../src/db/seed/nip.ts'
import type { SkpStatus } from '../../src/domain/skp-workflow.ts'
import { hariIni } from '../../src/server/clock.ts'
import type { PeranAkun } from '../../src/server/auth/actor.ts'
import { client, login, type Session, type TestApp } from './app.ts'
import { buatAkun, buatInstansi, buatPegawai, buatUnor, PASSWORD } from './factories.ts'
import { buatSkp, bukaTahun } from './skp-factories.ts'

/**
 * The world of the access matrix (test/akses-matriks.test.ts): one instansi with a small unit tree, one
 * person per column of the matrix, and builders for the objects the routes act on.
 *
 *   Instansi A (assessed at the top by a non-ASN Bupati)
 *     Dinas (root)      Kadis  — head, account role pimpinan      → column `pimpinan`
 *       Bidang          Kabid  — head, penilai of Ani             → column `atasan`
 *                       Ani    — owner of the objects             → column `pegawaiSendiri`
 *                       Budi   — colleague in the same unit       → column `pegawaiLain`
 *                       Cici   — Ani's subordinate by an admin override (so Ani can own a Matriks Peran
 *                                Hasil cell or form a Tim Kerja); no column
 *     admin instansi of A (no pegawai)                            → column `adminInstansi`
 *   Instansi B: its admin instansi                                → column `adminInstansiLain`
 *   admin nasional (no instansi)                                  → column `adminNasional`
 *   no session                                                    → column `anonim`
 *
 * A is built fresh for every route, so a write in one route never changes another's answers. The
 * accounts are made and logged in once per file (real argon2id logins, one remote address each, so the
 * per-address login limit never interferes); A's five accounts are then pointed at each new world's people.
 */
export const KOLOM = [
  'anonim',
  'pegawaiSendiri',
  'pegawaiLain',
  'atasan',
  'pimpinan',
  'adminInstansi',
  'adminInstansiLain',
  'adminNasional',
] as const
export type Kolom = (typeof KOLOM)[number]

export const V = '/api/v1'
export const tahunIni = () => Number(hariIni().slice(0, 4))

let nomorAlamat = 0
/** A fresh remote address per login: the login route is rate-limited per address. */
export const alamatBaru = () => {
  nomorAlamat += 1
  return `10.78.${nomorAlamat >> 8}.${nomorAlamat & 255}`
}

let nomorRhk = 10
let nomorNip = 0
/** A valid NIP no factory produces (TMT month 07), unique within the file. */
export function nipUnik() {
  nomorNip += 1
  return buatNip({
    lahir: `${1980 + Math.floor(nomorNip / 1000)}-05-17`,
    tmt: '2008-07',
    jk: 'L',
    urut: nomorNip % 1000,
  })
}

/** app.inject with a session (cookie + CSRF header), or none for `anonim`. */
export function klien(app: FastifyInstance, sesi?: Session) {
  const dasar = client(app, sesi)
  const header = sesi ? { cookie: `kinerja_sesi=${sesi.cookie}`, 'x-csrf-token': sesi.csrf } : {}
  return {
    ...dasar,
    inject: (o: InjectOptions) => app.inject({ ...o, headers: { ...header, ...o.headers } }),
    /** multipart/form-data with one file in the field `file` (the import routes). */
    unggah: (url: string, isi: string, namaFile = 'data.csv') => {
      const batas = `----akses${Math.random().toString(16).slice(2)}`
      const payload =
        `--${batas}\r\nContent-Disposition: form-data; name="file"; filename="${namaFile}"\r\n` +
        `Content-Type: text/csv\r\n\r\n${isi}\r\n--${batas}--\r\n`
      return app.inject({
        method: 'POST',
        url,
        payload,
        headers: { ...header, 'content-type': `multipart/form-data; boundary=${batas}` },
      })
    },
  }
}
export type Klien = ReturnType<typeof klien>

async function masuk(app: FastifyInstance, username: string): Promise<Klien> {
  return klien(app, await login(app, username, PASSWORD, alamatBaru()))
}

/** The columns played by an account of instansi A: re-pointed at each new world's people. */
const KOLOM_A = ['pegawaiSendiri', 'pegawaiLain', 'atasan', 'pimpinan', 'adminInstansi'] as const
type KolomA = (typeof KOLOM_A)[number]
type AkunRow = Awaited<ReturnType<typeof buatAkun>>

export interface Bersama {
  lain: Awaited<ReturnType<typeof buatInstansi>>
  akun: Record<Exclude<Kolom, 'anonim'>, AkunRow>
  klien: Record<Exclude<Kolom, 'anonim'>, Klien>
  passwordHash: string
}

const PERAN_KOLOM: Record<KolomA, PeranAkun[]> = {
  pegawaiSendiri: ['pegawai'],
  pegawaiLain: ['pegawai'],
  atasan: ['pegawai'],
  pimpinan: ['pegawai', 'pimpinan'],
  adminInstansi: ['admin_instansi'],
}

/**
 * Every account of the matrix, logged in once per file. Instansi B, its admin and the national admin stay
 * as they are; the five accounts of instansi A are re-pointed at each new world's people (buatDunia), so a
 * route costs no argon2id login. A session is looked up on every request, so the re-pointed account acts
 * as the new person at once.
 */
export async function buatBersama(t: TestApp): Promise<Bersama> {
  const { database } = t
  const lain = await buatInstansi(database, { nama: 'Instansi Lain' })
  await buatPegawai(database, { instansiId: lain.id, nama: 'Pegawai Instansi Lain' })
  const awal = await buatInstansi(database, { nama: 'Instansi Awal Matriks' })
  const akun = {
    adminInstansiLain: await buatAkun(database, { instansiId: lain.id, peran: ['admin_instansi'] }),
    adminNasional: await buatAkun(database, { instansiId: null, peran: ['admin_nasional'] }),
  } as Bersama['akun']
  for (const kolom of KOLOM_A)
    akun[kolom] = await buatAkun(database, { instansiId: awal.id, peran: PERAN_KOLOM[kolom] })
  const klien = {} as Bersama['klien']
  for (const [kolom, a] of Object.entries(akun))
    klien[kolom as keyof typeof akun] = await masuk(t.app, a.username)
  return { lain, akun, klien, passwordHash: akun.adminNasional.passwordHash }
}

/**
 * Undo what a route may have done to an account (a password reset by an admin, a changed password, ended
 * sessions): the password and flags come back, and a column whose session ended logs in again.
 */
async function pulihkan(t: TestApp, b: Bersama) {
  await t.database.db
    .update(akun)
    .set({ passwordHash: b.passwordHash, wajibGantiPassword: false, aktif: true })
    .where(
      inArray(
        akun.id,
        Object.values(b.akun).map((a) => a.id),
      ),
    )
  for (const [kolom, a] of Object.entries(b.akun)) {
    const k = kolom as keyof Bersama['akun']
    if ((await b.klien[k].get(`${V}/me`)).statusCode !== 200) b.klien[k] = await masuk(t.app, a.username)
  }
}

type Orang = Awaited<ReturnType<typeof buatPegawai>>
type SkpDibuat = Awaited<ReturnType<typeof buatSkp>>

/** Instansi A, fresh for one route, with a logged-in session per column. */
export async function buatDunia(t: TestApp, bersama: Bersama) {
  const { database } = t
  const tahun = tahunIni()
  const inst = await buatInstansi(database, {
    pejabatNonAsnNama: 'Bupati Contoh',
    pejabatNonAsnJabatan: 'Bupati',
  })
  await bukaTahun(database, inst.id, tahun)
  const dinas = await buatUnor(database, { instansiId: inst.id, nama: 'Dinas' })
  const bidang = await buatUnor(database, { instansiId: inst.id, parentId: dinas.id, nama: 'Bidang' })
  const orang = (nama: string, o: { unorId: string; isKepala?: boolean; jenisJabatan?: 'jpt_pratama' }) =>
    buatPegawai(database, { instansiId: inst.id, nama, ...o })
  const kadis = await orang('Kadis', { unorId: dinas.id, isKepala: true, jenisJabatan: 'jpt_pratama' })
  const kabid = await orang('Kabid', { unorId: bidang.id, isKepala: true })
  const ani = await orang('Ani', { unorId: bidang.id })
  const budi = await orang('Budi', { unorId: bidang.id })
  const cici = await orang('Cici', { unorId: bidang.id })
  await database.db.insert(atasanOverride).values({
    instansiId: inst.id,
    pegawaiId: cici.pegawai.id,
    atasanPegawaiId: ani.pegawai.id,
    mulai: '2020-01-01',
    alasan: 'Ani membina Cici (dunia uji hak akses)',
  })

  await pulihkan(t, bersama)
  const orangKolom: Record<KolomA, Orang | null> = {
    pegawaiSendiri: ani,
    pegawaiLain: budi,
    atasan: kabid,
    pimpinan: kadis,
    adminInstansi: null,
  }
  for (const kolom of KOLOM_A) {
    await database.db
      .update(akun)
      .set({ instansiId: inst.id, pegawaiId: orangKolom[kolom]?.pegawai.id ?? null })
      .where(eq(akun.id, bersama.akun[kolom].id))
  }
  const k: Record<Kolom, Klien> = { anonim: klien(t.app), ...bersama.klien }

  let skpKabid: SkpDibuat | undefined
  let skpAni: SkpDibuat | undefined

  /** Kabid's approved SKP of the year: what Ani's RHK cascade from. */
  async function skpAtasan() {
    skpKabid ??= await buatSkp(database, kabid, { tahun, status: 'disetujui' })
    return skpKabid
  }

  /**
   * Ani's SKP of the year (one RHK cascading from Kabid's, two IKI: ready to submit), put in `status`.
   * There is one SKP per assignment and year, so later calls reset the same SKP's state.
   */
  async function skpPemilik(status: SkpStatus = 'draft') {
    const atas = await skpAtasan()
    if (!skpAni) {
      skpAni = await buatSkp(database, ani, { tahun, status, intervensi: [atas.rhk[0].id] })
      return skpAni
    }
    const [row] = await database.db
      .update(skp)
      .set({
        status,
        diajukanAt: status === 'draft' ? null : new Date(),
        disetujuiAt: status === 'disetujui' ? new Date() : null,
      })
      .where(eq(skp.id, skpAni.skp.id))
      .returning()
    skpAni = { ...skpAni, skp: row }
    return skpAni
  }

  /** Cici's SKP of the year: penilai Ani (by the override), atasan penilai Kabid; Kadis only heads a unit above. */
  const skpCici = () => buatSkp(database, cici, { tahun, status: 'diajukan' })

  /** One more RHK (with an IKI) on Ani's SKP, e.g. for a route that deletes one. */
  async function rhkTambahan() {
    const s = await skpPemilik()
    const [r] = await database.db
      .insert(rhk)
      .values({
        instansiId: inst.id,
        skpId: s.skp.id,
        jenis: 'tambahan',
        urutan: (nomorRhk += 1),
        deskripsi: 'RHK tambahan uji hak akses',
        intervensiRhkId: s.rhk[0].intervensiRhkId,
      })
      .returning()
    await database.db.insert(iki).values({
      instansiId: inst.id,
      rhkId: r.id,
      urutan: 0,
      aspek: 'kuantitas',
      indikator: 'Jumlah laporan',
      targetMin: 2,
      satuan: 'Laporan',
    })
    return r
  }

  /** A new session of the column's account (for a route that ends the session it is called with). */
  async function sesiBaru(kolom: Kolom): Promise<Klien> {
    return kolom === 'anonim' ? klien(t.app) : masuk(t.app, bersama.akun[kolom].username)
  }

  return {
    t,
    tahun,
    inst,
    lain: bersama.lain,
    dinas,
    bidang,
    kadis,
    kabid,
    ani,
    budi,
    cici,
    akun: bersama.akun,
    k,
    skpAtasan,
    skpPemilik,
    skpCici,
    rhkTambahan,
    sesiBaru,
  }
}
export type Dunia = Awaited<ReturnType<typeof buatDunia>>
