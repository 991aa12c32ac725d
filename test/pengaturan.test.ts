import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditLog, pengaturanTahun } from '../src/db/schema/index.ts'
import { client, createTestApp, login, type TestApp } from './helpers/app.ts'
import { buatAkun, buatInstansi, PASSWORD } from './helpers/factories.ts'
import { buatPohon, masuk } from './helpers/skp-factories.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const Y = 2031
const paths = (res: { json(): { errors: { path: string }[] } }) =>
  res
    .json()
    .errors.map((e) => e.path)
    .sort()

describe('pengaturan tahun', () => {
  it('shows the defaults of a year not opened yet, opens it (admin), lists it and refuses opening twice', async () => {
    const p = await buatPohon(t.database)
    const admin = client(t.app, await masuk(t.app, p.admin))
    const awal = (await admin.get(`/api/v1/pengaturan/${Y}`)).json()
    expect(awal).toMatchObject({
      tahun: Y,
      status: 'belum_dibuka',
      dibuka: false,
      pengaturan: { periodePenilaian: 'triwulan', batasSkp: `${Y}-01-31`, hariKunciRealisasi: 5 },
    })
    const buka = await admin.post('/api/v1/pengaturan', {
      tahun: Y,
      pengaturan: { periodePenilaian: 'semester' },
    })
    expect(buka.statusCode).toBe(201)
    expect(buka.json()).toMatchObject({
      instansiId: p.instansi.id,
      status: 'dibuka',
      dibuka: true,
      pengaturan: { periodePenilaian: 'semester', hariKunciRealisasi: 5 },
    })
    expect((await admin.get('/api/v1/pengaturan')).json().items).toMatchObject([
      { tahun: Y, status: 'dibuka' },
    ])
    expect((await admin.post('/api/v1/pengaturan', { tahun: Y })).statusCode).toBe(409)
    // a pegawai reads the settings but may not open a year
    const staf = client(t.app, await masuk(t.app, p.staf.akun))
    expect((await staf.get(`/api/v1/pengaturan/${Y}`)).json().pengaturan.periodePenilaian).toBe('semester')
    expect((await staf.post('/api/v1/pengaturan', { tahun: Y + 1 })).statusCode).toBe(403)
  })

  it('edits a year field by field, audited with before and after', async () => {
    const p = await buatPohon(t.database)
    const admin = client(t.app, await masuk(t.app, p.admin))
    await admin.post('/api/v1/pengaturan', { tahun: Y })
    const res = await admin.put(`/api/v1/pengaturan/${Y}`, {
      pengaturan: { hariKunciRealisasi: 7, ambangRating: { sesuaiMinSemua: 75 } },
    })
    expect(res.statusCode).toBe(200)
    expect(res.json().pengaturan).toMatchObject({
      hariKunciRealisasi: 7,
      ambangRating: { sesuaiMinSemua: 75, diAtasMinSemua: 100, diAtasMinSalahSatu: 110 },
    })
    const [row] = await t.database.db
      .select()
      .from(pengaturanTahun)
      .where(eq(pengaturanTahun.instansiId, p.instansi.id))
    const [audit] = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entitasId, row.id), eq(auditLog.aksi, 'ubah')))
    expect(audit.sebelum).toMatchObject({ hariKunciRealisasi: 5 })
    expect(audit.sesudah).toMatchObject({ hariKunciRealisasi: 7 })
    expect(
      (await admin.put(`/api/v1/pengaturan/${Y + 5}`, { pengaturan: { hariKunciRealisasi: 7 } })).statusCode,
    ).toBe(404)
  })

  it('rejects invalid settings with field paths and changes nothing', async () => {
    const p = await buatPohon(t.database)
    const admin = client(t.app, await masuk(t.app, p.admin))
    await admin.post('/api/v1/pengaturan', { tahun: Y })
    const bad = await admin.put(`/api/v1/pengaturan/${Y}`, {
      pengaturan: {
        periodePenilaian: 'mingguan',
        hariKunciRealisasi: 0,
        ambangRating: { sesuaiMinSemua: 250 },
        statusBebasSkp: ['aktif'],
        lain: 1,
      },
    })
    expect(bad.statusCode).toBe(400)
    expect(paths(bad)).toEqual([
      'pengaturan',
      'pengaturan.ambangRating.sesuaiMinSemua',
      'pengaturan.hariKunciRealisasi',
      'pengaturan.periodePenilaian',
      'pengaturan.statusBebasSkp.0',
    ])
    const tahunLain = await admin.put(`/api/v1/pengaturan/${Y}`, {
      pengaturan: { batasSkp: `${Y + 1}-01-31` },
    })
    expect(paths(tahunLain)).toEqual(['pengaturan.batasSkp'])
    const urutan = await admin.put(`/api/v1/pengaturan/${Y}`, {
      pengaturan: { ambangRating: { sesuaiMinSemua: 120 } },
    })
    expect(paths(urutan)).toEqual(['pengaturan.ambangRating'])
    expect((await admin.post('/api/v1/pengaturan', { tahun: 1990 })).statusCode).toBe(400)
    expect((await admin.get(`/api/v1/pengaturan/${Y}`)).json().pengaturan).toMatchObject({
      periodePenilaian: 'triwulan',
      hariKunciRealisasi: 5,
      batasSkp: `${Y}-01-31`,
    })
  })

  it("isolates instansi: another instansi's admin can neither read nor write; the national admin names one", async () => {
    const p = await buatPohon(t.database)
    const admin = client(t.app, await masuk(t.app, p.admin))
    await admin.post('/api/v1/pengaturan', { tahun: Y })
    const lain = await buatAkun(t.database, {
      instansiId: (await buatInstansi(t.database)).id,
      peran: ['admin_instansi'],
    })
    const asing = client(t.app, await login(t.app, lain.username, PASSWORD))
    const q = `instansiId=${p.instansi.id}`
    expect((await asing.get(`/api/v1/pengaturan?${q}`)).statusCode).toBe(404)
    expect((await asing.get(`/api/v1/pengaturan/${Y}?${q}`)).statusCode).toBe(404)
    expect(
      (
        await asing.put(`/api/v1/pengaturan/${Y}`, {
          instansiId: p.instansi.id,
          pengaturan: { hariKunciRealisasi: 9 },
        })
      ).statusCode,
    ).toBe(404)
    expect(
      (await asing.post('/api/v1/pengaturan', { instansiId: p.instansi.id, tahun: Y + 1 })).statusCode,
    ).toBe(404)
    expect((await asing.get('/api/v1/pengaturan')).json().items).toEqual([])
    const nasional = await buatAkun(t.database, { peran: ['admin_nasional'] })
    const n = client(t.app, await login(t.app, nasional.username, PASSWORD))
    expect((await n.get('/api/v1/pengaturan')).json().errors[0].path).toBe('instansiId')
    expect((await n.post('/api/v1/pengaturan', { instansiId: p.instansi.id, tahun: Y + 1 })).statusCode).toBe(
      201,
    )
    expect(
      (await n.get(`/api/v1/pengaturan?${q}`)).json().items.map((i: { tahun: number }) => i.tahun),
    ).toEqual([Y, Y + 1])
    expect((await admin.get(`/api/v1/pengaturan/${Y}`)).json().pengaturan.hariKunciRealisasi).toBe(5)
  })
})
