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

type Opsi = {
  rumusPolaritasTurun: 'selisih' | 'rasio'
  ambang: AmbangRating
  umpanBalik: Record<string, string>
}

/** What hasil kerja reads of one SKP; keys `${ikiId}:${periode}` for realisasi and targets. */
export interface DataHasilKerja {
  baris: Omit<Awaited<ReturnType<typeof repo.rhkDanIki>>[number], 'skpId'>[]
  real: Map<string, { nilai: number | null; nilaiTeks: string | null }>
  tgt: Map<string, { targetMin: number | null; targetMax: number | null; targetTeks: string | null }>
  bukti: Map<string | null, number>
  ub: Map<string | null, number>
}

/** Hasil kerja of one SKP's period (the evaluation's detail): its data, then the one rule below. */
export async function hasilKerja(
  db: Db,
  s: { instansiId: string; id: string },
  periodik: PeriodeEvaluasi[],
  kode: string,
  o: Opsi,
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
  return susunHasilKerja({ baris, real, tgt, bukti, ub }, periodik, kode, o)
}

/**
 * The suggested rating hasil kerja of many SKPs in one period (the penilai's list): three queries for all of
 * them (RHK/IKI, realisasi, per-period targets), then the same rule as the detail, per SKP.
 */
export async function saranHasilKerjaBanyak(
  db: Db,
  instansiId: string,
  daftar: { skpId: string; periodik: PeriodeEvaluasi[] }[],
  kode: string,
  o: Omit<Opsi, 'umpanBalik'>,
): Promise<Map<string, Rating | null>> {
  if (daftar.length === 0) return new Map()
  const ids = daftar.map((d) => d.skpId)
  const data = new Map<string, DataHasilKerja>(
    ids.map((id) => [id, { baris: [], real: new Map(), tgt: new Map(), bukti: new Map(), ub: new Map() }]),
  )
  for (const b of await repo.rhkDanIkiBanyak(db, instansiId, ids)) data.get(b.skpId)?.baris.push(b)
  for (const r of await repo.realisasiBanyak(db, instansiId, ids))
    data.get(r.skpId)?.real.set(`${r.ikiId}:${r.periode}`, r)
  const skpIki = new Map(
    [...data].flatMap(([skpId, d]) => d.baris.flatMap((b) => (b.iki ? [[b.iki.id, skpId] as const] : []))),
  )
  for (const { t } of await repo.targetPeriodeSkp(db, instansiId, ids))
    data.get(skpIki.get(t.ikiId) ?? '')?.tgt.set(`${t.ikiId}:${t.periode}`, t)
  return new Map(
    daftar.map((d) => [
      d.skpId,
      susunHasilKerja(data.get(d.skpId)!, d.periodik, kode, { ...o, umpanBalik: {} }).saran,
    ]),
  )
}

/**
 * Per RHK → IKI: target, realisasi and capaian of the period (FINAL: the year), computed by the one capaian
 * rule (src/domain/capaian.ts) over the SKP's periodic periods; the suggestion from the year's thresholds.
 * A kuantitatif Utama IKI without realisasi counts as 0 % (nothing achieved was reported) once any Utama
 * realisasi exists; with none at all there is no suggestion. Kualitatif IKI are left to the penilai's judgement.
 * Pure: the detail and the list both come here.
 */
export function susunHasilKerja(
  d: DataHasilKerja,
  periodik: PeriodeEvaluasi[],
  kode: string,
  o: Opsi,
): HasilKerja {
  const { baris, real, tgt, bukti, ub } = d
  const final = kode === 'FINAL'
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
