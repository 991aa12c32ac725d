/**
 * Angka kredit jabatan fungsional from predikat kinerja. PermenPANRB 1/2023 + Peraturan BKN 3/2023,
 * DOMAIN.md §5. The tables are defaults; admin nasional may publish new ones (pass `tabel`).
 */
import type { PredikatPegawai } from './predikat.ts'

// PermenPANRB 1/2023: jenjang jabatan fungsional (keahlian, then keterampilan)
export const JENJANG_JF = [
  'AHLI_PERTAMA',
  'AHLI_MUDA',
  'AHLI_MADYA',
  'AHLI_UTAMA',
  'PEMULA',
  'TERAMPIL',
  'MAHIR',
  'PENYELIA',
] as const
export type JenjangJf = (typeof JENJANG_JF)[number]

// PermenPANRB 1/2023 Lampiran: koefisien angka kredit tahunan per jenjang
export const KOEFISIEN_AK_TAHUNAN: Record<JenjangJf, number> = {
  AHLI_PERTAMA: 12.5,
  AHLI_MUDA: 25,
  AHLI_MADYA: 37.5,
  AHLI_UTAMA: 50,
  PEMULA: 3.75,
  TERAMPIL: 5,
  MAHIR: 12.5,
  PENYELIA: 25,
}

// Peraturan BKN 3/2023: persentase angka kredit per predikat kinerja
export const PERSEN_AK_PREDIKAT: Record<PredikatPegawai, number> = {
  SANGAT_BAIK: 150,
  BAIK: 100,
  BUTUH_PERBAIKAN: 75,
  KURANG: 50,
  SANGAT_KURANG: 25,
}

export interface AngkaKreditInput {
  bulan: number // months covered by the predikat, 0–12
  predikat: PredikatPegawai
  jenjang: JenjangJf
}

export interface TabelAngkaKredit {
  koefisien: Record<JenjangJf, number>
  persen: Record<PredikatPegawai, number>
}

/**
 * Peraturan BKN 3/2023: AK = bulan/12 × %predikat × koefisien tahunan, rounded to 3 decimals
 * (half up). Computed as one division so the .0005 cases round correctly.
 */
export function angkaKredit(
  input: AngkaKreditInput,
  tabel: TabelAngkaKredit = { koefisien: KOEFISIEN_AK_TAHUNAN, persen: PERSEN_AK_PREDIKAT },
): number {
  const { bulan, predikat, jenjang } = input
  if (!Number.isFinite(bulan) || bulan < 0 || bulan > 12) {
    throw new RangeError(`bulan must be 0–12, got ${bulan}`)
  }
  // bulan/12 × persen/100 × koef, scaled by 1000 for 3 decimals: × 1000 / 1200 = × 10 / 12
  const skala1000 = (bulan * tabel.persen[predikat] * tabel.koefisien[jenjang] * 10) / 12
  return Math.round(skala1000) / 1000
}
