/**
 * What measures an IKI (DOMAIN §2, §4): aspek, indikator, target (number or range, or words), satuan,
 * polaritas and akumulasi. An IKI whose measure is unchanged is the same IKI: its row, realisasi and evidence
 * stay when the RHK is saved again or the SKP is revised; any change to the measure makes it a new IKI.
 */
import type { ASPEK, Akumulasi, Polaritas } from '../shared/enums.ts'

type Aspek = (typeof ASPEK)[number]

export interface UkuranIkiLengkap {
  aspek?: Aspek | null
  indikator: string
  targetMin?: number | string | null
  targetMax?: number | string | null
  satuan?: string | null
  targetTeks?: string | null
  polaritas?: Polaritas | null
  akumulasi?: Akumulasi | null
}

export interface UkuranNormal {
  aspek: Aspek | null
  indikator: string
  targetMin: number | null
  targetMax: number | null
  satuan: string | null
  targetTeks: string | null
  polaritas: Polaritas
  akumulasi: Akumulasi
}

const angka = (v: number | string | null | undefined) => (v == null || v === '' ? null : Number(v))

/**
 * The measure with defaults applied, as stored: a kualitatif IKI (target in words) has no polarity or
 * accumulation of its own, so it keeps the defaults.
 */
export function normalUkuran(i: UkuranIkiLengkap): UkuranNormal {
  const kualitatif = i.targetTeks != null
  return {
    aspek: i.aspek ?? null,
    indikator: i.indikator,
    targetMin: angka(i.targetMin),
    targetMax: angka(i.targetMax),
    satuan: i.satuan ?? null,
    targetTeks: i.targetTeks ?? null,
    polaritas: kualitatif ? 'naik' : (i.polaritas ?? 'naik'),
    akumulasi: kualitatif ? 'jumlah' : (i.akumulasi ?? 'jumlah'),
  }
}

/** A key equal for two IKI exactly when their measures are equal. */
export function kunciUkuran(i: UkuranIkiLengkap): string {
  const u = normalUkuran(i)
  return JSON.stringify([
    u.aspek,
    u.indikator,
    u.targetMin,
    u.targetMax,
    u.satuan,
    u.targetTeks,
    u.polaritas,
    u.akumulasi,
  ])
}
