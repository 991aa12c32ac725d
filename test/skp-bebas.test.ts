import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pegawai, skp } from '../src/db/schema/index.ts'
import { hariIni } from '../src/server/clock.ts'
import { client, createTestApp, type TestApp } from './helpers/app.ts'
import { buatOrang, buatPohon, buatSkp, masuk } from './helpers/skp-factories.ts'
import { barisCsv, csv, HEADER, instansiDenganAdmin, nipBaru, unggah } from './impor-helpers.ts'

/**
 * Issue 6 items 3 and 11 (DOMAIN §1–2): exemptions with dates shorten or refuse an SKP, the import carries
 * those dates, and an import leaves pending SKPs to refresh their penilai blocks on their next read.
 */
let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const HARI = hariIni()
const Y = Number(HARI.slice(0, 4))
const V = '/api/v1'

describe('exemptions with dates (CLTN, tugas belajar …)', () => {
  const kasus: [string, string, string | null, string | null, number, string | null][] = [
    // label, status, from, until → HTTP answer, SKP start
    ['CLTN ended before the year', 'cltn', `${Y - 2}-01-01`, `${Y - 1}-12-31`, 201, `${Y}-01-01`],
    ['tugas belajar, back on 1 July', 'tugas_belajar', `${Y - 1}-08-01`, `${Y}-06-30`, 201, `${Y}-07-01`],
    ['tugas belajar for the whole year', 'tugas_belajar', `${Y - 1}-08-01`, `${Y + 1}-06-30`, 400, null],
    ['CLTN without dates', 'cltn', null, null, 400, null],
    ['aktif', 'aktif', null, null, 201, `${Y}-01-01`],
  ]
  it.each(kasus)('%s', async (_l, status, mulai, selesai, kode, skpMulai) => {
    const p = await buatPohon(t.database, { tahun: [Y] })
    await t.database.db
      .update(pegawai)
      .set({ status: status as 'aktif', statusMulai: mulai, statusSelesai: selesai })
      .where(eq(pegawai.id, p.staf.pegawai.id))
    const c = client(t.app, await masuk(t.app, p.staf.akun))
    const res = await c.post(`${V}/skp`, { tahun: Y, pendekatan: 'kuantitatif' })
    expect(res.statusCode, res.body).toBe(kode)
    if (skpMulai) expect(res.json()).toMatchObject({ mulai: skpMulai, selesai: `${Y}-12-31` })
    else expect(res.json().code).toBe('SKP.BEBAS_SKP')
  })

  it('the lists of who needs an SKP agree: a return inside the year needs one, a whole-year exemption does not', async () => {
    const p = await buatPohon(t.database, { tahun: [Y] })
    const atur = (id: string, statusMulai: string | null, statusSelesai: string | null) =>
      t.database.db
        .update(pegawai)
        .set({ status: 'tugas_belajar', statusMulai, statusSelesai })
        .where(eq(pegawai.id, id))
    await atur(p.staf.pegawai.id, `${Y - 1}-08-01`, `${Y}-06-30`)
    await atur(p.kepala.pegawai.id, `${Y - 1}-08-01`, null)
    const admin = client(t.app, await masuk(t.app, p.admin))
    const res = await admin.get(`${V}/pegawai?wajibSkp=true&tahun=${Y}&pageSize=100`)
    expect(res.statusCode, res.body).toBe(200)
    const ids = res.json().items.map((i: { id: string }) => i.id)
    expect(ids).toContain(p.staf.pegawai.id)
    expect(ids).not.toContain(p.kepala.pegawai.id)
    // and each one's own Beranda says the same
    const langkah = async (akun: { username: string }) =>
      (await client(t.app, await masuk(t.app, akun)).get(`${V}/beranda`)).json().pegawai?.langkah
    expect(await langkah(p.kepala.akun)).toBe('bebas_skp')
    expect(await langkah(p.staf.akun)).not.toBe('bebas_skp')
  })

  it('names the status and its dates in the refusal', async () => {
    const p = await buatPohon(t.database, { tahun: [Y] })
    await t.database.db
      .update(pegawai)
      .set({ status: 'tugas_belajar', statusMulai: `${Y - 1}-08-01`, statusSelesai: `${Y + 1}-06-30` })
      .where(eq(pegawai.id, p.staf.pegawai.id))
    const c = client(t.app, await masuk(t.app, p.staf.akun))
    const res = await c.post(`${V}/skp`, { tahun: Y, pendekatan: 'kuantitatif' })
    expect(JSON.stringify(res.json())).toContain(
      `Tugas belajar sejak 1 Agustus ${Y - 1} sampai 30 Juni ${Y + 1}`,
    )
  })

  it('the admin records the dates on the pegawai; bad dates are 400', async () => {
    const p = await buatPohon(t.database, { tahun: [Y] })
    const admin = client(t.app, await masuk(t.app, p.admin))
    const url = `${V}/pegawai/${p.staf.pegawai.id}`
    let res = await admin.patch(url, {
      status: 'cltn',
      statusMulai: `${Y}-02-01`,
      statusSelesai: `${Y}-03-31`,
    })
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json()).toMatchObject({
      status: 'cltn',
      statusMulai: `${Y}-02-01`,
      statusSelesai: `${Y}-03-31`,
    })
    for (const bad of [
      { statusMulai: `${Y}-05-01`, statusSelesai: `${Y}-04-01` },
      { statusMulai: '0000-01-01' },
      { statusSelesai: 'a\u0000' },
    ]) {
      res = await admin.patch(url, bad)
      expect(res.statusCode, JSON.stringify(bad)).toBe(400)
    }
    // back to active clears the dates
    res = await admin.patch(url, { status: 'aktif' })
    expect(res.json()).toMatchObject({ status: 'aktif', statusMulai: null, statusSelesai: null })
  })
})

