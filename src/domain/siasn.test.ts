import { describe, expect, it } from 'vitest'
import { PREDIKAT_PEGAWAI, RATING } from '../shared/enums.ts'
import {
  bulanPeriode,
  GOLONGAN_ID_SIASN,
  golonganIdSiasn,
  KODE_SIASN_RATING,
  koefisienIdSiasn,
  KUADRAN_SIASN,
  LABEL_SIASN_RATING,
  rentangPeriodik,
  statusPenilaiSiasn,
} from './siasn.ts'
import type { KodePeriodePenilaian } from '../shared/enums.ts'

// DOMAIN §5: Di Atas 1, Sesuai 2, Di Bawah 3
describe('rating codes', () => {
  it.each([
    ['DI_ATAS', 1, 'DIATAS EKSPEKTASI'],
    ['SESUAI', 2, 'SESUAI EKSPEKTASI'],
    ['DI_BAWAH', 3, 'DIBAWAH EKSPEKTASI'],
  ] as const)('%s → %i %s', (r, kode, label) => {
    expect(KODE_SIASN_RATING[r]).toBe(kode)
    expect(LABEL_SIASN_RATING[r]).toBe(label)
  })
  it('covers every rating', () => expect(Object.keys(LABEL_SIASN_RATING).sort()).toEqual([...RATING].sort()))
})

describe('kuadran per predikat', () => {
  it.each([
    ['SANGAT_BAIK', 1, 'SANGAT BAIK'],
    ['BAIK', 2, 'BAIK'],
    ['BUTUH_PERBAIKAN', 3, 'BUTUH PERBAIKAN'],
    ['KURANG', 4, 'KURANG/MISCONDUCT'],
    ['SANGAT_KURANG', 5, 'SANGAT KURANG'],
  ] as const)('%s → %i', (p, nilai, label) => expect(KUADRAN_SIASN[p]).toEqual({ nilai, label }))
  it('one distinct code per predikat', () => {
    expect(new Set(PREDIKAT_PEGAWAI.map((p) => KUADRAN_SIASN[p].nilai)).size).toBe(PREDIKAT_PEGAWAI.length)
  })
})

describe('golongan → SIASN id', () => {
  it.each([
    ['I/a', '11'],
    ['I/d', '14'],
    ['II/a', '21'],
    ['III/a', '31'],
    ['III/d', '34'],
    ['IV/a', '41'],
    ['IV/e', '45'],
    [' III / b ', '32'],
    ['I', '51'],
    ['V', '55'],
    ['IX', '59'],
    ['XVII', '67'],
    ['III/e', null],
    ['XVIII', null],
    ['', null],
    [null, null],
  ] as const)('%s → %s', (g, id) => expect(golonganIdSiasn(g)).toBe(id))
  it('17 PNS golongan ruang and 17 PPPK golongan, ids unique', () => {
    const ids = Object.values(GOLONGAN_ID_SIASN)
    expect(ids).toHaveLength(34)
    expect(new Set(ids).size).toBe(34)
  })
})

describe('statusPenilai', () => {
  it.each([
    ['198001012005011001', 'ASN'],
    [null, 'NON ASN'],
    ['', 'NON ASN'],
  ] as const)('%s → %s', (nip, s) => expect(statusPenilaiSiasn(nip)).toBe(s))
})

describe('koefisienId', () => {
  it.each([
    ['ahli_pertama', 'ahli_pertama'],
    [null, null],
  ] as const)('%s → %s', (j, k) => expect(koefisienIdSiasn(j)).toBe(k))
})

describe('months of a period', () => {
  it.each<[KodePeriodePenilaian, number, number]>([
    ['B01', 1, 1],
    ['B12', 12, 12],
    ['TW1', 1, 3],
    ['TW2', 4, 6],
    ['TW4', 10, 12],
    ['S1', 1, 6],
    ['S2', 7, 12],
    ['FINAL', 1, 12],
  ])('%s → %i–%i', (kode, mulai, selesai) => expect(bulanPeriode(kode)).toEqual({ mulai, selesai }))

  it('the SKP dates cut the period (snapshot mulai/selesai)', () => {
    expect(rentangPeriodik(2026, 'TW2', { mulai: '2026-05-02', selesai: '2026-06-30' })).toEqual({
      bulanMulaiPenilaian: 5,
      bulanSelesaiPenilaian: 6,
      tahunMulaiPenilaian: 2026,
      tahunSelesaiPenilaian: 2026,
    })
    expect(rentangPeriodik(2026, 'S2')).toEqual({
      bulanMulaiPenilaian: 7,
      bulanSelesaiPenilaian: 12,
      tahunMulaiPenilaian: 2026,
      tahunSelesaiPenilaian: 2026,
    })
  })
})
