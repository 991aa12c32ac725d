/**
 * SE MenPANRB 3/2023: pola distribusi (kurva) predikat kinerja pegawai inside a unit, by the unit's
 * predikat kinerja organisasi. DOMAIN.md §5. Guidance only: it yields warnings, it never blocks.
 */
import { PEMBULATAN_DISTRIBUSI } from '../shared/enums.ts'
import type { PredikatOrganisasi, PredikatPegawai } from './predikat.ts'

/** How a percentage of headcount becomes a number of people. Configurable; default 'terdekat'. */
export { PEMBULATAN_DISTRIBUSI }
export type PembulatanDistribusi = (typeof PEMBULATAN_DISTRIBUSI)[number]

export type AturanDistribusi =
  // "most … <predikat>": the largest group (ties allowed)
  | { jenis: 'terbanyak'; predikat: PredikatPegawai[] }
  // "at most N %" of these predikat together (0 % = none allowed)
  | { jenis: 'maks'; predikat: PredikatPegawai[]; persen: number }
  // "at least N %" / "at least one" of these predikat together: must exist, so at least 1 person
  | { jenis: 'min'; predikat: PredikatPegawai[]; persen: number }

// SE MenPANRB 3/2023 Lampiran: "others any of …" adds no constraint and is not listed
export const POLA_DISTRIBUSI: Record<PredikatOrganisasi, AturanDistribusi[]> = {
  ISTIMEWA: [
    { jenis: 'terbanyak', predikat: ['SANGAT_BAIK'] },
    { jenis: 'maks', predikat: ['SANGAT_BAIK'], persen: 70 },
  ],
  BAIK: [
    { jenis: 'terbanyak', predikat: ['BAIK'] },
    { jenis: 'maks', predikat: ['BAIK'], persen: 70 },
    { jenis: 'min', predikat: ['BUTUH_PERBAIKAN', 'KURANG'], persen: 0 },
  ],
  BUTUH_PERBAIKAN: [
    { jenis: 'min', predikat: ['BUTUH_PERBAIKAN'], persen: 60 },
    { jenis: 'maks', predikat: ['SANGAT_BAIK'], persen: 10 },
  ],
  KURANG: [
    { jenis: 'min', predikat: ['KURANG'], persen: 60 },
    { jenis: 'min', predikat: ['BUTUH_PERBAIKAN'], persen: 10 },
    { jenis: 'maks', predikat: ['SANGAT_BAIK'], persen: 10 },
  ],
  SANGAT_KURANG: [
    { jenis: 'min', predikat: ['SANGAT_KURANG'], persen: 60 },
    { jenis: 'min', predikat: ['KURANG', 'BUTUH_PERBAIKAN'], persen: 10 },
    { jenis: 'maks', predikat: ['SANGAT_BAIK'], persen: 0 },
  ],
}

export type JumlahPredikat = Partial<Record<PredikatPegawai, number>>

export interface BatasDistribusi {
  aturan: AturanDistribusi
  batas: number | null // people allowed (maks) or required (min); null for 'terbanyak'
}

export interface PeringatanDistribusi {
  code: 'DISTRIBUSI.BUKAN_TERBANYAK' | 'DISTRIBUSI.MELEBIHI_MAKS' | 'DISTRIBUSI.KURANG_DARI_MIN'
  predikat: PredikatPegawai[]
  batas: number // maks/min people; for BUKAN_TERBANYAK the size of the larger other group
  aktual: number
}

export function bulatkan(nilai: number, pembulatan: PembulatanDistribusi): number {
  if (pembulatan === 'bawah') return Math.floor(nilai)
  if (pembulatan === 'atas') return Math.ceil(nilai)
  return Math.round(nilai) // half up: 0.5 person → 1
}

/**
 * The curve for a unit of `total` people in persons, e.g. for the POLA DISTRIBUSI block of a document.
 *
 * Small units (DOMAIN §5: "minimum 1 where must exist"): the percentages alone can ask for the impossible, so
 * two guards keep every limit satisfiable by some distribution of `total` people:
 * - "most … at most N %": the largest group of a unit of one or more has at least one person, so that limit
 *   is at least 1 (1 person, Istimewa, rounded down: 70 % → 0 would forbid the only possible Sangat Baik);
 * - a unit is never asked for more people than it counts: when the "must exist" minimums (plus the one person
 *   of the "most" group) exceed `total`, the later (secondary) minimums give way first (1 person, Baik: the
 *   one pegawai is the Baik majority, the "at least one Butuh Perbaikan/Kurang" needs a second person).
 */
