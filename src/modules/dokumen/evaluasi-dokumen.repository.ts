import { and, asc, desc, eq, getTableColumns, inArray, isNull } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import {
  dokumen,
  evaluasi,
  iki,
  jabatan,
  pegawai,
  penetapanPredikat,
  penugasan,
  predikatOrganisasi,
  realisasi,
  skp,
  unor,
} from '../../db/schema/index.ts'
import type { JENIS_DOKUMEN, KodePeriodePenilaian } from '../../shared/enums.ts'
import type { SkpRow } from '../skp/skp-akses.ts'
import type { DokumenRow } from './dokumen.repository.ts'

/** Reads of the evaluation documents. Every query is scoped by instansi (undefined: a national admin). */

const lingkup = <T extends { instansiId: unknown }>(t: T, instansiId: string | undefined) =>
  instansiId ? eq(t.instansiId as typeof evaluasi.instansiId, instansiId) : undefined

export type EvaluasiRow = typeof evaluasi.$inferSelect

export async function findEvaluasi(db: Db, instansiId: string | undefined, id: string) {
  const [row] = await db
    .select()
    .from(evaluasi)
    .where(and(eq(evaluasi.id, id), lingkup(evaluasi, instansiId)))
  return row as EvaluasiRow | undefined
}

export async function findPredikatOrganisasi(
  db: Db,
  instansiId: string,
  unorId: string,
  tahun: number,
  periode: KodePeriodePenilaian,
) {
  const [row] = await db
    .select({ predikat: predikatOrganisasi.predikat })
    .from(predikatOrganisasi)
    .where(
      and(
        eq(predikatOrganisasi.instansiId, instansiId),
        eq(predikatOrganisasi.unorId, unorId),
        eq(predikatOrganisasi.tahun, tahun),
        eq(predikatOrganisasi.periode, periode),
      ),
    )
  return row?.predikat ?? null
}

/** Realisasi of the SKP's IKI for the given periods, with the IKI's unit (satuan). */
export async function listRealisasi(db: Db, instansiId: string, skpId: string, periode: readonly string[]) {
  if (periode.length === 0) return []
  return db
    .select({
      ikiId: realisasi.ikiId,
      periode: realisasi.periode,
      nilai: realisasi.nilai,
      nilaiTeks: realisasi.nilaiTeks,
      satuan: iki.satuan,
    })
    .from(realisasi)
    .innerJoin(iki, and(eq(iki.instansiId, realisasi.instansiId), eq(iki.id, realisasi.ikiId)))
    .where(
      and(
        eq(realisasi.instansiId, instansiId),
        eq(realisasi.skpId, skpId),
        inArray(realisasi.periode, periode as (typeof realisasi.periode.enumValues)[number][]),
      ),
    )
}

export async function findPenetapan(db: Db, instansiId: string | undefined, id: string) {
  const [row] = await db
    .select({ p: penetapanPredikat, unorNama: unor.nama })
    .from(penetapanPredikat)
    .innerJoin(
      unor,
      and(eq(unor.instansiId, penetapanPredikat.instansiId), eq(unor.id, penetapanPredikat.unorId)),
    )
    .where(and(eq(penetapanPredikat.id, id), lingkup(penetapanPredikat, instansiId)))
  return row
}

const { berkas: _berkas, ...KOLOM } = getTableColumns(dokumen)

/** The latest document of a kind for an evaluation version or a penetapan. */
export async function findDokumenTerakhirUntuk(
  db: Db,
  instansiId: string,
  jenis: (typeof JENIS_DOKUMEN)[number],
  sasaran: { evaluasiId: string } | { penetapanId: string },
) {
  const [row] = await db
    .select(KOLOM)
    .from(dokumen)
    .where(
      and(
        eq(dokumen.instansiId, instansiId),
        eq(dokumen.jenis, jenis),
        'evaluasiId' in sasaran
          ? eq(dokumen.evaluasiId, sasaran.evaluasiId)
          : eq(dokumen.penetapanId, sasaran.penetapanId),
      ),
    )
    .orderBy(desc(dokumen.createdAt), desc(dokumen.id))
    .limit(1)
  return row as DokumenRow | undefined
}

/** Every document issued about a pegawai's SKPs and evaluations (riwayat), oldest first, without files. */
export async function listDokumenPegawai(db: Db, instansiId: string, pegawaiId: string) {
  const rows = await db
    .select({ ...KOLOM, skpTahun: skp.tahun })
    .from(dokumen)
    .innerJoin(skp, and(eq(skp.instansiId, dokumen.instansiId), eq(skp.id, dokumen.entitasId)))
    .where(and(eq(dokumen.instansiId, instansiId), eq(skp.pegawaiId, pegawaiId), isNull(dokumen.penetapanId)))
    .orderBy(asc(dokumen.createdAt), asc(dokumen.id))
  return rows as (DokumenRow & { skpTahun: number })[]
}

/** The SKP an evaluation belongs to (same instansi). */
export async function findSkpRow(db: Db, instansiId: string, id: string) {
  const [row] = await db
    .select()
    .from(skp)
    .where(and(eq(skp.instansiId, instansiId), eq(skp.id, id)))
  return row as SkpRow | undefined
}

export type SkpRowDok = SkpRow

/** The signer of a penetapan: name with gelar, NIP and the jabatan of their head position in the unit. */
export async function findPejabat(db: Db, instansiId: string, pegawaiId: string, unorId: string) {
  const [row] = await db
    .select({
      nama: pegawai.nama,
      gelarDepan: pegawai.gelarDepan,
      gelarBelakang: pegawai.gelarBelakang,
      nip: pegawai.nip,
      jabatan: jabatan.nama,
    })
    .from(pegawai)
    .leftJoin(
      penugasan,
      and(
        eq(penugasan.instansiId, pegawai.instansiId),
        eq(penugasan.pegawaiId, pegawai.id),
        eq(penugasan.unorId, unorId),
      ),
    )
    .leftJoin(jabatan, and(eq(jabatan.instansiId, penugasan.instansiId), eq(jabatan.id, penugasan.jabatanId)))
    .where(and(eq(pegawai.instansiId, instansiId), eq(pegawai.id, pegawaiId)))
    .orderBy(desc(penugasan.isKepala))
    .limit(1)
  if (!row) return null
  const nama =
    [row.gelarDepan, row.nama].filter(Boolean).join(' ') + (row.gelarBelakang ? `, ${row.gelarBelakang}` : '')
  return { nama, nip: row.nip, jabatan: row.jabatan ?? 'Kepala Unit Kerja' }
}
