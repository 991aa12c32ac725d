import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hubDari } from '../src/modules/langsung/langsung.routes.ts'
import { susunPayload, terbitkan } from '../src/modules/langsung/terbit.ts'
import { kirimNotifikasi } from '../src/modules/notifikasi/notifikasi.service.ts'
import { client, createTestApp, login, type TestApp } from './helpers/app.ts'
import { buatAkun, buatInstansi, PASSWORD } from './helpers/factories.ts'
import { buatPohon, buatSkp, buatSkpDisetujui, masuk, type Orang } from './helpers/skp-factories.ts'
import { alamat, bukaSse, jeda, sampai, type SseKlien } from './helpers/sse.ts'

/** Live events over SSE, on the test database (PGlite in process by default, or PostgreSQL). */
let t: TestApp
let base: string
beforeAll(async () => {
  t = await createTestApp()
  await t.app.listen({ port: 0, host: '127.0.0.1' })
  base = alamat(t.app)
})
afterAll(() => t?.close())

const V = '/api/v1'
const hub = () => hubDari(t.database)!
const dibuka: SseKlien[] = []
const buka = async (o: Orang) => {
  const s = await bukaSse(base, await masuk(t.app, o.akun))
  dibuka.push(s)
  return s
}
afterAll(() => dibuka.forEach((s) => s.tutup()))

const kirim = (db: TestApp['database']['db'], o: Orang, tahun = 2040) =>
  kirimNotifikasi(db, {
    instansiId: o.pegawai.instansiId,
    penerimaPegawaiId: o.pegawai.id,
    tipe: 'SKP_DISETUJUI',
    parameter: { tahun },
    tautan: '/skp',
  })

describe('GET /langsung: the stream', () => {
  it('anonymous: 401, before any stream opens', async () => {
    const s = await bukaSse(base)
    expect(s.status).toBe(401)
  })

  it('an account without a pegawai: 204 (no reconnecting)', async () => {
    const inst = await buatInstansi(t.database)
    const admin = await buatAkun(t.database, { instansiId: inst.id, peran: ['admin_instansi'] })
    const s = await bukaSse(base, await login(t.app, admin.username, PASSWORD))
    expect(s.status).toBe(204)
  })

  it('answers an event stream with the retry hint, behind the security headers', async () => {
    const { staf } = await buatPohon(t.database)
    const s = await buka(staf)
    expect(s.status).toBe(200)
    expect(s.headers['content-type']).toBe('text/event-stream; charset=utf-8')
    expect(s.headers['cache-control']).toContain('no-store')
    expect(s.headers['content-security-policy']).toContain("default-src 'self'")
    expect(s.headers['x-content-type-options']).toBe('nosniff')
    expect(s.lain).toContain('retry: 5000')
  })
})

