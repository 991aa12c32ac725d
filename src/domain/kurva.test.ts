import { describe, expect, it } from 'vitest'
import { bobotPeringatan, hitungAnggota, persen, ringkasKurva, type AnggotaKurva } from './kurva.ts'
import { cekPolaDistribusi, type PembulatanDistribusi, type PeringatanDistribusi } from './pola-distribusi.ts'
import { PREDIKAT_ORGANISASI, type PredikatOrganisasi, type PredikatPegawai } from './predikat.ts'

const SB = 'SANGAT_BAIK'
const B = 'BAIK'
const BP = 'BUTUH_PERBAIKAN'
const K = 'KURANG'
const SK = 'SANGAT_KURANG'
type W = Omit<PeringatanDistribusi, 'code'> & { code: PeringatanDistribusi['code'] }
const terbanyak = (predikat: PredikatPegawai[], batas: number, aktual: number): W => ({
  code: 'DISTRIBUSI.BUKAN_TERBANYAK',
  predikat,
  batas,
  aktual,
})
const maks = (predikat: PredikatPegawai[], batas: number, aktual: number): W => ({
  code: 'DISTRIBUSI.MELEBIHI_MAKS',
  predikat,
  batas,
  aktual,
})
const min = (predikat: PredikatPegawai[], batas: number, aktual: number): W => ({
  code: 'DISTRIBUSI.KURANG_DARI_MIN',
  predikat,
  batas,
  aktual,
})
const x = (p: PredikatPegawai, n: number): PredikatPegawai[] => Array<PredikatPegawai>(n).fill(p)
const orang = (predikat: PredikatPegawai[]): AnggotaKurva[] =>
  predikat.map((p) => ({ kepalaUnit: false, bebas: false, predikat: p }))

type Harapan = Record<PembulatanDistribusi, W[]>
const semua = (w: W[]): Harapan => ({ terdekat: w, bawah: w, atas: w })

/**
 * SE MenPANRB 3/2023 for units of 1, 2, 3 and 7 counted pegawai (the sizes), each organisation
 * predikat, each rounding setting: one distribution that fits and the ways it breaks.
 */
