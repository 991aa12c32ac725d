import { and, eq } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import { berkas } from '../../db/schema/index.ts'

export type BerkasRow = typeof berkas.$inferSelect
export type BerkasBaru = typeof berkas.$inferInsert

export async function insertBerkas(db: Db, values: BerkasBaru): Promise<BerkasRow> {
  const [row] = await db.insert(berkas).values(values).returning()
  return row
}

export async function findBerkas(db: Db, instansiId: string, id: string): Promise<BerkasRow | undefined> {
  const [row] = await db
    .select()
    .from(berkas)
    .where(and(eq(berkas.instansiId, instansiId), eq(berkas.id, id)))
  return row
}

export async function deleteBerkas(db: Db, instansiId: string, id: string) {
  await db.delete(berkas).where(and(eq(berkas.instansiId, instansiId), eq(berkas.id, id)))
}
