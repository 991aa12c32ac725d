import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { atasanOverride, skp } from '../src/db/schema/index.ts'
import { client, createTestApp, type TestApp } from './helpers/app.ts'
import { buatOrang, buatPohon, buatSkp, buatSkpDisetujui, masuk } from './helpers/skp-factories.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const Y = new Date().getFullYear()
type Item = {
  pegawai: { id: string; nama: string }
  status: string
  skp: { id: string } | null
  sayaPenilai: boolean
}

describe('GET /skp-bawahan', () => {
  it('lists every subordinate with the SKP status or belum_ada, filters by status and searches', async () => {
    const p = await buatPohon(t.database)
    const dua = await buatOrang(t.database, {
      instansiId: p.instansi.id,
      unorId: p.bidang.id,
      nama: 'Staf Dua',
    })
    await buatSkp(t.database, dua, { tahun: Y, status: 'diajukan' })
    const c = client(t.app, await masuk(t.app, p.kepala.akun))
    const res = await c.get(`/api/v1/skp-bawahan?tahun=${Y}`)
    expect(res.statusCode).toBe(200)
    const items: Item[] = res.json().items
    expect(items.map((i) => [i.pegawai.nama, i.status, i.sayaPenilai])).toEqual([
      ['Staf Dua', 'diajukan', true],
      ['Staf Satu', 'belum_ada', false],
    ])
    expect(res.json().total).toBe(2)
    expect(
      (await c.get(`/api/v1/skp-bawahan?tahun=${Y}&status=belum_ada`))
        .json()
        .items.map((i: Item) => i.pegawai.nama),
    ).toEqual(['Staf Satu'])
    expect((await c.get(`/api/v1/skp-bawahan?tahun=${Y}&q=dua`)).json().items).toHaveLength(1)
    expect(
      (await c.get(`/api/v1/skp-bawahan?tahun=${Y}&q=${dua.pegawai.nip.slice(0, 10)}`)).json().items[0]
        .pegawai.id,
    ).toBe(dua.pegawai.id)
    expect((await c.get(`/api/v1/skp-bawahan?tahun=${Y}&pageSize=1&page=2`)).json()).toMatchObject({
      total: 2,
      items: [{ pegawai: { nama: 'Staf Satu' } }],
    })
    // the top leader's subordinates are the unit heads below, not their staff
    const top = (
      await client(t.app, await masuk(t.app, p.top.akun)).get(`/api/v1/skp-bawahan?tahun=${Y}`)
    ).json().items
    expect(top.map((i: Item) => i.pegawai.id)).toEqual([p.kepala.pegawai.id])
    // a plain staff member has nobody to assess
    expect(
      (await client(t.app, await masuk(t.app, p.staf.akun)).get('/api/v1/skp-bawahan')).json().total,
    ).toBe(0)
  })

  it('includes override subordinates and SKPs whose snapshot names me though the tree changed', async () => {
    const p = await buatPohon(t.database)
    const luar = await buatOrang(t.database, { instansiId: p.instansi.id, nama: 'Orang Luar' })
    await t.database.db.insert(atasanOverride).values({
      instansiId: p.instansi.id,
      pegawaiId: luar.pegawai.id,
      atasanPegawaiId: p.kepala.pegawai.id,
      mulai: '2020-01-01',
      alasan: 'Penugasan khusus',
    })
    const pindah = await buatOrang(t.database, { instansiId: p.instansi.id, nama: 'Mantan Bawahan' })
    const s = await buatSkp(t.database, pindah, { tahun: Y })
    await t.database.db.update(skp).set({ penilaiPegawaiId: p.kepala.pegawai.id }).where(eq(skp.id, s.skp.id))
    const items: Item[] = (
      await client(t.app, await masuk(t.app, p.kepala.akun)).get(`/api/v1/skp-bawahan?tahun=${Y}`)
    ).json().items
    expect(items.map((i) => [i.pegawai.nama, i.status, i.sayaPenilai])).toEqual([
      ['Mantan Bawahan', 'draft', true],
      ['Orang Luar', 'belum_ada', false],
      ['Staf Satu', 'belum_ada', false],
    ])
  })
})

describe('POST /skp-bawahan/setujui', () => {
  it('approves several at once and answers each result on its own', async () => {
    const p = await buatPohon(t.database)
    const atas = await buatSkpDisetujui(t.database, p.kepala, { tahun: Y })
    const dua = await buatOrang(t.database, { instansiId: p.instansi.id, unorId: p.bidang.id })
    const a = await buatSkp(t.database, p.staf, {
      tahun: Y,
      status: 'diajukan',
      intervensi: [atas.rhk[0].id],
    })
    const b = await buatSkp(t.database, dua, { tahun: Y, status: 'diajukan', intervensi: [atas.rhk[0].id] })
    const draft = await buatSkp(t.database, dua, { tahun: Y + 1, intervensi: [] })
    const bukanSaya = await buatSkp(t.database, p.kepala, { tahun: Y + 1, status: 'diajukan' })
    const asing = await buatPohon(t.database)
    const lain = await buatSkp(t.database, asing.staf, { tahun: Y, status: 'diajukan' })
    const ids = [a.skp.id, b.skp.id, draft.skp.id, bukanSaya.skp.id, lain.skp.id]
    const res = await client(t.app, await masuk(t.app, p.kepala.akun)).post('/api/v1/skp-bawahan/setujui', {
      skpIds: ids,
    })
    expect(res.statusCode).toBe(200)
    expect(
      res
        .json()
        .hasil.map((h: { ok: boolean; code: string | null; status: string | null }) => [
          h.ok,
          h.code,
          h.status,
        ]),
    ).toEqual([
      [true, null, 'disetujui'],
      [true, null, 'disetujui'],
      [false, 'SKP.TRANSISI_TIDAK_SAH', null],
      [false, 'SKP.BUKAN_WEWENANG', null],
      [false, 'NOT_FOUND', null],
    ])
    const status = async (id: string) =>
      (await t.database.db.select().from(skp).where(eq(skp.id, id)))[0].status
    expect([await status(draft.skp.id), await status(bukanSaya.skp.id), await status(lain.skp.id)]).toEqual([
      'draft',
      'diajukan',
      'diajukan',
    ])
    expect(
      (
        await client(t.app, await masuk(t.app, p.kepala.akun)).post('/api/v1/skp-bawahan/setujui', {
          skpIds: [],
        })
      ).statusCode,
    ).toBe(400)
  })
})