// prettier-ignore
const KASUS: [PredikatOrganisasi, number, string, PredikatPegawai[], Harapan][] = [
  ['ISTIMEWA', 1, 'the one SB',               [SB],                      semua([])],
  ['ISTIMEWA', 1, 'the one is Baik',          [B],                       semua([terbanyak([SB], 1, 0)])],
  ['ISTIMEWA', 2, 'SB and B (tie)',           [SB, B],                   semua([])],
  ['ISTIMEWA', 2, 'both SB',                  x(SB, 2),                  { terdekat: [maks([SB], 1, 2)], bawah: [maks([SB], 1, 2)], atas: [] }],
  ['ISTIMEWA', 3, '2 SB, 1 B',                [SB, SB, B],               semua([])],
  ['ISTIMEWA', 3, 'all SB',                   x(SB, 3),                  { terdekat: [maks([SB], 2, 3)], bawah: [maks([SB], 2, 3)], atas: [] }],
  ['ISTIMEWA', 7, '4 SB',                     [...x(SB, 4), ...x(B, 3)], semua([])],
  ['ISTIMEWA', 7, '5 SB (70 % of 7 = 4.9)',   [...x(SB, 5), ...x(B, 2)], { terdekat: [], bawah: [maks([SB], 4, 5)], atas: [] }],
  ['ISTIMEWA', 7, 'SB not the most',          [...x(SB, 2), ...x(B, 3), ...x(BP, 2)], semua([terbanyak([SB], 3, 2)])],
  // Baik: most Baik (≤ 70 %) and at least one Butuh Perbaikan and/or Kurang
  ['BAIK', 1, 'the one is Baik',              [B],                       semua([])],
  ['BAIK', 1, 'the one is Kurang',            [K],                       semua([terbanyak([B], 1, 0)])],
  ['BAIK', 2, 'B and BP',                     [B, BP],                   semua([])],
  ['BAIK', 2, 'both Baik',                    x(B, 2),                   { terdekat: [maks([B], 1, 2), min([BP, K], 1, 0)], bawah: [maks([B], 1, 2), min([BP, K], 1, 0)], atas: [min([BP, K], 1, 0)] }],
  ['BAIK', 3, '2 B and a Kurang',             [B, B, K],                 semua([])],
  ['BAIK', 3, 'no BP and no Kurang',          [B, B, SB],                semua([min([BP, K], 1, 0)])],
  ['BAIK', 7, '4 B, SB, BP, SK',              [...x(B, 4), SB, BP, SK],  semua([])],
  ['BAIK', 7, '5 B (70 % of 7 = 4.9)',        [...x(B, 5), K, SB],       { terdekat: [], bawah: [maks([B], 4, 5)], atas: [] }],
  ['BAIK', 7, 'no BP and no Kurang',          [...x(B, 4), ...x(SB, 3)], semua([min([BP, K], 1, 0)])],
  ['BUTUH_PERBAIKAN', 1, 'the one BP',        [BP],                      semua([])],
  ['BUTUH_PERBAIKAN', 1, 'the one SB',        [SB],                      { terdekat: [min([BP], 1, 0), maks([SB], 0, 1)], bawah: [min([BP], 1, 0), maks([SB], 0, 1)], atas: [min([BP], 1, 0)] }],
  ['BUTUH_PERBAIKAN', 2, 'both BP',           x(BP, 2),                  semua([])],
  ['BUTUH_PERBAIKAN', 2, 'BP and B',          [BP, B],                   { terdekat: [], bawah: [], atas: [min([BP], 2, 1)] }],
  ['BUTUH_PERBAIKAN', 3, '2 BP, 1 B',         [BP, BP, B],               semua([])],
  ['BUTUH_PERBAIKAN', 3, '1 BP, 2 B',         [BP, B, B],                { terdekat: [min([BP], 2, 1)], bawah: [], atas: [min([BP], 2, 1)] }],
  ['BUTUH_PERBAIKAN', 7, '5 BP, B, K',        [...x(BP, 5), B, K],       semua([])],
  ['BUTUH_PERBAIKAN', 7, '4 BP, SB, B, K',    [...x(BP, 4), SB, B, K],   { terdekat: [], bawah: [maks([SB], 0, 1)], atas: [min([BP], 5, 4)] }],
  ['KURANG', 1, 'the one Kurang',             [K],                       semua([])],
  ['KURANG', 1, 'the one BP',                 [BP],                      semua([min([K], 1, 0)])],
  ['KURANG', 2, 'K and BP',                   [K, BP],                   { terdekat: [], bawah: [], atas: [min([K], 2, 1)] }],
  ['KURANG', 2, 'both Kurang',                x(K, 2),                   { terdekat: [min([BP], 1, 0)], bawah: [min([BP], 1, 0)], atas: [] }],
  ['KURANG', 3, '2 K and a BP',               [K, K, BP],                semua([])],
  ['KURANG', 7, '5 K, BP, B',                 [...x(K, 5), BP, B],       semua([])],
  ['KURANG', 7, '5 K, SB, B: no BP',          [...x(K, 5), SB, B],       { terdekat: [min([BP], 1, 0)], bawah: [min([BP], 1, 0), maks([SB], 0, 1)], atas: [min([BP], 1, 0)] }],
  // Sangat Kurang: at least 60 % SK, at least 10 % Kurang and/or BP, no Sangat Baik at all
  ['SANGAT_KURANG', 1, 'the one SK',          [SK],                      semua([])],
  ['SANGAT_KURANG', 1, 'the one SB',          [SB],                      semua([min([SK], 1, 0), maks([SB], 0, 1)])],
  ['SANGAT_KURANG', 2, 'SK and K',            [SK, K],                   { terdekat: [], bawah: [], atas: [min([SK], 2, 1)] }],
  ['SANGAT_KURANG', 2, 'both SK',             x(SK, 2),                  { terdekat: [min([K, BP], 1, 0)], bawah: [min([K, BP], 1, 0)], atas: [] }],
  ['SANGAT_KURANG', 3, '2 SK and a BP',       [SK, SK, BP],              semua([])],
  ['SANGAT_KURANG', 3, 'SK, SB, K',           [SK, SB, K],               { terdekat: [min([SK], 2, 1), maks([SB], 0, 1)], bawah: [maks([SB], 0, 1)], atas: [min([SK], 2, 1), maks([SB], 0, 1)] }],
  ['SANGAT_KURANG', 7, '5 SK, K, B',          [...x(SK, 5), K, B],       semua([])],
  ['SANGAT_KURANG', 7, '6 SK and one SB',     [...x(SK, 6), SB],         semua([min([K, BP], 1, 0), maks([SB], 0, 1)])],
]

