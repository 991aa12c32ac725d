import { describe, expect, it } from 'vitest'
import { angkaKredit, KOEFISIEN_AK_TAHUNAN, PERSEN_AK_PREDIKAT, type JenjangJf } from './angka-kredit.ts'
import type { PredikatPegawai } from './predikat.ts'

// Peraturan BKN 3/2023: AK = bulan/12 × %predikat × koefisien; full year, every jenjang × predikat
// prettier-ignore
const SETAHUN: [JenjangJf, Record<PredikatPegawai, number>][] = [
  ['AHLI_PERTAMA', { SANGAT_BAIK: 18.75,  BAIK: 12.5, BUTUH_PERBAIKAN: 9.375,  KURANG: 6.25,  SANGAT_KURANG: 3.125 }],
  ['AHLI_MUDA',    { SANGAT_BAIK: 37.5,   BAIK: 25,   BUTUH_PERBAIKAN: 18.75,  KURANG: 12.5,  SANGAT_KURANG: 6.25 }],
  ['AHLI_MADYA',   { SANGAT_BAIK: 56.25,  BAIK: 37.5, BUTUH_PERBAIKAN: 28.125, KURANG: 18.75, SANGAT_KURANG: 9.375 }],
  ['AHLI_UTAMA',   { SANGAT_BAIK: 75,     BAIK: 50,   BUTUH_PERBAIKAN: 37.5,   KURANG: 25,    SANGAT_KURANG: 12.5 }],
  ['PEMULA',       { SANGAT_BAIK: 5.625,  BAIK: 3.75, BUTUH_PERBAIKAN: 2.813,  KURANG: 1.875, SANGAT_KURANG: 0.938 }],
  ['TERAMPIL',     { SANGAT_BAIK: 7.5,    BAIK: 5,    BUTUH_PERBAIKAN: 3.75,   KURANG: 2.5,   SANGAT_KURANG: 1.25 }],
  ['MAHIR',        { SANGAT_BAIK: 18.75,  BAIK: 12.5, BUTUH_PERBAIKAN: 9.375,  KURANG: 6.25,  SANGAT_KURANG: 3.125 }],
  ['PENYELIA',     { SANGAT_BAIK: 37.5,   BAIK: 25,   BUTUH_PERBAIKAN: 18.75,  KURANG: 12.5,  SANGAT_KURANG: 6.25 }],
]

describe('angkaKredit: 12 months', () => {
  it.each(
    SETAHUN.flatMap(([jenjang, baris]) =>
      Object.entries(baris).map(([predikat, ak]) => [jenjang, predikat as PredikatPegawai, ak] as const),
    ),
  )('%s, %s → %d', (jenjang, predikat, ak) => {
    expect(angkaKredit({ bulan: 12, predikat, jenjang })).toBe(ak)
  })
})

describe('angkaKredit: part of a year (rounded to 3 decimals, half up)', () => {
  it.each<[number, PredikatPegawai, JenjangJf, number]>([
    [2, 'BAIK', 'AHLI_PERTAMA', 2.083],
    [1, 'SANGAT_BAIK', 'AHLI_MUDA', 3.125],
    [6, 'BUTUH_PERBAIKAN', 'PEMULA', 1.406],
    [1, 'SANGAT_KURANG', 'PEMULA', 0.078],
    [7, 'BAIK', 'AHLI_MADYA', 21.875],
    [5, 'SANGAT_BAIK', 'TERAMPIL', 3.125],
    [1, 'KURANG', 'MAHIR', 0.521],
    [0, 'SANGAT_BAIK', 'AHLI_UTAMA', 0],
  ])('%i months %s %s → %d', (bulan, predikat, jenjang, ak) => {
    expect(angkaKredit({ bulan, predikat, jenjang })).toBe(ak)
  })

  it.each([-1, 13, Number.NaN, Number.POSITIVE_INFINITY])('bulan %s is refused', (bulan) => {
    expect(() => angkaKredit({ bulan, predikat: 'BAIK', jenjang: 'AHLI_MUDA' })).toThrow(RangeError)
  })

  it('uses a configured table', () => {
    const tabel = { koefisien: { ...KOEFISIEN_AK_TAHUNAN, PEMULA: 4 }, persen: PERSEN_AK_PREDIKAT }
    expect(angkaKredit({ bulan: 12, predikat: 'BAIK', jenjang: 'PEMULA' }, tabel)).toBe(4)
  })
})
