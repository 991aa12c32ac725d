import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { akun, impor, pegawai, skp } from '../src/db/schema/index.ts'
import type { BerandaView } from '../src/shared/beranda.ts'
import { aturJam } from '../src/server/clock.ts'
import { client, createTestApp, type TestApp } from './helpers/app.ts'
import { buatAkun, buatInstansi, buatPegawai } from './helpers/factories.ts'
import { buatOrang, buatPohon, buatSkp, bukaTahun, masuk } from './helpers/skp-factories.ts'

/**
 * GET /beranda: the to-do per role, from real rows built with the factories. The clock is fixed at
 * 21 January (WIB) so the deadline (31 January by default) is 10 days away.
 */
const Y = 2026
const HARI = `${Y}-01-21`

let t: TestApp
beforeAll(async () => {
  aturJam(`${HARI}T03:00:00Z`)
  t = await createTestApp()
})
afterAll(async () => {
  await t.close()
  aturJam(undefined)
})

const beranda = async (a: { username: string }, query = '') => {
  const res = await client(t.app, await masuk(t.app, a)).get(`/api/v1/beranda${query}`)
  expect(res.statusCode, res.body).toBe(200)
  return res.json<BerandaView>()
}

/** Set an SKP's submission time (oldest-first order) or its returned note. */
const ubahSkp = (id: string, set: Partial<typeof skp.$inferInsert>) =>
  t.database.db.update(skp).set(set).where(eq(skp.id, id))

describe('GET /beranda · pegawai', () => {
  it('a pegawai with no SKP: create one, deadline and days left from the year settings', async () => {
    const p = await buatPohon(t.database, { tahun: [Y] })
    const b = await beranda(p.staf.akun)
    expect(b.tahun).toBe(Y)
    expect(b.hariIni).toBe(HARI)
    expect(b.pegawai).toEqual({
      skp: null,
      jumlahSkpTahunIni: 0,
      tahunDibuka: true,
      batasSkp: `${Y}-01-31`,
      sisaHari: 10,
      skpAtasanDisetujui: null,
      langkah: 'buat_skp',
      realisasi: null,
      penilaian: null,
    })
    // a plain staff member assesses nobody, heads nothing, administers nothing
    expect(b).toMatchObject({ atasan: null, pimpinan: null, adminInstansi: null, adminNasional: null })
  })

  it('a year not opened: the defaults apply, the SKP can be started; another year asked explicitly; bad year is a 400', async () => {
    const p = await buatPohon(t.database)
    // issue 6 item 8: a year nobody opened works with the defaults (deadline 31 January)
    expect((await beranda(p.staf.akun)).pegawai).toMatchObject({
      tahunDibuka: false,
      batasSkp: `${Y}-01-31`,
      sisaHari: 10,
      langkah: 'buat_skp',
    })
    await bukaTahun(t.database, p.instansi.id, Y - 1)
    const lalu = await beranda(p.staf.akun, `?tahun=${Y - 1}`)
    expect(lalu.tahun).toBe(Y - 1)
    // last year's deadline is long past: negative days
    expect(lalu.pegawai).toMatchObject({ batasSkp: `${Y - 1}-01-31`, sisaHari: -355, langkah: 'buat_skp' })
    const salah = await client(t.app, await masuk(t.app, p.staf.akun)).get('/api/v1/beranda?tahun=abc')
    expect(salah.statusCode).toBe(400)
    expect(salah.json().errors[0].path).toBe('tahun')
  })

  it('a returned SKP shows the note; blocked while the penilai SKP is not approved; then fix and submit', async () => {
    const p = await buatPohon(t.database, { tahun: [Y] })
    const s = await buatSkp(t.database, p.staf, { tahun: Y, status: 'dikembalikan' })
    await ubahSkp(s.skp.id, { catatanPengembalian: 'Target IKI 1 terlalu rendah' })
    expect((await beranda(p.staf.akun)).pegawai).toMatchObject({
      skp: {
        id: s.skp.id,
        status: 'dikembalikan',
        catatanPengembalian: 'Target IKI 1 terlalu rendah',
        penilaiNama: 'Kepala Bidang',
      },
      skpAtasanDisetujui: false,
      langkah: 'tunggu_skp_atasan',
    })
    await buatSkp(t.database, p.kepala, { tahun: Y, status: 'disetujui' })
    expect((await beranda(p.staf.akun)).pegawai).toMatchObject({
      skpAtasanDisetujui: true,
      langkah: 'perbaiki_ajukan',
    })
    await ubahSkp(s.skp.id, { status: 'diajukan' })
    // the note belongs to the returned state only
    expect((await beranda(p.staf.akun)).pegawai).toMatchObject({
      skp: { status: 'diajukan', catatanPengembalian: null },
      langkah: 'tunggu_penilai',
    })
    await ubahSkp(s.skp.id, { status: 'disetujui' })
    expect((await beranda(p.staf.akun)).pegawai).toMatchObject({
      skpAtasanDisetujui: null,
      langkah: 'selesai',
    })
  })

  it('the top leader is assessed by the non-ASN official: never waits for an atasan SKP', async () => {
    const p = await buatPohon(t.database, { tahun: [Y] })
    await buatSkp(t.database, p.top, { tahun: Y, varian: 'jpt' })
    expect((await beranda(p.top.akun)).pegawai).toMatchObject({
      skp: { status: 'draft' },
      skpAtasanDisetujui: null,
      langkah: 'lengkapi_ajukan',
    })
  })

  it('an exempt employment status needs no SKP and is not counted in the completion', async () => {
    const p = await buatPohon(t.database, { tahun: [Y] })
    await t.database.db.update(pegawai).set({ status: 'cltn' }).where(eq(pegawai.id, p.staf.pegawai.id))
    expect((await beranda(p.staf.akun)).pegawai?.langkah).toBe('bebas_skp')
    const admin = await beranda(p.admin)
    // top + kepala; the staff member on unpaid leave (CLTN) is exempt
    expect(admin.adminInstansi?.total).toMatchObject({ total: 2, belum_ada: 2 })
  })
})

