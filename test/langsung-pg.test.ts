import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase, type Database } from '../src/db/client.ts'
import { buildApp } from '../src/server/app.ts'
import { loadConfig } from '../src/server/config.ts'
import { hubDari } from '../src/modules/langsung/langsung.routes.ts'
import { kirimNotifikasi } from '../src/modules/notifikasi/notifikasi.service.ts'
import type { FastifyInstance } from 'fastify'
import { client, createTestApp, type TestApp } from './helpers/app.ts'
import { buatPohon, buatSkp, buatSkpDisetujui, masuk } from './helpers/skp-factories.ts'
import { alamat, bukaSse, sampai, type SseKlien } from './helpers/sse.ts'

/**
 * Two API processes on one PostgreSQL (issue 8): each holds its own browsers' streams, and a write through
 * one reaches a browser connected to the other, through LISTEN/NOTIFY. PostgreSQL only (TEST_DATABASE_URL).
 */
const URL_UJI = process.env.TEST_DATABASE_URL

describe.skipIf(!URL_UJI)('live events across two app instances on one PostgreSQL', () => {
  let a: TestApp
  let b: { app: FastifyInstance; database: Database }
  const dibuka: SseKlien[] = []
  beforeAll(async () => {
    a = await createTestApp()
    await a.app.listen({ port: 0, host: '127.0.0.1' })
    // Instance B: its own pool and its own LISTEN connection, on A's (fresh) database.
    const [{ nama }] = await a.database.query<{ nama: string }>('select current_database() as nama')
    const url = new URL(URL_UJI!)
    url.pathname = `/${nama}`
    const database = await openDatabase({ databaseUrl: url.toString() })
    const config = loadConfig({}, { seedDemo: false, webDist: '/nonexistent', logLevel: 'silent' })
    b = { app: await buildApp({ database, config, logger: false }), database }
    await b.app.listen({ port: 0, host: '127.0.0.1' })
  })
  afterAll(async () => {
    dibuka.forEach((s) => s.tutup())
    await b?.app.close()
    await b?.database.close()
    await a?.close()
  })

  it('a browser on instance A receives the event of a write made through instance B', async () => {
    const p = await buatPohon(a.database)
    const atasan = await buatSkpDisetujui(a.database, p.kepala, { tahun: 2040, intervensi: [null] })
    const { skp } = await buatSkp(a.database, p.staf, { tahun: 2040, intervensi: [atasan.rhk[0].id] })
    const diA = await bukaSse(alamat(a.app), await masuk(a.app, p.kepala.akun))
    const diB = await bukaSse(alamat(b.app), await masuk(b.app, p.kepala.akun))
    dibuka.push(diA, diB)
    expect([hubDari(a.database)!.jumlah(), hubDari(b.database)!.jumlah()]).toEqual([1, 1])

    const staf = client(b.app, await masuk(b.app, p.staf.akun))
    expect((await staf.post(`/api/v1/skp/${skp.id}/ajukan`)).statusCode).toBe(200)
    const [eA, eB] = [await diA.berikut(), await diB.berikut()]
    expect(eA.data).toMatchObject({ jenis: 'notifikasi', tipe: 'SKP_DIAJUKAN' })
    expect(eB.data).toEqual(eA.data)
  })

  it('a rolled-back write through B reaches nobody; a committed one through A reaches B’s browser', async () => {
    const p = await buatPohon(a.database)
    const s = await bukaSse(alamat(b.app), await masuk(b.app, p.staf.akun))
    dibuka.push(s)
    const kirim = (db: Database['db'], tahun: number) =>
      kirimNotifikasi(db, {
        instansiId: p.instansi.id,
        penerimaPegawaiId: p.staf.pegawai.id,
        tipe: 'SKP_DISETUJUI',
        parameter: { tahun },
      })
    await b.database.db
      .transaction(async (tx) => {
        await kirim(tx, 2041)
        throw new Error('batal')
      })
      .catch(() => {})
    const n = await a.database.db.transaction((tx) => kirim(tx, 2042))
    expect((await s.berikut()).data.id).toBe(n.id)
    expect(s.events).toHaveLength(1)
  })

  it('a lost LISTEN connection is reopened and the tabs are told to refetch', async () => {
    const p = await buatPohon(a.database)
    const s = await bukaSse(alamat(a.app), await masuk(a.app, p.staf.akun))
    dibuka.push(s)
    await a.database.query(
      "select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'kinerja-langsung' and datname = current_database()",
    )
    const segar = await s.berikut(10_000)
    expect(segar.data).toMatchObject({ jenis: 'segarkan', kunci: [['notifikasi'], ['beranda']] })
    // …and events flow again.
    const n = await kirimNotifikasi(a.database.db, {
      instansiId: p.instansi.id,
      penerimaPegawaiId: p.staf.pegawai.id,
      tipe: 'SKP_DISETUJUI',
      parameter: { tahun: 2043 },
    })
    await sampai(() => s.events.some((e) => e.data.id === n.id), 5000)
  })
})
