import { describe, expect, it } from 'vitest'
import { periodeBawaan, periodePilihan, pilihPeriode } from './periode-pilihan.ts'

// PermenPANRB 6/2022: the year's setting gives the periodic evaluations, then the annual FINAL one
describe('periodePilihan', () => {
  it.each([
    ['bulanan', 13, 'B01', 'B12'],
    ['triwulan', 5, 'TW1', 'TW4'],
    ['semester', 3, 'S1', 'S2'],
  ] as const)('%s: %i periods, %s … %s, FINAL last', (jenis, n, pertama, terakhir) => {
    const d = periodePilihan(2025, jenis)
    expect(d).toHaveLength(n)
    expect(d[0].kode).toBe(pertama)
    expect(d.at(-2)?.kode).toBe(terakhir)
    expect(d.at(-1)).toEqual({
      kode: 'FINAL',
      nama: 'TAHUNAN',
      mulai: '2025-01-01',
      selesai: '2025-12-31',
      bisaDinilaiMulai: '2025-12-01',
    })
  })

  it.each([
    ['triwulan', 'TW1', '2025-01-01', '2025-03-31', '2025-03-01'],
    ['triwulan', 'TW3', '2025-07-01', '2025-09-30', '2025-09-01'],
    ['semester', 'S1', '2025-01-01', '2025-06-30', '2025-06-01'],
    ['bulanan', 'B02', '2024-02-01', '2024-02-29', '2024-02-01'],
  ] as const)('%s %s: %s – %s, evaluated from %s', (jenis, kode, mulai, selesai, bisa) => {
    const tahun = Number(mulai.slice(0, 4))
    expect(periodePilihan(tahun, jenis).find((p) => p.kode === kode)).toMatchObject({
      mulai,
      selesai,
      bisaDinilaiMulai: bisa,
    })
  })
})

describe('periodeBawaan', () => {
  it.each([
    // a year not begun yet, or before its first period's last month: the first period
    ['triwulan', '2024-11-15', 'TW1'],
    ['triwulan', '2025-02-28', 'TW1'],
    ['triwulan', '2025-03-01', 'TW1'],
    ['triwulan', '2025-03-15', 'TW1'],
    ['triwulan', '2025-05-31', 'TW1'],
    ['triwulan', '2025-06-01', 'TW2'],
    ['triwulan', '2025-12-01', 'TW4'],
    // a year that is over: its last periodic period (FINAL is chosen on purpose)
    ['triwulan', '2026-03-01', 'TW4'],
    ['bulanan', '2025-01-01', 'B01'],
    ['bulanan', '2025-03-10', 'B03'],
    ['bulanan', '2025-12-31', 'B12'],
    ['semester', '2025-03-10', 'S1'],
    ['semester', '2025-06-01', 'S1'],
    ['semester', '2025-12-01', 'S2'],
  ] as const)('%s on %s → %s', (jenis, hari, kode) => {
    expect(periodeBawaan(periodePilihan(2025, jenis), hari)).toBe(kode)
  })

  it('an empty list has no default', () => expect(periodeBawaan([], '2025-06-01')).toBeNull())
})

describe('pilihPeriode', () => {
  it.each([
    // asked for: kept, even a code the year's setting no longer lists (an older link)
    ['triwulan', 'TW2', '2025-12-10', 'TW2'],
    ['triwulan', 'B05', '2025-12-10', 'B05'],
    ['triwulan', 'FINAL', '2025-03-10', 'FINAL'],
    // not asked: the year's default
    ['triwulan', undefined, '2025-06-10', 'TW2'],
    ['semester', undefined, '2025-12-10', 'S2'],
  ] as const)('%s, asked %s on %s → %s', (jenis, diminta, hari, kode) => {
    const p = pilihPeriode(2025, jenis, diminta, hari)
    expect(p.periode).toBe(kode)
    expect(p.periodeTersedia.map((x) => x.kode)).toEqual(periodePilihan(2025, jenis).map((x) => x.kode))
  })
})