describe('delivery', () => {
  it('a notification written in a transaction arrives after commit, never before', async () => {
    const { staf } = await buatPohon(t.database)
    const s = await buka(staf)
    let id = ''
    await t.database.db.transaction(async (tx) => {
      id = (await kirim(tx, staf)).id
      await jeda(150)
      expect(s.events).toEqual([])
    })
    const e = await s.berikut()
    expect(e.event).toBe('notifikasi')
    expect(e.data).toEqual({ jenis: 'notifikasi', id, tipe: 'SKP_DISETUJUI', kunci: [['skp']] })
  })

  it('a sender can name more queries for the reader to refetch (not stored)', async () => {
    const { staf } = await buatPohon(t.database)
    const s = await buka(staf)
    await kirimNotifikasi(t.database.db, {
      instansiId: staf.pegawai.instansiId,
      penerimaPegawaiId: staf.pegawai.id,
      tipe: 'SKP_DISETUJUI',
      parameter: { tahun: 2040 },
      segarkan: [['umpan-balik', 'utas-1']],
    })
    expect((await s.berikut()).data.kunci).toEqual([['skp'], ['umpan-balik', 'utas-1']])
  })

  it('a rolled-back notification never arrives', async () => {
    const { staf } = await buatPohon(t.database)
    const s = await buka(staf)
    await expect(
      t.database.db.transaction(async (tx) => {
        await kirim(tx, staf, 2041)
        throw new Error('batal')
      }),
    ).rejects.toThrow('batal')
    const penanda = await kirim(t.database.db, staf, 2042)
    expect((await s.berikut()).data.id).toBe(penanda.id)
    expect(s.events).toHaveLength(1)
  })

  it("only the recipient's streams (every tab) get it; a colleague and another instansi never", async () => {
    const a = await buatPohon(t.database)
    const b = await buatPohon(t.database)
    const [tab1, tab2, rekan, lain] = [
      await buka(a.staf),
      await buka(a.staf),
      await buka(a.kepala),
      await buka(b.staf),
    ]
    const n = await kirim(t.database.db, a.staf)
    expect((await tab1.berikut()).data.id).toBe(n.id)
    expect((await tab2.berikut()).data.id).toBe(n.id)
    // Then each of the others gets one of its own, and that is the first thing it ever received.
    const nRekan = await kirim(t.database.db, a.kepala)
    const nLain = await kirim(t.database.db, b.staf)
    expect((await rekan.berikut()).data.id).toBe(nRekan.id)
    expect((await lain.berikut()).data.id).toBe(nLain.id)
    expect([rekan.events.length, lain.events.length]).toEqual([1, 1])
  })

  it('through the API: a submitted SKP reaches its penilai live, and reading it refreshes the other tabs', async () => {
    const p = await buatPohon(t.database)
    const atasan = await buatSkpDisetujui(t.database, p.kepala, { tahun: 2040, intervensi: [null] })
    const { skp } = await buatSkp(t.database, p.staf, { tahun: 2040, intervensi: [atasan.rhk[0].id] })
    const s = await buka(p.kepala)
    const staf = client(t.app, await masuk(t.app, p.staf.akun))
    expect((await staf.post(`${V}/skp/${skp.id}/ajukan`)).statusCode).toBe(200)
    const e = await s.berikut()
    expect(e.data).toMatchObject({
      jenis: 'notifikasi',
      tipe: 'SKP_DIAJUKAN',
      kunci: [['skp-bawahan'], ['skp']],
    })

    const kepala = client(t.app, await masuk(t.app, p.kepala.akun))
    expect((await kepala.post(`${V}/notifikasi/${e.data.id}/baca`)).statusCode).toBe(200)
    const segar = await s.berikut()
    expect(segar).toMatchObject({ event: 'segarkan', data: { jenis: 'segarkan', kunci: [['notifikasi']] } })
  })

  it('an approval resolves the request: the penilai’s bell refreshes live', async () => {
    const p = await buatPohon(t.database)
    const atasan = await buatSkpDisetujui(t.database, p.kepala, { tahun: 2040, intervensi: [null] })
    const { skp } = await buatSkp(t.database, p.staf, { tahun: 2040, intervensi: [atasan.rhk[0].id] })
    const staf = client(t.app, await masuk(t.app, p.staf.akun))
    await staf.post(`${V}/skp/${skp.id}/ajukan`)
    const sKepala = await buka(p.kepala)
    const sStaf = await buka(p.staf)
    const kepala = client(t.app, await masuk(t.app, p.kepala.akun))
    const versi = (await kepala.get(`${V}/skp/${skp.id}`)).json().versi
    expect((await kepala.post(`${V}/skp/${skp.id}/setujui`, { versi })).statusCode).toBe(200)
    expect((await sKepala.berikut()).data).toMatchObject({ jenis: 'segarkan', kunci: [['notifikasi']] })
    expect((await sStaf.berikut()).data).toMatchObject({ jenis: 'notifikasi', tipe: 'SKP_DISETUJUI' })
  })

  it('many recipients are split into payloads PostgreSQL accepts (< 8000 bytes), and all arrive', async () => {
    const ids = Array.from(
      { length: 700 },
      (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    )
    const e = { jenis: 'segarkan' as const, id: 'x', kunci: [['notifikasi']] }
    const payloads = susunPayload(ids, e)
    expect(payloads.length).toBeGreaterThan(1)
    for (const p of payloads) expect(Buffer.byteLength(p)).toBeLessThan(8000)
    expect(payloads.flatMap((p) => (JSON.parse(p) as { p: string[] }).p)).toEqual(ids)

    const { staf } = await buatPohon(t.database)
    const s = await buka(staf)
    await t.database.db.transaction((tx) => terbitkan(tx, [...ids, staf.pegawai.id], e))
    expect((await s.berikut()).data).toEqual(e)
  })
})

describe('connections', () => {
  it('a closed tab leaves the registry; so does the whole account', async () => {
    const { staf } = await buatPohon(t.database)
    const sebelum = hub().jumlah()
    const s = await buka(staf)
    expect(hub().jumlah()).toBe(sebelum + 1)
    s.tutup()
    await sampai(() => hub().jumlah() === sebelum)
  })

  it('at most 10 streams per account: the oldest is closed', async () => {
    const { staf } = await buatPohon(t.database)
    const sesi = await masuk(t.app, staf.akun)
    const tabs: SseKlien[] = []
    for (let i = 0; i < 11; i++) tabs.push(await bukaSse(base, sesi))
    dibuka.push(...tabs)
    await tabs[0].berakhir
    const n = await kirim(t.database.db, staf)
    for (const tab of tabs.slice(1)) expect((await tab.berikut()).data.id).toBe(n.id)
    expect(tabs[0].events).toEqual([])
  })

  it('the heartbeat writes a comment and ends the streams of a session that logged out', async () => {
    const { staf, kepala } = await buatPohon(t.database)
    const sesi = await masuk(t.app, staf.akun)
    const s = await bukaSse(base, sesi)
    const tetap = await buka(kepala)
    dibuka.push(s)
    expect((await client(t.app, sesi).post(`${V}/auth/logout`)).statusCode).toBe(200)
    await hub().detak()
    await s.berakhir
    await sampai(() => tetap.lain.includes(': detak'))
    expect(tetap.lain).toContain(': detak')
  })

  it('closing the app ends every stream (graceful shutdown) and leaves nothing registered', async () => {
    const kedua = await createTestApp()
    await kedua.app.listen({ port: 0, host: '127.0.0.1' })
    const { staf } = await buatPohon(kedua.database)
    const s = await bukaSse(alamat(kedua.app), await login(kedua.app, staf.akun.username, PASSWORD))
    expect(hubDari(kedua.database)!.jumlah()).toBe(1)
    await kedua.close()
    await s.berakhir
    expect(hubDari(kedua.database)!.jumlah()).toBe(0)
  })
})