describe('GET /beranda · atasan', () => {
  it('SKPs waiting for me, oldest submission first; subordinates blocked until my SKP is approved', async () => {
    const p = await buatPohon(t.database, { tahun: [Y] })
    const staf = [p.staf]
    for (const nama of ['Staf Dua', 'Staf Tiga', 'Staf Empat'])
      staf.push(await buatOrang(t.database, { instansiId: p.instansi.id, unorId: p.bidang.id, nama }))
    const waktu = [`${Y}-01-15T02:00:00Z`, `${Y}-01-10T02:00:00Z`, `${Y}-01-12T02:00:00Z`]
    const diajukan = []
    for (const [i, o] of staf.slice(0, 3).entries()) {
      const s = await buatSkp(t.database, o, { tahun: Y, status: 'diajukan' })
      await ubahSkp(s.skp.id, { diajukanAt: new Date(waktu[i]) })
      diajukan.push(s.skp.id)
    }
    const draf = await buatSkp(t.database, staf[3], { tahun: Y })

    const b = await beranda(p.kepala.akun)
    expect(b.atasan?.menunggu.total).toBe(3)
    expect(b.atasan?.menunggu.items.map((i) => [i.skpId, i.nama, i.diajukanAt])).toEqual([
      [diajukan[1], 'Staf Dua', new Date(waktu[1]).toISOString()],
      [diajukan[2], 'Staf Tiga', new Date(waktu[2]).toISOString()],
      [diajukan[0], 'Staf Satu', new Date(waktu[0]).toISOString()],
    ])
    expect(b.atasan?.skpSayaDisetujui).toBe(false)
    expect(b.atasan?.tertahan).toMatchObject({
      total: 1,
      draft: 1,
      dikembalikan: 0,
      items: [{ skpId: draf.skp.id, nama: 'Staf Empat', status: 'draft' }],
    })
    // the kepala is also a pegawai (own SKP to create) and heads the Bidang (pimpinan of it)
    expect(b.pegawai?.langkah).toBe('buat_skp')
    expect(b.pimpinan?.akar).toEqual([{ unorId: p.bidang.id, nama: 'Bidang Uji' }])

    await buatSkp(t.database, p.kepala, { tahun: Y, status: 'disetujui' })
    const sesudah = await beranda(p.kepala.akun)
    expect(sesudah.atasan?.skpSayaDisetujui).toBe(true)
    expect(sesudah.atasan?.tertahan).toEqual({ total: 0, draft: 0, dikembalikan: 0, items: [] })
    expect(sesudah.atasan?.menunggu.total).toBe(3)
  })

  it('an atasan with nobody waiting still sees the section, with zeros', async () => {
    const p = await buatPohon(t.database, { tahun: [Y] })
    const b = await beranda(p.kepala.akun)
    expect(b.atasan).toEqual({
      menunggu: { total: 0, items: [] },
      skpSayaDisetujui: false,
      tertahan: { total: 0, draft: 0, dikembalikan: 0, items: [] },
      progresHarian: { jumlah: 0, orang: 0 },
      keberatanMenunggu: 0,
      perbaikanMenunggu: 0,
      realisasiBawahan: null,
      penilaianBawahan: null,
    })
  })
})