export function hitungPolaDistribusi(
  predikatOrganisasi: PredikatOrganisasi,
  total: number,
  pembulatan: PembulatanDistribusi,
): BatasDistribusi[] {
  const pola = POLA_DISTRIBUSI[predikatOrganisasi]
  const terbanyak = pola.find((a) => a.jenis === 'terbanyak')
  const hasil = pola.map((aturan): BatasDistribusi => {
    if (aturan.jenis === 'terbanyak') return { aturan, batas: null }
    const orang = bulatkan((aturan.persen * total) / 100, pembulatan)
    if (aturan.jenis === 'min') return { aturan, batas: Math.max(1, orang) }
    const kelompokTerbanyak =
      total > 0 && terbanyak !== undefined && sama(terbanyak.predikat, aturan.predikat)
    return { aturan, batas: kelompokTerbanyak ? Math.max(1, orang) : orang }
  })
  let perlu =
    (terbanyak && total > 0 ? 1 : 0) +
    hasil.reduce((n, b) => n + (b.aturan.jenis === 'min' ? (b.batas ?? 0) : 0), 0)
  for (let i = hasil.length - 1; i >= 0 && perlu > total; i--) {
    const b = hasil[i]
    if (b.aturan.jenis !== 'min' || b.batas === null) continue
    const lepas = Math.min(b.batas, perlu - total)
    hasil[i] = { aturan: b.aturan, batas: b.batas - lepas }
    perlu -= lepas
  }
  return hasil
}

const sama = (a: PredikatPegawai[], b: PredikatPegawai[]) =>
  a.length === b.length && a.every((p) => b.includes(p))

function jumlah(counts: JumlahPredikat, predikat: PredikatPegawai[]): number {
  return predikat.reduce((n, p) => n + (counts[p] ?? 0), 0)
}

function terbesarLain(counts: JumlahPredikat, predikat: PredikatPegawai[]): number {
  const lain = Object.entries(counts).filter(([p]) => !predikat.includes(p as PredikatPegawai))
  return Math.max(0, ...lain.map(([, n]) => n ?? 0))
}

/** One rule of the curve against the counts (the limit already in persons). */
export function periksaBatas(b: BatasDistribusi, counts: JumlahPredikat): PeringatanDistribusi | null {
  const { aturan } = b
  const aktual = jumlah(counts, aturan.predikat)
  if (aturan.jenis === 'terbanyak') {
    const lain = terbesarLain(counts, aturan.predikat)
    return aktual < lain
      ? { code: 'DISTRIBUSI.BUKAN_TERBANYAK', predikat: aturan.predikat, batas: lain, aktual }
      : null
  }
  const batas = b.batas ?? 0
  if (aturan.jenis === 'maks' && aktual > batas) {
    return { code: 'DISTRIBUSI.MELEBIHI_MAKS', predikat: aturan.predikat, batas, aktual }
  }
  if (aturan.jenis === 'min' && aktual < batas) {
    return { code: 'DISTRIBUSI.KURANG_DARI_MIN', predikat: aturan.predikat, batas, aktual }
  }
  return null
}

/**
 * SE MenPANRB 3/2023: compare the predikat of a unit's pegawai with the curve. Returns warnings for
 * the penilai; an empty list means the distribution fits. An empty unit gets no warnings.
 */
export function cekPolaDistribusi(
  predikatOrganisasi: PredikatOrganisasi,
  counts: JumlahPredikat,
  pembulatan: PembulatanDistribusi,
): PeringatanDistribusi[] {
  const total = Object.values(counts).reduce((n: number, c) => n + (c ?? 0), 0)
  if (total === 0) return []
  return hitungPolaDistribusi(predikatOrganisasi, total, pembulatan)
    .map((b) => periksaBatas(b, counts))
    .filter((w): w is PeringatanDistribusi => w !== null)
}
