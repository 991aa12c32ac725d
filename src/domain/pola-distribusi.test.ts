import { describe, expect, it } from 'vitest'
import {
  bulatkan,
  cekPolaDistribusi,
  hitungPolaDistribusi,
  type JumlahPredikat,
  type PembulatanDistribusi,
  type PeringatanDistribusi,
} from './pola-distribusi.ts'
import type { PredikatOrganisasi } from './predikat.ts'

const SB = 'SANGAT_BAIK'
const B = 'BAIK'
const BP = 'BUTUH_PERBAIKAN'
const K = 'KURANG'
const SK = 'SANGAT_KURANG'
const terbanyak = (predikat: PeringatanDistribusi['predikat'], batas: number, aktual: number) =>
  ({ code: 'DISTRIBUSI.BUKAN_TERBANYAK', predikat, batas, aktual }) as const
const maks = (predikat: PeringatanDistribusi['predikat'], batas: number, aktual: number) =>
  ({ code: 'DISTRIBUSI.MELEBIHI_MAKS', predikat, batas, aktual }) as const
const min = (predikat: PeringatanDistribusi['predikat'], batas: number, aktual: number) =>
  ({ code: 'DISTRIBUSI.KURANG_DARI_MIN', predikat, batas, aktual }) as const

// SE MenPANRB 3/2023: each rule of the table met and broken, in a unit of 10 (rounded to nearest)
// prettier-ignore
const KASUS: [PredikatOrganisasi, string, JumlahPredikat, PeringatanDistribusi[]][] = [
  ['ISTIMEWA', 'SB most and ≤ 70 %',          { SANGAT_BAIK: 7, BAIK: 3 },                                  []],
  ['ISTIMEWA', 'SB tied for most',            { SANGAT_BAIK: 4, BAIK: 4, BUTUH_PERBAIKAN: 2 },              []],
  ['ISTIMEWA', 'SB above 70 %',               { SANGAT_BAIK: 8, BAIK: 2 },                                  [maks([SB], 7, 8)]],
  ['ISTIMEWA', 'SB not the most',             { SANGAT_BAIK: 3, BAIK: 4, BUTUH_PERBAIKAN: 3 },              [terbanyak([SB], 4, 3)]],
  ['ISTIMEWA', 'nobody SB',                   { BAIK: 10 },                                                 [terbanyak([SB], 10, 0)]],
  ['BAIK', 'Baik most, ≤ 70 %, BP and K',     { BAIK: 6, SANGAT_BAIK: 2, BUTUH_PERBAIKAN: 1, KURANG: 1 },   []],
  ['BAIK', 'one Kurang is enough',            { BAIK: 6, SANGAT_BAIK: 3, KURANG: 1 },                       []],
  ['BAIK', 'one BP is enough',                { BAIK: 5, SANGAT_KURANG: 4, BUTUH_PERBAIKAN: 1 },            []],
  ['BAIK', 'Baik above 70 %',                 { BAIK: 8, BUTUH_PERBAIKAN: 1, SANGAT_KURANG: 1 },            [maks([B], 7, 8)]],
  ['BAIK', 'no BP and no Kurang',             { BAIK: 7, SANGAT_BAIK: 3 },                                  [min([BP, K], 1, 0)]],
  ['BAIK', 'Baik not the most',               { BAIK: 3, SANGAT_BAIK: 5, BUTUH_PERBAIKAN: 2 },              [terbanyak([B], 5, 3)]],
  ['BUTUH_PERBAIKAN', 'fits',                 { BUTUH_PERBAIKAN: 6, SANGAT_BAIK: 1, BAIK: 2, KURANG: 1 },   []],
  ['BUTUH_PERBAIKAN', 'BP under 60 %',        { BUTUH_PERBAIKAN: 5, BAIK: 5 },                              [min([BP], 6, 5)]],
  ['BUTUH_PERBAIKAN', 'SB above 10 %',        { BUTUH_PERBAIKAN: 6, SANGAT_BAIK: 2, BAIK: 2 },              [maks([SB], 1, 2)]],
  ['KURANG', 'fits',                          { KURANG: 6, BUTUH_PERBAIKAN: 1, SANGAT_BAIK: 1, BAIK: 1, SANGAT_KURANG: 1 }, []],
  ['KURANG', 'Kurang under 60 %',             { KURANG: 5, BUTUH_PERBAIKAN: 1, BAIK: 4 },                   [min([K], 6, 5)]],
  ['KURANG', 'no BP',                         { KURANG: 7, BAIK: 3 },                                       [min([BP], 1, 0)]],
  ['KURANG', 'SB above 10 %',                 { KURANG: 6, BUTUH_PERBAIKAN: 1, SANGAT_BAIK: 3 },            [maks([SB], 1, 3)]],
  ['SANGAT_KURANG', 'fits',                   { SANGAT_KURANG: 6, KURANG: 1, BUTUH_PERBAIKAN: 1, BAIK: 2 }, []],
  ['SANGAT_KURANG', 'BP alone is enough',     { SANGAT_KURANG: 6, BUTUH_PERBAIKAN: 1, BAIK: 3 },            []],
  ['SANGAT_KURANG', 'SK under 60 %',          { SANGAT_KURANG: 5, KURANG: 1, BAIK: 4 },                     [min([SK], 6, 5)]],
  ['SANGAT_KURANG', 'no Kurang and no BP',    { SANGAT_KURANG: 9, BAIK: 1 },                                [min([K, BP], 1, 0)]],
  ['SANGAT_KURANG', 'any SB',                 { SANGAT_KURANG: 6, KURANG: 1, SANGAT_BAIK: 1, BAIK: 2 },     [maks([SB], 0, 1)]],
  ['SANGAT_KURANG', 'everything wrong',       { SANGAT_BAIK: 10 },                                          [min([SK], 6, 0), min([K, BP], 1, 0), maks([SB], 0, 10)]],
]

