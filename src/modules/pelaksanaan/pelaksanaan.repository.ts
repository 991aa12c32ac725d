import { and, asc, eq, inArray, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import {
  bukaKunciRealisasi,
  iki,
  ikiTargetPeriode,
  pengaturanTahun,
  realisasi,
  rencanaAksi,
  rhk,
  skp,
} from '../../db/schema/index.ts'
import type { KodePeriodeRealisasi } from '../../shared/pelaksanaan.ts'
import { sekarang } from '../../server/clock.ts'

/** Queries only; every one takes the instansi. */

// ---------- the month-end write path ----------

/**
 * Everything a realisasi write checks, in one query: the SKP (owner, status, dates), the IKI (its shape,
 * through its RHK in that SKP), the year's settings and closed state, the period's target override and
 * whether an admin's unlock is in force now.
 */
export async function muatUntukRealisasi(
  db: Db,
  lingkup: string | undefined,
  skpId: string,
  ikiId: string,
  periode: KodePeriodeRealisasi,
) {
  const now = sekarang()
  const [row] = await db
    .select({
      skpId: skp.id,
      instansiId: skp.instansiId,
      pegawaiId: skp.pegawaiId,
      status: skp.status,
      tahun: skp.tahun,
      mulai: skp.mulai,
      selesai: skp.selesai,
      ikiId: iki.id,
      targetMin: iki.targetMin,
      targetMax: iki.targetMax,
      polaritas: iki.polaritas,
      akumulasi: iki.akumulasi,
      overrideMin: ikiTargetPeriode.targetMin,
      overrideMax: ikiTargetPeriode.targetMax,
      pengaturan: pengaturanTahun.pengaturan,
      statusTahun: pengaturanTahun.status,
      dibukaSampai: sql<
        Date | string | null
      >`(select max(${bukaKunciRealisasi.berlakuSampai}) from ${bukaKunciRealisasi}
        where ${bukaKunciRealisasi.instansiId} = ${skp.instansiId} and ${bukaKunciRealisasi.skpId} = ${skp.id}
        and ${bukaKunciRealisasi.periode} = ${periode} and ${bukaKunciRealisasi.berlakuSampai} > ${now.toISOString()})`,
    })
    .from(skp)
    .leftJoin(
      iki,
      and(
        eq(iki.instansiId, skp.instansiId),
        eq(iki.id, ikiId),
        sql`exists (select 1 from ${rhk} where ${rhk.instansiId} = ${iki.instansiId} and ${rhk.id} = ${iki.rhkId} and ${rhk.skpId} = ${skp.id})`,
      ),
    )
    .leftJoin(
      ikiTargetPeriode,
      and(
        eq(ikiTargetPeriode.instansiId, skp.instansiId),
        eq(ikiTargetPeriode.ikiId, iki.id),
        eq(ikiTargetPeriode.periode, periode),
      ),
    )
    .leftJoin(
      pengaturanTahun,
      and(eq(pengaturanTahun.instansiId, skp.instansiId), eq(pengaturanTahun.tahun, skp.tahun)),
    )
    .where(and(lingkup ? eq(skp.instansiId, lingkup) : undefined, eq(skp.id, skpId)))
  if (!row) return undefined
  const d = row.dibukaSampai
  return { ...row, dibukaSampai: d === null ? null : new Date(d) }
}

export interface NilaiRealisasi {
  nilai: number | null
  nilaiTeks: string | null
  catatan: string | null
}

/**
 * Insert or update the period's realisasi; with `versi`, only when the stored row still has it (undefined
 * answer = stale version).
 */
export async function simpanRealisasi(
  db: Db,
  k: { instansiId: string; skpId: string; ikiId: string; periode: KodePeriodeRealisasi; oleh: string },
  v: NilaiRealisasi,
  versi: number | undefined,
) {
  const now = sekarang()
  const [row] = await db
    .insert(realisasi)
    .values({ ...k, ...v, diisiOleh: k.oleh, createdAt: now, updatedAt: now })
    .onConflictDoUpdate({
      target: [realisasi.ikiId, realisasi.periode],
      set: { ...v, diisiOleh: k.oleh, versi: sql`${realisasi.versi} + 1`, updatedAt: now },
      setWhere:
        versi === undefined
          ? eq(realisasi.instansiId, k.instansiId)
          : and(eq(realisasi.instansiId, k.instansiId), eq(realisasi.versi, versi)),
    })
    .returning({
      id: realisasi.id,
      nilai: realisasi.nilai,
      nilaiTeks: realisasi.nilaiTeks,
      catatan: realisasi.catatan,
      versi: realisasi.versi,
      updatedAt: realisasi.updatedAt,
    })
  return row
}

export async function hapusRealisasi(
  db: Db,
  instansiId: string,
  skpId: string,
  ikiId: string,
  periode: KodePeriodeRealisasi,
) {
  const [row] = await db
    .delete(realisasi)
    .where(
      and(
        eq(realisasi.instansiId, instansiId),
        eq(realisasi.skpId, skpId),
        eq(realisasi.ikiId, ikiId),
        eq(realisasi.periode, periode),
      ),
    )
    .returning({ id: realisasi.id, nilai: realisasi.nilai, nilaiTeks: realisasi.nilaiTeks })
  return row
}

// ---------- the period view ----------

export const rhkDanIki = (db: Db, instansiId: string, skpId: string) =>
  db
    .select({
      rhkId: rhk.id,
      jenis: rhk.jenis,
      rhkUrutan: rhk.urutan,
      deskripsi: rhk.deskripsi,
      iki: iki,
    })
    .from(rhk)
    .leftJoin(iki, and(eq(iki.instansiId, rhk.instansiId), eq(iki.rhkId, rhk.id)))
    .where(and(eq(rhk.instansiId, instansiId), eq(rhk.skpId, skpId)))
    .orderBy(asc(rhk.jenis), asc(rhk.urutan), asc(rhk.createdAt), asc(iki.urutan))

export const realisasiSkp = (db: Db, instansiId: string, skpId: string) =>
  db
    .select()
    .from(realisasi)
    .where(and(eq(realisasi.instansiId, instansiId), eq(realisasi.skpId, skpId)))

export const targetPeriodeIki = (db: Db, instansiId: string, ikiIds: string[]) =>
  ikiIds.length === 0
    ? Promise.resolve([])
    : db
        .select()
        .from(ikiTargetPeriode)
        .where(and(eq(ikiTargetPeriode.instansiId, instansiId), inArray(ikiTargetPeriode.ikiId, ikiIds)))

export const rencanaAksiPeriode = (db: Db, instansiId: string, skpId: string, periode: string) =>
  db
    .select()
    .from(rencanaAksi)
    .where(
      and(
        eq(rencanaAksi.instansiId, instansiId),
        eq(rencanaAksi.skpId, skpId),
        eq(rencanaAksi.periode, periode as KodePeriodeRealisasi),
      ),
    )
    .orderBy(asc(rencanaAksi.urutan), asc(rencanaAksi.createdAt))

// ---------- rencana aksi and targets ----------

/** The RHK, when it belongs to this SKP. */
export const findRhkSkp = async (db: Db, instansiId: string, skpId: string, rhkId: string) =>
  (
    await db
      .select({ id: rhk.id })
      .from(rhk)
      .where(and(eq(rhk.instansiId, instansiId), eq(rhk.skpId, skpId), eq(rhk.id, rhkId)))
  )[0]

/** The IKI, when it belongs to this SKP (through its RHK). */
export const findIkiSkp = async (db: Db, instansiId: string, skpId: string, ikiId: string) =>
  (
    await db
      .select({ id: iki.id, targetMin: iki.targetMin, targetTeks: iki.targetTeks })
      .from(iki)
      .innerJoin(rhk, and(eq(rhk.instansiId, iki.instansiId), eq(rhk.id, iki.rhkId)))
      .where(and(eq(iki.instansiId, instansiId), eq(iki.id, ikiId), eq(rhk.skpId, skpId)))
  )[0]

export const findRencanaAksi = async (db: Db, instansiId: string, skpId: string, id: string) =>
  (
    await db
      .select()
      .from(rencanaAksi)
      .where(
        and(eq(rencanaAksi.instansiId, instansiId), eq(rencanaAksi.skpId, skpId), eq(rencanaAksi.id, id)),
      )
  )[0]

export async function insertRencanaAksi(db: Db, v: typeof rencanaAksi.$inferInsert) {
  const [{ n }] = await db
    .select({ n: sql<number>`coalesce(max(${rencanaAksi.urutan}), 0)::int` })
    .from(rencanaAksi)
    .where(
      and(
        eq(rencanaAksi.instansiId, v.instansiId),
        eq(rencanaAksi.rhkId, v.rhkId),
        eq(rencanaAksi.periode, v.periode),
      ),
    )
  return (
    await db
      .insert(rencanaAksi)
      .values({ ...v, urutan: n + 1 })
      .returning()
  )[0]
}

export const updateRencanaAksi = async (
  db: Db,
  instansiId: string,
  id: string,
  set: Partial<typeof rencanaAksi.$inferInsert>,
) =>
  (
    await db
      .update(rencanaAksi)
      .set({ ...set, updatedAt: sekarang() })
      .where(and(eq(rencanaAksi.instansiId, instansiId), eq(rencanaAksi.id, id)))
      .returning()
  )[0]

export const deleteRencanaAksi = (db: Db, instansiId: string, id: string) =>
  db.delete(rencanaAksi).where(and(eq(rencanaAksi.instansiId, instansiId), eq(rencanaAksi.id, id)))

export async function simpanTargetPeriode(
  db: Db,
  v: Omit<typeof ikiTargetPeriode.$inferInsert, 'id' | 'updatedAt'>,
) {
  const now = sekarang()
  const [row] = await db
    .insert(ikiTargetPeriode)
    .values({ ...v, updatedAt: now })
    .onConflictDoUpdate({
      target: [ikiTargetPeriode.ikiId, ikiTargetPeriode.periode],
      set: { targetMin: v.targetMin, targetMax: v.targetMax, targetTeks: v.targetTeks, updatedAt: now },
      setWhere: eq(ikiTargetPeriode.instansiId, v.instansiId),
    })
    .returning()
  return row
}

export const hapusTargetPeriode = (
  db: Db,
  instansiId: string,
  ikiId: string,
  periode: KodePeriodeRealisasi,
) =>
  db
    .delete(ikiTargetPeriode)
    .where(
      and(
        eq(ikiTargetPeriode.instansiId, instansiId),
        eq(ikiTargetPeriode.ikiId, ikiId),
        eq(ikiTargetPeriode.periode, periode),
      ),
    )
