import { and, asc, count, eq, inArray } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import { buktiDukung, iki, ikiTargetPeriode, realisasi, rhk, umpanBalik } from '../../db/schema/index.ts'
import type { KodePeriodeRealisasi } from '../../shared/pelaksanaan.ts'

/**
 * What an evaluation shows of the SKP's pelaksanaan (read-only): RHK and IKI, realisasi, per-period
 * targets, evidence and feedback counts. Scoped by instansi.
 */
export const rhkDanIki = (db: Db, instansiId: string, skpId: string) =>
  rhkDanIkiBanyak(db, instansiId, [skpId])

/** rhkDanIki of many SKPs, each SKP's rows together and in rhkDanIki's order. */
export const rhkDanIkiBanyak = (db: Db, instansiId: string, skpIds: string[]) =>
  db
    .select({ skpId: rhk.skpId, rhkId: rhk.id, jenis: rhk.jenis, deskripsi: rhk.deskripsi, iki })
    .from(rhk)
    .leftJoin(iki, and(eq(iki.instansiId, rhk.instansiId), eq(iki.rhkId, rhk.id)))
    .where(and(eq(rhk.instansiId, instansiId), inArray(rhk.skpId, skpIds)))
    .orderBy(
      asc(rhk.skpId),
      asc(rhk.jenis),
      asc(rhk.urutan),
      asc(rhk.createdAt),
      asc(rhk.id),
      asc(iki.urutan),
    )

export const realisasiSkp = (db: Db, instansiId: string, skpId: string) =>
  realisasiBanyak(db, instansiId, [skpId])

/** Realisasi of many SKPs. */
export const realisasiBanyak = (db: Db, instansiId: string, skpIds: string[]) =>
  db
    .select({
      skpId: realisasi.skpId,
      ikiId: realisasi.ikiId,
      periode: realisasi.periode,
      nilai: realisasi.nilai,
      nilaiTeks: realisasi.nilaiTeks,
    })
    .from(realisasi)
    .where(and(eq(realisasi.instansiId, instansiId), inArray(realisasi.skpId, skpIds)))

export const targetPeriode = (db: Db, instansiId: string, ikiIds: string[]) =>
  ikiIds.length === 0
    ? Promise.resolve([] as (typeof ikiTargetPeriode.$inferSelect)[])
    : db
        .select()
        .from(ikiTargetPeriode)
        .where(and(eq(ikiTargetPeriode.instansiId, instansiId), inArray(ikiTargetPeriode.ikiId, ikiIds)))

/** The per-period targets of every IKI of many SKPs (through RHK → IKI). */
export const targetPeriodeSkp = (db: Db, instansiId: string, skpIds: string[]) =>
  db
    .select({ t: ikiTargetPeriode })
    .from(ikiTargetPeriode)
    .innerJoin(iki, and(eq(iki.instansiId, ikiTargetPeriode.instansiId), eq(iki.id, ikiTargetPeriode.ikiId)))
    .innerJoin(rhk, and(eq(rhk.instansiId, iki.instansiId), eq(rhk.id, iki.rhkId)))
    .where(and(eq(ikiTargetPeriode.instansiId, instansiId), inArray(rhk.skpId, skpIds)))

/** Evidence per IKI in the periods (all the SKP's periods for FINAL). */
export const jumlahBukti = (db: Db, instansiId: string, skpId: string, periode: string[]) =>
  db
    .select({ ikiId: buktiDukung.ikiId, n: count() })
    .from(buktiDukung)
    .where(
      and(
        eq(buktiDukung.instansiId, instansiId),
        eq(buktiDukung.skpId, skpId),
        inArray(buktiDukung.periode, periode as KodePeriodeRealisasi[]),
      ),
    )
    .groupBy(buktiDukung.ikiId)

/** Feedback comments per RHK in the periods. */
export const jumlahUmpanBalik = (db: Db, instansiId: string, skpId: string, periode: string[]) =>
  db
    .select({ rhkId: umpanBalik.rhkId, n: count() })
    .from(umpanBalik)
    .where(
      and(
        eq(umpanBalik.instansiId, instansiId),
        eq(umpanBalik.skpId, skpId),
        inArray(umpanBalik.periode, periode as KodePeriodeRealisasi[]),
      ),
    )
    .groupBy(umpanBalik.rhkId)
