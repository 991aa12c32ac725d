import { and, asc, eq, gte, inArray, isNull, ne, or, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import { pegawai, penugasan, unor } from '../../db/schema/index.ts'
import { rows } from '../../db/rows.ts'
import { aktifPada } from '../../db/sql-helpers.ts'
import type { UnorCreate, UnorUpdate } from '../../shared/organisasi.ts'
import { sekarang } from '../../server/clock.ts'

export type UnorRow = typeof unor.$inferSelect

const idList = (ids: string[]) =>
  sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  )

/** `lingkup` undefined = any instansi (national admin); otherwise only that one. */
export const findUnor = async (
  db: Db,
  lingkup: string | undefined,
  id: string,
): Promise<UnorRow | undefined> =>
  (
    await db
      .select()
      .from(unor)
      .where(and(eq(unor.id, id), lingkup ? eq(unor.instansiId, lingkup) : undefined))
  )[0]

export const listUnorRows = (db: Db, instansiId: string, ids?: string[]) =>
  db
    .select()
    .from(unor)
    .where(and(eq(unor.instansiId, instansiId), ids ? inArray(unor.id, ids) : undefined))
    .orderBy(asc(unor.nama))

export const findUnorByKode = async (db: Db, instansiId: string, kode: string) =>
  (
    await db
      .select()
      .from(unor)
      .where(and(eq(unor.instansiId, instansiId), eq(unor.kode, kode)))
  )[0]

/** The units from `ids` up to their roots (each once), with depth 0 = a start unit. */
export function leluhurUnor(db: Db, instansiId: string, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([])
  return rows<{ id: string; parentId: string | null; nama: string; kedalaman: number }>(
    db,
    sql`with recursive naik as (
      select id, parent_id, nama, 0 as d from unor where instansi_id = ${instansiId} and id in (${idList(ids)})
      union
      select u.id, u.parent_id, u.nama, n.d + 1 from unor u join naik n on u.id = n.parent_id
      where u.instansi_id = ${instansiId} and n.d < 100
    ) select id, parent_id as "parentId", nama, min(d) as kedalaman from naik
      group by id, parent_id, nama order by kedalaman`,
  )
}

/** The ids of a unit's whole subtree, the unit itself included. */
export async function subtreeUnor(db: Db, instansiId: string, id: string): Promise<string[]> {
  const found = await rows<{ id: string }>(
    db,
    sql`with recursive turun as (
      select id, 0 as d from unor where instansi_id = ${instansiId} and id = ${id}
      union
      select u.id, t.d + 1 from unor u join turun t on u.parent_id = t.id
      where u.instansi_id = ${instansiId} and t.d < 100
    ) select distinct id from turun`,
  )
  return found.map((r) => r.id)
}

/** Head assignments active on the date, with the holder (for the tree and the detail). */
export const kepalaAktif = (db: Db, instansiId: string, tanggal: string, unorIds?: string[]) =>
  db
    .select({
      unorId: penugasan.unorId,
      pegawaiId: penugasan.pegawaiId,
      jenis: penugasan.jenis,
      mulai: penugasan.mulai,
      nama: pegawai.nama,
      nip: pegawai.nip,
    })
    .from(penugasan)
    .innerJoin(
      pegawai,
      and(eq(pegawai.instansiId, penugasan.instansiId), eq(pegawai.id, penugasan.pegawaiId)),
    )
    .where(
      and(
        eq(penugasan.instansiId, instansiId),
        eq(penugasan.isKepala, true),
        aktifPada(penugasan.mulai, penugasan.selesai, tanggal),
        unorIds ? inArray(penugasan.unorId, unorIds) : undefined,
      ),
    )

/** Distinct pegawai assigned to each unit on the date. */
export const jumlahPegawaiPerUnor = (db: Db, instansiId: string, tanggal: string, unorIds?: string[]) =>
  db
    .select({ unorId: penugasan.unorId, jumlah: sql<number>`count(distinct ${penugasan.pegawaiId})::int` })
    .from(penugasan)
    .where(
      and(
        eq(penugasan.instansiId, instansiId),
        aktifPada(penugasan.mulai, penugasan.selesai, tanggal),
        unorIds ? inArray(penugasan.unorId, unorIds) : undefined,
      ),
    )
    .groupBy(penugasan.unorId)

/** Pegawai still (or later) assigned to the unit: blocks deactivation. */
export async function jumlahPenugasanBerjalan(db: Db, instansiId: string, unorId: string, tanggal: string) {
  const [{ n }] = await db
    .select({ n: sql<number>`count(distinct ${penugasan.pegawaiId})::int` })
    .from(penugasan)
    .where(
      and(
        eq(penugasan.instansiId, instansiId),
        eq(penugasan.unorId, unorId),
        or(isNull(penugasan.selesai), gte(penugasan.selesai, tanggal)),
      ),
    )
  return n
}

export async function jumlahSubUnitAktif(db: Db, instansiId: string, unorId: string) {
  const [{ n }] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(unor)
    .where(and(eq(unor.instansiId, instansiId), eq(unor.parentId, unorId), eq(unor.aktif, true)))
  return n
}

export async function kodeUnorDipakai(db: Db, instansiId: string, kode: string, kecualiId?: string) {
  const found = await db
    .select({ id: unor.id })
    .from(unor)
    .where(
      and(
        eq(unor.instansiId, instansiId),
        eq(unor.kode, kode),
        kecualiId ? ne(unor.id, kecualiId) : undefined,
      ),
    )
  return found.length > 0
}

export const insertUnor = async (db: Db, instansiId: string, input: UnorCreate) =>
  (
    await db
      .insert(unor)
      .values({
        instansiId,
        parentId: input.parentId ?? null,
        kode: input.kode ?? null,
        nama: input.nama,
        namaJabatanKepala: input.namaJabatanKepala ?? null,
        mandiri: input.mandiri ?? false,
      })
      .returning()
  )[0]

export const updateUnor = async (db: Db, instansiId: string, id: string, input: UnorUpdate) =>
  (
    await db
      .update(unor)
      .set({ ...input, updatedAt: sekarang() })
      .where(and(eq(unor.instansiId, instansiId), eq(unor.id, id)))
      .returning()
  )[0]
