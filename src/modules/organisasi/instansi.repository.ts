import { and, asc, eq, ilike, or, sql, type SQL } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import { instansi } from '../../db/schema/index.ts'
import { likeAman } from '../../db/sql-helpers.ts'
import type { InstansiCreate, InstansiQuery, InstansiUpdate } from '../../shared/organisasi.ts'
import { sekarang } from '../../server/clock.ts'

/** `lingkup` undefined = all instansi (national admin); otherwise only that one. */
export async function listInstansi(db: Db, lingkup: string | undefined, q: InstansiQuery) {
  const where: (SQL | undefined)[] = [
    lingkup ? eq(instansi.id, lingkup) : undefined,
    q.jenis ? eq(instansi.jenis, q.jenis) : undefined,
    q.q
      ? or(ilike(instansi.nama, `%${likeAman(q.q)}%`), ilike(instansi.kode, `%${likeAman(q.q)}%`))
      : undefined,
  ]
  const cond = and(...where)
  const [items, [{ total }]] = await Promise.all([
    db
      .select()
      .from(instansi)
      .where(cond)
      .orderBy(asc(instansi.nama))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db
      .select({ total: sql<number>`count(*)::int` })
      .from(instansi)
      .where(cond),
  ])
  return { items, total, page: q.page, pageSize: q.pageSize }
}

export const findInstansi = async (db: Db, id: string) =>
  (await db.select().from(instansi).where(eq(instansi.id, id)))[0]

export const findInstansiByKode = async (db: Db, kode: string) =>
  (await db.select().from(instansi).where(eq(instansi.kode, kode)))[0]

export const insertInstansi = async (db: Db, input: InstansiCreate) =>
  (await db.insert(instansi).values(input).returning())[0]

export const updateInstansi = async (db: Db, id: string, input: InstansiUpdate) =>
  (
    await db
      .update(instansi)
      .set({ ...input, updatedAt: sekarang() })
      .where(eq(instansi.id, id))
      .returning()
  )[0]