describe('cekPolaDistribusi', () => {
  it.each(KASUS)('%s: %s', (org, _label, counts, peringatan) => {
    expect(cekPolaDistribusi(org, counts, 'terdekat')).toEqual(peringatan)
  })

  it('an empty unit gets no warnings', () => {
    expect(cekPolaDistribusi('BAIK', {}, 'terdekat')).toEqual([])
    expect(cekPolaDistribusi('BAIK', { BAIK: 0, KURANG: 0 }, 'terdekat')).toEqual([])
  })

  it.each<[PembulatanDistribusi, PeringatanDistribusi[]]>([
    ['terdekat', []],
    ['atas', []],
    ['bawah', [maks([SB], 0, 1)]],
  ])('small unit, SB 10 %% of 5 rounded %s', (pembulatan, peringatan) => {
    const counts = { BUTUH_PERBAIKAN: 3, SANGAT_BAIK: 1, BAIK: 1 }
    expect(cekPolaDistribusi('BUTUH_PERBAIKAN', counts, pembulatan)).toEqual(peringatan)
  })
})

// rounding of each rule's percentage to people; "must exist" rules need at least 1
describe('hitungPolaDistribusi', () => {
  // prettier-ignore
  it.each<[PredikatOrganisasi, number, PembulatanDistribusi, (number | null)[]]>([
    ['ISTIMEWA',        5, 'terdekat', [null, 4]],
    ['ISTIMEWA',        5, 'bawah',    [null, 3]],
    ['ISTIMEWA',        5, 'atas',     [null, 4]],
    ['BAIK',            4, 'terdekat', [null, 3, 1]],
    ['BAIK',            4, 'bawah',    [null, 2, 1]],
    ['BAIK',            4, 'atas',     [null, 3, 1]],
    ['BUTUH_PERBAIKAN', 5, 'terdekat', [3, 1]],
    ['BUTUH_PERBAIKAN', 5, 'bawah',    [3, 0]],
    ['BUTUH_PERBAIKAN', 5, 'atas',     [3, 1]],
    ['KURANG',          3, 'terdekat', [2, 1, 0]],
    ['KURANG',          3, 'bawah',    [1, 1, 0]],
    ['KURANG',          3, 'atas',     [2, 1, 1]],
    // one person cannot be both the 60 % and the "at least 10 %": the secondary minimum gives way
    ['SANGAT_KURANG',   1, 'terdekat', [1, 0, 0]],
    ['SANGAT_KURANG',   1, 'bawah',    [1, 0, 0]],
    ['SANGAT_KURANG',   1, 'atas',     [1, 0, 0]],
    ['SANGAT_KURANG',   2, 'atas',     [2, 0, 0]],
    ['SANGAT_KURANG',   2, 'terdekat', [1, 1, 0]],
    ['KURANG',          1, 'terdekat', [1, 0, 0]],
    ['KURANG',          2, 'atas',     [2, 0, 1]],
    // the "most" group of a unit of one has its one person, whatever the rounding
    ['ISTIMEWA',        1, 'bawah',    [null, 1]],
    ['BAIK',            1, 'bawah',    [null, 1, 0]],
    ['BAIK',            1, 'terdekat', [null, 1, 0]],
    ['BAIK',            2, 'bawah',    [null, 1, 1]],
    ['BAIK',            0, 'terdekat', [null, 0, 0]],
    ['KURANG',         25, 'terdekat', [15, 3, 3]],
  ])('%s, %i pegawai, %s → %j', (org, total, pembulatan, batas) => {
    expect(hitungPolaDistribusi(org, total, pembulatan).map((b) => b.batas)).toEqual(batas)
  })
})

describe('bulatkan', () => {
  it.each<[number, PembulatanDistribusi, number]>([
    [2.5, 'terdekat', 3],
    [2.49, 'terdekat', 2],
    [2.5, 'bawah', 2],
    [2.01, 'atas', 3],
    [3, 'atas', 3],
    [0.5, 'terdekat', 1],
  ])('%d %s → %i', (nilai, pembulatan, hasil) => {
    expect(bulatkan(nilai, pembulatan)).toBe(hasil)
  })
})
