import { and, asc, desc, eq, or, type SQL } from 'drizzle-orm'
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
 * The records a reader sees in the list: the whole instansi (admin), or the ones they assess or are the
 * subject of. Running first, the nearest end date first.
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
    .orderBy(asc(rencanaPerbaikan.status), asc(rencanaPerbaikan.selesai), desc(rencanaPerbaikan.createdAt))
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
