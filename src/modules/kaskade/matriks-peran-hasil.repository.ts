import { and, asc, eq, inArray, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import { pegawai, peranHasil, rhk, skp } from '../../db/schema/index.ts'
import { rows as baris } from '../../db/rows.ts'

/** Matriks Peran Hasil queries; every one is scoped by instansi. */
export type PeranHasilRow = typeof peranHasil.$inferSelect

export async function findPeranHasil(db: Db, lingkup: string | undefined, id: string) {
  const [row] = await db
    .select()
    .from(peranHasil)
    .where(and(eq(peranHasil.id, id), lingkup ? eq(peranHasil.instansiId, lingkup) : undefined))
  return row
}

/** The RHK a cell created, in the cell's instansi. */
const rhkSel = and(eq(rhk.id, peranHasil.rhkBawahanId), eq(rhk.instansiId, peranHasil.instansiId))

/** Cells of the given superior RHK, with the text of the RHK each one created. */
export async function selMph(db: Db, instansiId: string, rhkAtasanIds: string[]) {
  if (rhkAtasanIds.length === 0) return []
  return db
    .select({
      id: peranHasil.id,
      rhkAtasanId: peranHasil.rhkAtasanId,
      pegawaiId: peranHasil.pegawaiId,
      peran: peranHasil.peran,
      hasil: peranHasil.hasil,
      rhkBawahanId: peranHasil.rhkBawahanId,
      rhkBawahanDeskripsi: rhk.deskripsi,
    })
    .from(peranHasil)
    .leftJoin(rhk, rhkSel)
    .where(and(eq(peranHasil.instansiId, instansiId), inArray(peranHasil.rhkAtasanId, rhkAtasanIds)))
    .orderBy(asc(peranHasil.createdAt))
}

export type SelRow = Awaited<ReturnType<typeof selMph>>[number]

export async function findSel(db: Db, instansiId: string, id: string) {
  const [row] = await db
    .select({
      id: peranHasil.id,
      rhkAtasanId: peranHasil.rhkAtasanId,
      pegawaiId: peranHasil.pegawaiId,
      peran: peranHasil.peran,
      hasil: peranHasil.hasil,
      rhkBawahanId: peranHasil.rhkBawahanId,
      rhkBawahanDeskripsi: rhk.deskripsi,
    })
    .from(peranHasil)
    .leftJoin(rhk, rhkSel)
    .where(and(eq(peranHasil.instansiId, instansiId), eq(peranHasil.id, id)))
  return row
}

export interface PegawaiGrid {
  pegawaiId: string
  nama: string
  nip: string
  jabatan: string | null
  skpId: string | null
  skpStatus: string | null
}

/**
 * Name, NIP and position of each pegawai, with their SKP of the year: the one covering `tanggal`, else
 * the latest (after a mutasi there can be several).
 */
export async function pegawaiDenganSkp(
  db: Db,
  instansiId: string,
  ids: string[],
  tahun: number,
  tanggal: string,
) {
  if (ids.length === 0) return []
  const daftar = sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  )
  return baris<PegawaiGrid>(
    db,
    sql`select p.id as "pegawaiId", p.nama, p.nip, s.id as "skpId", s.status as "skpStatus",
      (select j.nama from penugasan pn join jabatan j on j.id = pn.jabatan_id and j.instansi_id = pn.instansi_id
        where pn.pegawai_id = p.id and pn.instansi_id = p.instansi_id
          and pn.mulai <= ${tanggal} and (pn.selesai is null or pn.selesai >= ${tanggal})
        order by (pn.jenis = 'definitif') desc, pn.mulai desc limit 1) as jabatan
    from pegawai p
    left join lateral (select s.id, s.status from skp s
      where s.pegawai_id = p.id and s.instansi_id = p.instansi_id and s.tahun = ${tahun}
      order by (s.mulai <= ${tanggal} and s.selesai >= ${tanggal}) desc, s.mulai desc limit 1) s on true
    where p.instansi_id = ${instansiId} and p.id in (${daftar})
    order by p.nama`,
  )
}