describe('ringkasKurva: units of 1, 2, 3 and 7', () => {
  const baris = KASUS.flatMap(([org, n, label, predikat, harapan]) =>
    (['terdekat', 'bawah', 'atas'] as const).map((r) => [org, n, label, r, predikat, harapan[r]] as const),
  )
  it.each(baris)('%s, %i pegawai, %s, %s', (org, n, _label, pembulatan, predikat, harapan) => {
    expect(predikat).toHaveLength(n)
    const k = ringkasKurva(org, hitungAnggota(orang(predikat)), pembulatan)
    expect(k.peringatan.map(({ sementara: _, ...w }) => w)).toEqual(harapan)
    expect(k.peringatan.every((w) => !w.sementara)).toBe(true)
    // everyone rated: the same warnings as the curve rule itself
    expect(k.peringatan.map(({ sementara: _, ...w }) => w)).toEqual(
      cekPolaDistribusi(org, k.jumlah, pembulatan),
    )
  })

  it('every organisation predikat, size and rounding has a distribution that fits (none asks the impossible)', () => {
    for (const org of PREDIKAT_ORGANISASI)
      for (const n of [1, 2, 3, 7])
        for (const r of ['terdekat', 'bawah', 'atas'] as const)
          expect(KASUS.some(([o, m, , , h]) => o === org && m === n && h[r].length === 0)).toBe(true)
  })
})

describe('hitungAnggota', () => {
  const a = (kepalaUnit: boolean, bebas: boolean, predikat: AnggotaKurva['predikat']): AnggotaKurva => ({
    kepalaUnit,
    bebas,
    predikat,
  })
  const nol = { SANGAT_BAIK: 0, BAIK: 0, BUTUH_PERBAIKAN: 0, KURANG: 0, SANGAT_KURANG: 0 }
  // DOMAIN §5: the unit's head and exempt pegawai are out, and the reader is told how many of each
  it.each([
    ['nobody', [], 0, 0, {}, 0, 0],
    [
      'the head and the exempt out; the unrated as belum dinilai',
      [
        a(true, false, SB),
        a(false, true, null),
        a(false, false, null),
        a(false, false, B),
        a(false, false, B),
        a(false, false, K),
      ],
      4,
      1,
      { BAIK: 2, KURANG: 1 },
      1,
      1,
    ],
    // a Kepala Dinas whose direct subordinates all head units: nobody counted, and why
    ['only unit heads', [a(true, false, B), a(true, false, null), a(true, false, SB)], 0, 0, {}, 3, 0],
    ['only exempt', [a(false, true, null), a(false, true, B)], 0, 0, {}, 0, 2],
    [
      'an exempt head counts once, as a head',
      [a(true, true, null), a(false, false, B)],
      1,
      0,
      { BAIK: 1 },
      1,
      0,
    ],
    ['everyone counted', [a(false, false, SB), a(false, false, null)], 2, 1, { SANGAT_BAIK: 1 }, 0, 0],
  ] as const)('%s', (_, anggota, dihitung, belumDinilai, jumlah, kepalaUnit, bebas) => {
    expect(hitungAnggota(anggota)).toEqual({
      dihitung,
      belumDinilai,
      jumlah: { ...nol, ...jumlah },
      tidakDihitung: { kepalaUnit, bebas },
    })
  })

  it('the summary carries who is left out', () => {
    const k = ringkasKurva('BAIK', hitungAnggota([a(true, false, B), a(false, true, null)]), 'terdekat')
    expect(k).toMatchObject({ dihitung: 0, tidakDihitung: { kepalaUnit: 1, bebas: 1 } })
  })
})

