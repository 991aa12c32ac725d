import type { Db } from '../../db/client.ts'
import { hitungCapaianIki, type Target } from '../../domain/capaian.ts'
import type { PeriodeEvaluasi } from '../../domain/penilaian.ts'
import { saranRatingHasil, type AmbangRating, type Rating } from '../../domain/predikat.ts'
import type { RhkEvaluasiView } from '../../shared/penilaian.ts'
import { labelTarget } from '../../shared/skp.ts'
import * as repo from './hasil-kerja.repository.ts'

export interface HasilKerja {
  rhk: RhkEvaluasiView[]
  /** Suggested rating hasil kerja from the Utama IKI capaian (null: nothing to judge, e.g. kualitatif). */
  saran: Rating | null
}

/**
 * Per RHK → IKI: target, realisasi and capaian of the period (FINAL: the year), computed by the one capaian
 * rule (src/domain/capaian.ts) over the SKP's periodic periods; the suggestion from the year's thresholds.
 * A kuantitatif Utama IKI without realisasi counts as 0 % (nothing achieved was reported) once any Utama
 * realisasi exists; with none at all there is no suggestion. Kualitatif IKI are left to the penilai's judgement.
 */
export async function hasilKerja(
  db: Db,
  s: { instansiId: string; id: string },
  periodik: PeriodeEvaluasi[],
  kode: string,
  o: { rumusPolaritasTurun: 'selisih' | 'rasio'; ambang: AmbangRating; umpanBalik: Record<string, string> },
): Promise<HasilKerja> {
  const final = kode === 'FINAL'
  const kodeDihitung = final ? periodik.map((p) => p.kode) : [kode]
  const baris = await repo.rhkDanIki(db, s.instansiId, s.id)
  const ikiIds = baris.flatMap((b) => (b.iki ? [b.iki.id] : []))
  const real = new Map(
    (await repo.realisasiSkp(db, s.instansiId, s.id)).map((r) => [`${r.ikiId}:${r.periode}`, r]),
  )
  const tgt = new Map(
    (await repo.targetPeriode(db, s.instansiId, ikiIds)).map((t) => [`${t.ikiId}:${t.periode}`, t]),
  )
  const bukti = new Map(
    (await repo.jumlahBukti(db, s.instansiId, s.id, kodeDihitung)).map((b) => [b.ikiId, b.n]),
  )
  const ub = new Map(
    (await repo.jumlahUmpanBalik(db, s.instansiId, s.id, kodeDihitung)).map((b) => [b.rhkId, b.n]),
  )

  const rhk: RhkEvaluasiView[] = []
  const capaianUtama: number[] = []
  let adaRealisasiUtama = false
  for (const b of baris) {
    let r = rhk.at(-1)
    if (r?.id !== b.rhkId) {
      r = {
        id: b.rhkId,
        jenis: b.jenis,
        deskripsi: b.deskripsi,
        iki: [],
        umpanBalik: o.umpanBalik[b.rhkId] ?? null,
      }
      rhk.push(r)
    }
    const i = b.iki
    if (!i) continue
    const k = (p: string) => `${i.id}:${p}`
    const hasil = hitungCapaianIki(
      i,
      periodik.map((p) => {
        const t = tgt.get(k(p.kode))
        const target: Target | null =
          t && t.targetMin !== null ? { min: t.targetMin, max: t.targetMax } : null
        return { kode: p.kode, target, realisasi: real.get(k(p.kode))?.nilai ?? null }
      }),
      { rumusPolaritasTurun: o.rumusPolaritasTurun },
    )
    const nilai = final ? hasil.tahunan : hasil.periode.find((p) => p.kode === kode)
    const kualitatif = i.targetMin === null
    const rr = final ? undefined : real.get(k(kode))
    if (!kualitatif && b.jenis === 'utama' && nilai?.target) {
      capaianUtama.push(nilai.capaian ?? 0)
      if (nilai.realisasi !== null) adaRealisasiUtama = true
    }
    r.iki.push({
      id: i.id,
      indikator: i.indikator,
      aspek: i.aspek,
      satuan: i.satuan,
      kualitatif,
      targetLabel: kualitatif ? (i.targetTeks ?? '') : labelTarget(i.targetMin!, i.targetMax, i.satuan ?? ''),
      target: kualitatif ? null : (nilai?.target ?? null),
      targetTeks: kualitatif ? ((final ? null : tgt.get(k(kode))?.targetTeks) ?? i.targetTeks) : null,
      realisasi: kualitatif ? null : (nilai?.realisasi ?? null),
      realisasiTeks: kualitatif
        ? final
          ? ([...periodik]
              .reverse()
              .map((p) => real.get(k(p.kode))?.nilaiTeks)
              .find((x) => !!x) ?? null)
          : (rr?.nilaiTeks ?? null)
        : null,
      capaian: kualitatif ? null : (nilai?.capaian ?? null),
      jumlahBukti: bukti.get(i.id) ?? 0,
      jumlahUmpanBalik: ub.get(b.rhkId) ?? 0,
    })
  }
  // Before any Utama realisasi is reported there is nothing to suggest from (not a Di Bawah of 0 %).
  return { rhk, saran: adaRealisasiUtama ? saranRatingHasil(capaianUtama, o.ambang) : null }
}
