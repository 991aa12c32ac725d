import type { SQL } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'

/** Rows of a raw query: node-postgres answers `{ rows }`, some drivers an array; both become an array. */
export async function baris<T>(db: Db, q: SQL): Promise<T[]> {
  const res = (await db.execute(q)) as unknown as T[] | { rows: T[] }
  return Array.isArray(res) ? res : res.rows
}
