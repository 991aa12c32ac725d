import { and, asc, eq, gte, inArray, lte, ne, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import { pegawai, progresHarian, rencanaAksi, skp } from '../../db/schema/index.ts'
import { rows } from '../../db/rows.ts'
import type { StatusProgres } from '../../shared/enums.ts'
import type { SkpRow } from '../skp/skp-akses.ts'

/** Queries only, every one scoped by instansi. */

const kolom = {
  id: progresHarian.id,
  instansiId: progresHarian.instansiId,
  pegawaiId: progresHarian.pegawaiId,
  skpId: progresHarian.skpId,
  tanggal: progresHarian.tanggal,
  jamMulai: progresHarian.jamMulai,
  jamSelesai: progresHarian.jamSelesai,
  kegiatan: progresHarian.kegiatan,
  realisasi: progresHarian.realisasi,
  satuan: progresHarian.satuan,
  rencanaAksiId: progresHarian.rencanaAksiId,
  rencanaAksiUraian: rencanaAksi.uraian,
  tautanBukti: progresHarian.tautanBukti,
  status: progresHarian.status,
  catatanAtasan: progresHarian.catatanAtasan,
  diajukanAt: progresHarian.diajukanAt,
  ditinjauAt: progresHarian.ditinjauAt,
  versi: progresHarian.versi,
  /** Who reviews it: the penilai named by its SKP. */
  penilaiPegawaiId: skp.penilaiPegawaiId,
}

function dasar(db: Db) {
  return db
    .select(kolom)
    .from(progresHarian)
    .innerJoin(skp, and(eq(skp.instansiId, progresHarian.instansiId), eq(skp.id, progresHarian.skpId)))
    .leftJoin(
      rencanaAksi,
      and(
        eq(rencanaAksi.instansiId, progresHarian.instansiId),
        eq(rencanaAksi.id, progresHarian.rencanaAksiId),
      ),
    )
}
export type ProgresRow = Awaited<ReturnType<ReturnType<typeof dasar>['execute']>>[number]

const urut = [asc(progresHarian.tanggal), asc(progresHarian.jamMulai)]

/** One entry; `instansiId` undefined only for a national admin (any instansi). */
export async function findProgres(db: Db, instansiId: string | undefined, id: string) {
  const lingkup = instansiId ? eq(progresHarian.instansiId, instansiId) : undefined
  const [r] = await dasar(db).where(and(lingkup, eq(progresHarian.id, id)))
  return r
}

/** Several entries, row-locked for a bulk change (in id order, so two bulk writers never deadlock). */
export async function kunciProgres(tx: Db, instansiId: string | undefined, ids: string[]) {
  const lingkup = instansiId ? eq(progresHarian.instansiId, instansiId) : undefined
  const dalam = and(lingkup, inArray(progresHarian.id, ids))
  await tx
    .select({ id: progresHarian.id })
    .from(progresHarian)
    .where(dalam)
    .orderBy(progresHarian.id)
    .for('update')
  return dasar(tx).where(dalam)
}

export const listProgresPegawai = (
  db: Db,
  instansiId: string,
  pegawaiId: string,
  dari: string,
  sampai: string,
) =>
  dasar(db)
    .where(
      and(
        eq(progresHarian.instansiId, instansiId),
        eq(progresHarian.pegawaiId, pegawaiId),
        gte(progresHarian.tanggal, dari),
        lte(progresHarian.tanggal, sampai),
      ),
    )
    .orderBy(...urut)

/** The other entries of the pegawai on that day (for the overlap check). */
export const jamHari = (tx: Db, instansiId: string, pegawaiId: string, tanggal: string, kecuali?: string) =>
  tx
    .select({
      id: progresHarian.id,
      mulai: progresHarian.jamMulai,
      selesai: progresHarian.jamSelesai,
      kegiatan: progresHarian.kegiatan,
    })
    .from(progresHarian)
    .where(
      and(
        eq(progresHarian.instansiId, instansiId),
        eq(progresHarian.pegawaiId, pegawaiId),
        eq(progresHarian.tanggal, tanggal),
        kecuali ? ne(progresHarian.id, kecuali) : undefined,
      ),
    )

/** Serialises writers of one pegawai's day until the transaction ends, so two overlapping entries never both pass. */
export const kunciHari = (tx: Db, pegawaiId: string, tanggal: string) =>
  tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`progres:${pegawaiId}:${tanggal}`}))`)

/** The approved SKP of the pegawai covering the date (one per assignment; the latest start wins). */
export async function skpDisetujuiPada(db: Db, instansiId: string, pegawaiId: string, tanggal: string) {
  const [s] = await db
    .select()
    .from(skp)
    .where(
      and(
        eq(skp.instansiId, instansiId),
        eq(skp.pegawaiId, pegawaiId),
        eq(skp.status, 'disetujui'),
        lte(skp.mulai, tanggal),
        gte(skp.selesai, tanggal),
      ),
    )
    .orderBy(sql`${skp.mulai} desc`)
    .limit(1)
  return s as SkpRow | undefined
}

/** The pegawai's approved SKPs overlapping [dari, sampai], latest start first. */
export const skpDisetujuiRentang = (
  db: Db,
  instansiId: string,
  pegawaiId: string,
  dari: string,
  sampai: string,
) =>
  db
    .select({ id: skp.id, mulai: skp.mulai, selesai: skp.selesai })
    .from(skp)
    .where(
      and(
        eq(skp.instansiId, instansiId),
        eq(skp.pegawaiId, pegawaiId),
        eq(skp.status, 'disetujui'),
        lte(skp.mulai, sampai),
        gte(skp.selesai, dari),
      ),
    )
    .orderBy(sql`${skp.mulai} desc`)

export async function findSkpById(db: Db, instansiId: string, id: string) {
  const [s] = await db
    .select()
    .from(skp)
    .where(and(eq(skp.instansiId, instansiId), eq(skp.id, id)))
  return s as SkpRow | undefined
}

export async function findRencanaAksi(db: Db, instansiId: string, id: string) {
  const [r] = await db
    .select({ id: rencanaAksi.id, skpId: rencanaAksi.skpId, periode: rencanaAksi.periode })
    .from(rencanaAksi)
    .where(and(eq(rencanaAksi.instansiId, instansiId), eq(rencanaAksi.id, id)))
  return r
}

export type ProgresBaru = typeof progresHarian.$inferInsert

export async function insertProgres(tx: Db, v: ProgresBaru) {
  const [r] = await tx.insert(progresHarian).values(v).returning({ id: progresHarian.id })
  return r.id
}

export async function updateProgres(tx: Db, instansiId: string, id: string, v: Partial<ProgresBaru>) {
  await tx
    .update(progresHarian)
    .set({ ...v, versi: sql`${progresHarian.versi} + 1`, updatedAt: sql`now()` })
    .where(and(eq(progresHarian.instansiId, instansiId), eq(progresHarian.id, id)))
}

export async function updateStatusBanyak(
  tx: Db,
  instansiId: string,
  ids: string[],
  v: Partial<ProgresBaru> & { status: StatusProgres },
) {
  await tx
    .update(progresHarian)
    .set({ ...v, versi: sql`${progresHarian.versi} + 1`, updatedAt: sql`now()` })
    .where(and(eq(progresHarian.instansiId, instansiId), inArray(progresHarian.id, ids)))
}

export async function deleteProgres(tx: Db, instansiId: string, id: string) {
  await tx
    .delete(progresHarian)
    .where(and(eq(progresHarian.instansiId, instansiId), eq(progresHarian.id, id)))
}

/** Entries of SKPs naming this penilai in a date range, with the pegawai's name. */
export function listTinjauan(
  db: Db,
  o: { instansiId: string; penilaiPegawaiId: string; dari: string; sampai: string; pegawaiId?: string },
) {
  return dasar(db)
    .where(
      and(
        eq(progresHarian.instansiId, o.instansiId),
        eq(skp.penilaiPegawaiId, o.penilaiPegawaiId),
        gte(progresHarian.tanggal, o.dari),
        lte(progresHarian.tanggal, o.sampai),
        o.pegawaiId ? eq(progresHarian.pegawaiId, o.pegawaiId) : undefined,
      ),
    )
    .orderBy(...urut)
}

/** Name and NIP of these pegawai. */
export const infoPegawai = (db: Db, instansiId: string, ids: string[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : db
        .select({ id: pegawai.id, nama: pegawai.nama, nip: pegawai.nip })
        .from(pegawai)
        .where(and(eq(pegawai.instansiId, instansiId), inArray(pegawai.id, ids)))

/** The pegawai whose approved SKP names me as penilai and covers part of [dari, sampai] (the grid's rows). */
export const pegawaiDinilai = (
  db: Db,
  instansiId: string,
  penilaiPegawaiId: string,
  dari: string,
  sampai: string,
) =>
  rows<{ id: string; nama: string; nip: string; mulai: string; selesai: string }>(
    db,
    sql`select p.id, p.nama, p.nip, s.mulai::text as mulai, s.selesai::text as selesai
        from skp s join pegawai p on p.instansi_id = s.instansi_id and p.id = s.pegawai_id
        where s.instansi_id = ${instansiId} and s.penilai_pegawai_id = ${penilaiPegawaiId}
          and s.status = 'disetujui' and s.mulai <= ${sampai} and s.selesai >= ${dari}`,
  )

/** How many submitted entries wait for this penilai (the Beranda count), and from how many people. */
export async function hitungMenunggu(db: Db, instansiId: string, penilaiPegawaiId: string) {
  const [r] = await rows<{ jumlah: number; orang: number }>(
    db,
    sql`select count(*)::int as jumlah, count(distinct ph.pegawai_id)::int as orang
        from progres_harian ph join skp s on s.instansi_id = ph.instansi_id and s.id = ph.skp_id
        where ph.instansi_id = ${instansiId} and s.penilai_pegawai_id = ${penilaiPegawaiId}
          and ph.status = 'diajukan'`,
  )
  return r ?? { jumlah: 0, orang: 0 }
}

/** How many of the pegawai's entries are in a status (after a change: is the matter settled?). */
export async function jumlahStatus(db: Db, instansiId: string, pegawaiId: string, status: StatusProgres) {
  const [r] = await rows<{ n: number }>(
    db,
    sql`select count(*)::int as n from progres_harian
        where instansi_id = ${instansiId} and pegawai_id = ${pegawaiId} and status = ${status}`,
  )
  return r?.n ?? 0
}
