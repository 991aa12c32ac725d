import { describe, expect, it } from 'vitest'
import {
  AMBANG_RATING_BAWAAN,
  KODE_SIASN_RATING,
  PETA_PIMPINAN_BAWAAN,
  predikatPegawai,
  ratingDariKodeSiasn,
  ratingPimpinan,
  saranRatingHasil,
  type AmbangRating,
  type PredikatOrganisasi,
  type PredikatPegawai,
  type Rating,
} from './predikat.ts'

// PermenPANRB 6/2022 Lampiran: every cell of the 3 × 3 matrix (hasil kerja × perilaku kerja)
describe('predikatPegawai', () => {
  it.each<[Rating, Rating, PredikatPegawai]>([
    ['DI_ATAS', 'DI_BAWAH', 'KURANG'],
    ['DI_ATAS', 'SESUAI', 'BAIK'],
    ['DI_ATAS', 'DI_ATAS', 'SANGAT_BAIK'],
    ['SESUAI', 'DI_BAWAH', 'KURANG'],
    ['SESUAI', 'SESUAI', 'BAIK'],
    ['SESUAI', 'DI_ATAS', 'BAIK'],
    ['DI_BAWAH', 'DI_BAWAH', 'SANGAT_KURANG'],
    ['DI_BAWAH', 'SESUAI', 'BUTUH_PERBAIKAN'],
    ['DI_BAWAH', 'DI_ATAS', 'BUTUH_PERBAIKAN'],
  ])('hasil %s, perilaku %s → %s', (hasil, perilaku, predikat) => {
    expect(predikatPegawai(hasil, perilaku)).toBe(predikat)
  })
})

// SIASN rw-skp22 hasilKinerjaNilai / perilakuKerjaNilai
describe('SIASN rating codes', () => {
  it.each<[Rating, number]>([
    ['DI_ATAS', 1],
    ['SESUAI', 2],
    ['DI_BAWAH', 3],
  ])('%s ↔ %i', (rating, kode) => {
    expect(KODE_SIASN_RATING[rating]).toBe(kode)
    expect(ratingDariKodeSiasn(kode)).toBe(rating)
  })

  it.each([0, 4, 1.5, Number.NaN])('unknown code %s → undefined', (kode) => {
    expect(ratingDariKodeSiasn(kode)).toBeUndefined()
  })
})

describe('saranRatingHasil (default thresholds 100 / >110 / 80)', () => {
  it.each<[string, number[], Rating | null]>([
    ['all ≥ 100, one > 110', [100, 111], 'DI_ATAS'],
    ['single IKI at 120', [120], 'DI_ATAS'],
    ['all ≥ 100, best exactly 110 (not above)', [100, 110], 'SESUAI'],
    ['one > 110 but another < 100', [99.9, 150], 'SESUAI'],
    ['all exactly 100', [100, 100, 100], 'SESUAI'],
    ['all ≥ 80', [80, 95], 'SESUAI'],
    ['one just under 80', [79.99, 120], 'DI_BAWAH'],
    ['all low', [10, 20], 'DI_BAWAH'],
    ['zero', [0], 'DI_BAWAH'],
    ['no Utama capaian', [], null],
  ])('%s: %j → %s', (_label, capaian, rating) => {
    expect(saranRatingHasil(capaian, AMBANG_RATING_BAWAAN)).toBe(rating)
  })

  const ketat: AmbangRating = { diAtasMinSemua: 110, diAtasMinSalahSatu: 120, sesuaiMinSemua: 100 }
  it.each<[number[], Rating]>([
    [[110, 121], 'DI_ATAS'],
    [[109, 121], 'SESUAI'],
    [[100, 100], 'SESUAI'],
    [[99, 130], 'DI_BAWAH'],
  ])('configured thresholds: %j → %s', (capaian, rating) => {
    expect(saranRatingHasil(capaian, ketat)).toBe(rating)
  })
})

// SE MenPANRB 3/2023: predikat organisasi → rating hasil kerja of the unit head
describe('ratingPimpinan', () => {
  it.each<[PredikatOrganisasi, Rating]>([
    ['ISTIMEWA', 'DI_ATAS'],
    ['BAIK', 'SESUAI'],
    ['BUTUH_PERBAIKAN', 'DI_BAWAH'],
    ['KURANG', 'DI_BAWAH'],
    ['SANGAT_KURANG', 'DI_BAWAH'],
  ])('default: %s → %s', (org, rating) => {
    expect(ratingPimpinan(org)).toBe(rating)
    expect(ratingPimpinan(org, PETA_PIMPINAN_BAWAAN)).toBe(rating)
  })

  it('configured mapping', () => {
    expect(ratingPimpinan('BUTUH_PERBAIKAN', { ...PETA_PIMPINAN_BAWAAN, BUTUH_PERBAIKAN: 'SESUAI' })).toBe(
      'SESUAI',
    )
  })
})
