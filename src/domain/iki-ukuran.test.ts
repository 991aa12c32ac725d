import { describe, expect, it } from 'vitest'
import { kunciUkuran, normalUkuran, type UkuranIkiLengkap } from './iki-ukuran.ts'

const dasar: UkuranIkiLengkap = {
  aspek: 'kuantitas',
  indikator: 'Jumlah laporan',
  targetMin: 12,
  targetMax: null,
  satuan: 'Dokumen',
  polaritas: 'naik',
  akumulasi: 'jumlah',
}

describe('kunciUkuran: the same measure is the same IKI', () => {
  it.each<[string, UkuranIkiLengkap, boolean]>([
    ['identical', { ...dasar }, true],
    ['numbers as stored strings', { ...dasar, targetMin: '12' }, true],
    ['defaults spelled out or left out', { ...dasar, polaritas: undefined, akumulasi: undefined }, true],
    ['undefined max is null max', { ...dasar, targetMax: undefined }, true],
    ['indikator changed', { ...dasar, indikator: 'Jumlah laporan akhir' }, false],
    ['aspek changed', { ...dasar, aspek: 'kualitas' }, false],
    ['target changed', { ...dasar, targetMin: 10 }, false],
    ['becomes a range', { ...dasar, targetMax: 14 }, false],
    ['satuan changed', { ...dasar, satuan: 'Laporan' }, false],
    ['polaritas changed', { ...dasar, polaritas: 'turun' }, false],
    ['akumulasi changed', { ...dasar, akumulasi: 'rata' }, false],
  ])('%s → same: %s', (_, lain, sama) => {
    expect(kunciUkuran(lain) === kunciUkuran(dasar)).toBe(sama)
  })

  it('a kualitatif IKI keeps the default polarity and accumulation', () => {
    const k = { indikator: 'Kajian', targetTeks: 'Kajian diterima pimpinan', polaritas: 'turun' as const }
    expect(normalUkuran(k)).toMatchObject({ polaritas: 'naik', akumulasi: 'jumlah', targetMin: null })
    expect(kunciUkuran(k)).toBe(kunciUkuran({ ...k, polaritas: undefined }))
  })
})
