import { and, count, desc, eq, gte, inArray, isNull, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import { notifikasi } from '../../db/schema/index.ts'
import type { PesanNotifikasi, TipeNotifikasi } from '../../shared/notifikasi.ts'
import { sekarang } from '../../server/clock.ts'

export type NotifikasiRow = typeof notifikasi.$inferSelect
/** A new notification: its type and parameters, the link and the matter it is about. */
export type NotifikasiBaru = PesanNotifikasi & {
  instansiId: string
  penerimaPegawaiId: string
  tautan?: string | null
  perihal?: string | null
}

export const insertNotifikasi = async (db: Db, n: NotifikasiBaru) =>
  (
    await db
      .insert(notifikasi)
      .values({
        instansiId: n.instansiId,
        penerimaPegawaiId: n.penerimaPegawaiId,
        tipe: n.tipe,
        parameter: n.parameter,
        tautan: n.tautan ?? null,
        perihal: n.perihal ?? null,
        createdAt: sekarang(),
      })
      .returning()
  )[0]

/** Every query is scoped by instansi and recipient: one can only ever see one's own notifications. */
const milik = (instansiId: string, pegawaiId: string) =>
  and(eq(notifikasi.instansiId, instansiId), eq(notifikasi.penerimaPegawaiId, pegawaiId))

/** New: neither read nor resolved. */
const baru = and(isNull(notifikasi.dibacaAt), isNull(notifikasi.selesaiAt))

export async function listNotifikasi(
  db: Db,
  o: { instansiId: string; pegawaiId: string; belumDibaca?: boolean; page: number; pageSize: number },
) {
  const cond = and(milik(o.instansiId, o.pegawaiId), o.belumDibaca ? baru : undefined)
  // One after another: db may be a transaction, which runs one query at a time.
  const items = await db
    .select()
    .from(notifikasi)
    .where(cond)
    .orderBy(desc(notifikasi.createdAt), desc(notifikasi.id))
    .limit(o.pageSize)
    .offset((o.page - 1) * o.pageSize)
  const [{ total, belum }] = await db
    .select({
      total: count(),
      belum:
        sql<number>`count(*) filter (where ${notifikasi.dibacaAt} is null and ${notifikasi.selesaiAt} is null)`.mapWith(
          Number,
        ),
    })
    .from(notifikasi)
    .where(milik(o.instansiId, o.pegawaiId))
  return { items, total: o.belumDibaca ? belum : total, belum }
}

export async function tandaiDibaca(db: Db, instansiId: string, pegawaiId: string, id: string) {
  const [row] = await db
    .update(notifikasi)
    .set({ dibacaAt: sql`coalesce(${notifikasi.dibacaAt}, ${sekarang().toISOString()}::timestamptz)` })
    .where(and(eq(notifikasi.id, id), milik(instansiId, pegawaiId)))
    .returning()
  return row
}

/** Marks the new ones read; resolved ones need no attention and are left as they are. */
export async function tandaiSemuaDibaca(db: Db, instansiId: string, pegawaiId: string) {
  const rows = await db
    .update(notifikasi)
    .set({ dibacaAt: sekarang() })
    .where(and(milik(instansiId, pegawaiId), baru))
    .returning({ id: notifikasi.id })
  return rows.length
}

/** Resolves the open notifications of these types about this matter (of one recipient, or of all): which. */
export async function selesaikan(
  db: Db,
  instansiId: string,
  o: { tipe: TipeNotifikasi[]; perihal: string; penerimaPegawaiId?: string },
) {
  const rows = await db
    .update(notifikasi)
    .set({ selesaiAt: sekarang() })
    .where(
      and(
        eq(notifikasi.instansiId, instansiId),
        eq(notifikasi.perihal, o.perihal),
        isNull(notifikasi.selesaiAt),
        inArray(notifikasi.tipe, o.tipe),
        o.penerimaPegawaiId ? eq(notifikasi.penerimaPegawaiId, o.penerimaPegawaiId) : undefined,
      ),
    )
    .returning({ id: notifikasi.id, penerima: notifikasi.penerimaPegawaiId })
  return rows
}

/** Has this recipient already got this notification (same type and link) since `sejak`? */
export async function adaNotifikasiSejak(db: Db, n: NotifikasiBaru, sejak: Date) {
  const [row] = await db
    .select({ id: notifikasi.id })
    .from(notifikasi)
    .where(
      and(
        milik(n.instansiId, n.penerimaPegawaiId),
        eq(notifikasi.tipe, n.tipe),
        n.tautan ? eq(notifikasi.tautan, n.tautan) : isNull(notifikasi.tautan),
        gte(notifikasi.createdAt, sejak),
      ),
    )
    .limit(1)
  return row !== undefined
}
