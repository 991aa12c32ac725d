import { describe, expect, it } from 'vitest'
import type { ZonaWaktu } from '../shared/enums.ts'
import { awalHariDiZona, isoDiZona, saatKunci, tanggalDiZona, terkunciPada } from './kunci-realisasi.ts'

// DOMAIN §4: TW1 ends 31 March; N = 5 → open through 5 April 23:59:59 local, locked from 6 April 00:00 local
describe('saatKunci', () => {
  it.each<[string, number, ZonaWaktu, string]>([
    ['2024-03-31', 5, 'Asia/Jakarta', '2024-04-05T17:00:00.000Z'],
    ['2024-03-31', 5, 'Asia/Makassar', '2024-04-05T16:00:00.000Z'],
    ['2024-03-31', 5, 'Asia/Jayapura', '2024-04-05T15:00:00.000Z'],
    ['2024-12-31', 5, 'Asia/Jakarta', '2025-01-05T17:00:00.000Z'],
    ['2024-01-31', 30, 'Asia/Jakarta', '2024-03-01T17:00:00.000Z'],
    ['2024-02-29', 0, 'Asia/Jayapura', '2024-02-29T15:00:00.000Z'],
    ['2024-06-30', 1, 'Asia/Makassar', '2024-07-01T16:00:00.000Z'],
  ])('period ending %s, %i days, %s → %s', (selesai, hari, zona, saat) => {
    expect(saatKunci(selesai, hari, zona).toISOString()).toBe(saat)
  })
})

describe('terkunciPada: a fixed clock around the boundary', () => {
  it.each<[ZonaWaktu, string, boolean]>([
    // WIB (+7): locks at 2024-04-05T17:00Z
    ['Asia/Jakarta', '2024-03-31T16:59:59Z', false],
    ['Asia/Jakarta', '2024-04-05T16:59:59.999Z', false], // 5 April 23:59:59.999 WIB
    ['Asia/Jakarta', '2024-04-05T17:00:00Z', true], // 6 April 00:00 WIB
    ['Asia/Jakarta', '2024-04-06T00:00:00Z', true],
    // WITA (+8): locks at 2024-04-05T16:00Z
    ['Asia/Makassar', '2024-04-05T15:59:59Z', false],
    ['Asia/Makassar', '2024-04-05T16:00:00Z', true],
    ['Asia/Makassar', '2024-04-05T16:30:00Z', true], // still 5 April 23:30 in WIB, locked in WITA
    // WIT (+9): locks at 2024-04-05T15:00Z
    ['Asia/Jayapura', '2024-04-05T14:59:59Z', false],
    ['Asia/Jayapura', '2024-04-05T15:00:00Z', true],
    ['Asia/Jayapura', '2024-04-05T12:00:00Z', false],
  ])('%s at %s → locked %s', (zona, now, terkunci) => {
    expect(terkunciPada(new Date(now), '2024-03-31', 5, zona)).toBe(terkunci)
  })

  it('the same instant is open in WIB and locked in WIT', () => {
    const now = new Date('2024-04-05T16:00:00Z')
    expect(terkunciPada(now, '2024-03-31', 5, 'Asia/Jakarta')).toBe(false)
    expect(terkunciPada(now, '2024-03-31', 5, 'Asia/Jayapura')).toBe(true)
  })
})

describe('civil dates in a zone', () => {
  it.each<[string, ZonaWaktu, string]>([
    ['2024-04-05T16:59:59Z', 'Asia/Jakarta', '2024-04-05'],
    ['2024-04-05T17:00:00Z', 'Asia/Jakarta', '2024-04-06'],
    ['2024-04-05T16:00:00Z', 'Asia/Makassar', '2024-04-06'],
    ['2024-12-31T15:00:00Z', 'Asia/Jayapura', '2025-01-01'],
  ])('%s in %s is %s', (saat, zona, tanggal) => {
    expect(tanggalDiZona(new Date(saat), zona)).toBe(tanggal)
  })

  it.each<ZonaWaktu>(['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'])(
    '%s: a day begins on that date at 00:00 local',
    (zona) => {
      const awal = awalHariDiZona('2024-02-29', zona)
      expect(tanggalDiZona(awal, zona)).toBe('2024-02-29')
      expect(tanggalDiZona(new Date(awal.getTime() - 1), zona)).toBe('2024-02-28')
    },
  )
})

describe('isoDiZona: the same instant with the zone offset (the web shows the instansi wall clock)', () => {
  it.each([
    ['Asia/Jakarta', '2026-04-06T00:00:00+07:00'],
    ['Asia/Makassar', '2026-04-06T01:00:00+08:00'],
    ['Asia/Jayapura', '2026-04-06T02:00:00+09:00'],
  ] as const)('%s → %s', (zona, iso) => {
    const saat = new Date('2026-04-05T17:00:00Z')
    expect(isoDiZona(saat, zona)).toBe(iso)
    expect(new Date(iso).getTime()).toBe(saat.getTime())
  })
})
