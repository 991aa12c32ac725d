import { and, desc, eq, inArray, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import {
  akun,
  buktiDukung,
  bukaKunciRealisasi,
  iki,
  pegawai,
  realisasi,
  rhk,
  skp,
} from '../../db/schema/index.ts'
import type { KodePeriodeRealisasi } from '../../shared/pelaksanaan.ts'

/** Queries of the atasan's overview and the admin's unlocks; every one takes the instansi. */

export const pegawaiRingkas = (db: Db, instansiId: string, ids: string[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : db
        .select({ id: pegawai.id, nama: pegawai.nama, nip: pegawai.nip })
        .from(pegawai)
        .where(and(eq(pegawai.instansiId, instansiId), inArray(pegawai.id, ids)))

/** The pegawai's SKPs of the year, latest first (after a mutasi the caller takes the first per pegawai). */
export const skpTahunPegawai = (db: Db, instansiId: string, pegawaiIds: string[], tahun: number) =>
  pegawaiIds.length === 0
    ? Promise.resolve([])
    : db
        .select({ id: skp.id, pegawaiId: skp.pegawaiId, status: skp.status, mulai: skp.mulai })
        .from(skp)
        .where(and(eq(skp.instansiId, instansiId), inArray(skp.pegawaiId, pegawaiIds), eq(skp.tahun, tahun)))
        .orderBy(desc(skp.mulai))

/** Per SKP: IKI count, filled realisasi of the period, evidence of the period, last realisasi change. */
export async function ringkasanSkp(
  db: Db,
  instansiId: string,
  skpIds: string[],
  periode: KodePeriodeRealisasi,
) {
  if (skpIds.length === 0) return []
  return db
    .select({
      skpId: skp.id,
      jumlahIki: sql<number>`(select count(*)::int from ${iki} join ${rhk} on ${rhk.instansiId} = ${iki.instansiId} and ${rhk.id} = ${iki.rhkId}
        where ${rhk.instansiId} = ${skp.instansiId} and ${rhk.skpId} = ${skp.id})`,
      terisi: sql<number>`(select count(*)::int from ${realisasi} where ${realisasi.instansiId} = ${skp.instansiId}
        and ${realisasi.skpId} = ${skp.id} and ${realisasi.periode} = ${periode})`,
      jumlahBukti: sql<number>`(select count(*)::int from ${buktiDukung} where ${buktiDukung.instansiId} = ${skp.instansiId}
        and ${buktiDukung.skpId} = ${skp.id} and ${buktiDukung.periode} = ${periode})`,
      terakhir: sql<
        string | null
      >`(select max(${realisasi.updatedAt}) from ${realisasi} where ${realisasi.instansiId} = ${skp.instansiId}
        and ${realisasi.skpId} = ${skp.id} and ${realisasi.periode} = ${periode})`,
    })
    .from(skp)
    .where(and(eq(skp.instansiId, instansiId), inArray(skp.id, skpIds)))
}

export const insertBukaKunci = async (db: Db, v: typeof bukaKunciRealisasi.$inferInsert) =>
  (await db.insert(bukaKunciRealisasi).values(v).returning())[0]

/** The instansi's unlocks of SKPs of a year, newest first, with the pegawai and the admin's name. */
export const listBukaKunci = (db: Db, instansiId: string, tahun: number) =>
  db
    .select({
      id: bukaKunciRealisasi.id,
      skpId: bukaKunciRealisasi.skpId,
      periode: bukaKunciRealisasi.periode,
      alasan: bukaKunciRealisasi.alasan,
      berlakuSampai: bukaKunciRealisasi.berlakuSampai,
      createdAt: bukaKunciRealisasi.createdAt,
      pegawaiNama: pegawai.nama,
      pegawaiNip: pegawai.nip,
      olehNama: akun.namaTampilan,
    })
    .from(bukaKunciRealisasi)
    .innerJoin(
      skp,
      and(eq(skp.instansiId, bukaKunciRealisasi.instansiId), eq(skp.id, bukaKunciRealisasi.skpId)),
    )
    .innerJoin(pegawai, and(eq(pegawai.instansiId, skp.instansiId), eq(pegawai.id, skp.pegawaiId)))
    .leftJoin(akun, eq(akun.id, bukaKunciRealisasi.oleh))
    .where(and(eq(bukaKunciRealisasi.instansiId, instansiId), eq(skp.tahun, tahun)))
    .orderBy(desc(bukaKunciRealisasi.createdAt))
    .limit(500)
