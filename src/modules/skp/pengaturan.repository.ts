import { and, asc, eq } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import { pengaturanTahun } from '../../db/schema/index.ts'
import type { PengaturanTahun } from '../../domain/settings.ts'
import { sekarang } from '../../server/clock.ts'

export type PengaturanRow = Omit<typeof pengaturanTahun.$inferSelect, 'pengaturan'> & {
  pengaturan: PengaturanTahun
}

export const listTahun = (db: Db, instansiId: string) =>
  db
    .select({
      tahun: pengaturanTahun.tahun,
      status: pengaturanTahun.status,
      updatedAt: pengaturanTahun.updatedAt,
    })
    .from(pengaturanTahun)
    .where(eq(pengaturanTahun.instansiId, instansiId))
    .orderBy(asc(pengaturanTahun.tahun))

export const findPengaturan = async (db: Db, instansiId: string, tahun: number) =>
  (
    await db
      .select()
      .from(pengaturanTahun)
      .where(and(eq(pengaturanTahun.instansiId, instansiId), eq(pengaturanTahun.tahun, tahun)))
      .limit(1)
  )[0] as PengaturanRow | undefined

export const insertPengaturan = async (
  db: Db,
  instansiId: string,
  tahun: number,
  pengaturan: PengaturanTahun,
) =>
  (await db.insert(pengaturanTahun).values({ instansiId, tahun, pengaturan }).returning())[0] as PengaturanRow

export const updatePengaturan = async (db: Db, instansiId: string, id: string, pengaturan: PengaturanTahun) =>
  (
    await db
      .update(pengaturanTahun)
      .set({ pengaturan, updatedAt: sekarang() })
      .where(and(eq(pengaturanTahun.instansiId, instansiId), eq(pengaturanTahun.id, id)))
      .returning()
  )[0] as PengaturanRow
