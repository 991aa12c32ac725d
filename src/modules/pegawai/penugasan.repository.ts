import { and, desc, eq, inArray, ne } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import { jabatan, pegawai, penugasan, unor } from '../../db/schema/index.ts'
import { aktifPada } from '../../db/sql-helpers.ts'

export type PenugasanRow = typeof penugasan.$inferSelect
export type PenugasanInsert = Omit<typeof penugasan.$inferInsert, 'id' | 'createdAt'>

const kolom = {
  penugasan,
  jabatan: { id: jabatan.id, nama: jabatan.nama, jenis: jabatan.jenis, jenjang: jabatan.jenjang },
  unor: { id: unor.id, nama: unor.nama },
}

const denganNama = (db: Db) =>
  db
    .select(kolom)
    .from(penugasan)
    // penugasan has no FK to jabatan/unor (import speed, schema/pegawai.ts): the join keeps the instansi.
    .innerJoin(
      jabatan,
      and(eq(jabatan.instansiId, penugasan.instansiId), eq(jabatan.id, penugasan.jabatanId)),
    )
    .innerJoin(unor, and(eq(unor.instansiId, penugasan.instansiId), eq(unor.id, penugasan.unorId)))

export type PenugasanLengkap = Awaited<ReturnType<typeof riwayatPenugasan>>[number]

/** History, newest first. */
export const riwayatPenugasan = (db: Db, instansiId: string, pegawaiId: string) =>
  denganNama(db)
    .where(and(eq(penugasan.instansiId, instansiId), eq(penugasan.pegawaiId, pegawaiId)))
    .orderBy(desc(penugasan.mulai), desc(penugasan.createdAt))

/** Assignments of these pegawai that cover the date (for lists and the detail's current position). */
export const penugasanAktif = (db: Db, pegawaiIds: string[], tanggal: string, instansiId?: string) =>
  pegawaiIds.length === 0
    ? Promise.resolve([] as PenugasanLengkap[])
    : denganNama(db).where(
        and(
          instansiId ? eq(penugasan.instansiId, instansiId) : undefined,
          inArray(penugasan.pegawaiId, pegawaiIds),
          aktifPada(penugasan.mulai, penugasan.selesai, tanggal),
        ),
      )

export const findPenugasan = async (db: Db, lingkup: string | undefined, id: string) =>
  (
    await denganNama(db).where(
      and(eq(penugasan.id, id), lingkup ? eq(penugasan.instansiId, lingkup) : undefined),
    )
  )[0]

/** Every definitif assignment of the pegawai: the timeline a mutasi must not overlap. */
export const definitifPegawai = (db: Db, instansiId: string, pegawaiId: string) =>
  db
    .select()
    .from(penugasan)
    .where(
      and(
        eq(penugasan.instansiId, instansiId),
        eq(penugasan.pegawaiId, pegawaiId),
        eq(penugasan.jenis, 'definitif'),
      ),
    )

/** Definitif holders of a unit's head position other than this pegawai (one holder at a time). */
export const kepalaDefinitifLain = (db: Db, instansiId: string, unorId: string, pegawaiId: string) =>
  db
    .select({ penugasan, nama: pegawai.nama })
    .from(penugasan)
    .innerJoin(
      pegawai,
      and(eq(pegawai.instansiId, penugasan.instansiId), eq(pegawai.id, penugasan.pegawaiId)),
    )
    .where(
      and(
        eq(penugasan.instansiId, instansiId),
        eq(penugasan.unorId, unorId),
        eq(penugasan.isKepala, true),
        eq(penugasan.jenis, 'definitif'),
        ne(penugasan.pegawaiId, pegawaiId),
      ),
    )

export const insertPenugasan = async (db: Db, values: PenugasanInsert) =>
  (await db.insert(penugasan).values(values).returning())[0]

export const updatePenugasan = async (
  db: Db,
  instansiId: string,
  id: string,
  values: Partial<PenugasanInsert>,
) =>
  (
    await db
      .update(penugasan)
      .set(values)
      .where(and(eq(penugasan.instansiId, instansiId), eq(penugasan.id, id)))
      .returning()
  )[0]
