import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { openDatabase, type Database } from '../src/db/client.ts'

export const DEFAULT_PG = 'postgres://postgres@127.0.0.1:5432/test'

/** A throwaway PostgreSQL database next to `url` for one benchmark; dropped by dispose(). */
export async function scratchDatabase(url = process.env.DATABASE_URL ?? DEFAULT_PG) {
  const name = `kinerja_bench_${randomBytes(5).toString('hex')}`
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  await admin.query(`create database ${name}`)
  await admin.end()
  const target = new URL(url)
  target.pathname = `/${name}`
  const database: Database = await openDatabase({ databaseUrl: target.toString() })
  await database.migrate()
  return {
    database,
    url: target.toString(),
    dispose: async () => {
      await database.close()
      const c = new pg.Client({ connectionString: url })
      await c.connect()
      await c.query(`drop database if exists ${name} with (force)`)
      await c.end()
    },
  }
}
