import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { QueryBersamaanError } from '../src/db/jaga-transaksi.ts'
import { openTestDatabase } from './helpers/db.ts'

let database: Awaited<ReturnType<typeof openTestDatabase>>
beforeAll(async () => {
  database = await openTestDatabase()
})
afterAll(() => database.dispose())

describe('test guard: one query at a time on a transaction', () => {
  it('fails loudly when two queries run at once on one transaction', async () => {
    const jalan = database.db.transaction(async (tx) => {
      await Promise.all([tx.execute(sql`select pg_sleep(0.05)`), tx.execute(sql`select 1`)])
    })
    // Drizzle wraps the driver's error ("Failed query: …") and keeps ours as the cause.
    const err = await jalan.then(
      () => undefined,
      (e: unknown) => e as Error,
    )
    expect(err?.cause ?? err).toBeInstanceOf(QueryBersamaanError)
  })

  it('lets sequential queries in a transaction, and parallel ones outside it, run', async () => {
    const hasil = await database.db.transaction(async (tx) => {
      const a = await tx.execute(sql`select 1 as n`)
      const b = await tx.execute(sql`select 2 as n`)
      return [a, b].length
    })
    expect(hasil).toBe(2)
    await Promise.all([database.db.execute(sql`select 1`), database.db.execute(sql`select 2`)])
  })
})
