import { and, eq, inArray } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import { evaluasi } from '../../db/schema/index.ts'
import type { PenilaianBawahanBeranda, PenilaianSayaBeranda } from '../../shared/beranda.ts'
import type { KodePeriodePenilaian } from '../../shared/enums.ts'
import type { Actor } from '../../server/auth/actor.ts'
import { penilaianBawahan } from './bawahan.service.ts'
import { batasKeberatanEvaluasi } from '../keberatan/keberatan.baca.ts'
import { muatPengaturanSkp } from '../pelaksanaan/kunci.ts'
import type { EvaluasiRow } from './evaluasi-versi.ts'
import { evaluasiPegawaiTahun, findEvaluasiKini } from './penilaian.repository.ts'

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

/** The Beranda's pegawai to-do (issue 9): drafts open for a penilaian diri, final results to acknowledge. */
export async function penilaianSayaBeranda(
  db: Db,
  o: { instansiId: string; pegawaiId: string; tahun: number },
): Promise<PenilaianSayaBeranda | null> {
  const rows = (await evaluasiPegawaiTahun(db, o.instansiId, o.pegawaiId, o.tahun)).map((r) => r.e)
  const isiDiri = rows.filter((e) => e.status === 'draft' && !e.diriDiajukanAt)
  const final = rows.filter((e) => e.status === 'final')
  if (isiDiri.length === 0 && final.length === 0) return null
  const ev = (e: EvaluasiRow) => ({ evaluasiId: e.id, tahun: e.tahun, periode: e.periode })
  const { pengaturan } = await muatPengaturanSkp(db, { instansiId: o.instansiId, tahun: o.tahun })
  const difinalisasi = []
  for (const e of final) {
    const batasKeberatan = await batasKeberatanEvaluasi(db, e, pengaturan)
    difinalisasi.push({ ...ev(e), predikat: e.predikat, batasKeberatan })
  }
  return { isiDiri: isiDiri.map(ev), difinalisasi }
}

/** The Beranda's penilai to-do (issue 9): subordinates not yet rated in the latest period open for rating. */
export async function penilaianBawahanBeranda(
  db: Db,
  actor: Actor,
  tahun: number,
): Promise<PenilaianBawahanBeranda | null> {
  const v = await penilaianBawahan(db, { actor }, { tahun }, { tanpaSaran: true })
  const wajib = v.items.filter((i) => !i.dikecualikan && i.bisaDinilai)
  const belum = wajib.filter((i) => i.perluTindakan).length
  return belum > 0 ? { tahun: v.tahun, periode: v.periode, belum, total: wajib.length } : null
}
