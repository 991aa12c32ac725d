import { eq, sql } from 'drizzle-orm'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { penetapanPredikat, penugasan } from '../src/db/schema/index.ts'
import { aturJam } from '../src/server/clock.ts'
import type {
  KalibrasiGrid,
  KurvaPratinjau,
  MonitoringKurva,
  PenetapanDetail,
  PredikatOrganisasiDaftar,
} from '../src/shared/kurva.ts'
import { createTestApp, type TestApp } from './helpers/app.ts'
import { setPredikatOrganisasi } from './helpers/evaluasi-factories.ts'
import { buatUnor } from './helpers/factories.ts'
import { susunKurva } from './helpers/kurva-dunia.ts'

/**
 * The curve pages' periods (the year's setting, the server's default), who is left out of the count, and the
 * unit whose pattern a penilai's subordinates follow in a past period.
 */
let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())
afterEach(() => aturJam(undefined))

const Y = 2047
const V = '/api/v1'

async function dunia(jam = `${Y}-04-02T02:00:00.000Z`) {
  aturJam(jam)
  return susunKurva(t, Y)
}

const kode = (d: { periodeTersedia: { kode: string }[] }) => d.periodeTersedia.map((p) => p.kode)

describe('periods of the curve pages', () => {
  it("without a period: the year's default (latest whose evaluation may start) and only the year's periods", async () => {
    const w = await dunia(`${Y}-07-10T02:00:00.000Z`)
    const bidang = w.p.bidang.id
    const triwulan = ['TW1', 'TW2', 'TW3', 'TW4', 'FINAL']
    const urls = [
      `${V}/kurva/pratinjau?tahun=${Y}`,
      `${V}/kurva/pratinjau?tahun=${Y}&unorId=${bidang}`,
      `${V}/kurva/monitoring?tahun=${Y}`,
      `${V}/predikat-organisasi?tahun=${Y}`,
      `${V}/kalibrasi/${bidang}/${Y}`,
    ]
    for (const url of urls) {
      const res = await w.admin.get(url)
      expect(res.statusCode, `${url} ${res.body}`).toBe(200)
      const b = res.json<MonitoringKurva>()
      expect([url, b.periode, kode(b)]).toEqual([url, 'TW2', triwulan])
    }
    // a period asked for is kept (existing links), whatever the default
    const g = (await w.kepala.get(`${V}/kalibrasi/${bidang}/${Y}/TW1`)).json<KalibrasiGrid>()
    expect([g.periode, kode(g)]).toEqual(['TW1', triwulan])
  })

  it("the year's setting decides the list (semester) and the default; a year not begun opens on its first", async () => {
    const w = await dunia(`${Y}-07-10T02:00:00.000Z`)
    const ubah = await w.admin.put(`${V}/pengaturan/${Y}`, { pengaturan: { periodePenilaian: 'semester' } })
    expect(ubah.statusCode, ubah.body).toBe(200)
    const m = (await w.admin.get(`${V}/kurva/monitoring?tahun=${Y}`)).json<MonitoringKurva>()
    expect([m.periode, kode(m)]).toEqual(['S1', ['S1', 'S2', 'FINAL']])
    const po = (await w.admin.get(`${V}/predikat-organisasi?tahun=${Y + 1}`)).json<PredikatOrganisasiDaftar>()
    expect([po.periode, kode(po)]).toEqual(['TW1', ['TW1', 'TW2', 'TW3', 'TW4', 'FINAL']])
  })

  it.each([
    '/kurva/pratinjau?tahun=0000',
    '/kurva/pratinjau?tahun=:tahun&periode=XX',
    '/kurva/monitoring?tahun=:tahun&periode=XX',
    '/kurva/monitoring?periode=TW1',
    '/predikat-organisasi?tahun=0000',
    '/predikat-organisasi?tahun=:tahun&periode=tw1',
    '/kalibrasi/:bidang/0000',
    '/kalibrasi/:bidang/:tahun/XX',
    '/kalibrasi/bukan-uuid/:tahun',
  ])('bad input %s → 400', async (url) => {
    const w = await dunia()
    const res = await w.admin.get(`${V}${url.replace(':bidang', w.p.bidang.id).replace(':tahun', String(Y))}`)
    expect(res.statusCode, res.body).toBe(400)
  })
})

