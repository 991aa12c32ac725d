import { describe, expect, it } from 'vitest'
import type { LangkahPegawai } from '../../shared/beranda.ts'
import {
  capaianKosong,
  langkahPegawai,
  selisihHari,
  skpSaatIni,
  tambahCapaian,
  type KeadaanLangkah,
} from './beranda.rules.ts'

const dasar: KeadaanLangkah = {
  tahunDitutup: false,
  bebasSkp: false,
  adaJabatan: true,
  skp: null,
  skpAtasanDisetujui: null,
}

describe('langkahPegawai', () => {
  const kasus: [string, Partial<KeadaanLangkah>, LangkahPegawai][] = [
    ['year closed, no SKP', { tahunDitutup: true }, 'tahun_ditutup'],
    ['year closed, draft', { tahunDitutup: true, skp: { status: 'draft' } }, 'tahun_ditutup'],
    ['year closed, approved', { tahunDitutup: true, skp: { status: 'disetujui' } }, 'selesai'],
    ['exempt status, no SKP', { bebasSkp: true }, 'bebas_skp'],
    ['no position, no SKP', { adaJabatan: false }, 'tidak_ada_jabatan'],
    ['no SKP yet', {}, 'buat_skp'],
    ['draft', { skp: { status: 'draft' } }, 'lengkapi_ajukan'],
    [
      'draft, penilai SKP approved',
      { skp: { status: 'draft' }, skpAtasanDisetujui: true },
      'lengkapi_ajukan',
    ],
    [
      'draft, penilai SKP not approved',
      { skp: { status: 'draft' }, skpAtasanDisetujui: false },
      'tunggu_skp_atasan',
    ],
    ['returned', { skp: { status: 'dikembalikan' } }, 'perbaiki_ajukan'],
    [
      'returned, penilai SKP not approved',
      { skp: { status: 'dikembalikan' }, skpAtasanDisetujui: false },
      'tunggu_skp_atasan',
    ],
    ['submitted', { skp: { status: 'diajukan' }, skpAtasanDisetujui: false }, 'tunggu_penilai'],
    ['approved', { skp: { status: 'disetujui' } }, 'selesai'],
    // an SKP that exists keeps its own step even when the employment status changed since
    ['draft of an exempt status', { bebasSkp: true, skp: { status: 'draft' } }, 'lengkapi_ajukan'],
  ]
  it.each(kasus)('%s', (_nama, keadaan, langkah) => {
    expect(langkahPegawai({ ...dasar, ...keadaan })).toBe(langkah)
  })
})

describe('selisihHari', () => {
  it.each([
    ['2026-01-21', '2026-01-31', 10],
    ['2026-01-31', '2026-01-31', 0],
    ['2026-02-01', '2026-01-31', -1],
    ['2024-02-28', '2024-03-01', 2],
    ['2025-12-31', '2026-01-31', 31],
  ])('%s → %s = %i', (dari, sampai, n) => expect(selisihHari(dari, sampai)).toBe(n))
})

describe('skpSaatIni', () => {
  const lama = { id: 'a', mulai: '2026-01-01', selesai: '2026-03-31' }
  const baru = { id: 'b', mulai: '2026-04-01', selesai: '2026-12-31' }
  it('the SKP whose period covers today, else the latest, else none', () => {
    expect(skpSaatIni([lama, baru], '2026-02-10')?.id).toBe('a')
    expect(skpSaatIni([lama, baru], '2026-04-01')?.id).toBe('b')
    expect(skpSaatIni([lama], '2026-06-01')?.id).toBe('a')
    expect(skpSaatIni([], '2026-06-01')).toBeNull()
  })
})

describe('tambahCapaian', () => {
  it('counts per status, the total and the approved share with one decimal', () => {
    const c = capaianKosong()
    tambahCapaian(c, 'disetujui', 1)
    tambahCapaian(c, 'belum_ada', 2)
    expect(c).toEqual({
      belum_ada: 2,
      draft: 0,
      diajukan: 0,
      dikembalikan: 0,
      disetujui: 1,
      total: 3,
      persenDisetujui: 33.3,
    })
  })
})
