import { and, asc, eq, ilike, ne, or, sql, type SQL } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import { jabatan, penugasan, unor } from '../../db/schema/index.ts'
import { likeAman } from '../../db/sql-helpers.ts'
import type { JabatanQuery } from '../../shared/organisasi.ts'
import { sekarang } from '../../server/clock.ts'

export type JabatanRow = typeof jabatan.$inferSelect
type JabatanInsert = Omit<typeof jabatan.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>

const kolom = {
  jabatan,
  unor: { id: unor.id, nama: unor.nama },
}

export async function listJabatan(db: Db, lingkup: string | undefined, q: JabatanQuery) {
  const where: (SQL | undefined)[] = [
    lingkup ? eq(jabatan.instansiId, lingkup) : undefined,
    q.unorId ? eq(jabatan.unorId, q.unorId) : undefined,
    q.jenis ? eq(jabatan.jenis, q.jenis) : undefined,
    q.q ? or(ilike(jabatan.nama, `%${likeAman(q.q)}%`), ilike(jabatan.kode, `${likeAman(q.q)}%`)) : undefined,
  ]
  const cond = and(...where)
  const [items, [{ total }]] = await Promise.all([
    db
      .select(kolom)
      .from(jabatan)
      .leftJoin(unor, eq(unor.id, jabatan.unorId))
      .where(cond)
      .orderBy(asc(jabatan.nama), asc(jabatan.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db
      .select({ total: sql<number>`count(*)::int` })
      .from(jabatan)
      .where(cond),
  ])
  return { items, total, page: q.page, pageSize: q.pageSize }
}

export async function findJabatan(db: Db, lingkup: string | undefined, id: string) {
  const [row] = await db
    .select(kolom)
    .from(jabatan)
    .leftJoin(unor, eq(unor.id, jabatan.unorId))
    .where(and(eq(jabatan.id, id), lingkup ? eq(jabatan.instansiId, lingkup) : undefined))
  return row
}

/** Another head position already defined for the unit. */
export async function kepalaLainDiUnor(db: Db, instansiId: string, unorId: string, kecualiId?: string) {
  const [row] = await db
    .select({ id: jabatan.id, nama: jabatan.nama })
    .from(jabatan)
    .where(
      and(
        eq(jabatan.instansiId, instansiId),
        eq(jabatan.unorId, unorId),
        eq(jabatan.isKepala, true),
        kecualiId ? ne(jabatan.id, kecualiId) : undefined,
      ),
    )
    .limit(1)
  return row
}

export async function kodeJabatanDipakai(db: Db, instansiId: string, kode: string, kecualiId?: string) {
  const found = await db
    .select({ id: jabatan.id })
    .from(jabatan)
    .where(
      and(
        eq(jabatan.instansiId, instansiId),
        eq(jabatan.kode, kode),
        kecualiId ? ne(jabatan.id, kecualiId) : undefined,
      ),
    )
  return found.length > 0
}

export async function jabatanDipakai(db: Db, instansiId: string, id: string) {
  const found = await db
    .select({ id: penugasan.id })
    .from(penugasan)
    .where(and(eq(penugasan.instansiId, instansiId), eq(penugasan.jabatanId, id)))
    .limit(1)
  return found.length > 0
}

export const insertJabatan = async (db: Db, values: JabatanInsert) =>
  (await db.insert(jabatan).values(values).returning())[0]

export const updateJabatan = async (db: Db, instansiId: string, id: string, values: Partial<JabatanInsert>) =>
  (
    await db
      .update(jabatan)
      .set({ ...values, updatedAt: sekarang() })
      .where(and(eq(jabatan.instansiId, instansiId), eq(jabatan.id, id)))
      .returning()
  )[0]