describe('GET /beranda · pimpinan and admins', () => {
  it('pimpinan: completion in the subtree by unit; admin instansi: by status and unit, no account, last import', async () => {
    const p = await buatPohon(t.database, { tahun: [Y] })
    await buatSkp(t.database, p.kepala, { tahun: Y, status: 'disetujui' })
    await buatSkp(t.database, p.staf, { tahun: Y, status: 'diajukan' })
    // a pegawai without an account, in the Bidang, with no SKP
    await buatPegawai(t.database, { instansiId: p.instansi.id, unorId: p.bidang.id, nama: 'Tanpa Akun' })

    const top = await beranda(p.top.akun)
    expect(top.pimpinan?.akar).toEqual([{ unorId: p.akar.id, nama: 'Sekretariat Daerah' }])
    expect(top.pimpinan?.total).toEqual({
      belum_ada: 2,
      draft: 0,
      diajukan: 1,
      dikembalikan: 0,
      disetujui: 1,
      total: 4,
      persenDisetujui: 25,
    })
    // the most unfinished unit first: the Sekretariat (top leader, no SKP) before the Bidang
    expect(top.pimpinan?.unit.map((u) => [u.nama, u.capaian.total, u.capaian.disetujui])).toEqual([
      ['Sekretariat Daerah', 1, 0],
      ['Bidang Uji', 3, 1],
    ])

    // an account with role pimpinan and a monitoring scope set by the admin
    const pengamat = await buatOrang(t.database, { instansiId: p.instansi.id, unorId: p.akar.id })
    await t.database.db
      .update(akun)
      .set({ peran: ['pegawai', 'pimpinan'], lingkupUnorId: p.bidang.id })
      .where(eq(akun.id, pengamat.akun.id))
    const lingkup = await beranda(pengamat.akun)
    expect(lingkup.pimpinan?.akar).toEqual([{ unorId: p.bidang.id, nama: 'Bidang Uji' }])
    expect(lingkup.pimpinan?.unit.map((u) => u.nama)).toEqual(['Bidang Uji'])

    await t.database.db.insert(impor).values({
      instansiId: p.instansi.id,
      jenis: 'pegawai',
      namaFile: 'pegawai-januari.csv',
      status: 'selesai',
      totalBaris: 120,
      barisValid: 118,
      barisDitulis: 118,
      laporan: {},
      aktorAkunId: p.admin.id,
      createdAt: new Date(`${Y}-01-20T01:00:00Z`),
    })
    const admin = await beranda(p.admin)
    expect(admin.pegawai).toBeNull()
    expect(admin.adminInstansi).toMatchObject({
      instansiId: p.instansi.id,
      // the pengamat (no SKP) joined the Sekretariat
      total: { total: 5, belum_ada: 3, diajukan: 1, disetujui: 1 },
      tanpaAkun: 1,
      imporTerakhir: {
        waktu: `${Y}-01-20T01:00:00.000Z`,
        aktorNama: p.admin.namaTampilan,
        jenis: 'pegawai',
        namaFile: 'pegawai-januari.csv',
        status: 'selesai',
        totalBaris: 120,
        barisDitulis: 118,
      },
    })
    expect(admin.adminInstansi?.unit.map((u) => u.unorId).sort()).toEqual([p.akar.id, p.bidang.id].sort())
    expect(admin.adminNasional).toBeNull()
  })

  it("isolation: another instansi's SKPs, pegawai and imports never appear; the national admin sees each instansi", async () => {
    const a = await buatPohon(t.database, { tahun: [Y] })
    const b = await buatPohon(t.database, { tahun: [Y] })
    for (const o of [b.staf, b.kepala]) await buatSkp(t.database, o, { tahun: Y, status: 'diajukan' })
    await buatPegawai(t.database, { instansiId: b.instansi.id, nama: 'Tanpa Akun B' })
    await t.database.db.insert(impor).values({
      instansiId: b.instansi.id,
      jenis: 'unor',
      namaFile: 'unor-b.csv',
      status: 'ditolak',
      totalBaris: 3,
      barisValid: 0,
      laporan: {},
    })

    const adminA = (await beranda(a.admin)).adminInstansi!
    expect(adminA.total).toMatchObject({ total: 3, belum_ada: 3, diajukan: 0 })
    expect(adminA.tanpaAkun).toBe(0)
    expect(adminA.imporTerakhir).toBeNull()
    const unitB = new Set([b.akar.id, b.bidang.id])
    expect(adminA.unit.some((u) => unitB.has(u.unorId))).toBe(false)
    const kepalaA = (await beranda(a.kepala.akun)).atasan!
    expect(kepalaA.menunggu.total).toBe(0)
    expect((await beranda(b.kepala.akun)).atasan?.menunggu.total).toBe(1)

    const nasional = await buatAkun(t.database, { peran: ['admin_nasional'] })
    const n = await beranda(nasional)
    expect(n).toMatchObject({ pegawai: null, atasan: null, pimpinan: null, adminInstansi: null })
    const baris = (id: string) => n.adminNasional?.instansi.find((i) => i.instansiId === id)
    expect(baris(a.instansi.id)).toMatchObject({
      kode: a.instansi.kode,
      nama: a.instansi.nama,
      capaian: { total: 3, belum_ada: 3 },
    })
    expect(baris(b.instansi.id)?.capaian).toMatchObject({ total: 4, belum_ada: 2, diajukan: 2 })
    // an instansi with nobody who needs an SKP is listed too, with zeros
    const kosong = await buatInstansi(t.database, { nama: 'Instansi Kosong' })
    const n2 = await beranda(nasional)
    expect(n2.adminNasional?.instansi.find((i) => i.instansiId === kosong.id)?.capaian).toMatchObject({
      total: 0,
      persenDisetujui: 0,
    })
  })

  it('every admin count equals the total of the pegawai list it links to', async () => {
    const p = await buatPohon(t.database, { tahun: [Y] })
    await buatSkp(t.database, p.kepala, { tahun: Y, status: 'disetujui' })
    await buatSkp(t.database, p.staf, { tahun: Y, status: 'dikembalikan' })
    await buatPegawai(t.database, { instansiId: p.instansi.id, unorId: p.bidang.id, nama: 'Tanpa Akun' })
    const cuti = await buatPegawai(t.database, { instansiId: p.instansi.id, unorId: p.bidang.id })
    await t.database.db.update(pegawai).set({ status: 'cltn' }).where(eq(pegawai.id, cuti.pegawai.id))
    const a = (await beranda(p.admin)).adminInstansi!
    const c = client(t.app, await masuk(t.app, p.admin))
    const total = async (q: string) => {
      const res = await c.get(`/api/v1/pegawai?pageSize=1&${q}`)
      expect(res.statusCode, res.body).toBe(200)
      return res.json<{ total: number }>().total
    }
    for (const s of ['belum_ada', 'draft', 'diajukan', 'dikembalikan', 'disetujui'] as const)
      expect([s, await total(`statusSkp=${s}&tahun=${Y}`)]).toEqual([s, a.total[s]])
    expect(a.total).toMatchObject({ belum_ada: 2, dikembalikan: 1, disetujui: 1, total: 4 })
    expect(await total(`wajibSkp=true&tahun=${Y}`)).toBe(a.total.total)
    for (const u of a.unit)
      expect(await total(`unorId=${u.unorId}&termasukSubUnit=false&statusSkp=belum_ada&tahun=${Y}`)).toBe(
        u.capaian.belum_ada,
      )
    // the CLTN pegawai and the one without an account have no account; nobody else lacks one
    expect(a.tanpaAkun).toBe(2)
    expect(await total('tanpaAkun=true')).toBe(2)
    expect((await c.get('/api/v1/pegawai?statusSkp=selesai')).statusCode).toBe(400)
  })

  it('needs a session', async () => {
    expect((await client(t.app).get('/api/v1/beranda')).statusCode).toBe(401)
  })
})
