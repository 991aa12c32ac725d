import { describe, expect, it } from 'vitest'
import { batasKeberatan, keberatanTepatWaktu, type AturanKeberatan } from './keberatan.ts'

const kalender: AturanKeberatan = { hari: 14, jenisHari: 'kalender', libur: [] }
const kerja: AturanKeberatan = { hari: 14, jenisHari: 'kerja', libur: [] }

describe('batasKeberatan (PP 30/2019 Pasal 59)', () => {
  it.each<[string, AturanKeberatan, string, string]>([
    ['14 calendar days', kalender, '2026-01-05', '2026-01-19'],
    ['calendar days over a month end', kalender, '2026-12-24', '2027-01-07'],
    ['calendar days in a leap February', kalender, '2028-02-20', '2028-03-05'],
    ['14 working days from a Monday', kerja, '2026-01-05', '2026-01-23'],
    ['received on a Friday', kerja, '2026-01-09', '2026-01-29'],
    ['received on a Saturday', kerja, '2026-01-10', '2026-01-29'],
    [
      'a holiday inside the window moves it a day',
      { ...kerja, libur: ['2026-01-16'] },
      '2026-01-05',
      '2026-01-26',
    ],
    [
      'a holiday on a weekend changes nothing',
      { ...kerja, libur: ['2026-01-17'] },
      '2026-01-05',
      '2026-01-23',
    ],
    ['1 working day from a Friday', { ...kerja, hari: 1 }, '2026-01-09', '2026-01-12'],
  ])('%s', (_, aturan, diterima, batas) => {
    expect(batasKeberatan(diterima, aturan)).toBe(batas)
  })

  it('accepts the last day and refuses the day after', () => {
    expect(keberatanTepatWaktu('2026-01-05', '2026-01-19', kalender)).toBe(true)
    expect(keberatanTepatWaktu('2026-01-05', '2026-01-20', kalender)).toBe(false)
    expect(keberatanTepatWaktu('2026-01-05', '2026-01-05', kalender)).toBe(true)
  })
})
