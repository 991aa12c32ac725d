import { describe, expect, it } from 'vitest'
import type { IsoDate } from './iso-date.ts'
import {
  potongMasaBebas,
  daftarPeriode,
  potongSkpMutasi,
  tanggalKalimat,
  tanggalKunci,
  type Periode,
  type RentangSkp,
} from './periode.ts'

const p = (kode: Periode['kode'], nama: string, mulai: string, selesai: string): Periode => ({
  kode,
  nama,
  mulai,
  selesai,
})

// PermenPANRB 6/2022: periodic evaluations plus the annual one; DOMAIN §4
describe('daftarPeriode', () => {
  it('triwulan', () => {
    expect(daftarPeriode(2025, 'triwulan')).toEqual([
      p('TW1', 'TRIWULAN I', '2025-01-01', '2025-03-31'),
      p('TW2', 'TRIWULAN II', '2025-04-01', '2025-06-30'),
      p('TW3', 'TRIWULAN III', '2025-07-01', '2025-09-30'),
      p('TW4', 'TRIWULAN IV', '2025-10-01', '2025-12-31'),
      p('FINAL', 'TAHUNAN', '2025-01-01', '2025-12-31'),
    ])
  })

  it('semester', () => {
    expect(daftarPeriode(2025, 'semester')).toEqual([
      p('S1', 'SEMESTER I', '2025-01-01', '2025-06-30'),
      p('S2', 'SEMESTER II', '2025-07-01', '2025-12-31'),
      p('FINAL', 'TAHUNAN', '2025-01-01', '2025-12-31'),
    ])
  })

  it('bulanan in a leap year', () => {
    expect(daftarPeriode(2024, 'bulanan')).toEqual([
      p('B01', 'JANUARI', '2024-01-01', '2024-01-31'),
      p('B02', 'FEBRUARI', '2024-02-01', '2024-02-29'),
      p('B03', 'MARET', '2024-03-01', '2024-03-31'),
      p('B04', 'APRIL', '2024-04-01', '2024-04-30'),
      p('B05', 'MEI', '2024-05-01', '2024-05-31'),
      p('B06', 'JUNI', '2024-06-01', '2024-06-30'),
      p('B07', 'JULI', '2024-07-01', '2024-07-31'),
      p('B08', 'AGUSTUS', '2024-08-01', '2024-08-31'),
      p('B09', 'SEPTEMBER', '2024-09-01', '2024-09-30'),
      p('B10', 'OKTOBER', '2024-10-01', '2024-10-31'),
      p('B11', 'NOVEMBER', '2024-11-01', '2024-11-30'),
      p('B12', 'DESEMBER', '2024-12-01', '2024-12-31'),
      p('FINAL', 'TAHUNAN', '2024-01-01', '2024-12-31'),
    ])
  })

  it.each([
    [2023, '2023-02-28'],
    [2024, '2024-02-29'],
    [2000, '2000-02-29'],
    [2100, '2100-02-28'],
  ])('February %i ends %s', (tahun, selesai) => {
    expect(daftarPeriode(tahun, 'bulanan')[1].selesai).toBe(selesai)
  })
})

describe('tanggalKunci (realisasi locks N days after the period)', () => {
  it.each<[string, number, string]>([
    ['2024-03-31', 5, '2024-04-05'],
    ['2024-12-31', 5, '2025-01-05'],
    ['2024-01-31', 30, '2024-03-01'],
    ['2023-01-31', 30, '2023-03-02'],
    ['2024-02-29', 0, '2024-02-29'],
  ])('period ending %s, %i days → open through %s', (selesai, hari, kunci) => {
    expect(tanggalKunci({ selesai }, hari)).toBe(kunci)
  })
})