describe('persen', () => {
  it.each([
    [1, 3, 33.3],
    [2, 3, 66.7],
    [0, 0, 0],
    [7, 7, 100],
    [1, 8, 12.5],
  ])('%i of %i → %d', (n, total, hasil) => expect(persen(n, total)).toBe(hasil))
})

describe('ringkasKurva', () => {
  it('no organisation predikat yet: counts without a pattern or warnings', () => {
    const k = ringkasKurva(null, hitungAnggota(orang([SB, SB, SB])), 'terdekat')
    expect(k).toMatchObject({ predikatOrganisasi: null, dihitung: 3, batas: [], peringatan: [] })
    expect(k.persen.SANGAT_BAIK).toBe(100)
  })

  it('limits cover the whole counted headcount; a shortfall the unrated can still fill is provisional', () => {
    // Baik, 7 counted, 3 not yet rated: "at least one BP/Kurang" can still be met, 5 Baik cannot be undone
    const anggota = [
      ...orang([B, B, B, B]),
      ...orang([]),
      ...Array(3).fill({ kepalaUnit: false, bebas: false, predikat: null }),
    ]
    const k = ringkasKurva('BAIK', hitungAnggota(anggota), 'bawah')
    expect(k.dihitung).toBe(7)
    expect(k.batas.map((b) => b.batas)).toEqual([null, 4, 1])
    expect(k.peringatan).toEqual([{ ...min([BP, K], 1, 0), sementara: true }])
    const lebih = ringkasKurva('BAIK', hitungAnggota([...orang(x(B, 5)), ...anggota.slice(4, 6)]), 'bawah')
    expect(lebih.peringatan).toEqual([
      { ...maks([B], 4, 5), sementara: false },
      { ...min([BP, K], 1, 0), sementara: true },
    ])
    expect(lebih.persenBelumDinilai).toBe(28.6)
  })

  it('nobody rated yet: no warnings', () => {
    const k = ringkasKurva(
      'KURANG',
      hitungAnggota([{ kepalaUnit: false, bebas: false, predikat: null }]),
      'terdekat',
    )
    expect(k.peringatan).toEqual([])
    expect(k.belumDinilai).toBe(1)
  })
})

describe('bobotPeringatan', () => {
  it('definite warnings before provisional ones, before units without a predikat, before fitting units', () => {
    const pasti = {
      predikatOrganisasi: 'BAIK' as const,
      peringatan: [{ ...min([BP], 1, 0), sementara: false }],
    }
    const sementara = {
      predikatOrganisasi: 'BAIK' as const,
      peringatan: [{ ...min([BP], 1, 0), sementara: true }],
    }
    const tanpa = { predikatOrganisasi: null, peringatan: [] }
    const cocok = { predikatOrganisasi: 'BAIK' as const, peringatan: [] }
    const urut = [cocok, tanpa, sementara, pasti].sort((a, b) => bobotPeringatan(b) - bobotPeringatan(a))
    expect(urut).toEqual([pasti, sementara, tanpa, cocok])
  })
})
