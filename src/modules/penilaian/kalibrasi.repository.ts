import { and, eq, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import { evaluasi } from '../../db/schema/index.ts'
import type { CatatanKalibrasi } from '../../shared/kurva.ts'

/** Calibration writes on evaluasi rows (SE MenPANRB 3/2023), scoped by instansi. */

export async function kunciEvaluasi(tx: Db, instansiId: string, id: string) {
  const [r] = await tx
    .select()
    .from(evaluasi)
    .where(and(eq(evaluasi.instansiId, instansiId), eq(evaluasi.id, id)))
    .for('update')
  return r ?? null
}

export async function simpanKalibrasi(
  tx: Db,
  instansiId: string,
  id: string,
  catatan: CatatanKalibrasi,
  pada: Date,
) {
  const [r] = await tx
    .update(evaluasi)
    .set({
      ratingHasil: catatan.ke.ratingHasil,
      ratingPerilaku: catatan.ke.ratingPerilaku,
      predikat: catatan.ke.predikat,
      kalibrasi: sql`${evaluasi.kalibrasi} || ${JSON.stringify([catatan])}::jsonb`,
      revisi: sql`${evaluasi.revisi} + 1`,
      updatedAt: pada,
    })
    .where(and(eq(evaluasi.instansiId, instansiId), eq(evaluasi.id, id)))
    .returning()
  return r
}
