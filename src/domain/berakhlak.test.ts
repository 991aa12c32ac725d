import { describe, expect, it } from 'vitest'
import {
  BERAKHLAK,
  berakhlakUntukTahun,
  KODE_BERAKHLAK,
  type KodeBerakhlak,
  type VersiBerakhlak,
} from './berakhlak.ts'

// SE MenPANRB 20/2021, as in DOMAIN §3: every value, every indicator
// prettier-ignore
const TEKS: [KodeBerakhlak, string, string, [string, string, string]][] = [
  ['BERORIENTASI_PELAYANAN', 'Berorientasi Pelayanan', 'Service Oriented', [
    'Memahami dan memenuhi kebutuhan masyarakat',
    'Ramah, cekatan, solutif, dan dapat diandalkan',
    'Melakukan perbaikan tiada henti',
  ]],
  ['AKUNTABEL', 'Akuntabel', 'Accountable', [
    'Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin, dan berintegritas tinggi',
    'Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien',
    'Tidak menyalahgunakan kewenangan jabatan',
  ]],
  ['KOMPETEN', 'Kompeten', 'Competent', [
    'Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah',
    'Membantu orang lain belajar',
    'Melaksanakan tugas dengan kualitas terbaik',
  ]],
  ['HARMONIS', 'Harmonis', 'Harmonious', [
    'Menghargai setiap orang apapun latar belakangnya',
    'Suka menolong orang lain',
    'Membangun lingkungan kerja yang kondusif',
  ]],
  ['LOYAL', 'Loyal', 'Loyal', [
    'Memegang teguh ideologi Pancasila, Undang-Undang Dasar Negara Republik Indonesia Tahun 1945, setia kepada NKRI serta pemerintahan yang sah',
    'Menjaga nama baik sesama ASN, pimpinan, instansi, dan negara',
    'Menjaga rahasia jabatan dan negara',
  ]],
  ['ADAPTIF', 'Adaptif', 'Adaptive', [
    'Cepat menyesuaikan diri menghadapi perubahan',
    'Terus berinovasi dan mengembangkan kreativitas',
    'Bertindak proaktif',
  ]],
  ['KOLABORATIF', 'Kolaboratif', 'Collaborative', [
    'Memberi kesempatan kepada berbagai pihak untuk berkontribusi',
    'Terbuka dalam bekerja sama untuk menghasilkan nilai tambah',
    'Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama',
  ]],
]

describe('BERAKHLAK version 1', () => {
  const v1 = BERAKHLAK[0]

  it('has seven values in the order of the SE, three indicators each', () => {
    expect(v1.versi).toBe(1)
    expect(v1.nilai.map((n) => n.kode)).toEqual([...KODE_BERAKHLAK])
    expect(v1.nilai.map((n) => n.indikator.length)).toEqual([3, 3, 3, 3, 3, 3, 3])
  })

  it.each(TEKS)('%s', (kode, nama, namaEn, indikator) => {
    expect(v1.nilai.find((n) => n.kode === kode)).toEqual({ kode, nama, namaEn, indikator })
  })
})

describe('berakhlakUntukTahun', () => {
  const v = (versi: number, berlakuMulaiTahun: number): VersiBerakhlak => ({
    versi,
    berlakuMulaiTahun,
    nilai: [],
  })
  const daftar = [v(1, 2021), v(3, 2027), v(2, 2025)]

  it.each<[number, number | undefined]>([
    [2020, undefined],
    [2021, 1],
    [2024, 1],
    [2025, 2],
    [2026, 2],
    [2027, 3],
    [2040, 3],
  ])('%i → version %s', (tahun, versi) => {
    expect(berakhlakUntukTahun(tahun, daftar)?.versi).toBe(versi)
  })

  it.each<[number, number | undefined]>([
    [2020, undefined],
    [2021, 1],
    [2026, 1],
  ])('published data: %i → version %s', (tahun, versi) => {
    expect(berakhlakUntukTahun(tahun)?.versi).toBe(versi)
  })

  it('does not reorder the given list', () => {
    berakhlakUntukTahun(2030, daftar)
    expect(daftar.map((d) => d.versi)).toEqual([1, 3, 2])
  })
})
