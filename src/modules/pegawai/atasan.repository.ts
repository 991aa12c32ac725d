import { and, desc, eq } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import { atasanOverride, pegawai } from '../../db/schema/index.ts'

export type OverrideRow = typeof atasanOverride.$inferSelect
type OverrideInsert = Omit<typeof atasanOverride.$inferInsert, 'id' | 'createdAt'>

const denganAtasan = (db: Db) =>
  db
    .select({
      override: atasanOverride,
      atasan: { pegawaiId: pegawai.id, nip: pegawai.nip, nama: pegawai.nama },
    })
    .from(atasanOverride)
    .innerJoin(
      pegawai,
      and(eq(pegawai.instansiId, atasanOverride.instansiId), eq(pegawai.id, atasanOverride.atasanPegawaiId)),
    )

export type OverrideLengkap = Awaited<ReturnType<typeof overridesPegawai>>[number]

/** Every override of the pegawai, newest first. */
export const overridesPegawai = (db: Db, instansiId: string, pegawaiId: string) =>
  denganAtasan(db)
    .where(and(eq(atasanOverride.instansiId, instansiId), eq(atasanOverride.pegawaiId, pegawaiId)))
    .orderBy(desc(atasanOverride.mulai), desc(atasanOverride.createdAt))

export const findOverride = async (db: Db, lingkup: string | undefined, id: string) =>
  (
    await denganAtasan(db).where(
      and(eq(atasanOverride.id, id), lingkup ? eq(atasanOverride.instansiId, lingkup) : undefined),
    )
  )[0]

export const insertOverride = async (db: Db, values: OverrideInsert) =>
  (await db.insert(atasanOverride).values(values).returning())[0]

export const akhiriOverride = async (db: Db, instansiId: string, id: string, selesai: string) =>
  (
    await db
      .update(atasanOverride)
      .set({ selesai })
      .where(and(eq(atasanOverride.instansiId, instansiId), eq(atasanOverride.id, id)))
      .returning()
  )[0]

export const hapusOverride = async (db: Db, instansiId: string, id: string) =>
  db.delete(atasanOverride).where(and(eq(atasanOverride.instansiId, instansiId), eq(atasanOverride.id, id)))
