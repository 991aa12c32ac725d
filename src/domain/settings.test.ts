import { describe, expect, it } from 'vitest'
import {
  mergePengaturan,
  pengaturanBawaan,
  type PengaturanTahun,
  type PengaturanTahunParsial,
} from './settings.ts'

describe('pengaturanBawaan', () => {
  it('gives the DOMAIN defaults', () => {
    expect(pengaturanBawaan(2025)).toEqual<PengaturanTahun>({
      periodePenilaian: 'triwulan',
      batasSkp: '2025-01-31',
      hariKunciRealisasi: 5,
      statusBebasSkp: ['pejabat_negara', 'diberhentikan_sementara', 'cltn', 'mpp', 'tugas_belajar'],
      ambangRating: { diAtasMinSemua: 100, diAtasMinSalahSatu: 110, sesuaiMinSemua: 80 },
      petaPimpinan: {
        ISTIMEWA: 'DI_ATAS',
        BAIK: 'SESUAI',
        BUTUH_PERBAIKAN: 'DI_BAWAH',
        KURANG: 'DI_BAWAH',
        SANGAT_KURANG: 'DI_BAWAH',
      },
      pembulatanDistribusi: 'terdekat',
      batasKeberatanHari: 14,
      persenTunjangan: null,
      zonaWaktu: 'Asia/Jakarta',
      batasUnggahMb: 10,
      rumusPolaritasTurun: 'selisih',
      hariPengingatKunci: 3,
      jenisHariKeberatan: 'kalender',
      hariLibur: [],
      pimpinanJenisJabatan: ['jpt_utama', 'jpt_madya', 'jpt_pratama', 'administrator', 'pengawas'],
      pimpinanTermasukPlt: false,
      konvensiBulanAk: 'awal_bulan',
    })
  })

  it.each([
    [2024, '2024-01-31'],
    [2030, '2030-01-31'],
  ])('batasSkp of %i is %s', (tahun, batas) => {
    expect(pengaturanBawaan(tahun).batasSkp).toBe(batas)
  })

  it('returns fresh objects (no shared mutable defaults)', () => {
    const a = pengaturanBawaan(2025)
    a.statusBebasSkp.push('x')
    a.ambangRating.sesuaiMinSemua = 1
    a.petaPimpinan.BAIK = 'DI_ATAS'
    expect(pengaturanBawaan(2025).statusBebasSkp).toHaveLength(5)
    expect(pengaturanBawaan(2025).ambangRating.sesuaiMinSemua).toBe(80)
    expect(pengaturanBawaan(2025).petaPimpinan.BAIK).toBe('SESUAI')
  })
})

describe('mergePengaturan', () => {
  const base = pengaturanBawaan(2025)
  const tunjangan = { SANGAT_BAIK: 100, BAIK: 100, BUTUH_PERBAIKAN: 90, KURANG: 80, SANGAT_KURANG: 70 }

  it.each<[string, PengaturanTahunParsial, Partial<PengaturanTahun>]>([
    ['empty partial keeps everything', {}, {}],
    [
      'scalar replaced',
      { periodePenilaian: 'bulanan', hariKunciRealisasi: 10 },
      { periodePenilaian: 'bulanan', hariKunciRealisasi: 10 },
    ],
    ['undefined keeps the base', { batasKeberatanHari: undefined }, {}],
    ['array replaced, not appended', { statusBebasSkp: ['cltn'] }, { statusBebasSkp: ['cltn'] }],
    [
      'ambangRating merged field by field',
      { ambangRating: { sesuaiMinSemua: 75 } },
      { ambangRating: { diAtasMinSemua: 100, diAtasMinSalahSatu: 110, sesuaiMinSemua: 75 } },
    ],
    [
      'petaPimpinan merged field by field',
      { petaPimpinan: { BUTUH_PERBAIKAN: 'SESUAI' } },
      { petaPimpinan: { ...base.petaPimpinan, BUTUH_PERBAIKAN: 'SESUAI' } },
    ],
    ['persenTunjangan set', { persenTunjangan: tunjangan }, { persenTunjangan: tunjangan }],
    ['batasSkp moved', { batasSkp: '2025-02-28' }, { batasSkp: '2025-02-28' }],
  ])('%s', (_label, partial, diff) => {
    expect(mergePengaturan(base, partial)).toEqual({ ...base, ...diff })
  })

  it('persenTunjangan can be cleared with null', () => {
    const dengan = mergePengaturan(base, { persenTunjangan: tunjangan })
    expect(mergePengaturan(dengan, { persenTunjangan: null }).persenTunjangan).toBeNull()
    expect(mergePengaturan(dengan, {}).persenTunjangan).toEqual(tunjangan)
  })

  it('does not mutate or share the inputs', () => {
    const snapshot = structuredClone(base)
    const partial: PengaturanTahunParsial = { statusBebasSkp: ['mpp'], persenTunjangan: tunjangan }
    const hasil = mergePengaturan(base, partial)
    hasil.statusBebasSkp.push('x')
    hasil.ambangRating.diAtasMinSemua = 0
    if (hasil.persenTunjangan) hasil.persenTunjangan.BAIK = 0
    expect(base).toEqual(snapshot)
    expect(partial.statusBebasSkp).toEqual(['mpp'])
    expect(tunjangan.BAIK).toBe(100)
  })
})
