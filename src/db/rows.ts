import type { SQL } from 'drizzle-orm'
import type { Db } from './client.ts'

/**
 * The rows of a raw `sql` query, run on the caller's connection or transaction. The one way to read
 * `db.execute` results: node-postgres and PGlite both answer `{ rows }` (an array is accepted too, should a
 * driver answer that way), and column aliases in the query give the row its camelCase names.
 */
export async function rows<T>(db: Db, q: SQL): Promise<T[]> {
  const res = (await db.execute(q)) as unknown as { rows: T[] } | T[]
  return Array.isArray(res) ? res : res.rows
}