describe('who is not counted', () => {
  it('the exempt among the subordinates; a head of heads counts nobody and is told why', async () => {
    const w = await dunia()
    const kepala = (await w.kepala.get(`${V}/kurva/pratinjau?tahun=${Y}&periode=TW1`)).json<KurvaPratinjau>()
    expect(kepala.kurva).toMatchObject({ dihitung: 4, tidakDihitung: { kepalaUnit: 0, bebas: 1 } })
    // the top leader's only subordinate is the head of Bidang Uji
    const top = (await w.top.get(`${V}/kurva/pratinjau?tahun=${Y}&periode=TW1`)).json<KurvaPratinjau>()
    expect(top.kurva).toMatchObject({ dihitung: 0, tidakDihitung: { kepalaUnit: 1, bebas: 0 } })
    const unit = (
      await w.admin.get(`${V}/kurva/pratinjau?tahun=${Y}&periode=TW1&unorId=${w.p.bidang.id}`)
    ).json<KurvaPratinjau>()
    expect(unit.kurva).toMatchObject({ dihitung: 4, tidakDihitung: { kepalaUnit: 1, bebas: 1 } })
  })

  it('a penetapan stored before the counts were recorded still reads', async () => {
    const w = await dunia()
    for (const s of w.staf) await w.nilai(s, 'SESUAI', 'SESUAI')
    const res = await w.kepala.post(`${V}/kalibrasi/${w.p.bidang.id}/${Y}/TW1/tetapkan`, {})
    expect(res.statusCode, res.body).toBe(201)
    const p = res.json<PenetapanDetail>()
    expect(p.kurva.tidakDihitung).toEqual({ kepalaUnit: 1, bebas: 1 })
    await t.database.db
      .update(penetapanPredikat)
      .set({ kurva: sql`${penetapanPredikat.kurva} - 'tidakDihitung'` })
      .where(eq(penetapanPredikat.id, p.id))
    const lama = await w.kepala.get(`${V}/penetapan-predikat/${p.id}`)
    expect(lama.statusCode, lama.body).toBe(200)
    expect(lama.json<PenetapanDetail>().kurva).toMatchObject({ dihitung: 4 })
    expect(lama.json<PenetapanDetail>().kurva.tidakDihitung).toBeUndefined()
  })
})

describe("the penilai's unit in the period", () => {
  it('a head moved to another unit after the period: the past period follows the unit he headed then', async () => {
    const w = await dunia(`${Y}-07-10T02:00:00.000Z`)
    const baru = await buatUnor(t.database, {
      instansiId: w.p.instansi.id,
      parentId: w.p.akar.id,
      nama: 'Bidang Baru',
    })
    const lama = w.p.kepala.penugasan
    await t.database.db
      .update(penugasan)
      .set({ selesai: `${Y}-04-30` })
      .where(eq(penugasan.id, lama.id))
    await t.database.db.insert(penugasan).values({
      instansiId: w.p.instansi.id,
      pegawaiId: w.p.kepala.pegawai.id,
      unorId: baru.id,
      jabatanId: lama.jabatanId,
      isKepala: true,
      mulai: `${Y}-05-01`,
    })
    for (const [unorId, predikat] of [
      [w.p.bidang.id, 'BAIK'],
      [baru.id, 'SANGAT_KURANG'],
    ] as const)
      for (const periode of ['TW1', 'TW3'] as const)
        await setPredikatOrganisasi(t.database, {
          instansiId: w.p.instansi.id,
          unorId,
          tahun: Y,
          periode,
          predikat,
          akunId: w.p.admin.id,
        })
    const tw1 = (await w.kepala.get(`${V}/kurva/pratinjau?tahun=${Y}&periode=TW1`)).json<KurvaPratinjau>()
    expect([tw1.unor?.id, tw1.kurva.predikatOrganisasi]).toEqual([w.p.bidang.id, 'BAIK'])
    const tw3 = (await w.kepala.get(`${V}/kurva/pratinjau?tahun=${Y}&periode=TW3`)).json<KurvaPratinjau>()
    expect([tw3.unor?.id, tw3.kurva.predikatOrganisasi]).toEqual([baru.id, 'SANGAT_KURANG'])
  })
})
