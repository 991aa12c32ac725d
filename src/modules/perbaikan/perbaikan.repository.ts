import { and, asc, desc, eq, ne, or, sql, type SQL } from 'drizzle-orm'
import { alias } from 'drizzle-orm/pg-core'
import type { Db } from '../../db/client.ts'
import { evaluasi, pegawai, rencanaPerbaikan } from '../../db/schema/index.ts'
import { sekarang } from '../../server/clock.ts'

/** Queries only, every one scoped by instansi (`lingkup` undefined = a national admin: any). */

export type PerbaikanRow = typeof rencanaPerbaikan.$inferSelect

const penilai = alias(pegawai, 'penilai')

const dasar = (db: Db) =>
  db
    .select({
      r: rencanaPerbaikan,
      namaPegawai: pegawai.nama,
      nip: pegawai.nip,
      penilaiPegawaiId: evaluasi.penilaiPegawaiId,
      namaPenilai: penilai.nama,
      tahun: evaluasi.tahun,
      periode: evaluasi.periode,
      /** The evaluation version the record points at: for a 'gugur' one, the version that withdrew it. */
      versi: evaluasi.versi,
      predikatEvaluasi: evaluasi.predikat,
      asal: evaluasi.asal,
    })
    .from(rencanaPerbaikan)
    .innerJoin(
      pegawai,
      and(eq(pegawai.instansiId, rencanaPerbaikan.instansiId), eq(pegawai.id, rencanaPerbaikan.pegawaiId)),
    )
    .innerJoin(
      evaluasi,
      and(eq(evaluasi.instansiId, rencanaPerbaikan.instansiId), eq(evaluasi.id, rencanaPerbaikan.evaluasiId)),
    )
    .leftJoin(
      penilai,
      and(eq(penilai.instansiId, rencanaPerbaikan.instansiId), eq(penilai.id, evaluasi.penilaiPegawaiId)),
    )
export type PerbaikanDenganNama = Awaited<ReturnType<ReturnType<typeof dasar>['execute']>>[number]

export async function findPerbaikan(db: Db, lingkup: string | undefined, id: string, kunci = false) {
  const q = dasar(db).where(
    and(eq(rencanaPerbaikan.id, id), lingkup ? eq(rencanaPerbaikan.instansiId, lingkup) : undefined),
  )
  const [row] = kunci ? await q.for('update', { of: rencanaPerbaikan }) : await q
  return row
}

/**
 * The running record whose basis is an earlier, replaced version of this evaluation (same SKP and period),
 * locked: a new final version carries it on or withdraws it (perbaikan.catat.ts).
 */
export async function findBerjalanVersiLama(
  db: Db,
  e: Pick<typeof evaluasi.$inferSelect, 'instansiId' | 'id' | 'skpId' | 'periode'>,
) {
  const [row] = await db
    .select({ r: rencanaPerbaikan })
    .from(rencanaPerbaikan)
    .innerJoin(
      evaluasi,
      and(eq(evaluasi.instansiId, rencanaPerbaikan.instansiId), eq(evaluasi.id, rencanaPerbaikan.evaluasiId)),
    )
    .where(
      and(
        eq(rencanaPerbaikan.instansiId, e.instansiId),
        eq(rencanaPerbaikan.status, 'berjalan'),
        eq(evaluasi.skpId, e.skpId),
        eq(evaluasi.periode, e.periode),
        eq(evaluasi.status, 'digantikan'),
        ne(evaluasi.id, e.id),
      ),
    )
    .orderBy(desc(evaluasi.versi))
    .limit(1)
    .for('update', { of: rencanaPerbaikan })
  return row?.r
}

/**
 * The records a reader sees in the list: the whole instansi (admin), or the ones they assess or are the
 * subject of. Running first (the nearest end date first), then the ended ones (closed or gugur).
 */
export async function listPerbaikan(
  db: Db,
  o: { instansiId: string; semua: boolean; pegawaiId: string | null; status?: PerbaikanRow['status'] },
) {
  if (!o.semua && !o.pegawaiId) return []
  const milik: SQL | undefined =
    o.semua || !o.pegawaiId
      ? undefined
      : or(eq(rencanaPerbaikan.pegawaiId, o.pegawaiId), eq(evaluasi.penilaiPegawaiId, o.pegawaiId))
  return dasar(db)
    .where(
      and(
        eq(rencanaPerbaikan.instansiId, o.instansiId),
        milik,
        o.status ? eq(rencanaPerbaikan.status, o.status) : undefined,
      ),
    )
    .orderBy(
      sql`${rencanaPerbaikan.status} <> 'berjalan'`,
      asc(rencanaPerbaikan.selesai),
      desc(rencanaPerbaikan.createdAt),
    )
    .limit(1000)
}

export async function updatePerbaikan(
  db: Db,
  instansiId: string,
  id: string,
  set: Partial<typeof rencanaPerbaikan.$inferInsert>,
) {
  const [row] = await db
    .update(rencanaPerbaikan)
    .set({ ...set, updatedAt: sekarang() })
    .where(and(eq(rencanaPerbaikan.instansiId, instansiId), eq(rencanaPerbaikan.id, id)))
    .returning()
  return row
}
