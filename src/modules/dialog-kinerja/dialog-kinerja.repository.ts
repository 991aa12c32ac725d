import { and, desc, eq, or, sql } from 'drizzle-orm'
import { alias } from 'drizzle-orm/pg-core'
import type { Db } from '../../db/client.ts'
import { dialogKinerja, pegawai, skp } from '../../db/schema/index.ts'

/** Queries only, every one scoped by instansi (`lingkup` undefined = a national admin: any). */

export type DialogRow = typeof dialogKinerja.$inferSelect
export type DialogBaru = typeof dialogKinerja.$inferInsert

const atasan = alias(pegawai, 'atasan')

/** A dialog with the names of both sides. */
const pilih = {
  d: dialogKinerja,
  namaPegawai: pegawai.nama,
  namaAtasan: atasan.nama,
}

const dasar = (db: Db) =>
  db
    .select(pilih)
    .from(dialogKinerja)
    .innerJoin(
      pegawai,
      and(eq(pegawai.instansiId, dialogKinerja.instansiId), eq(pegawai.id, dialogKinerja.pegawaiId)),
    )
    .leftJoin(
      atasan,
      and(eq(atasan.instansiId, dialogKinerja.instansiId), eq(atasan.id, dialogKinerja.atasanPegawaiId)),
    )
export type DialogDenganNama = { d: DialogRow; namaPegawai: string; namaAtasan: string | null }

export async function findDialog(db: Db, lingkup: string | undefined, id: string, kunci = false) {
  const q = dasar(db).where(
    and(eq(dialogKinerja.id, id), lingkup ? eq(dialogKinerja.instansiId, lingkup) : undefined),
  )
  const [row] = kunci ? await q.for('update', { of: dialogKinerja }) : await q
  return row as DialogDenganNama | undefined
}

/** The dialogs `pegawaiId` takes part in (either side), in a year; a person has a handful a year. */
export async function listDialogSaya(db: Db, instansiId: string, pegawaiId: string, tahun?: number) {
  return (await dasar(db)
    .where(
      and(
        eq(dialogKinerja.instansiId, instansiId),
        or(eq(dialogKinerja.pegawaiId, pegawaiId), eq(dialogKinerja.atasanPegawaiId, pegawaiId)),
        tahun ? eq(dialogKinerja.tahun, tahun) : undefined,
      ),
    )
    .orderBy(desc(dialogKinerja.tanggal), desc(dialogKinerja.createdAt))
    .limit(1000)) as DialogDenganNama[]
}

export async function insertDialog(db: Db, d: DialogBaru) {
  const [row] = await db.insert(dialogKinerja).values(d).returning()
  return row
}

/** Every change bumps `versi` (optimistic concurrency, as the SKP). */
export async function updateDialog(db: Db, instansiId: string, id: string, set: Partial<DialogBaru>) {
  const [row] = await db
    .update(dialogKinerja)
    .set({ ...set, versi: sql`${dialogKinerja.versi} + 1`, updatedAt: sql`now()` })
    .where(and(eq(dialogKinerja.instansiId, instansiId), eq(dialogKinerja.id, id)))
    .returning()
  return row
}

/** Approved SKPs of a year whose penilai is `penilaiPegawaiId`: who a dialog can be scheduled with. */
export const calonDialog = (db: Db, instansiId: string, penilaiPegawaiId: string, tahun: number) =>
  db
    .select({ skpId: skp.id, pegawaiId: skp.pegawaiId, nama: pegawai.nama, nip: pegawai.nip })
    .from(skp)
    .innerJoin(pegawai, and(eq(pegawai.instansiId, skp.instansiId), eq(pegawai.id, skp.pegawaiId)))
    .where(
      and(
        eq(skp.instansiId, instansiId),
        eq(skp.penilaiPegawaiId, penilaiPegawaiId),
        eq(skp.tahun, tahun),
        eq(skp.status, 'disetujui'),
      ),
    )
    .orderBy(pegawai.nama)
    .limit(500)
