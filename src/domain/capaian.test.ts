import { describe, expect, it } from 'vitest'
import type { Akumulasi, Polaritas, RumusPolaritasTurun } from '../shared/enums.ts'
import {
  bulat2,
  hitungCapaian,
  hitungCapaianIki,
  targetPeriodeBawaan,
  type PeriodeCapaianMasukan,
  type Target,
  type UkuranIki,
} from './capaian.ts'

const T = (min: number, max: number | null = null): Target => ({ min, max })
const selisih = { rumusPolaritasTurun: 'selisih' as const }

// DOMAIN §4: capaian of one realisasi against one target, every rule
describe('hitungCapaian', () => {
  it.each<[string, Target, number, Polaritas, RumusPolaritasTurun, number | null]>([
    ['naik: R/T', T(12), 6, 'naik', 'selisih', 50],
    ['naik: exceeded', T(12), 15, 'naik', 'selisih', 125],
    ['naik: nothing done', T(12), 0, 'naik', 'selisih', 0],
    ['naik: negative realisasi floored at 0', T(10), -5, 'naik', 'selisih', 0],
    ['naik: target 0 has no percentage', T(0), 5, 'naik', 'selisih', null],
    ['turun selisih: on target', T(20), 20, 'turun', 'selisih', 100],
    ['turun selisih: better (lower)', T(20), 15, 'turun', 'selisih', 125],
    ['turun selisih: R = 0 is the ceiling', T(20), 0, 'turun', 'selisih', 200],
    ['turun selisih: worse (higher)', T(20), 30, 'turun', 'selisih', 50],
    ['turun selisih: floored at 0', T(20), 50, 'turun', 'selisih', 0],
    ['turun rasio: on target', T(20), 20, 'turun', 'rasio', 100],
    ['turun rasio: worse', T(20), 40, 'turun', 'rasio', 50],
    ['turun rasio: better', T(20), 16, 'turun', 'rasio', 125],
    ['turun rasio: capped at 200', T(20), 5, 'turun', 'rasio', 200],
    ['turun rasio: R = 0 → 200', T(20), 0, 'turun', 'rasio', 200],
    ['turun target 0: R = 0 → 100', T(0), 0, 'turun', 'selisih', 100],
    ['turun target 0: R > 0 → 0', T(0), 3, 'turun', 'selisih', 0],
    ['turun target 0 rasio: R = 0 → 100', T(0), 0, 'turun', 'rasio', 100],
    ['turun target 0 rasio: R > 0 → 0', T(0), 1, 'turun', 'rasio', 0],
    ['range naik: inside', T(90, 100), 95, 'naik', 'selisih', 100],
    ['range naik: on the lower bound', T(90, 100), 90, 'naik', 'selisih', 100],
    ['range naik: on the upper bound', T(90, 100), 100, 'naik', 'selisih', 100],
    ['range naik: below → against min', T(90, 100), 45, 'naik', 'selisih', 50],
    ['range naik: above → against max', T(90, 100), 110, 'naik', 'selisih', 110],
    ['range turun: inside', T(10, 20), 15, 'turun', 'selisih', 100],
    ['range turun: above → against max', T(10, 20), 30, 'turun', 'selisih', 50],
    ['range turun: below → against min', T(10, 20), 5, 'turun', 'selisih', 150],
    ['range turun rasio: above', T(10, 20), 40, 'turun', 'rasio', 50],
    ['range from 0 turun: inside', T(0, 5), 0, 'turun', 'selisih', 100],
    ['range from 0 naik: below is impossible, above against max', T(0, 5), 10, 'naik', 'selisih', 200],
    ['degenerate range max = min is a single target', T(10, 10), 5, 'naik', 'selisih', 50],
  ])('%s', (_, target, r, polaritas, rumus, hasil) => {
    const c = hitungCapaian(target, r, polaritas, { rumusPolaritasTurun: rumus })
    if (hasil === null) expect(c).toBeNull()
    else expect(c).toBeCloseTo(hasil, 10)
  })
})

describe('bulat2', () => {
  it.each([
    [1.005, 1.01],
    [33.333333, 33.33],
    [66.666666, 66.67],
    [-1.005, -1.01],
    [0, 0],
    [-0.001, 0],
    [1e21, 1e21],
  ])('%d → %d', (n, hasil) => {
    expect(Object.is(bulat2(n), hasil)).toBe(true)
  })
})

const ukur = (
  targetMin: number | null,
  akumulasi: Akumulasi,
  polaritas: Polaritas = 'naik',
  targetMax: number | null = null,
): UkuranIki => ({ targetMin, targetMax, polaritas, akumulasi })

describe('targetPeriodeBawaan', () => {
  it.each<[string, UkuranIki, number, Target | null]>([
    ['jumlah: split evenly over 4', ukur(12, 'jumlah'), 4, T(3)],
    ['jumlah: split over 12 months', ukur(12, 'jumlah'), 12, T(1)],
    ['jumlah: both range ends split', ukur(8, 'jumlah', 'naik', 12), 4, T(2, 3)],
    ['jumlah: shortened SKP with 3 periods', ukur(12, 'jumlah'), 3, T(4)],
    ['terakhir: the annual target', ukur(100, 'terakhir'), 4, T(100)],
    ['rata: the annual target, range kept', ukur(90, 'rata', 'naik', 100), 2, T(90, 100)],
    ['kualitatif: none', ukur(null, 'jumlah'), 4, null],
  ])('%s', (_, iki, n, hasil) => {
    expect(targetPeriodeBawaan(iki, n)).toEqual(hasil)
  })
})