/** Which of `ids` are pegawai of the instansi, with their names. */
export async function pegawaiInstansi(db: Db, instansiId: string, ids: string[]) {
  if (ids.length === 0) return new Map<string, string>()
  const rows = await db
    .select({ id: pegawai.id, nama: pegawai.nama })
    .from(pegawai)
    .where(and(eq(pegawai.instansiId, instansiId), inArray(pegawai.id, ids)))
  return new Map(rows.map((r) => [r.id, r.nama]))
}

/** Existing cells for (rhkAtasanId, pegawaiId) pairs, as "rhk:pegawai" keys. */
export async function selAda(db: Db, instansiId: string, rhkAtasanIds: string[]) {
  const rows = await selMph(db, instansiId, [...new Set(rhkAtasanIds)])
  return new Set(rows.map((r) => `${r.rhkAtasanId}:${r.pegawaiId}`))
}

export const insertPeranHasil = async (db: Db, v: typeof peranHasil.$inferInsert) =>
  (await db.insert(peranHasil).values(v).returning())[0]

const selIni = (instansiId: string, id: string) =>
  and(eq(peranHasil.instansiId, instansiId), eq(peranHasil.id, id))

export const updatePeranHasil = async (
  db: Db,
  instansiId: string,
  id: string,
  v: { peran: string; hasil: string },
) => (await db.update(peranHasil).set(v).where(selIni(instansiId, id)).returning())[0]

export const deletePeranHasil = (db: Db, instansiId: string, id: string) =>
  db.delete(peranHasil).where(selIni(instansiId, id))

/** The subordinate's RHK a cell created, with its SKP's status (only a draft may follow the cell). */
export async function rhkBawahan(db: Db, instansiId: string, rhkId: string) {
  const [row] = await db
    .select({ id: rhk.id, deskripsi: rhk.deskripsi, skpId: skp.id, skpStatus: skp.status })
    .from(rhk)
    .innerJoin(skp, and(eq(skp.id, rhk.skpId), eq(skp.instansiId, rhk.instansiId)))
    .where(and(eq(rhk.id, rhkId), eq(rhk.instansiId, instansiId)))
  return row
}

/** Does anything else point at this RHK (a contributor below, a team, a cell of its own)? Then keep it. */
export async function rhkDirujuk(db: Db, instansiId: string, rhkId: string) {
  const [row] = await baris<{ dirujuk: boolean }>(
    db,
    sql`select exists (select 1 from rhk where instansi_id = ${instansiId} and intervensi_rhk_id = ${rhkId})
      or exists (select 1 from tim_kerja where instansi_id = ${instansiId} and rhk_id = ${rhkId})
      or exists (select 1 from peran_hasil where instansi_id = ${instansiId} and rhk_atasan_id = ${rhkId})
      as dirujuk`,
  )
  return row?.dirujuk === true
}

/**
 * The real cascade of the grid: every RHK of a subordinate that intervenes one of `rhkAtasanIds`, whether
 * a cell created it or its owner linked it by hand (`peranHasilId` says which cell, if any).
 */
export async function rhkIntervensi(db: Db, instansiId: string, rhkAtasanIds: string[]) {
  if (rhkAtasanIds.length === 0) return []
  return db
    .select({
      rhkAtasanId: sql<string>`${rhk.intervensiRhkId}`,
      rhkId: rhk.id,
      deskripsi: rhk.deskripsi,
      pegawaiId: skp.pegawaiId,
      skpId: skp.id,
      skpStatus: skp.status,
      peranHasilId: peranHasil.id,
    })
    .from(rhk)
    .innerJoin(skp, and(eq(skp.id, rhk.skpId), eq(skp.instansiId, rhk.instansiId)))
    .leftJoin(peranHasil, rhkSel)
    .where(and(eq(rhk.instansiId, instansiId), inArray(rhk.intervensiRhkId, rhkAtasanIds)))
    .orderBy(asc(rhk.urutan), asc(rhk.createdAt))
}

/** The ids of the pegawai's SKPs of the year (to tell whether the matrix had to create one). */
export async function skpIdsTahun(db: Db, instansiId: string, pegawaiId: string, tahun: number) {
  const rows = await db
    .select({ id: skp.id })
    .from(skp)
    .where(and(eq(skp.instansiId, instansiId), eq(skp.pegawaiId, pegawaiId), eq(skp.tahun, tahun)))
  return new Set(rows.map((r) => r.id))
}
