import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rhk, skp } from '../src/db/schema/index.ts'
import { client, createTestApp, login, type TestApp } from './helpers/app.ts'
import { buatAkun, PASSWORD } from './helpers/factories.ts'
import { buatOrang, buatPohon, buatSkp, buatSkpDisetujui, masuk, rhkBody } from './helpers/skp-factories.ts'

/** Isolation of every SKP resource: another instansi never sees, lists or changes anything (404, never 403). */
let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const Y = new Date().getFullYear()

describe('another instansi', () => {
  it('cannot read, list, edit, submit, approve or reopen an SKP, nor touch its RHK', async () => {
    const p = await buatPohon(t.database)
    const atas = await buatSkpDisetujui(t.database, p.kepala, { tahun: Y })
    const s = await buatSkp(t.database, p.staf, {
      tahun: Y,
      status: 'diajukan',
      intervensi: [atas.rhk[0].id],
    })
    const q = await buatPohon(t.database)
    const sessions = [
      await masuk(t.app, q.admin),
      await masuk(t.app, q.kepala.akun),
      await masuk(t.app, q.staf.akun),
    ]
    for (const sesi of sessions) {
      const c = client(t.app, sesi)
      const url = `/api/v1/skp/${s.skp.id}`
      const codes = [
        (await c.get(url)).statusCode,
        (await c.get(`${url}/kandidat-intervensi`)).statusCode,
        (await c.patch(url, { pendekatan: 'kualitatif', versi: s.skp.versi })).statusCode,
        (await c.post(`${url}/ajukan`)).statusCode,
        (await c.post(`${url}/tarik`)).statusCode,
        (await c.post(`${url}/setujui`, {})).statusCode,
        (await c.post(`${url}/kembalikan`, { catatan: 'x' })).statusCode,
        (await c.post(`${url}/buka`, { alasan: 'x' })).statusCode,
        (await c.put(`${url}/perilaku/AKUNTABEL`, { ekspektasi: 'x' })).statusCode,
        (await c.post(`${url}/rhk`, rhkBody(atas.rhk[0].id))).statusCode,
        (await c.post(`${url}/rhk/urutan`, { ids: [s.rhk[0].id] })).statusCode,
        (await c.patch(`/api/v1/rhk/${s.rhk[0].id}`, rhkBody(atas.rhk[0].id))).statusCode,
        (await c.delete(`/api/v1/rhk/${s.rhk[0].id}`)).statusCode,
        (await c.post('/api/v1/skp/salin', { dariSkpId: s.skp.id, tahun: Y + 1 })).statusCode,
      ]
      expect(codes).toEqual(Array(codes.length).fill(404))
      expect(
        (await c.get(`/api/v1/skp?tahun=${Y}`)).json().items.map((i: { id: string }) => i.id),
      ).not.toContain(s.skp.id)
      const bawahan = (await c.get(`/api/v1/skp-bawahan?tahun=${Y}`)).json().items
      expect(bawahan.map((i: { skp: { id: string } | null }) => i.skp?.id)).not.toContain(s.skp.id)
      expect(
        (await c.post('/api/v1/skp-bawahan/setujui', { skpIds: [s.skp.id] })).json().hasil[0],
      ).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    }
    const [after] = await t.database.db.select().from(skp).where(eq(skp.id, s.skp.id))
    expect(after).toMatchObject({ status: 'diajukan', versi: s.skp.versi, pendekatan: 'kuantitatif' })
    expect(await t.database.db.select().from(rhk).where(eq(rhk.skpId, s.skp.id))).toHaveLength(1)
  })

  it("cannot link its RHK to this instansi's approved RHK", async () => {
    const p = await buatPohon(t.database)
    const atas = await buatSkpDisetujui(t.database, p.kepala, { tahun: Y })
    const q = await buatPohon(t.database)
    const milikQ = await buatSkp(t.database, q.staf, { tahun: Y, intervensi: [] })
    const res = await client(t.app, await masuk(t.app, q.staf.akun)).post(
      `/api/v1/skp/${milikQ.skp.id}/rhk`,
      rhkBody(atas.rhk[0].id),
    )
    expect(res.json().code).toBe('INTERVENSI.TIDAK_DITEMUKAN')
  })
})

describe('who reads an SKP inside the instansi', () => {
  it('owner, penilai, admin instansi, admin nasional, the pimpinan above; not a colleague or a head elsewhere', async () => {
    const p = await buatPohon(t.database)
    const s = await buatSkpDisetujui(t.database, p.staf, { tahun: Y })
    const kolega = await buatOrang(t.database, { instansiId: p.instansi.id, unorId: p.bidang.id })
    const kepalaLain = await buatOrang(t.database, { instansiId: p.instansi.id, isKepala: true })
    const nasional = await buatAkun(t.database, { peran: ['admin_nasional'] })
    const baca = async (sesi: Parameters<typeof client>[1]) => {
      const res = await client(t.app, sesi).get(`/api/v1/skp/${s.skp.id}`)
      return [res.statusCode, res.statusCode === 200 ? res.json().aksi.bukaKembali : null]
    }
    expect(await baca(await masuk(t.app, p.staf.akun))).toEqual([200, false])
    expect(await baca(await masuk(t.app, p.kepala.akun))).toEqual([200, true])
    expect(await baca(await masuk(t.app, p.admin))).toEqual([200, true])
    expect(await baca(await login(t.app, nasional.username, PASSWORD))).toEqual([200, true])
    expect(await baca(await masuk(t.app, p.top.akun))).toEqual([200, false])
    expect(await baca(await masuk(t.app, kolega.akun))).toEqual([403, null])
    expect(await baca(await masuk(t.app, kepalaLain.akun))).toEqual([403, null])
  })
})
