import { describe, expect, it } from 'vitest'
import { addDays, addMonths, isIsoDate, isoDate, lastDayOfMonth, maxDate, minDate } from './iso-date.ts'

describe('isIsoDate', () => {
  it.each<[string, boolean]>([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-13-01', false],
    ['2024-00-10', false],
    ['2024-04-31', false],
    ['2024-4-1', false],
    ['2024-04-01T00:00:00Z', false],
    ['', false],
  ])('%j → %s', (s, ok) => {
    expect(isIsoDate(s)).toBe(ok)
  })
})

describe('addDays', () => {
  it.each<[string, number, string]>([
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2024-12-31', 1, '2025-01-01'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2024-01-01', 0, '2024-01-01'],
    ['2024-01-01', 366, '2025-01-01'],
  ])('%s %+d → %s', (d, n, hasil) => {
    expect(addDays(d, n)).toBe(hasil)
  })
})

describe('lastDayOfMonth / isoDate / min / max', () => {
  it.each<[number, number, string]>([
    [2024, 2, '2024-02-29'],
    [2023, 2, '2023-02-28'],
    [2024, 4, '2024-04-30'],
    [2024, 12, '2024-12-31'],
  ])('%i-%i → %s', (y, m, d) => {
    expect(lastDayOfMonth(y, m)).toBe(d)
  })

  it.each<[[number, number, number], string]>([
    [[2024, 1, 5], '2024-01-05'],
    [[999, 12, 31], '0999-12-31'],
  ])('isoDate%j → %s', ([y, m, d], s) => {
    expect(isoDate(y, m, d)).toBe(s)
  })

  it.each<[string, string, string, string]>([
    ['2024-01-01', '2024-06-30', '2024-01-01', '2024-06-30'],
    ['2024-06-30', '2024-01-01', '2024-01-01', '2024-06-30'],
  ])('min/max(%s, %s)', (a, b, lo, hi) => {
    expect(minDate(a, b)).toBe(lo)
    expect(maxDate(a, b)).toBe(hi)
  })
})

describe('addMonths', () => {
  it.each([
    ['2026-01-15', 6, '2026-07-15'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2027-08-31', 6, '2028-02-29'],
    ['2026-12-01', 1, '2027-01-01'],
    ['2026-03-31', -1, '2026-02-28'],
  ])('%s + %i months = %s', (dari, bulan, hasil) => {
    expect(addMonths(dari, bulan)).toBe(hasil)
  })
})
