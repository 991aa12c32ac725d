import { and, asc, eq, inArray, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import {
  iki,
  ikiTargetPeriode,
  pengaturanTahun,
  realisasi,
  rencanaAksi,
  rhk,
  skp,
} from '../../db/schema/index.ts'
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

/** Opens a year with these settings unless someone did first (two first SKPs of a year at once). */
export const insertPengaturanJikaBelum = async (
  db: Db,
  instansiId: string,
  tahun: number,
  pengaturan: PengaturanTahun,
) =>
  (
    await db
      .insert(pengaturanTahun)
      .values({ instansiId, tahun, pengaturan })
      .onConflictDoNothing({ target: [pengaturanTahun.instansiId, pengaturanTahun.tahun] })
      .returning()
  )[0] as PengaturanRow | undefined

export const updateStatus = async (db: Db, instansiId: string, id: string, status: 'dibuka' | 'ditutup') =>
  (
    await db
      .update(pengaturanTahun)
      .set({ status, updatedAt: sekarang() })
      .where(and(eq(pengaturanTahun.instansiId, instansiId), eq(pengaturanTahun.id, id)))
      .returning()
  )[0] as PengaturanRow

/** The year's status, read with a share lock so a close waits for the writes already under way. */
export const findStatusTahun = async (db: Db, instansiId: string, tahun: number) =>
  (
    await db
      .select({ status: pengaturanTahun.status })
      .from(pengaturanTahun)
      .where(and(eq(pengaturanTahun.instansiId, instansiId), eq(pengaturanTahun.tahun, tahun)))
      .for('share')
  )[0]?.status

/** Each opened year's SKP deadline (as stored; null = the default) and status. */
export const listBatasSkp = (db: Db, instansiId: string, tahun: number[]) =>
  tahun.length === 0
    ? Promise.resolve([])
    : db
        .select({
          tahun: pengaturanTahun.tahun,
          batasSkp: sql<string | null>`${pengaturanTahun.pengaturan}->>'batasSkp'`,
          status: pengaturanTahun.status,
        })
        .from(pengaturanTahun)
        .where(and(eq(pengaturanTahun.instansiId, instansiId), inArray(pengaturanTahun.tahun, tahun)))

/**
 * Whether anything of the year is already kept per period (realisasi, rencana aksi, per-period targets;
 * tables of the pelaksanaan module, read through the schema): then the year's periods cannot change.
 */
export async function adaIsianPeriode(db: Db, instansiId: string, tahun: number) {
  const skpTahun = and(eq(skp.instansiId, instansiId), eq(skp.tahun, tahun))
  const [r] = await db
    .select({ ada: sql<boolean>`true` })
    .from(realisasi)
    .innerJoin(skp, and(eq(skp.instansiId, realisasi.instansiId), eq(skp.id, realisasi.skpId)))
    .where(and(eq(realisasi.instansiId, instansiId), skpTahun))
    .limit(1)
  if (r) return true
  const [a] = await db
    .select({ ada: sql<boolean>`true` })
    .from(rencanaAksi)
    .innerJoin(skp, and(eq(skp.instansiId, rencanaAksi.instansiId), eq(skp.id, rencanaAksi.skpId)))
    .where(and(eq(rencanaAksi.instansiId, instansiId), skpTahun))
    .limit(1)
  if (a) return true
  const [t] = await db
    .select({ ada: sql<boolean>`true` })
    .from(ikiTargetPeriode)
    .innerJoin(iki, and(eq(iki.instansiId, ikiTargetPeriode.instansiId), eq(iki.id, ikiTargetPeriode.ikiId)))
    .innerJoin(rhk, and(eq(rhk.instansiId, iki.instansiId), eq(rhk.id, iki.rhkId)))
    .innerJoin(skp, and(eq(skp.instansiId, rhk.instansiId), eq(skp.id, rhk.skpId)))
    .where(and(eq(ikiTargetPeriode.instansiId, instansiId), skpTahun))
    .limit(1)
  return Boolean(t)
}
