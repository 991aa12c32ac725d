import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { aturJam } from '../src/server/clock.ts'
import { client, createTestApp, type TestApp } from './helpers/app.ts'
import { buatPohon, buatSkpDisetujui, masuk } from './helpers/skp-factories.ts'

/** The Beranda's evaluation to-dos (issue 9): the penilai's subordinates to rate, the pegawai's steps. */
let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())
afterEach(() => aturJam(undefined))

const Y = 2045
const V = '/api/v1'

describe('Beranda: evaluation to-dos', () => {
  it('penilai: N subordinates not rated in the latest open period; pegawai: self-evaluation, then acknowledge', async () => {
    aturJam(`${Y}-06-10T02:00:00.000Z`)
    const p = await buatPohon(t.database)
    const atas = await buatSkpDisetujui(t.database, p.kepala, { tahun: Y, intervensi: [null] })
    const s = await buatSkpDisetujui(t.database, p.staf, { tahun: Y, intervensi: [atas.rhk[0].id] })
    const kepala = client(t.app, await masuk(t.app, p.kepala.akun))
    const staf = client(t.app, await masuk(t.app, p.staf.akun))

    const b1 = (await kepala.get(`${V}/beranda?tahun=${Y}`)).json()
    expect(b1.atasan.penilaianBawahan).toEqual({ tahun: Y, periode: 'TW2', belum: 1, total: 1 })

    const e = (await kepala.post(`${V}/skp/${s.skp.id}/evaluasi/TW2`)).json()
    expect((await staf.get(`${V}/beranda?tahun=${Y}`)).json().pegawai.penilaian).toEqual({
      isiDiri: [{ evaluasiId: e.id, tahun: Y, periode: 'TW2' }],
      difinalisasi: [],
    })
    const sv = await kepala.put(`${V}/evaluasi/${e.id}`, {
      ratingHasil: 'DI_BAWAH',
      ratingPerilaku: 'SESUAI',
      revisi: e.revisi,
    })
    await kepala.post(`${V}/evaluasi/${e.id}/finalisasi`, { revisi: sv.json().revisi })
    expect((await kepala.get(`${V}/beranda?tahun=${Y}`)).json().atasan.penilaianBawahan).toBeNull()
    expect((await staf.get(`${V}/beranda?tahun=${Y}`)).json().pegawai.penilaian).toEqual({
      isiDiri: [],
      difinalisasi: [
        {
          evaluasiId: e.id,
          tahun: Y,
          periode: 'TW2',
          predikat: 'BUTUH_PERBAIKAN',
          batasKeberatan: `${Y}-06-24`,
        },
      ],
    })
  })
})
