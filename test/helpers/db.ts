import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { openDatabase, type Database } from '../../src/db/client.ts'

/**
 * A migrated database for one test file: in-memory PGlite by default, or a fresh PostgreSQL database
 * created next to TEST_DATABASE_URL (dropped afterwards) so test files can run in parallel.
 */
export async function openTestDatabase(): Promise<Database & { dispose(): Promise<void> }> {
  const url = process.env.TEST_DATABASE_URL
  if (!url) {
    const database = await openDatabase({ jagaTransaksi: true })
    await database.migrate()
    return { ...database, dispose: () => database.close() }
  }
  const base = new URL(url)
  if (!/test/i.test(base.pathname)) throw new Error('TEST_DATABASE_URL must name a test database')
  const name = `kinerja_test_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  await admin.query(`create database ${name}`)
  await admin.end()
  const target = new URL(url)
  target.pathname = `/${name}`
  const database = await openDatabase({ databaseUrl: target.toString(), jagaTransaksi: true })
  await database.migrate()
  return {
    ...database,
    dispose: async () => {
      await database.close()
      const c = new pg.Client({ connectionString: url })
      await c.connect()
      await c.query(`drop database if exists ${name} with (force)`)
      await c.end()
    },
  }
}
