import { and, asc, desc, eq, inArray, isNull, ne, or, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import {
  evaluasi,
  jabatan,
  keberatan,
  pegawai,
  penugasan,
  predikatOrganisasi,
  skp,
  unor,
} from '../../db/schema/index.ts'
import { aktifPada } from '../../db/sql-helpers.ts'
import type { KodePeriodePenilaian } from '../../shared/enums.ts'
import type { EvaluasiRow } from './evaluasi-versi.ts'

/**
 * Evaluasi rows and what the evaluation reads of other tables (read-only: SKP, positions, the pegawai's
 * status, predikat organisasi, a pending keberatan). Every query is scoped by instansi.
 */
export type { EvaluasiRow }
export type EvaluasiBaru = typeof evaluasi.$inferInsert
export type SkpRingkas = typeof skp.$inferSelect

const lingkup = (instansiId: string | undefined) =>
  instansiId ? eq(evaluasi.instansiId, instansiId) : undefined

export async function findEvaluasi(db: Db, instansiId: string | undefined, id: string, kunci = false) {
  const q = db
    .select()
    .from(evaluasi)
    .where(and(lingkup(instansiId), eq(evaluasi.id, id)))
  const [r] = kunci ? await q.for('update') : await q
  return r
}

/** The current version of an SKP's period (status <> digantikan). */
export async function findEvaluasiKini(
  db: Db,
  instansiId: string,
  skpId: string,
  periode: string,
  kunci = false,
) {
  const q = db
    .select()
    .from(evaluasi)
    .where(
      and(
        eq(evaluasi.instansiId, instansiId),
        eq(evaluasi.skpId, skpId),
        eq(evaluasi.periode, periode as KodePeriodePenilaian),
        ne(evaluasi.status, 'digantikan'),
      ),
    )
  const [r] = kunci ? await q.for('update') : await q
  return r
}

/** Every version of an SKP's evaluations (all periods), newest version first per period. */
export const evaluasiSkp = (db: Db, instansiId: string, skpId: string) =>
  db
    .select()
    .from(evaluasi)
    .where(and(eq(evaluasi.instansiId, instansiId), eq(evaluasi.skpId, skpId)))
    .orderBy(asc(evaluasi.periode), desc(evaluasi.versi))

/** Current versions of many SKPs in one period. */
export const evaluasiKiniBanyak = (db: Db, instansiId: string, skpIds: string[], periode: string) =>
  skpIds.length === 0
    ? Promise.resolve([] as EvaluasiRow[])
    : db
        .select()
        .from(evaluasi)
        .where(
          and(
            eq(evaluasi.instansiId, instansiId),
            inArray(evaluasi.skpId, skpIds),
            eq(evaluasi.periode, periode as KodePeriodePenilaian),
            ne(evaluasi.status, 'digantikan'),
          ),
        )

/** A pegawai's current evaluations in a year (every SKP, every period). */
export const evaluasiPegawaiTahun = (db: Db, instansiId: string, pegawaiId: string, tahun: number) =>
  db
    .select({ e: evaluasi, penilaiNama: pegawai.nama })
    .from(evaluasi)
    .leftJoin(
      pegawai,
      and(eq(pegawai.instansiId, evaluasi.instansiId), eq(pegawai.id, evaluasi.penilaiPegawaiId)),
    )
    .where(
      and(
        eq(evaluasi.instansiId, instansiId),
        eq(evaluasi.pegawaiId, pegawaiId),
        eq(evaluasi.tahun, tahun),
        ne(evaluasi.status, 'digantikan'),
      ),
    )
    .orderBy(asc(evaluasi.createdAt))

export async function insertEvaluasi(db: Db, v: EvaluasiBaru) {
  const [r] = await db.insert(evaluasi).values(v).onConflictDoNothing().returning()
  return r
}

/** Write a change when the revision is still the one read (optimistic concurrency); bumps it. */
export async function updateEvaluasi(db: Db, e: EvaluasiRow, set: Partial<EvaluasiBaru>) {
  const [r] = await db
    .update(evaluasi)
    .set({ ...set, revisi: e.revisi + 1, updatedAt: new Date() })
    .where(and(eq(evaluasi.instansiId, e.instansiId), eq(evaluasi.id, e.id), eq(evaluasi.revisi, e.revisi)))
    .returning()
  return r
}

// ---------- other tables, read-only ----------

export async function findSkpRingkas(db: Db, instansiId: string, id: string) {
  const [r] = await db
    .select()
    .from(skp)
    .where(and(eq(skp.instansiId, instansiId), eq(skp.id, id)))
  return r
}

/**
 * Each pegawai's last approved SKP of the year (the one that takes the FINAL evaluation): latest end, then latest
 * start, then id; for many pegawai in one query.
 */
export async function skpTerakhirPegawai(db: Db, instansiId: string, pegawaiIds: string[], tahun: number) {
  if (pegawaiIds.length === 0) return new Map<string, string>()
  const r = await db
    .selectDistinctOn([skp.pegawaiId], { pegawaiId: skp.pegawaiId, id: skp.id })
    .from(skp)
    .where(
      and(
        eq(skp.instansiId, instansiId),
        inArray(skp.pegawaiId, pegawaiIds),
        eq(skp.tahun, tahun),
        eq(skp.status, 'disetujui'),
      ),
    )
    .orderBy(asc(skp.pegawaiId), desc(skp.selesai), desc(skp.mulai), desc(skp.id))
  return new Map(r.map((x) => [x.pegawaiId, x.id]))
}

/** SKPs by id (those the caller already knows of, e.g. the pegawai's evaluations). */
export const skpRingkasBanyak = (db: Db, instansiId: string, ids: string[]) =>
  ids.length === 0
    ? Promise.resolve([] as SkpRingkas[])
    : db
        .select()
        .from(skp)
        .where(and(eq(skp.instansiId, instansiId), inArray(skp.id, ids)))

/**
 * Approved SKPs of the year that this actor may evaluate: whose penilai is the actor, delegated the actor,
 * has no active position today (the next superior up acts; resolved by the caller), or is the non-ASN
 * official (admins).
 */
export const skpKandidatPenilai = (
  db: Db,
  o: {
    instansiId: string
    tahun: number
    pegawaiId: string | null
    delegator: string[]
    admin: boolean
    hari: string
  },
) =>
  db
    .select()
    .from(skp)
    .where(
      and(
        eq(skp.instansiId, o.instansiId),
        eq(skp.tahun, o.tahun),
        eq(skp.status, 'disetujui'),
        or(
          o.pegawaiId ? eq(skp.penilaiPegawaiId, o.pegawaiId) : undefined,
          o.delegator.length > 0 ? inArray(skp.penilaiPegawaiId, o.delegator) : undefined,
          o.admin ? isNull(skp.penilaiPegawaiId) : undefined,
          sql`(${skp.penilaiPegawaiId} is not null and not exists (select 1 from penugasan p
            where p.instansi_id = ${skp.instansiId} and p.pegawai_id = ${skp.penilaiPegawaiId}
            and p.mulai <= ${o.hari} and (p.selesai is null or p.selesai >= ${o.hari})))`,
        ),
      ),
    )

/** The SKP's position: unit, head or not, Plt/Plh, jenis and jenjang of the jabatan. */
export async function posisiSkp(db: Db, instansiId: string, penugasanId: string) {
  const [r] = await posisiBanyak(db, instansiId, [penugasanId])
  return r
}

/** posisiSkp of many SKPs at once, by penugasan id. */
export async function posisiSkpBanyak(db: Db, instansiId: string, penugasanIds: string[]) {
  const unik = [...new Set(penugasanIds)]
  const r = unik.length === 0 ? [] : await posisiBanyak(db, instansiId, unik)
  return new Map(r.map((x) => [x.penugasanId, x]))
}

const posisiBanyak = (db: Db, instansiId: string, penugasanIds: string[]) =>
  db
    .select({
      penugasanId: penugasan.id,
      unorId: penugasan.unorId,
      unorNama: unor.nama,
      isKepala: penugasan.isKepala,
      jenisPenugasan: penugasan.jenis,
      jenisJabatan: jabatan.jenis,
      jenjang: jabatan.jenjang,
      jabatanNama: jabatan.nama,
    })
    .from(penugasan)
    .innerJoin(unor, and(eq(unor.instansiId, penugasan.instansiId), eq(unor.id, penugasan.unorId)))
    .innerJoin(jabatan, eq(jabatan.id, penugasan.jabatanId))
    .where(and(eq(penugasan.instansiId, instansiId), inArray(penugasan.id, penugasanIds)))

export async function statusPegawai(db: Db, instansiId: string, ids: string[]) {
  if (ids.length === 0)
    return new Map<string, { status: string; statusMulai: string | null; statusSelesai: string | null }>()
  const r = await db
    .select({
      id: pegawai.id,
      status: pegawai.status,
      statusMulai: pegawai.statusMulai,
      statusSelesai: pegawai.statusSelesai,
    })
    .from(pegawai)
    .where(and(eq(pegawai.instansiId, instansiId), inArray(pegawai.id, ids)))
  return new Map(r.map((x) => [x.id, x]))
}

export async function namaPegawai(db: Db, instansiId: string, ids: string[]) {
  const unik = [...new Set(ids)]
  if (unik.length === 0) return new Map<string, string>()
  const r = await db
    .select({ id: pegawai.id, nama: pegawai.nama })
    .from(pegawai)
    .where(and(eq(pegawai.instansiId, instansiId), inArray(pegawai.id, unik)))
  return new Map(r.map((x) => [x.id, x.nama]))
}

/** Which of these pegawai hold an active position on the date (one query for all). */
export async function berposisiAktif(db: Db, instansiId: string, pegawaiIds: string[], hari: string) {
  const unik = [...new Set(pegawaiIds)]
  if (unik.length === 0) return new Set<string>()
  const r = await db
    .selectDistinct({ id: penugasan.pegawaiId })
    .from(penugasan)
    .where(
      and(
        eq(penugasan.instansiId, instansiId),
        inArray(penugasan.pegawaiId, unik),
        aktifPada(penugasan.mulai, penugasan.selesai, hari),
      ),
    )
  return new Set(r.map((x) => x.id))
}

export async function findPredikatOrganisasi(
  db: Db,
  instansiId: string,
  unorId: string,
  tahun: number,
  periode: string,
) {
  const [r] = await db
    .select({ predikat: predikatOrganisasi.predikat })
    .from(predikatOrganisasi)
    .where(
      and(
        eq(predikatOrganisasi.instansiId, instansiId),
        eq(predikatOrganisasi.unorId, unorId),
        eq(predikatOrganisasi.tahun, tahun),
        eq(predikatOrganisasi.periode, periode as KodePeriodePenilaian),
      ),
    )
  return r?.predikat ?? null
}

export async function adaKeberatan(db: Db, instansiId: string, evaluasiId: string) {
  const [r] = await db
    .select({ id: keberatan.id })
    .from(keberatan)
    .where(and(eq(keberatan.instansiId, instansiId), eq(keberatan.evaluasiId, evaluasiId)))
    .limit(1)
  return !!r
}
