import { and, count, desc, eq, gte, isNull, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import { notifikasi } from '../../db/schema/index.ts'
import { sekarang } from '../../server/clock.ts'

export type NotifikasiRow = typeof notifikasi.$inferSelect
export type NotifikasiBaru = Pick<
  typeof notifikasi.$inferInsert,
  'instansiId' | 'penerimaPegawaiId' | 'jenis' | 'judul' | 'isi' | 'tautan'
>

export const insertNotifikasi = async (db: Db, n: NotifikasiBaru) =>
  (
    await db
      .insert(notifikasi)
      .values({ ...n, createdAt: sekarang() })
      .returning()
  )[0]

/** Every query is scoped by instansi and recipient: one can only ever see one's own notifications. */
const milik = (instansiId: string, pegawaiId: string) =>
  and(eq(notifikasi.instansiId, instansiId), eq(notifikasi.penerimaPegawaiId, pegawaiId))

export async function listNotifikasi(
  db: Db,
  o: { instansiId: string; pegawaiId: string; belumDibaca?: boolean; page: number; pageSize: number },
) {
  const cond = and(milik(o.instansiId, o.pegawaiId), o.belumDibaca ? isNull(notifikasi.dibacaAt) : undefined)
  const [items, [{ total }], [{ belum }]] = await Promise.all([
    db
      .select()
      .from(notifikasi)
      .where(cond)
      .orderBy(desc(notifikasi.createdAt), desc(notifikasi.id))
      .limit(o.pageSize)
      .offset((o.page - 1) * o.pageSize),
    db.select({ total: count() }).from(notifikasi).where(cond),
    db
      .select({ belum: count() })
      .from(notifikasi)
      .where(and(milik(o.instansiId, o.pegawaiId), isNull(notifikasi.dibacaAt))),
  ])
  return { items, total, belum }
}

export async function tandaiDibaca(db: Db, instansiId: string, pegawaiId: string, id: string) {
  const [row] = await db
    .update(notifikasi)
    .set({ dibacaAt: sql`coalesce(${notifikasi.dibacaAt}, ${sekarang().toISOString()}::timestamptz)` })
    .where(and(eq(notifikasi.id, id), milik(instansiId, pegawaiId)))
    .returning()
  return row
}

export async function tandaiSemuaDibaca(db: Db, instansiId: string, pegawaiId: string) {
  const rows = await db
    .update(notifikasi)
    .set({ dibacaAt: sekarang() })
    .where(and(milik(instansiId, pegawaiId), isNull(notifikasi.dibacaAt)))
    .returning({ id: notifikasi.id })
  return rows.length
}

/** Has this recipient already got this notification (same jenis and link) since `sejak`? */
export async function adaNotifikasiSejak(db: Db, n: NotifikasiBaru, sejak: Date) {
  const [row] = await db
    .select({ id: notifikasi.id })
    .from(notifikasi)
    .where(
      and(
        milik(n.instansiId, n.penerimaPegawaiId),
        eq(notifikasi.jenis, n.jenis),
        n.tautan ? eq(notifikasi.tautan, n.tautan) : isNull(notifikasi.tautan),
        gte(notifikasi.createdAt, sejak),
      ),
    )
    .limit(1)
  return row !== undefined
}
