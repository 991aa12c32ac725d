import { and, asc, eq, exists, ilike, inArray, like, notExists, or, sql, type SQL } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import { akun, pegawai, penugasan } from '../../db/schema/index.ts'
import { aktifPada } from '../../db/sql-helpers.ts'
import type { PegawaiQuery } from '../../shared/pegawai.ts'
import { statusSkpTahun, wajibSkp } from '../beranda/capaian-sql.ts'
import { likeAman } from '../../db/sql-helpers.ts'
import { sekarang } from '../../server/clock.ts'

export type PegawaiRow = typeof pegawai.$inferSelect
export type PegawaiInsert = Omit<typeof pegawai.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>

/** q: a NIP prefix (digits) or part of the name, case-insensitive. */
function cocokQ(q: string): SQL | undefined {
  const aman = likeAman(q)
  const nama = ilike(pegawai.nama, `%${aman}%`)
  return /^\d+$/.test(q) ? or(like(pegawai.nip, `${aman}%`), nama) : nama
}

/** Assigned (on the date) to one of the units. */
const diUnit = (db: Db, instansiId: string | undefined, unorIds: string[], tanggal: string) =>
  exists(
    db
      .select({ x: sql`1` })
      .from(penugasan)
      .where(
        and(
          eq(penugasan.pegawaiId, pegawai.id),
          instansiId ? eq(penugasan.instansiId, instansiId) : undefined,
          inArray(penugasan.unorId, unorIds),
          aktifPada(penugasan.mulai, penugasan.selesai, tanggal),
        ),
      ),
  )

/** `lingkup` undefined = every instansi (national admin). `unorIds` set = only pegawai of those units. */
export async function listPegawai(
  db: Db,
  lingkup: string | undefined,
  q: PegawaiQuery,
  opts: { unorIds?: string[]; tanggal: string; tahun?: number },
) {
  const cond = and(
    lingkup ? eq(pegawai.instansiId, lingkup) : undefined,
    q.status ? eq(pegawai.status, q.status) : undefined,
    q.jenisAsn ? eq(pegawai.jenisAsn, q.jenisAsn) : undefined,
    q.q ? cocokQ(q.q) : undefined,
    opts.unorIds ? diUnit(db, lingkup, opts.unorIds, opts.tanggal) : undefined,
    q.tanpaAkun
      ? notExists(
          db
            .select({ x: sql`1` })
            .from(akun)
            .where(eq(akun.pegawaiId, pegawai.id)),
        )
      : undefined,
    // the Beranda's completion rules (capaian-sql.ts), so its counts and this list agree
    (q.statusSkp || q.wajibSkp) && opts.tahun
      ? and(
          wajibSkp(pegawai, opts.tahun, opts.tanggal),
          q.statusSkp ? sql`${statusSkpTahun(pegawai, opts.tahun)} = ${q.statusSkp}` : undefined,
        )
      : undefined,
  )
  const [items, [{ total }]] = await Promise.all([
    db
      .select()
      .from(pegawai)
      .where(cond)
      .orderBy(asc(pegawai.nama), asc(pegawai.nip))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db
      .select({ total: sql<number>`count(*)::int` })
      .from(pegawai)
      .where(cond),
  ])
  return { items, total, page: q.page, pageSize: q.pageSize }
}

export const findPegawai = async (
  db: Db,
  lingkup: string | undefined,
  id: string,
): Promise<PegawaiRow | undefined> =>
  (
    await db
      .select()
      .from(pegawai)
      .where(and(eq(pegawai.id, id), lingkup ? eq(pegawai.instansiId, lingkup) : undefined))
  )[0]

/** NIP is unique nationally, so this one lookup is deliberately not scoped by instansi. */
export const nipTerpakai = async (db: Db, nip: string) =>
  (await db.select({ id: pegawai.id }).from(pegawai).where(eq(pegawai.nip, nip))).length > 0

export const insertPegawai = async (db: Db, values: PegawaiInsert) =>
  (await db.insert(pegawai).values(values).returning())[0]

export const updatePegawai = async (db: Db, instansiId: string, id: string, values: Partial<PegawaiInsert>) =>
  (
    await db
      .update(pegawai)
      .set({ ...values, updatedAt: sekarang() })
      .where(and(eq(pegawai.instansiId, instansiId), eq(pegawai.id, id)))
      .returning()
  )[0]

/** A temporary password from an admin: the owner must change it at the next login. */
export const simpanPasswordSementara = (db: Db, instansiId: string, akunId: string, passwordHash: string) =>
  db
    .update(akun)
    .set({ passwordHash, passwordDiubahAt: null, wajibGantiPassword: true, updatedAt: sekarang() })
    .where(and(eq(akun.instansiId, instansiId), eq(akun.id, akunId)))

export const findAkunPegawai = async (db: Db, instansiId: string, pegawaiId: string) =>
  (
    await db
      .select()
      .from(akun)
      .where(and(eq(akun.instansiId, instansiId), eq(akun.pegawaiId, pegawaiId)))
      .limit(1)
  )[0]
