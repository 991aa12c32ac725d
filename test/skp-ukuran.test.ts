import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { iki } from '../src/db/schema/index.ts'
import { client, createTestApp, type TestApp } from './helpers/app.ts'
import { buatPohon, buatSkp, buatSkpDisetujui, masuk, rhkBody } from './helpers/skp-factories.ts'

// DOMAIN §4 at planning: each kuantitatif IKI says whether higher or lower is better and how its periods
// add up; the SKP page shows it, a copy carries it, a kualitatif IKI has neither.

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const Y = new Date().getFullYear()
const paths = (res: { json(): { errors: { path: string }[] } }) => res.json().errors.map((e) => e.path)

async function siap(pendekatan: 'kuantitatif' | 'kualitatif' = 'kuantitatif') {
  const p = await buatPohon(t.database, { tahun: [Y - 1, Y] })
  const kepala = await buatSkpDisetujui(t.database, p.kepala, { tahun: Y, intervensi: [null] })
  const staf = await buatSkp(t.database, p.staf, { tahun: Y, intervensi: [], pendekatan })
  return { p, kepala, staf, c: client(t.app, await masuk(t.app, p.staf.akun)) }
}

const temuan = {
  aspek: 'kualitas',
  indikator: 'Jumlah temuan audit',
  targetMin: 0,
  satuan: 'Temuan',
  polaritas: 'turun',
  akumulasi: 'jumlah',
}
const persen = {
  aspek: 'kualitas',
  indikator: 'Indeks kepuasan',
  targetMin: 80,
  targetMax: 100,
  satuan: '%',
  polaritas: 'naik',
  akumulasi: 'rata',
}

describe('IKI polaritas and akumulasi', () => {
  it('are stored, shown on the SKP and default to naik / jumlah', async () => {
    const { kepala, staf, c } = await siap()
    const res = await c.post(
      `/api/v1/skp/${staf.skp.id}/rhk`,
      rhkBody(kepala.rhk[0].id, {
        iki: [temuan, persen, { aspek: 'kuantitas', indikator: 'Laporan', targetMin: 4, satuan: 'Dok' }],
      }),
    )
    expect(res.statusCode).toBe(201)
    const lihat = (await c.get(`/api/v1/skp/${staf.skp.id}`)).json()
    expect(lihat.rhk[0].iki).toMatchObject([
      { indikator: 'Jumlah temuan audit', targetLabel: '0 Temuan', polaritas: 'turun', akumulasi: 'jumlah' },
      { indikator: 'Indeks kepuasan', polaritas: 'naik', akumulasi: 'rata' },
      { indikator: 'Laporan', polaritas: 'naik', akumulasi: 'jumlah' },
    ])
  })

  it('a target of 0 fits only a lower-is-better IKI (or the low end of a range)', async () => {
    const { kepala, staf, c } = await siap()
    const naik = await c.post(
      `/api/v1/skp/${staf.skp.id}/rhk`,
      rhkBody(kepala.rhk[0].id, { iki: [{ ...temuan, polaritas: 'naik' }] }),
    )
    expect(naik.statusCode).toBe(400)
    expect(paths(naik)).toEqual(['iki.0.targetMin'])
    const rentang = await c.post(
      `/api/v1/skp/${staf.skp.id}/rhk`,
      rhkBody(kepala.rhk[0].id, { iki: [{ ...persen, targetMin: 0, targetMax: 5 }] }),
    )
    expect(rentang.statusCode).toBe(201)
    const salah = await c.post(
      `/api/v1/skp/${staf.skp.id}/rhk`,
      rhkBody(kepala.rhk[0].id, { iki: [{ ...temuan, polaritas: 'miring', akumulasi: 'median' }] }),
    )
    expect(salah.statusCode).toBe(400)
    expect(paths(salah).sort()).toEqual(['iki.0.akumulasi', 'iki.0.polaritas'])
  })

  it('a kualitatif IKI keeps the defaults whatever is sent', async () => {
    const { kepala, staf, c } = await siap('kualitatif')
    const res = await c.post(
      `/api/v1/skp/${staf.skp.id}/rhk`,
      rhkBody(kepala.rhk[0].id, {
        iki: [
          { indikator: 'Kajian', targetTeks: 'Diterima pimpinan', polaritas: 'turun', akumulasi: 'rata' },
        ],
      }),
    )
    expect(res.statusCode).toBe(201)
    expect(res.json().rhk.at(-1).iki[0]).toMatchObject({ polaritas: 'naik', akumulasi: 'jumlah' })
  })

  it('saving an RHK again keeps unchanged IKI rows (same id) and replaces changed ones', async () => {
    const { kepala, staf, c } = await siap()
    const v = (
      await c.post(`/api/v1/skp/${staf.skp.id}/rhk`, rhkBody(kepala.rhk[0].id, { iki: [temuan, persen] }))
    ).json()
    const r = v.rhk.at(-1)
    const [a, b] = r.iki.map((i: { id: string }) => i.id)
    // the same IKI in the other order, the second one now averaged → a new IKI
    const baru = (
      await c.patch(
        `/api/v1/rhk/${r.id}`,
        rhkBody(kepala.rhk[0].id, { iki: [{ ...persen, akumulasi: 'terakhir' }, temuan] }),
      )
    ).json()
    const ikiBaru = baru.rhk.at(-1).iki
    expect(ikiBaru[1]).toMatchObject({ id: a, indikator: 'Jumlah temuan audit' })
    expect(ikiBaru[0].id).not.toBe(b)
    expect(ikiBaru[0].akumulasi).toBe('terakhir')
    const rows = await t.database.db.select().from(iki).where(eq(iki.rhkId, r.id))
    expect(rows.map((x) => x.id).sort()).toEqual([a, ikiBaru[0].id].sort())
  })

  it("SKP copy (salin) carries each IKI's polaritas and akumulasi", async () => {
    const p = await buatPohon(t.database, { tahun: [Y - 1, Y] })
    const { skp: lalu, rhk } = await buatSkpDisetujui(t.database, p.staf, {
      tahun: Y - 1,
      intervensi: [null],
    })
    await t.database.db
      .update(iki)
      .set({ polaritas: 'turun', akumulasi: 'terakhir' })
      .where(eq(iki.rhkId, rhk[0].id))
    const c = client(t.app, await masuk(t.app, p.staf.akun))
    const res = await c.post('/api/v1/skp/salin', { dariSkpId: lalu.id, tahun: Y })
    expect(res.statusCode).toBe(201)
    expect(res.json().skp.rhk[0].iki).toMatchObject([
      { polaritas: 'turun', akumulasi: 'terakhir' },
      { polaritas: 'turun', akumulasi: 'terakhir' },
    ])
  })
})
