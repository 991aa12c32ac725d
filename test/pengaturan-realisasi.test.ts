import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { iki, realisasi } from '../src/db/schema/index.ts'
import { client, createTestApp, type TestApp } from './helpers/app.ts'
import { buatPohon, buatSkpDisetujui, masuk } from './helpers/skp-factories.ts'

// DOMAIN §4 settings of the realisation year: the instansi's time zone (lock at midnight there), the upload
// limit, the lower-is-better formula, the reminder before the lock; and the periods fixed once used.

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const Y = 2032
const paths = (res: { json(): { errors: { path: string }[] } }) =>
  res
    .json()
    .errors.map((e) => e.path)
    .sort()

describe('pengaturan: realisasi settings', () => {
  it('defaults WIB, 10 MB, selisih, 3 days; edited field by field', async () => {
    const p = await buatPohon(t.database)
    const admin = client(t.app, await masuk(t.app, p.admin))
    expect((await admin.get(`/api/v1/pengaturan/${Y}`)).json().pengaturan).toMatchObject({
      zonaWaktu: 'Asia/Jakarta',
      batasUnggahMb: 10,
      rumusPolaritasTurun: 'selisih',
      hariPengingatKunci: 3,
    })
    await admin.post('/api/v1/pengaturan', { tahun: Y, pengaturan: { zonaWaktu: 'Asia/Jayapura' } })
    const res = await admin.put(`/api/v1/pengaturan/${Y}`, {
      pengaturan: { batasUnggahMb: 25, rumusPolaritasTurun: 'rasio', hariPengingatKunci: 5 },
    })
    expect(res.statusCode).toBe(200)
    expect(res.json().pengaturan).toMatchObject({
      zonaWaktu: 'Asia/Jayapura',
      batasUnggahMb: 25,
      rumusPolaritasTurun: 'rasio',
      hariPengingatKunci: 5,
    })
  })

  it('refuses bad values with a field error each', async () => {
    const p = await buatPohon(t.database)
    const admin = client(t.app, await masuk(t.app, p.admin))
    await admin.post('/api/v1/pengaturan', { tahun: Y })
    const bad = await admin.put(`/api/v1/pengaturan/${Y}`, {
      pengaturan: {
        zonaWaktu: 'Asia/Tokyo',
        batasUnggahMb: 0,
        rumusPolaritasTurun: 'akar',
        hariPengingatKunci: 31,
      },
    })
    expect(bad.statusCode).toBe(400)
    expect(paths(bad)).toEqual([
      'pengaturan.batasUnggahMb',
      'pengaturan.hariPengingatKunci',
      'pengaturan.rumusPolaritasTurun',
      'pengaturan.zonaWaktu',
    ])
    const besar = await admin.put(`/api/v1/pengaturan/${Y}`, { pengaturan: { batasUnggahMb: 101 } })
    expect(paths(besar)).toEqual(['pengaturan.batasUnggahMb'])
  })

  it('refuses (409) changing periodePenilaian once realisasi exist in the year; other fields still change', async () => {
    const p = await buatPohon(t.database, { tahun: [Y] })
    const admin = client(t.app, await masuk(t.app, p.admin))
    const s = await buatSkpDisetujui(t.database, p.staf, { tahun: Y, intervensi: [null] })
    // before anything is entered the periods may still change
    const dulu = await admin.put(`/api/v1/pengaturan/${Y}`, { pengaturan: { periodePenilaian: 'bulanan' } })
    expect(dulu.statusCode).toBe(200)
    const [i] = await t.database.db.select().from(iki).where(eq(iki.rhkId, s.rhk[0].id))
    await t.database.db
      .insert(realisasi)
      .values({ instansiId: p.instansi.id, skpId: s.skp.id, ikiId: i.id, periode: 'B01', nilai: 1 })
    const res = await admin.put(`/api/v1/pengaturan/${Y}`, { pengaturan: { periodePenilaian: 'triwulan' } })
    expect(res.statusCode).toBe(409)
    expect(res.json().code).toBe('PENGATURAN.PERIODE_TERPAKAI')
    // the same value again, or another field, is fine
    const sama = await admin.put(`/api/v1/pengaturan/${Y}`, {
      pengaturan: { periodePenilaian: 'bulanan', hariKunciRealisasi: 7 },
    })
    expect(sama.statusCode).toBe(200)
    // another instansi's realisasi does not fix this one's periods
    const lain = await buatPohon(t.database, { tahun: [Y] })
    const adminLain = client(t.app, await masuk(t.app, lain.admin))
    expect(
      (await adminLain.put(`/api/v1/pengaturan/${Y}`, { pengaturan: { periodePenilaian: 'semester' } }))
        .statusCode,
    ).toBe(200)
  })
})
