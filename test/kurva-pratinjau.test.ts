import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { aturJam } from '../src/server/clock.ts'
import type { KurvaPratinjau, MonitoringKurva } from '../src/shared/kurva.ts'
import { client, createTestApp, type TestApp } from './helpers/app.ts'
import { setPredikatOrganisasi } from './helpers/evaluasi-factories.ts'
import { buatAkun } from './helpers/factories.ts'
import { masuk } from './helpers/skp-factories.ts'
import { susunKurva } from './helpers/kurva-dunia.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())
afterEach(() => aturJam(undefined))

const Y = 2043
const V = '/api/v1'

async function dunia() {
  aturJam(`${Y}-04-02T02:00:00.000Z`)
  return susunKurva(t, Y)
}

describe('GET /kurva/pratinjau', () => {
  it("the penilai's subordinates: head and exempt out, unrated as belum dinilai, no pattern before the organisation predikat", async () => {
    const w = await dunia()
    await w.nilai(w.staf[0], 'SESUAI', 'SESUAI') // Baik
    await w.nilai(w.staf[1], 'DI_ATAS', 'DI_ATAS') // Sangat Baik
    await w.nilai(w.staf[2], 'SESUAI', 'SESUAI', 'final')
    await w.nilai(w.cltn, 'SESUAI', 'SESUAI')
    const res = await w.kepala.get(`${V}/kurva/pratinjau?tahun=${Y}&periode=TW1`)
    expect(res.statusCode, res.body).toBe(200)
    const b = res.json<KurvaPratinjau>()
    expect(b.lingkup).toBe('bawahan')
    expect(b.unor?.id).toBe(w.p.bidang.id)
    expect(b.kurva).toMatchObject({
      predikatOrganisasi: null,
      dihitung: 4,
      belumDinilai: 1,
      jumlah: { SANGAT_BAIK: 1, BAIK: 2, BUTUH_PERBAIKAN: 0, KURANG: 0, SANGAT_KURANG: 0 },
      persen: { SANGAT_BAIK: 25, BAIK: 50 },
      batas: [],
      peringatan: [],
    })
  })

  it('against the organisation predikat: limits in persons and warnings (Baik needs a BP or Kurang)', async () => {
    const w = await dunia()
    await setPredikatOrganisasi(t.database, {
      instansiId: w.p.instansi.id,
      unorId: w.p.bidang.id,
      tahun: Y,
      periode: 'TW1',
      predikat: 'BAIK',
      akunId: w.p.admin.id,
    })
    for (const s of w.staf) await w.nilai(s, 'SESUAI', 'SESUAI')
    // the head's own evaluation never counts in his unit
    await w.nilai(w.p.kepala, 'DI_BAWAH', 'DI_BAWAH')
    const b = (await w.kepala.get(`${V}/kurva/pratinjau?tahun=${Y}&periode=TW1`)).json<KurvaPratinjau>()
    expect(b.kurva.predikatOrganisasi).toBe('BAIK')
    expect(b.kurva.dihitung).toBe(4)
    expect(b.kurva.batas.map((x) => x.batas)).toEqual([null, 3, 1])
    expect(b.kurva.peringatan.map((x) => [x.code, x.batas, x.aktual, x.sementara])).toEqual([
      ['DISTRIBUSI.MELEBIHI_MAKS', 3, 4, false],
      ['DISTRIBUSI.KURANG_DARI_MIN', 1, 0, false],
    ])
    // the same unit seen whole by its head, by the head above and by the admin
    for (const k of [w.kepala, w.top, w.admin]) {
      const u = await k.get(`${V}/kurva/pratinjau?tahun=${Y}&periode=TW1&unorId=${w.p.bidang.id}`)
      expect(u.statusCode, u.body).toBe(200)
      expect(u.json<KurvaPratinjau>()).toMatchObject({
        lingkup: 'unit',
        kurva: { dihitung: 4, jumlah: { BAIK: 4 } },
      })
    }
  })

  it('a pegawai without subordinates gets an empty curve; a unit is not his to see', async () => {
    const w = await dunia()
    const b = (await w.pegawai.get(`${V}/kurva/pratinjau?tahun=${Y}&periode=TW1`)).json<KurvaPratinjau>()
    expect(b.kurva.dihitung).toBe(0)
    const res = await w.pegawai.get(`${V}/kurva/pratinjau?tahun=${Y}&periode=TW1&unorId=${w.p.bidang.id}`)
    expect(res.statusCode).toBe(403)
  })

  it("another instansi's unit answers 404", async () => {
    const w = await dunia()
    const lain = await dunia()
    const res = await w.admin.get(`${V}/kurva/pratinjau?tahun=${Y}&periode=TW1&unorId=${lain.p.bidang.id}`)
    expect(res.statusCode).toBe(404)
  })
})

describe('GET /kurva/monitoring', () => {
  it('per unit in scope, units breaking the curve first; pegawai refused; the national admin names the instansi', async () => {
    const w = await dunia()
    await setPredikatOrganisasi(t.database, {
      instansiId: w.p.instansi.id,
      unorId: w.p.bidang.id,
      tahun: Y,
      periode: 'TW1',
      predikat: 'SANGAT_KURANG',
      akunId: w.p.admin.id,
    })
    await w.nilai(w.staf[0], 'DI_ATAS', 'DI_ATAS')
    const res = await w.admin.get(`${V}/kurva/monitoring?tahun=${Y}&periode=TW1`)
    expect(res.statusCode, res.body).toBe(200)
    const items = res.json<MonitoringKurva>().items
    expect(items.map((i) => i.unorId)).toEqual([w.p.bidang.id, w.p.akar.id])
    expect(items[0].kurva.peringatan.some((p) => p.code === 'DISTRIBUSI.MELEBIHI_MAKS' && !p.sementara)).toBe(
      true,
    )
    // the kepala sees his own subtree only
    const kepala = (
      await w.kepala.get(`${V}/kurva/monitoring?tahun=${Y}&periode=TW1`)
    ).json<MonitoringKurva>()
    expect(kepala.items.map((i) => i.unorId)).toEqual([w.p.bidang.id])
    expect((await w.pegawai.get(`${V}/kurva/monitoring?tahun=${Y}&periode=TW1`)).statusCode).toBe(403)
    const nasional = client(
      t.app,
      await masuk(t.app, await buatAkun(t.database, { instansiId: null, peran: ['admin_nasional'] })),
    )
    expect((await nasional.get(`${V}/kurva/monitoring?tahun=${Y}&periode=TW1`)).statusCode).toBe(400)
    const n = await nasional.get(`${V}/kurva/monitoring?tahun=${Y}&periode=TW1&instansiId=${w.p.instansi.id}`)
    expect(n.json<MonitoringKurva>().items).toHaveLength(2)
  })
})
