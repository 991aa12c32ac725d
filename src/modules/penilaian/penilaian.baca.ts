import { and, eq, inArray } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import { evaluasi } from '../../db/schema/index.ts'
import type { KodePeriodePenilaian } from '../../shared/enums.ts'
import type { EvaluasiRow } from './evaluasi-versi.ts'
import { findEvaluasiKini } from './penilaian.repository.ts'

/**
 * What other modules read of evaluations (curve, exports, angka kredit, documents, keberatan, Beranda). No
 * access checks: the caller has checked the reader. Others may also read the `evaluasi` table themselves.
 */
export type { EvaluasiRow }
export { perihalEvaluasi } from './evaluasi.service.ts'

/** The current version (not digantikan) of an SKP's period, if any. */
export const evaluasiKini = (
  db: Db,
  instansiId: string,
  skpId: string,
  periode: KodePeriodePenilaian | string,
) => findEvaluasiKini(db, instansiId, skpId, periode)

/** The year's results: current FINAL versions that are final or acknowledged. */
export const evaluasiFinalTahun = (db: Db, instansiId: string, tahun: number): Promise<EvaluasiRow[]> =>
  db
    .select()
    .from(evaluasi)
    .where(
      and(
        eq(evaluasi.instansiId, instansiId),
        eq(evaluasi.tahun, tahun),
        eq(evaluasi.periode, 'FINAL'),
        inArray(evaluasi.status, ['final', 'diterima']),
      ),
    )

/** Current final|diterima versions of a period (periodic code or FINAL) of a year: the curve's input. */
export const evaluasiSelesaiPeriode = (
  db: Db,
  instansiId: string,
  tahun: number,
  periode: KodePeriodePenilaian,
): Promise<EvaluasiRow[]> =>
  db
    .select()
    .from(evaluasi)
    .where(
      and(
        eq(evaluasi.instansiId, instansiId),
        eq(evaluasi.tahun, tahun),
        eq(evaluasi.periode, periode),
        inArray(evaluasi.status, ['final', 'diterima']),
      ),
    )
