import { and, asc, desc, eq, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import {
  berkas,
  buktiDukung,
  iki,
  ikiTargetPeriode,
  realisasi,
  rencanaAksi,
  rhk,
  skp,
  skpRevisi,
} from '../../db/schema/index.ts'
import type { RevisiIsi } from '../../shared/skp-revisi.ts'

/**
 * Queries of SKP revisions, every one scoped by instansi. What was carried out under an SKP (realisasi,
 * per-period targets, rencana aksi, evidence) is read here through the schema: the pelaksanaan and bukti
 * modules own those tables, this file only reads them to keep a copy.
 */

/** Whether anything was carried out under the SKP: a realisasi or a piece of evidence. */
export async function adaPelaksanaan(db: Db, instansiId: string, skpId: string) {
  const [r] = await db
    .select({ ada: sql<boolean>`true` })
    .from(realisasi)
    .where(and(eq(realisasi.instansiId, instansiId), eq(realisasi.skpId, skpId)))
    .limit(1)
  if (r) return true
  const [b] = await db
    .select({ ada: sql<boolean>`true` })
    .from(buktiDukung)
    .where(and(eq(buktiDukung.instansiId, instansiId), eq(buktiDukung.skpId, skpId)))
    .limit(1)
  return Boolean(b)
}

/** Realisasi, per-period targets, rencana aksi and evidence metadata of the SKP, as the revision keeps them. */
export async function bacaPelaksanaan(
  db: Db,
  instansiId: string,
  skpId: string,
): Promise<Omit<RevisiIsi, 'skp'>> {
  const real = await db
    .select({
      ikiId: realisasi.ikiId,
      periode: realisasi.periode,
      nilai: realisasi.nilai,
      nilaiTeks: realisasi.nilaiTeks,
      catatan: realisasi.catatan,
      updatedAt: realisasi.updatedAt,
    })
    .from(realisasi)
    .where(and(eq(realisasi.instansiId, instansiId), eq(realisasi.skpId, skpId)))
    .orderBy(asc(realisasi.ikiId), asc(realisasi.periode))
  const targetPeriode = await db
    .select({
      ikiId: ikiTargetPeriode.ikiId,
      periode: ikiTargetPeriode.periode,
      targetMin: ikiTargetPeriode.targetMin,
      targetMax: ikiTargetPeriode.targetMax,
      targetTeks: ikiTargetPeriode.targetTeks,
    })
    .from(ikiTargetPeriode)
    .innerJoin(iki, and(eq(iki.instansiId, ikiTargetPeriode.instansiId), eq(iki.id, ikiTargetPeriode.ikiId)))
    .innerJoin(rhk, and(eq(rhk.instansiId, iki.instansiId), eq(rhk.id, iki.rhkId)))
    .where(and(eq(ikiTargetPeriode.instansiId, instansiId), eq(rhk.skpId, skpId)))
    .orderBy(asc(ikiTargetPeriode.ikiId), asc(ikiTargetPeriode.periode))
  const aksi = await db
    .select({
      rhkId: rencanaAksi.rhkId,
      periode: rencanaAksi.periode,
      urutan: rencanaAksi.urutan,
      uraian: rencanaAksi.uraian,
      target: rencanaAksi.target,
      satuan: rencanaAksi.satuan,
      targetTeks: rencanaAksi.targetTeks,
    })
    .from(rencanaAksi)
    .where(and(eq(rencanaAksi.instansiId, instansiId), eq(rencanaAksi.skpId, skpId)))
    .orderBy(asc(rencanaAksi.rhkId), asc(rencanaAksi.periode), asc(rencanaAksi.urutan))
  const bukti = await db
    .select({
      id: buktiDukung.id,
      ikiId: buktiDukung.ikiId,
      periode: buktiDukung.periode,
      jenis: buktiDukung.jenis,
      tautan: buktiDukung.tautan,
      keterangan: buktiDukung.keterangan,
      berkasId: berkas.id,
      nama: berkas.nama,
      mime: berkas.mime,
      ukuran: berkas.ukuran,
      sha256: berkas.sha256,
    })
    .from(buktiDukung)
    .leftJoin(berkas, and(eq(berkas.instansiId, buktiDukung.instansiId), eq(berkas.id, buktiDukung.berkasId)))
    .where(and(eq(buktiDukung.instansiId, instansiId), eq(buktiDukung.skpId, skpId)))
    .orderBy(asc(buktiDukung.ikiId), asc(buktiDukung.periode), asc(buktiDukung.createdAt))
  return {
    realisasi: real.map((r) => ({ ...r, updatedAt: r.updatedAt.toISOString() })),
    targetPeriode,
    rencanaAksi: aksi,
    bukti: bukti.map(({ berkasId, nama, mime, ukuran, sha256, ...b }) => ({
      ...b,
      berkas:
        berkasId && nama && mime && ukuran !== null && sha256
          ? { id: berkasId, nama, mime, ukuran, sha256 }
          : null,
    })),
  }
}

/** The next revision number, counted on the (row-locked) SKP: skp.revisi + 1, written back. */
export async function naikkanRevisi(db: Db, instansiId: string, skpId: string) {
  const [row] = await db
    .update(skp)
    .set({ revisi: sql`${skp.revisi} + 1` })
    .where(and(eq(skp.instansiId, instansiId), eq(skp.id, skpId)))
    .returning({ revisi: skp.revisi })
  return row.revisi
}

export const insertRevisi = (db: Db, row: typeof skpRevisi.$inferInsert) =>
  db.insert(skpRevisi).values(row).returning({ id: skpRevisi.id, nomor: skpRevisi.nomor })

const ringkas = {
  nomor: skpRevisi.nomor,
  alasan: skpRevisi.alasan,
  dibukaOleh: sql<string | null>`${skpRevisi.isi}->'dibukaOleh'->>'nama'`,
  disetujuiAt: sql<string | null>`${skpRevisi.isi}->'skp'->>'disetujuiAt'`,
  createdAt: skpRevisi.createdAt,
}

/** The revisions of an SKP, newest first, without their content. */
export const listRevisi = (db: Db, instansiId: string, skpId: string) =>
  db
    .select(ringkas)
    .from(skpRevisi)
    .where(and(eq(skpRevisi.instansiId, instansiId), eq(skpRevisi.skpId, skpId)))
    .orderBy(desc(skpRevisi.nomor))

export async function findRevisi(db: Db, instansiId: string, skpId: string, nomor: number) {
  const [row] = await db
    .select({ ...ringkas, isi: skpRevisi.isi })
    .from(skpRevisi)
    .where(and(eq(skpRevisi.instansiId, instansiId), eq(skpRevisi.skpId, skpId), eq(skpRevisi.nomor, nomor)))
  return row as (Omit<typeof row, 'isi'> & { isi: RevisiIsi }) | undefined
}

/** Whether a revision of the instansi names this evidence file (then the file must stay stored). */
export async function berkasDirujukRevisi(db: Db, instansiId: string, berkasId: string) {
  const [row] = await db
    .select({ ada: sql<boolean>`true` })
    .from(skpRevisi)
    .where(
      and(
        eq(skpRevisi.instansiId, instansiId),
        sql`${skpRevisi.isi}->'bukti' @> ${JSON.stringify([{ berkas: { id: berkasId } }])}::jsonb`,
      ),
    )
    .limit(1)
  return Boolean(row)
}