const tw = (...r: (number | null)[]): PeriodeCapaianMasukan[] =>
  r.map((realisasi, i) => ({ kode: `TW${i + 1}`, realisasi }))

describe('hitungCapaianIki: the year', () => {
  it.each<[string, UkuranIki, PeriodeCapaianMasukan[], number | null, number | null, number]>([
    ['jumlah: sum vs annual target', ukur(12, 'jumlah'), tw(3, 3, 3, 3), 12, 100, 4],
    ['jumlah: part of the year filled', ukur(12, 'jumlah'), tw(3, 3, null, null), 6, 50, 2],
    ['jumlah: nothing filled', ukur(12, 'jumlah'), tw(null, null, null, null), null, null, 0],
    ['terakhir: the latest value', ukur(100, 'terakhir'), tw(40, 70, 90, null), 90, 90, 3],
    ['terakhir: a gap then a value', ukur(100, 'terakhir'), tw(40, null, null, 95), 95, 95, 2],
    ['rata: mean of filled periods', ukur(80, 'rata'), tw(70, 90, null, null), 80, 100, 2],
    ['rata: range target met by the mean', ukur(90, 'rata', 'naik', 100), tw(88, 96), 92, 100, 2],
    ['jumlah turun: findings summed', ukur(4, 'jumlah', 'turun'), tw(1, 0, 1, 0), 2, 150, 4],
    ['jumlah turun target 0: one finding', ukur(0, 'jumlah', 'turun'), tw(0, 1, 0, 0), 1, 0, 4],
    ['rata: full precision, rounded once', ukur(3, 'rata'), tw(1, 1, 2), 1.33, 44.44, 3],
    ['kualitatif: no numbers', ukur(null, 'jumlah'), tw(1, 2), null, null, 0],
  ])('%s', (_, iki, periode, realisasi, capaian, dihitung) => {
    const { tahunan } = hitungCapaianIki(iki, periode, selisih)
    expect(tahunan).toMatchObject({ realisasi, capaian, periodeDihitung: dihitung })
    expect(tahunan.target).toEqual(iki.targetMin === null ? null : T(iki.targetMin, iki.targetMax))
  })
})

describe('hitungCapaianIki: per period', () => {
  it('jumlah: default targets split, an override wins and is flagged', () => {
    const periode: PeriodeCapaianMasukan[] = [
      { kode: 'TW1', realisasi: 2 },
      { kode: 'TW2', realisasi: 6, target: T(5) },
      { kode: 'TW3', realisasi: null },
      { kode: 'TW4', realisasi: 3, target: null },
    ]
    expect(hitungCapaianIki(ukur(12, 'jumlah'), periode, selisih).periode).toEqual([
      { kode: 'TW1', target: T(3), realisasi: 2, capaian: 66.67, targetDiubah: false },
      { kode: 'TW2', target: T(5), realisasi: 6, capaian: 120, targetDiubah: true },
      { kode: 'TW3', target: T(3), realisasi: null, capaian: null, targetDiubah: false },
      { kode: 'TW4', target: T(3), realisasi: 3, capaian: 100, targetDiubah: false },
    ])
  })

  it('jumlah over 3 periods: the split target stays full precision, shown rounded', () => {
    const [p] = hitungCapaianIki(ukur(10, 'jumlah'), tw(10 / 3, 0, 0), selisih).periode
    expect(p).toMatchObject({ target: T(3.33), realisasi: 3.33, capaian: 100 })
  })

  it('terakhir and rata: every period against the annual target', () => {
    const hasil = hitungCapaianIki(ukur(90, 'terakhir', 'naik', 100), tw(80, 95), selisih).periode
    expect(hasil.map((p) => [p.target, p.capaian])).toEqual([
      [T(90, 100), 88.89],
      [T(90, 100), 100],
    ])
  })

  it('turun with rasio follows the setting', () => {
    const hasil = hitungCapaianIki(ukur(20, 'rata', 'turun'), tw(40), { rumusPolaritasTurun: 'rasio' })
    expect(hasil.periode[0].capaian).toBe(50)
    expect(hasil.tahunan.capaian).toBe(50)
  })

  it('kualitatif: the periods have no target and no capaian, an override is ignored', () => {
    const periode = [{ kode: 'TW1', realisasi: null, target: T(1) }]
    expect(hitungCapaianIki(ukur(null, 'jumlah'), periode, selisih).periode).toEqual([
      { kode: 'TW1', target: null, realisasi: null, capaian: null, targetDiubah: false },
    ])
  })

  it('a FINAL entry is not a period: it neither splits the target nor counts', () => {
    const periode = [...tw(6, 6), { kode: 'FINAL', realisasi: 100 }]
    const hasil = hitungCapaianIki(ukur(12, 'jumlah'), periode, selisih)
    expect(hasil.periode.map((p) => p.kode)).toEqual(['TW1', 'TW2'])
    expect(hasil.periode[0].target).toEqual(T(6))
    expect(hasil.tahunan).toMatchObject({ realisasi: 12, capaian: 100, periodeDihitung: 2 })
  })
})
