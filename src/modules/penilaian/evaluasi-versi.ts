import { and, eq, ne } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import { evaluasi } from '../../db/schema/index.ts'
import { predikatPegawai, type Rating } from '../../domain/predikat.ts'
import type { AsalVersi } from '../../shared/penilaian.ts'
import { sekarang } from '../../server/clock.ts'
import { conflict } from '../../server/errors.ts'
import { catatPerbaikanBila } from '../perbaikan/perbaikan.catat.ts'

export type EvaluasiRow = typeof evaluasi.$inferSelect

export interface VersiBaru {
  /** Ratings of the new version; default: those of the old one. */
  ratingHasil?: Rating | null
  ratingPerilaku?: Rating | null
  /** draft: a reopen (the penilai corrects and finalises again); final: a keberatan decision (final at once). */
  status: 'draft' | 'final'
  asal: AsalVersi
  akunId: string
}

/**
 * The one way an evaluation changes after finalisation (DOMAIN §7: corrections are new versions, never
 * overwrites): mark the current version digantikan and write versi + 1, copying everything else; the predikat
 * comes from the shared matrix. Call inside the use case's transaction, after locking `lama` (FOR UPDATE);
 * a concurrent change that got there first makes this a 409.
 */
export async function gantiVersi(tx: Db, lama: EvaluasiRow, v: VersiBaru): Promise<EvaluasiRow> {
  const diganti = await tx
    .update(evaluasi)
    .set({ status: 'digantikan', updatedAt: sekarang() })
    .where(
      and(
        eq(evaluasi.instansiId, lama.instansiId),
        eq(evaluasi.id, lama.id),
        eq(evaluasi.revisi, lama.revisi),
        ne(evaluasi.status, 'digantikan'),
      ),
    )
    .returning({ id: evaluasi.id })
  if (diganti.length === 0) {
    throw conflict('EVALUASI.VERSI_BERUBAH', {
      id: 'Evaluasi ini baru saja diubah orang lain. Muat ulang halaman lalu coba lagi.',
      en: 'This evaluation was just changed by someone else. Reload the page and try again.',
    })
  }
  const ratingHasil = v.ratingHasil === undefined ? lama.ratingHasil : v.ratingHasil
  const ratingPerilaku = v.ratingPerilaku === undefined ? lama.ratingPerilaku : v.ratingPerilaku
  const kini = sekarang()
  const { id: _id, createdAt: _c, updatedAt: _u, ...salin } = lama
  const [baru] = await tx
    .insert(evaluasi)
    .values({
      ...salin,
      versi: lama.versi + 1,
      status: v.status,
      ratingHasil,
      ratingPerilaku,
      predikat: ratingHasil && ratingPerilaku ? predikatPegawai(ratingHasil, ratingPerilaku) : null,
      asal: v.asal,
      revisi: 1,
      difinalisasiAt: v.status === 'final' ? kini : null,
      difinalisasiOleh: v.status === 'final' ? v.akunId : null,
      diterimaAt: null,
      createdAt: kini,
      updatedAt: kini,
    })
    .returning()
  // PP 30/2019 record: a final version opens one, or carries on or withdraws ('gugur') the one its predecessor
  // opened; a reopened draft leaves that record waiting until the draft is finalised (evaluasi.service.ts).
  if (baru.status === 'final') await catatPerbaikanBila(tx, baru)
  return baru
}
