import { and, desc, eq, inArray, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import { rows } from '../../db/rows.ts'
import { akun, bukaKunciRealisasi, pegawai, skp } from '../../db/schema/index.ts'
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
export function ringkasanSkp(db: Db, instansiId: string, skpIds: string[], periode: KodePeriodeRealisasi) {
  if (skpIds.length === 0) return Promise.resolve([])
  const ids = sql.join(
    skpIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  )
  return rows<{
    skpId: string
    jumlahIki: number
    terisi: number
    jumlahBukti: number
    terakhir: string | null
  }>(
    db,
    sql`select s.id as "skpId",
      (select count(*)::int from iki i join rhk r on r.instansi_id = i.instansi_id and r.id = i.rhk_id
        where r.instansi_id = s.instansi_id and r.skp_id = s.id) as "jumlahIki",
      (select count(*)::int from realisasi x where x.instansi_id = s.instansi_id and x.skp_id = s.id
        and x.periode = ${periode}) as "terisi",
      (select count(*)::int from bukti_dukung b where b.instansi_id = s.instansi_id and b.skp_id = s.id
        and b.periode = ${periode}) as "jumlahBukti",
      (select max(x.updated_at) from realisasi x where x.instansi_id = s.instansi_id and x.skp_id = s.id
        and x.periode = ${periode}) as "terakhir"
    from skp s where s.instansi_id = ${instansiId} and s.id in (${ids})`,
  )
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