// DOMAIN §1 mutasi: old SKP ends the day before the move, new SKP starts on the move date
describe('potongSkpMutasi', () => {
  const t = (id: string, mulai: string, selesai: string | null = null) => ({ id, mulai, selesai })
  const r = (penugasanId: string, mulai: string, selesai: string): RentangSkp => ({
    penugasanId,
    mulai,
    selesai,
  })

  it.each<[string, number, ReturnType<typeof t>[], RentangSkp[]]>([
    ['no assignment', 2024, [], []],
    ['whole year', 2024, [t('a', '2024-01-01')], [r('a', '2024-01-01', '2024-12-31')]],
    ['started years ago', 2024, [t('a', '2015-05-01')], [r('a', '2024-01-01', '2024-12-31')]],
    ['joined mid-year', 2024, [t('a', '2024-04-01')], [r('a', '2024-04-01', '2024-12-31')]],
    ['left mid-year', 2024, [t('a', '2010-01-01', '2024-08-31')], [r('a', '2024-01-01', '2024-08-31')]],
    [
      'mutasi mid-year',
      2024,
      [t('a', '2019-03-01'), t('b', '2024-07-15')],
      [r('a', '2024-01-01', '2024-07-14'), r('b', '2024-07-15', '2024-12-31')],
    ],
    [
      'mutasi on 1 March of a leap year',
      2024,
      [t('a', '2019-03-01', '2024-02-29'), t('b', '2024-03-01')],
      [r('a', '2024-01-01', '2024-02-29'), r('b', '2024-03-01', '2024-12-31')],
    ],
    [
      'mutasi on 1 March of a common year',
      2023,
      [t('a', '2019-03-01'), t('b', '2023-03-01')],
      [r('a', '2023-01-01', '2023-02-28'), r('b', '2023-03-01', '2023-12-31')],
    ],
    [
      'two moves, given out of order',
      2024,
      [t('c', '2024-10-01'), t('a', '2020-01-01'), t('b', '2024-04-01')],
      [
        r('a', '2024-01-01', '2024-03-31'),
        r('b', '2024-04-01', '2024-09-30'),
        r('c', '2024-10-01', '2024-12-31'),
      ],
    ],
    [
      'gap between assignments stays a gap',
      2024,
      [t('a', '2020-01-01', '2024-03-31'), t('b', '2024-06-01')],
      [r('a', '2024-01-01', '2024-03-31'), r('b', '2024-06-01', '2024-12-31')],
    ],
    [
      'moved on 1 January',
      2024,
      [t('a', '2020-01-01'), t('b', '2024-01-01')],
      [r('b', '2024-01-01', '2024-12-31')],
    ],
    [
      'moved on 31 December',
      2024,
      [t('a', '2020-01-01'), t('b', '2024-12-31')],
      [r('a', '2024-01-01', '2024-12-30'), r('b', '2024-12-31', '2024-12-31')],
    ],
    [
      'assignments outside the year are left out',
      2024,
      [t('lama', '2010-01-01', '2023-12-31'), t('a', '2024-01-01', '2024-12-31'), t('baru', '2025-01-01')],
      [r('a', '2024-01-01', '2024-12-31')],
    ],
    [
      'two starting the same day: the later one in the list wins',
      2024,
      [t('a', '2024-05-01'), t('b', '2024-05-01')],
      [r('b', '2024-05-01', '2024-12-31')],
    ],
  ])('%s', (_label, tahun, penugasan, rentang) => {
    expect(potongSkpMutasi(tahun, penugasan)).toEqual(rentang)
  })
})

describe('potongMasaBebas (exemption dates: a return mid-year shortens the SKP)', () => {
  const tahun = { mulai: '2026-01-01', selesai: '2026-12-31' }
  it.each<[string, string | null, string | null, string | null, string | null, boolean]>([
    // label, exemption start, exemption end, → SKP start, SKP end (null = refused), shortened
    ['no dates: exempt all year', null, null, null, null, false],
    ['covers the whole year', '2025-08-01', '2027-06-30', null, null, false],
    ['ended before the year', '2024-01-01', '2025-12-31', '2026-01-01', '2026-12-31', false],
    ['starts after the year', '2027-01-01', null, '2026-01-01', '2026-12-31', false],
    ['return 1 July', '2024-08-01', '2026-06-30', '2026-07-01', '2026-12-31', true],
    ['open start, return 15 March', null, '2026-03-14', '2026-03-15', '2026-12-31', true],
    ['leave starts 1 October', '2026-10-01', null, '2026-01-01', '2026-09-30', true],
    [
      'inside the year: the stretch after the return',
      '2026-03-01',
      '2026-05-31',
      '2026-06-01',
      '2026-12-31',
      true,
    ],
    ['ends on the last day', '2025-01-01', '2026-12-31', null, null, false],
    ['starts on the first day, ends 31 Jan', '2026-01-01', '2026-01-31', '2026-02-01', '2026-12-31', true],
  ])('%s', (_l, mulai, selesai, skpMulai, skpSelesai, dipersingkat) => {
    const h = potongMasaBebas(tahun, { mulai, selesai })
    if (skpMulai === null) return expect(h.ok).toBe(false)
    expect(h).toEqual({ ok: true, rentang: { mulai: skpMulai, selesai: skpSelesai }, dipersingkat })
  })
  it('clips against a mutasi range, not only the calendar year', () => {
    const h = potongMasaBebas(
      { mulai: '2026-04-01', selesai: '2026-12-31' },
      { mulai: null, selesai: '2026-02-28' },
    )
    expect(h).toEqual({
      ok: true,
      rentang: { mulai: '2026-04-01', selesai: '2026-12-31' },
      dipersingkat: false,
    })
  })
})

describe('tanggalKalimat: a date as written in a sentence', () => {
  it.each([
    ['2025-08-01', 'id', '1 Agustus 2025'],
    ['2025-08-01', 'en', '1 August 2025'],
    ['2027-01-06', 'id', '6 Januari 2027'],
    ['2026-12-31', 'en', '31 December 2026'],
  ] as const)('%s (%s) → %s', (d, bahasa, teks) => {
    expect(tanggalKalimat(d as IsoDate, bahasa)).toBe(teks)
  })
})
