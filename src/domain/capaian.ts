/**
 * Capaian (achievement) of an IKI per period and for the year. DOMAIN.md §4, PermenPANRB 6/2022 (pelaksanaan
 * and pemantauan). One pure function, `hitungCapaianIki`, called by the server; its result is sent to the web
 * app as is (never recomputed there).
 *
 * Rules
 * - Polarity `naik` (higher is better): R / T × 100.
 * - Polarity `turun` (lower is better), by the setting `rumusPolaritasTurun`:
 *   `selisih` (default): (2T − R) / T × 100; `rasio`: T / R × 100, at most 200 (R = 0 gives 200), the same
 *   ceiling as `selisih` reaches at R = 0.
 * - Target 0: lower-better R ≤ 0 → 100, R > 0 → 0; higher-better → null (no ratio to a zero target).
 * - A range target [min, max] is met (100) inside the range; below or above it, capaian is computed against
 *   the nearer bound with the polarity (higher-better above max exceeds 100; lower-better below min too).
 * - Capaian is never below 0. No realisasi → null. Kualitatif IKI → null: no percentage, the penilai judges
 *   from the words and the evidence.
 * - Per-period targets (the periodic periods of the SKP, FINAL excluded): an override per period wins;
 *   otherwise `jumlah` splits the annual target evenly over the SKP's periods (both range ends), `terakhir`
 *   and `rata` take the annual target in every period.
 * - The year, against the annual target: `jumlah` the sum of the periods' realisasi, `terakhir` the latest
 *   period that has a value, `rata` the mean of the periods that have one; `periodeDihitung` says how many.
 *
 * Rounding: everything is computed at full precision (a split target of 10 / 3 stays 3.333…, the year
 * sums unrounded values); the result carries target, realisasi and capaian rounded to 2 decimals, which is
 * what the screens and documents show.
 */
import type { Akumulasi, Polaritas, RumusPolaritasTurun } from '../shared/enums.ts'

/** A target: one number (`max` null) or a range [min, max]. */
export interface Target {
  min: number
  max: number | null
}

/** What measures an IKI (its columns in `iki`). Kualitatif when `targetMin` is null (target in words). */
export interface UkuranIki {
  targetMin: number | null
  targetMax: number | null
  polaritas: Polaritas
  akumulasi: Akumulasi
}

/** One periodic period of the SKP, in order: its target override (if any) and its realisasi (if any). */
export interface PeriodeCapaianMasukan<K extends string = string> {
  kode: K
  target?: Target | null
  realisasi: number | null
}

export interface OpsiCapaian {
  rumusPolaritasTurun: RumusPolaritasTurun
}

export interface NilaiCapaian {
  target: Target | null
  realisasi: number | null
  capaian: number | null
}

export interface CapaianPeriode<K extends string = string> extends NilaiCapaian {
  kode: K
  /** True when the period's target is an override, not the default from the annual target. */
  targetDiubah: boolean
}

export interface CapaianTahunan extends NilaiCapaian {
  /** Periods whose realisasi went into the year's value. */
  periodeDihitung: number
}

export interface HasilCapaianIki<K extends string = string> {
  periode: CapaianPeriode<K>[]
  tahunan: CapaianTahunan
}

const BATAS_RASIO = 200

/** Rounds to 2 decimals for display, half away from zero (1.005 → 1.01 despite its binary drift). */
export function bulat2(n: number): number {
  if (Math.abs(n) >= 1e13) return n // no decimals left to round at this size
  return (Math.sign(n) * Math.round(Math.abs(n) * 100 * (1 + Number.EPSILON))) / 100 || 0
}

const bulatTarget = (t: Target | null): Target | null =>
  t && { min: bulat2(t.min), max: t.max === null ? null : bulat2(t.max) }

/** Capaian of R against a single target T, full precision; null when no percentage exists. */
function capaianTunggal(t: number, r: number, polaritas: Polaritas, rumus: RumusPolaritasTurun) {
  if (polaritas === 'naik') return t > 0 ? Math.max(0, (r / t) * 100) : null
  if (t <= 0) return r <= 0 ? 100 : 0
  if (rumus === 'selisih') return Math.max(0, ((2 * t - r) / t) * 100)
  return r <= 0 ? BATAS_RASIO : Math.min(BATAS_RASIO, (t / r) * 100)
}

/** Capaian of a realisasi against a target (single or range), full precision. */
export function hitungCapaian(
  target: Target,
  realisasi: number,
  polaritas: Polaritas,
  opsi: OpsiCapaian,
): number | null {
  const rumus = opsi.rumusPolaritasTurun
  const { min, max } = target
  if (max === null || max <= min) return capaianTunggal(min, realisasi, polaritas, rumus)
  if (realisasi >= min && realisasi <= max) return 100
  return capaianTunggal(realisasi < min ? min : max, realisasi, polaritas, rumus)
}

/** The annual target of a kuantitatif IKI; null for a kualitatif one. */
export function targetTahunan(iki: Pick<UkuranIki, 'targetMin' | 'targetMax'>): Target | null {
  if (iki.targetMin === null) return null
  return { min: iki.targetMin, max: iki.targetMax }
}

/** The default target of each of `jumlahPeriode` periods, from the annual target and the accumulation. */
export function targetPeriodeBawaan(iki: UkuranIki, jumlahPeriode: number): Target | null {
  const t = targetTahunan(iki)
  if (!t || iki.akumulasi !== 'jumlah' || jumlahPeriode <= 0) return t
  return { min: t.min / jumlahPeriode, max: t.max === null ? null : t.max / jumlahPeriode }
}

function realisasiTahunan(akumulasi: Akumulasi, nilai: number[]): number | null {
  if (nilai.length === 0) return null
  if (akumulasi === 'terakhir') return nilai[nilai.length - 1]
  const jumlah = nilai.reduce((a, b) => a + b, 0)
  return akumulasi === 'jumlah' ? jumlah : jumlah / nilai.length
}

function nilai(target: Target | null, realisasi: number | null, iki: UkuranIki, opsi: OpsiCapaian) {
  const capaian = target && realisasi !== null ? hitungCapaian(target, realisasi, iki.polaritas, opsi) : null
  return {
    target: bulatTarget(target),
    realisasi: realisasi === null ? null : bulat2(realisasi),
    capaian: capaian === null ? null : bulat2(capaian),
  }
}

/**
 * Capaian of one IKI: per period (in the order given) and for the year. `periode` are the SKP's periodic
 * periods only (a shortened SKP passes only its own); a FINAL entry is ignored.
 */
export function hitungCapaianIki<K extends string>(
  iki: UkuranIki,
  periode: PeriodeCapaianMasukan<K>[],
  opsi: OpsiCapaian,
): HasilCapaianIki<K> {
  const daftar = periode.filter((p) => p.kode !== 'FINAL')
  const kualitatif = iki.targetMin === null
  const bawaan = targetPeriodeBawaan(iki, daftar.length)
  const hasil = daftar.map((p): CapaianPeriode<K> => {
    const diubah = !kualitatif && p.target != null
    const target = kualitatif ? null : diubah ? p.target! : bawaan
    return {
      kode: p.kode,
      targetDiubah: diubah,
      ...nilai(target, kualitatif ? null : p.realisasi, iki, opsi),
    }
  })
  const ada = kualitatif ? [] : daftar.flatMap((p) => (p.realisasi === null ? [] : [p.realisasi]))
  const tahunan = nilai(targetTahunan(iki), realisasiTahunan(iki.akumulasi, ada), iki, opsi)
  return { periode: hasil, tahunan: { ...tahunan, periodeDihitung: ada.length } }
}
