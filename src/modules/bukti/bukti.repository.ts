import { and, asc, eq, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import { berkas, buktiDukung, iki, rhk } from '../../db/schema/index.ts'
import type { KODE_PERIODE } from '../../shared/enums.ts'

export type KodePeriode = (typeof KODE_PERIODE)[number]

export type BuktiRow = typeof buktiDukung.$inferSelect
export type BuktiBaru = typeof buktiDukung.$inferInsert

/** A piece of evidence as listed: the row and its file's metadata (none for a link). */
const kolomDaftar = {
  id: buktiDukung.id,
  ikiId: buktiDukung.ikiId,
  periode: buktiDukung.periode,
  jenis: buktiDukung.jenis,
  tautan: buktiDukung.tautan,
  keterangan: buktiDukung.keterangan,
  createdAt: buktiDukung.createdAt,
  namaBerkas: berkas.nama,
  ukuran: berkas.ukuran,
  mime: berkas.mime,
}
export async function listBukti(db: Db, instansiId: string, skpId: string, periode: KodePeriode) {
  return db
    .select(kolomDaftar)
    .from(buktiDukung)
    .leftJoin(berkas, and(eq(berkas.instansiId, buktiDukung.instansiId), eq(berkas.id, buktiDukung.berkasId)))
    .where(
      and(
        eq(buktiDukung.instansiId, instansiId),
        eq(buktiDukung.skpId, skpId),
        eq(buktiDukung.periode, periode),
      ),
    )
    .orderBy(asc(buktiDukung.ikiId), asc(buktiDukung.createdAt), asc(buktiDukung.id))
}
export type BuktiDaftarRow = Awaited<ReturnType<typeof listBukti>>[number]

/** One piece of evidence as listed (the answer of a write). */
export async function findBuktiDaftar(db: Db, instansiId: string, id: string) {
  const [row] = await db
    .select(kolomDaftar)
    .from(buktiDukung)
    .leftJoin(berkas, and(eq(berkas.instansiId, buktiDukung.instansiId), eq(berkas.id, buktiDukung.berkasId)))
    .where(and(eq(buktiDukung.instansiId, instansiId), eq(buktiDukung.id, id)))
  return row as BuktiDaftarRow | undefined
}

/**
 * Whether the IKI belongs to the SKP, how many pieces of evidence it has in the period, and whether the
 * same link is already there: one query on the write path.
 */
export async function keadaanIki(
  db: Db,
  o: { instansiId: string; skpId: string; ikiId: string; periode: KodePeriode; tautan?: string },
) {
  const [row] = await db
    .select({
      jumlah: sql<number>`(select count(*)::int from ${buktiDukung} b
        where b.instansi_id = ${o.instansiId} and b.iki_id = ${o.ikiId} and b.periode = ${o.periode})`,
      samaId: sql<string | null>`(select b.id from ${buktiDukung} b
        where b.instansi_id = ${o.instansiId} and b.iki_id = ${o.ikiId} and b.periode = ${o.periode}
          and b.tautan = ${o.tautan ?? null} limit 1)`,
    })
    .from(iki)
    .innerJoin(rhk, and(eq(rhk.instansiId, iki.instansiId), eq(rhk.id, iki.rhkId)))
    .where(and(eq(iki.instansiId, o.instansiId), eq(iki.id, o.ikiId), eq(rhk.skpId, o.skpId)))
  return row as { jumlah: number; samaId: string | null } | undefined
}

export async function insertBukti(db: Db, values: BuktiBaru): Promise<BuktiRow> {
  const [row] = await db.insert(buktiDukung).values(values).returning()
  return row
}

export async function findBukti(db: Db, lingkup: string | undefined, id: string) {
  const [row] = await db
    .select()
    .from(buktiDukung)
    .where(and(eq(buktiDukung.id, id), lingkup ? eq(buktiDukung.instansiId, lingkup) : undefined))
  return row as BuktiRow | undefined
}

export async function deleteBukti(db: Db, instansiId: string, id: string) {
  await db.delete(buktiDukung).where(and(eq(buktiDukung.instansiId, instansiId), eq(buktiDukung.id, id)))
}
