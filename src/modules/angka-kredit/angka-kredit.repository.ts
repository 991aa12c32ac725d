import { and, desc, eq, inArray, lte, ne, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import {
  angkaKreditAwal,
  evaluasi,
  jabatan,
  koefisienAk,
  pegawai,
  pengaturanTahun,
  penugasan,
  skp,
} from '../../db/schema/index.ts'

/** Queries only, every per-pegawai one scoped by instansi. koefisien_ak is national reference data. */

export type KoefisienAkRow = typeof koefisienAk.$inferSelect
export type AngkaKreditAwalRow = typeof angkaKreditAwal.$inferSelect

export const listKoefisien = (db: Db) =>
  db.select().from(koefisienAk).orderBy(desc(koefisienAk.berlakuMulai), koefisienAk.jenjang).limit(1000)

/** Null when the (jenjang, berlakuMulai) pair is already published. */
export async function insertKoefisien(db: Db, row: typeof koefisienAk.$inferInsert) {
  const [r] = await db.insert(koefisienAk).values(row).onConflictDoNothing().returning()
  return r ?? null
}

/** `lingkup` undefined = a national admin: any instansi. */
export async function findPegawai(db: Db, lingkup: string | undefined, id: string) {
  const [p] = await db
    .select({ id: pegawai.id, instansiId: pegawai.instansiId, nama: pegawai.nama })
    .from(pegawai)
    .where(and(eq(pegawai.id, id), lingkup ? eq(pegawai.instansiId, lingkup) : undefined))
  return p
}

export async function findAwal(db: Db, instansiId: string, pegawaiId: string, kunci = false) {
  const q = db
    .select()
    .from(angkaKreditAwal)
    .where(and(eq(angkaKreditAwal.instansiId, instansiId), eq(angkaKreditAwal.pegawaiId, pegawaiId)))
  const [r] = kunci ? await q.for('update') : await q
  return r
}

export async function simpanAwal(db: Db, row: typeof angkaKreditAwal.$inferInsert) {
  const [r] = await db
    .insert(angkaKreditAwal)
    .values(row)
    .onConflictDoUpdate({
      target: [angkaKreditAwal.instansiId, angkaKreditAwal.pegawaiId],
      set: {
        nilai: row.nilai,
        tanggal: row.tanggal,
        jenjang: row.jenjang,
        keterangan: row.keterangan,
        dibuatOlehAkunId: row.dibuatOlehAkunId,
        updatedAt: sql`now()`,
      },
    })
    .returning()
  return r
}

/**
 * The pegawai's approved SKPs up to `tahun` (the segments of each year), with the position's kind and jenjang.
 * A mutasi or jenjang change mid-year gives one SKP per position (DOMAIN §2).
 */
export const segmenSkp = (db: Db, instansiId: string, pegawaiId: string, tahun: number) =>
  db
    .select({
      id: skp.id,
      tahun: skp.tahun,
      mulai: skp.mulai,
      selesai: skp.selesai,
      jabatan: jabatan.nama,
      jenis: jabatan.jenis,
      jenjang: jabatan.jenjang,
    })
    .from(skp)
    .innerJoin(penugasan, and(eq(penugasan.instansiId, skp.instansiId), eq(penugasan.id, skp.penugasanId)))
    .innerJoin(jabatan, and(eq(jabatan.instansiId, skp.instansiId), eq(jabatan.id, penugasan.jabatanId)))
    .where(
      and(
        eq(skp.instansiId, instansiId),
        eq(skp.pegawaiId, pegawaiId),
        lte(skp.tahun, tahun),
        eq(skp.status, 'disetujui'),
      ),
    )
    .orderBy(skp.mulai)

/** The results that count: the current version (not digantikan), final or diterima, with the frozen jenjang. */
export const penilaianBerlaku = (db: Db, instansiId: string, pegawaiId: string, tahun: number) =>
  db
    .select({
      skpId: evaluasi.skpId,
      tahun: evaluasi.tahun,
      periode: evaluasi.periode,
      predikat: evaluasi.predikat,
      punyaJenjang: sql<boolean>`${evaluasi.snapshot} ? 'jenjang'`,
      jenjang: sql<string | null>`${evaluasi.snapshot}->>'jenjang'`,
    })
    .from(evaluasi)
    .where(
      and(
        eq(evaluasi.instansiId, instansiId),
        eq(evaluasi.pegawaiId, pegawaiId),
        lte(evaluasi.tahun, tahun),
        ne(evaluasi.status, 'digantikan'),
        inArray(evaluasi.status, ['final', 'diterima']),
      ),
    )

/** The instansi's stored settings of these years. */
export const pengaturanTahunan = (db: Db, instansiId: string, tahun: number[]) =>
  tahun.length === 0
    ? Promise.resolve([])
    : db
        .select({
          tahun: pengaturanTahun.tahun,
          pengaturan: pengaturanTahun.pengaturan,
          status: pengaturanTahun.status,
        })
        .from(pengaturanTahun)
        .where(and(eq(pengaturanTahun.instansiId, instansiId), inArray(pengaturanTahun.tahun, tahun)))
