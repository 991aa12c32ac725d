import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { aturJam } from '../src/server/clock.ts'
import { createTestApp, type TestApp } from './helpers/app.ts'
import { buatEvaluasi } from './helpers/evaluasi-factories.ts'
import { alatKeberatan } from './helpers/keberatan-dunia.ts'

/** Keberatan (PP 30/2019 Pasal 59): the window on a fixed clock, one per version. */
let t: TestApp
beforeAll(async () => {
  // the clock moves over days within a test: sessions outlive it
  t = await createTestApp({ sessionTtlHours: 24 * 90 })
})
afterAll(() => t.close())
afterEach(() => aturJam(undefined))
const { Y, V, akhirHari, susun, evaluasiStaf, ajukan, diajukan } = alatKeberatan(() => t)

describe('keberatan: the window (PP 30/2019 Pasal 59)', () => {
  it('14 calendar days: filed on the last day at 23:59 WIB; at 00:00 the next day refused naming the deadline', async () => {
    const w = await susun()
    const e1 = await evaluasiStaf(w, 'FINAL')
    const e2 = await evaluasiStaf(w, 'TW4')
    aturJam(akhirHari(`${Y}-01-19`))
    const batas = await w.staf.get(`${V}/evaluasi/${e1.id}/keberatan/batas`)
    expect(batas.json()).toMatchObject({
      boleh: true,
      hariIni: `${Y}-01-19`,
      batas: { diterima: `${Y}-01-05`, batas: `${Y}-01-19`, hari: 14, jenisHari: 'kalender' },
    })
    expect((await ajukan(w.staf, e1.id)).statusCode).toBe(201)
    aturJam(`${Y}-01-19T17:00:00Z`)
    const telat = await ajukan(w.staf, e2.id)
    expect([telat.statusCode, telat.json().code]).toEqual([409, 'KEBERATAN.TERLAMBAT'])
    expect(telat.json().message).toContain('19 Januari 2043')
    const en = await w.staf.post(
      `${V}/evaluasi/${e2.id}/keberatan`,
      { alasan: 'x' },
      { 'accept-language': 'en' },
    )
    expect(en.json().message).toContain('19 January 2043')
    expect((await w.staf.get(`${V}/evaluasi/${e2.id}/keberatan/batas`)).json()).toMatchObject({
      boleh: false,
      alasan: 'terlambat',
    })
  })

  it('the receipt day is the instansi’s: finalised 01:00 WIB on the 5th counts from the 5th', async () => {
    const w = await susun()
    const e = await evaluasiStaf(w, 'FINAL', new Date(`${Y}-01-04T18:00:00Z`))
    aturJam(`${Y}-01-19T10:00:00Z`)
    expect((await ajukan(w.staf, e.id)).statusCode).toBe(201)
  })

  it('working days skip weekends and holidays: 14 working days from Monday 5 January with a holiday → 26 January', async () => {
    // the evaluation's year (Y - 1) counts working days; the holiday is in the settings of the receipt year
    const w = await susun({
      pengaturan: { [Y - 1]: { jenisHariKeberatan: 'kerja' }, [Y]: { hariLibur: [`${Y}-01-14`] } },
    })
    const e1 = await evaluasiStaf(w, 'FINAL')
    const e2 = await evaluasiStaf(w, 'TW4')
    aturJam(akhirHari(`${Y}-01-26`))
    expect((await w.staf.get(`${V}/evaluasi/${e1.id}/keberatan/batas`)).json().batas).toMatchObject({
      batas: `${Y}-01-26`,
      jenisHari: 'kerja',
    })
    expect((await ajukan(w.staf, e1.id)).statusCode).toBe(201)
    aturJam(akhirHari(`${Y}-01-27`))
    const telat = await ajukan(w.staf, e2.id)
    expect(telat.json().code).toBe('KEBERATAN.TERLAMBAT')
    expect(telat.json().message).toContain('hari kerja')
  })

  it('one per version; a draft or someone else’s evaluation is refused; reasons are required and bounded', async () => {
    const w = await susun()
    const e = await evaluasiStaf(w)
    aturJam(`${Y}-01-07T03:00:00Z`)
    const kosong = await ajukan(w.staf, e.id, { alasan: ' ' })
    expect([kosong.statusCode, kosong.json().errors[0].path]).toEqual([400, 'alasan'])
    const panjang = await ajukan(w.staf, e.id, { alasan: 'x'.repeat(4001) })
    expect([panjang.statusCode, panjang.json().errors[0].path]).toEqual([400, 'alasan'])
    await diajukan(w, e.id)
    expect((await ajukan(w.staf, e.id)).json().code).toBe('KEBERATAN.SUDAH_DIAJUKAN')
    for (const c of [w.kepala, w.top, w.rekan, w.admin]) expect((await ajukan(c, e.id)).statusCode).toBe(403)
    const draft = await buatEvaluasi(t.database, w.skpStaf.id, { periode: 'TW3', status: 'draft' })
    expect((await ajukan(w.staf, draft.id)).json().code).toBe('KEBERATAN.EVALUASI_BELUM_FINAL')
  })
})