describe('import: STATUS_MULAI / STATUS_SELESAI', () => {
  const kepala = `${HEADER},STATUS_KEPEGAWAIAN,STATUS_MULAI,STATUS_SELESAI`
  const url = (instansiId: string) => `${V}/impor/pegawai?instansiId=${instansiId}`

  it('stores the dates of an exemption; a wrong order or date is refused with the row and column', async () => {
    const { instansi, dinas, session } = await instansiDenganAdmin(t.app, t.database)
    const nip = nipBaru()
    const baris = (mulai: string, selesai: string) =>
      `${barisCsv({ nip, unor: 'Sekretariat', induk: dinas.nama, tmt: '01-01-2020' })},TUGAS BELAJAR,${mulai},${selesai}`
    let res = await unggah(
      t.app,
      session,
      url(instansi.id),
      `${kepala}\n${baris('01-08-2025', '30-06-2026')}\n`,
    )
    expect(res.statusCode, res.body).toBe(200)
    const [p] = await t.database.db.select().from(pegawai).where(eq(pegawai.nip, nip))
    expect(p).toMatchObject({
      status: 'tugas_belajar',
      statusMulai: '2025-08-01',
      statusSelesai: '2026-06-30',
    })

    for (const [mulai, selesai] of [
      ['01-08-2026', '30-06-2026'],
      ['bukan tanggal', ''],
    ]) {
      res = await unggah(t.app, session, url(instansi.id), `${kepala}\n${baris(mulai, selesai)}\n`)
      expect(res.statusCode, res.body).toBe(400)
      expect(JSON.stringify(res.json())).toMatch(/STATUS_(MULAI|SELESAI)/)
    }
  })
})

describe('after an import, pending SKPs refresh their blocks on the next read', () => {
  it('a completed import marks pending blocks stale (approved ones untouched); the next read refreshes them', async () => {
    const p = await buatPohon(t.database, { tahun: [Y] })
    const lain = await buatOrang(t.database, { instansiId: p.instansi.id, unorId: p.bidang.id })
    const { skp: tertunda } = await buatSkp(t.database, p.staf, { tahun: Y, status: 'draft' })
    const { skp: beku } = await buatSkp(t.database, lain, { tahun: Y, status: 'disetujui' })
    const snapshot = async (id: string) =>
      (await t.database.db.select({ s: skp.snapshot }).from(skp).where(eq(skp.id, id)))[0].s as {
        tanggal?: string
      }
    const staf = client(t.app, await masuk(t.app, p.staf.akun))
    await staf.get(`${V}/skp/${tertunda.id}`) // resolved today
    expect((await snapshot(tertunda.id)).tanggal).toBeDefined()
    const bekuSebelum = await snapshot(beku.id)

    const admin = await masuk(t.app, p.admin)
    const baris = barisCsv({ nip: nipBaru(), unor: 'Bidang Uji', induk: 'Sekretariat Daerah' })
    const res = await unggah(t.app, admin, `${V}/impor/pegawai?instansiId=${p.instansi.id}`, csv(baris))
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json().status).toBe('selesai')

    expect((await snapshot(tertunda.id)).tanggal).toBeUndefined()
    expect(await snapshot(beku.id)).toEqual(bekuSebelum)
    const v = (await staf.get(`${V}/skp/${tertunda.id}`)).json()
    expect(v.snapshot.penilai).toMatchObject({ pegawaiId: p.kepala.pegawai.id })
    expect((await snapshot(tertunda.id)).tanggal).toBeDefined()
  })
})
