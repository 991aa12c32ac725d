/**
 * Ratings, predikat kinerja pegawai and organisasi, angka kredit.
 * PermenPANRB 6/2022 (penilaian), SE MenPANRB 3/2023 (predikat), PermenPANRB 1/2023 +
 * Peraturan BKN 3/2023 (angka kredit). DOMAIN.md §5. Angka kredit and pola distribusi live in their
 * own files and are re-exported from here.
 */

import { PREDIKAT_ORGANISASI, PREDIKAT_PEGAWAI, RATING } from '../shared/enums.ts'

// The value sets are defined once in src/shared/enums.ts (schema, domain and API share them).
export { PREDIKAT_ORGANISASI, PREDIKAT_PEGAWAI, RATING }

// PermenPANRB 6/2022: rating hasil kerja and rating perilaku kerja
export type Rating = (typeof RATING)[number]

// SIASN rw-skp22: hasilKinerjaNilai / perilakuKerjaNilai are 1–3
export type KodeSiasnRating = 1 | 2 | 3
export const KODE_SIASN_RATING: Record<Rating, KodeSiasnRating> = { DI_ATAS: 1, SESUAI: 2, DI_BAWAH: 3 }

export function ratingDariKodeSiasn(kode: number): Rating | undefined {
  return RATING.find((r) => KODE_SIASN_RATING[r] === kode)
}

// SE MenPANRB 3/2023: predikat kinerja pegawai, best first
export type PredikatPegawai = (typeof PREDIKAT_PEGAWAI)[number]

// SE MenPANRB 3/2023: predikat kinerja organisasi (capaian kinerja organisasi), best first
export type PredikatOrganisasi = (typeof PREDIKAT_ORGANISASI)[number]

/** PermenPANRB 6/2022 Lampiran: matriks predikat, [hasil kerja][perilaku kerja]. */
export const MATRIKS_PREDIKAT: Record<Rating, Record<Rating, PredikatPegawai>> = {
  DI_ATAS: { DI_BAWAH: 'KURANG', SESUAI: 'BAIK', DI_ATAS: 'SANGAT_BAIK' },
  SESUAI: { DI_BAWAH: 'KURANG', SESUAI: 'BAIK', DI_ATAS: 'BAIK' },
  DI_BAWAH: { DI_BAWAH: 'SANGAT_KURANG', SESUAI: 'BUTUH_PERBAIKAN', DI_ATAS: 'BUTUH_PERBAIKAN' },
}

export function predikatPegawai(hasil: Rating, perilaku: Rating): PredikatPegawai {
  return MATRIKS_PREDIKAT[hasil][perilaku]
}

/** Thresholds (percent capaian) for the suggested rating hasil kerja. Configurable per instansi/year. */
export interface AmbangRating {
  diAtasMinSemua: number // every Utama IKI at least this …
  diAtasMinSalahSatu: number // … and at least one strictly above this → DI_ATAS
  sesuaiMinSemua: number // every Utama IKI at least this → SESUAI
}

export const AMBANG_RATING_BAWAAN: AmbangRating = {
  diAtasMinSemua: 100,
  diAtasMinSalahSatu: 110,
  sesuaiMinSemua: 80,
}

/**
 * Suggested rating hasil kerja from the capaian (%) of each Utama IKI. There is no national
 * formula (PermenPANRB 6/2022 leaves it to the penilai); the penilai confirms or overrides.
 * Returns null when there is no Utama capaian to judge from.
 */
export function saranRatingHasil(capaianUtama: number[], ambang: AmbangRating): Rating | null {
  if (capaianUtama.length === 0) return null
  const semua = (min: number) => capaianUtama.every((c) => c >= min)
  if (semua(ambang.diAtasMinSemua) && capaianUtama.some((c) => c > ambang.diAtasMinSalahSatu)) {
    return 'DI_ATAS'
  }
  return semua(ambang.sesuaiMinSemua) ? 'SESUAI' : 'DI_BAWAH'
}

/** Leader rule: the unit's predikat organisasi sets its head's rating hasil kerja. */
export const PETA_PIMPINAN_BAWAAN: Record<PredikatOrganisasi, Rating> = {
  ISTIMEWA: 'DI_ATAS',
  BAIK: 'SESUAI',
  BUTUH_PERBAIKAN: 'DI_BAWAH',
  KURANG: 'DI_BAWAH',
  SANGAT_KURANG: 'DI_BAWAH',
}

// SE MenPANRB 3/2023: rating hasil kerja pimpinan unit follows capaian kinerja organisasi
export function ratingPimpinan(
  predikatOrganisasi: PredikatOrganisasi,
  peta: Record<PredikatOrganisasi, Rating> = PETA_PIMPINAN_BAWAAN,
): Rating {
  return peta[predikatOrganisasi]
}

export * from './angka-kredit.ts'
export * from './pola-distribusi.ts'
