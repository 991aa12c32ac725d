import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { perbaruiStatistik } from '../src/db/statistik.ts'
import { openTestDatabase } from './helpers/db.ts'
import { buatInstansi, buatPegawai } from './helpers/factories.ts'

/** PGlite has no autovacuum: the server ANALYZEs it at start and hourly, or the planner works blind. */
let database: Awaited<ReturnType<typeof openTestDatabase>>
beforeAll(async () => {
  database = await openTestDatabase()
})
afterAll(() => database.dispose())

const terakhir = async () =>
  (
    await database.query<{ t: string | null }>(
      `select last_analyze::text as t from pg_stat_user_tables where relname = 'pegawai'`,
    )
  )[0].t

describe('perbaruiStatistik', () => {
  it('analyses the embedded database (and leaves PostgreSQL to its autovacuum)', async () => {
    const i = await buatInstansi(database)
    for (let n = 0; n < 5; n++) await buatPegawai(database, { instansiId: i.id })
    const catatan: string[] = []
    const log = { info: (m: string) => catatan.push(m), warn: (m: unknown) => catatan.push(String(m)) }
    await perbaruiStatistik(database, log)
    if (database.kind === 'pglite') {
      expect(await terakhir()).not.toBeNull()
      expect(catatan.join()).toMatch(/statistics refreshed/)
    } else {
      expect(await terakhir()).toBeNull()
      expect(catatan).toEqual([])
    }
  })
})
