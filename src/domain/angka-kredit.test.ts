import { describe, expect, it } from 'vitest'
import {
  angkaKredit,
  angkaKreditTahun,
  bulanSegmen,
  jenjangJf,
  KOEFISIEN_AK_TAHUNAN,
  koefisienPada,
  PERSEN_AK_PREDIKAT,
  rentangKode,
  type JenjangJf,
} from './angka-kredit.ts'
import type { PredikatPegawai } from './predikat.ts'

// Peraturan BKN 3/2023: AK = bulan/12 × %predikat × koefisien; full year, every jenjang × predikat
// prettier-ignore
const SETAHUN: [JenjangJf, Record<PredikatPegawai, number>][] = [
  ['AHLI_PERTAMA', { SANGAT_BAIK: 18.75,  BAIK: 12.5, BUTUH_PERBAIKAN: 9.375,  KURANG: 6.25,  SANGAT_KURANG: 3.125 }],
  ['AHLI_MUDA',    { SANGAT_BAIK: 37.5,   BAIK: 25,   BUTUH_PERBAIKAN: 18.75,  KURANG: 12.5,  SANGAT_KURANG: 6.25 }],
  ['AHLI_MADYA',   { SANGAT_BAIK: 56.25,  BAIK: 37.5, BUTUH_PERBAIKAN: 28.125, KURANG: 18.75, SANGAT_KURANG: 9.375 }],
  ['AHLI_UTAMA',   { SANGAT_BAIK: 75,     BAIK: 50,   BUTUH_PERBAIKAN: 37.5,   KURANG: 25,    SANGAT_KURANG: 12.5 }],
  ['PEMULA',       { SANGAT_BAIK: 5.625,  BAIK: 3.75, BUTUH_PERBAIKAN: 2.813,  KURANG: 1.875, SANGAT_KURANG: 0.938 }],
  ['TERAMPIL',     { SANGAT_BAIK: 7.5,    BAIK: 5,    BUTUH_PERBAIKAN: 3.75,   KURANG: 2.5,   SANGAT_KURANG: 1.25 }],
  ['MAHIR',        { SANGAT_BAIK: 18.75,  BAIK: 12.5, BUTUH_PERBAIKAN: 9.375,  KURANG: 6.25,  SANGAT_KURANG: 3.125 }],
  ['PENYELIA',     { SANGAT_BAIK: 37.5,   BAIK: 25,   BUTUH_PERBAIKAN: 18.75,  KURANG: 12.5,  SANGAT_KURANG: 6.25 }],
]

describe('angkaKredit: 12 months', () => {
  it.each(
    SETAHUN.flatMap(([jenjang, baris]) =>
      Object.entries(baris).map(([predikat, ak]) => [jenjang, predikat as PredikatPegawai, ak] as const),
    ),
  )('%s, %s → %d', (jenjang, predikat, ak) => {
    expect(angkaKredit({ bulan: 12, predikat, jenjang })).toBe(ak)
  })
})

describe('angkaKredit: part of a year (rounded to 3 decimals, half up)', () => {
  it.each<[number, PredikatPegawai, JenjangJf, number]>([
    [2, 'BAIK', 'AHLI_PERTAMA', 2.083],
    [1, 'SANGAT_BAIK', 'AHLI_MUDA', 3.125],
    [6, 'BUTUH_PERBAIKAN', 'PEMULA', 1.406],
    [1, 'SANGAT_KURANG', 'PEMULA', 0.078],
    [7, 'BAIK', 'AHLI_MADYA', 21.875],
    [5, 'SANGAT_BAIK', 'TERAMPIL', 3.125],
    [1, 'KURANG', 'MAHIR', 0.521],
    [0, 'SANGAT_BAIK', 'AHLI_UTAMA', 0],
  ])('%i months %s %s → %d', (bulan, predikat, jenjang, ak) => {
    expect(angkaKredit({ bulan, predikat, jenjang })).toBe(ak)
  })

  it.each([-1, 13, Number.NaN, Number.POSITIVE_INFINITY])('bulan %s is refused', (bulan) => {
    expect(() => angkaKredit({ bulan, predikat: 'BAIK', jenjang: 'AHLI_MUDA' })).toThrow(RangeError)
  })

  it('uses a configured table', () => {
    const tabel = { koefisien: { ...KOEFISIEN_AK_TAHUNAN, PEMULA: 4 }, persen: PERSEN_AK_PREDIKAT }
    expect(angkaKredit({ bulan: 12, predikat: 'BAIK', jenjang: 'PEMULA' }, tabel)).toBe(4)
  })
})

describe('bulanSegmen: months of a segment under the convention', () => {
  // prettier-ignore
  it.each<[string, string, string, 'awal_bulan' | 'hari', number]>([
    ['full year', '2025-01-01', '2025-12-31', 'awal_bulan', 12],
    ['full year', '2025-01-01', '2025-12-31', 'hari', 12],
    ['Jan–Jun', '2025-01-01', '2025-06-30', 'awal_bulan', 6],
    ['Jul–Dec', '2025-07-01', '2025-12-31', 'awal_bulan', 6],
    ['until 15 Mar', '2025-01-01', '2025-03-15', 'awal_bulan', 3],
    ['from 16 Mar', '2025-03-16', '2025-12-31', 'awal_bulan', 9],
    ['until 15 Mar', '2025-01-01', '2025-03-15', 'hari', 2.4839],
    ['from 16 Mar', '2025-03-16', '2025-12-31', 'hari', 9.5161],
    ['February of a leap year, half', '2024-02-01', '2024-02-14', 'hari', 0.4828],
    ['empty', '2025-05-02', '2025-05-01', 'awal_bulan', 0],
  ])('%s (%s – %s, %s) → %d', (_, mulai, selesai, konvensi, bulan) => {
    expect(bulanSegmen(Number(mulai.slice(0, 4)), { mulai, selesai }, konvensi)).toBe(bulan)
  })

  it('the segments of a year add up to 12 under awal_bulan, whatever the change date', () => {
    for (const ganti of ['2025-03-01', '2025-03-15', '2025-03-31', '2025-12-31']) {
      const kemarin = new Date(`${ganti}T00:00:00Z`)
      kemarin.setUTCDate(kemarin.getUTCDate() - 1)
      const a = bulanSegmen(
        2025,
        { mulai: '2025-01-01', selesai: kemarin.toISOString().slice(0, 10) },
        'awal_bulan',
      )
      const b = bulanSegmen(2025, { mulai: ganti, selesai: '2025-12-31' }, 'awal_bulan')
      expect(a + b).toBe(12)
    }
  })

  it('cuts to a period', () => {
    const tw1 = rentangKode(2025, 'TW1')
    expect(bulanSegmen(2025, { mulai: '2025-02-01', selesai: '2025-12-31' }, 'awal_bulan', tw1)).toBe(2)
    expect(rentangKode(2025, 'B02')).toEqual({ mulai: '2025-02-01', selesai: '2025-02-28' })
    expect(rentangKode(2024, 'S1')).toEqual({ mulai: '2024-01-01', selesai: '2024-06-30' })
    expect(() => rentangKode(2024, 'X1')).toThrow(RangeError)
  })
})

describe('koefisienPada: the published coefficient in force, else the default', () => {
  const daftar = [
    { jenjang: 'AHLI_PERTAMA' as const, koefisien: 13, berlakuMulai: '2026-01-01' },
    { jenjang: 'AHLI_PERTAMA' as const, koefisien: 14, berlakuMulai: '2027-01-01' },
  ]
  it.each<[string, number]>([
    ['2025-12-31', 12.5],
    ['2026-01-01', 13],
    ['2026-07-01', 13],
    ['2027-02-01', 14],
  ])('%s → %d', (tanggal, k) => expect(koefisienPada(daftar, 'AHLI_PERTAMA', tanggal)).toBe(k))
  it('another jenjang keeps its default', () =>
    expect(koefisienPada(daftar, 'AHLI_MUDA', '2027-02-01')).toBe(25))
})

describe('angkaKreditTahun: segments, periods, the annual predikat', () => {
  const satu = [{ id: 's1', mulai: '2025-01-01', selesai: '2025-12-31', jenjang: 'AHLI_PERTAMA' as const }]
  it('DOMAIN example: Ahli Pertama, Sangat Baik, full year = 18.75', () => {
    const h = angkaKreditTahun({
      tahun: 2025,
      segmen: satu,
      penilaian: [{ segmenId: 's1', kode: 'FINAL', predikat: 'SANGAT_BAIK' }],
      koefisien: [],
      konvensi: 'awal_bulan',
    })
    expect(h.tahunan).toBe(18.75)
    expect(h.segmen[0]).toMatchObject({ bulan: 12, koefisien: 12.5, ak: 18.75 })
  })

  it('periodic: 2 months Baik = 2.083; the annual stays null before the FINAL', () => {
    const h = angkaKreditTahun({
      tahun: 2025,
      segmen: [{ id: 's1', mulai: '2025-01-01', selesai: '2025-02-28', jenjang: 'AHLI_PERTAMA' }],
      penilaian: [{ segmenId: 's1', kode: 'TW1', predikat: 'BAIK' }],
      koefisien: [],
      konvensi: 'awal_bulan',
    })
    expect(h.periode).toEqual([{ segmenId: 's1', kode: 'TW1', predikat: 'BAIK', bulan: 2, ak: 2.083 }])
    expect(h.periodik).toBe(2.083)
    expect(h.tahunan).toBeNull()
  })

  const naik = [
    { id: 'a', mulai: '2025-01-01', selesai: '2025-06-30', jenjang: 'AHLI_PERTAMA' as const },
    { id: 'b', mulai: '2025-07-01', selesai: '2025-12-31', jenjang: 'AHLI_MUDA' as const },
  ]
  it('mid-year jenjang change: Ahli Pertama Jan–Jun, Ahli Muda Jul–Dec, annual Baik = 6.25 + 12.5', () => {
    const h = angkaKreditTahun({
      tahun: 2025,
      segmen: naik,
      penilaian: [
        { segmenId: 'a', kode: 'S1', predikat: 'SANGAT_BAIK' },
        { segmenId: 'b', kode: 'S2', predikat: 'BAIK' },
        { segmenId: 'b', kode: 'FINAL', predikat: 'BAIK' },
      ],
      koefisien: [],
      konvensi: 'awal_bulan',
    })
    expect(h.predikatTahunan).toBe('BAIK')
    expect(h.segmen.map((s) => [s.bulan, s.ak])).toEqual([
      [6, 6.25],
      [6, 12.5],
    ])
    expect(h.tahunan).toBe(18.75)
    expect(h.periode.map((p) => p.ak)).toEqual([9.375, 12.5])
    expect(h.periodik).toBe(21.875)
  })

  // prettier-ignore
  it.each<['awal_bulan' | 'hari', number, number, number]>([
    // change on 16 March: awal_bulan gives March to the first segment (in force on 1 March)
    ['awal_bulan', 3, 9, 3.125 + 18.75],
    // hari: 2.4839 months × 12.5 / 12 = 2.587; 9.5161 × 25 / 12 = 19.825
    ['hari', 2.4839, 9.5161, 2.587 + 19.825],
  ])('mid-month change under %s', (konvensi, bulanA, bulanB, total) => {
    const h = angkaKreditTahun({
      tahun: 2025,
      segmen: [
        { id: 'a', mulai: '2025-01-01', selesai: '2025-03-15', jenjang: 'AHLI_PERTAMA' },
        { id: 'b', mulai: '2025-03-16', selesai: '2025-12-31', jenjang: 'AHLI_MUDA' },
      ],
      penilaian: [{ segmenId: 'b', kode: 'FINAL', predikat: 'BAIK' }],
      koefisien: [],
      konvensi,
    })
    expect(h.segmen.map((s) => s.bulan)).toEqual([bulanA, bulanB])
    expect(h.tahunan).toBeCloseTo(total, 3)
  })

  it('a non-JF segment has no angka kredit; a published coefficient applies from its date', () => {
    const h = angkaKreditTahun({
      tahun: 2026,
      segmen: [
        { id: 'a', mulai: '2026-01-01', selesai: '2026-03-31', jenjang: null },
        { id: 'b', mulai: '2026-04-01', selesai: '2026-12-31', jenjang: 'AHLI_PERTAMA' },
      ],
      penilaian: [{ segmenId: 'b', kode: 'FINAL', predikat: 'BAIK' }],
      koefisien: [{ jenjang: 'AHLI_PERTAMA', koefisien: 16, berlakuMulai: '2026-01-01' }],
      konvensi: 'awal_bulan',
    })
    expect(h.segmen).toEqual([
      { id: 'a', jenjang: null, bulan: 3, koefisien: null, ak: null },
      { id: 'b', jenjang: 'AHLI_PERTAMA', bulan: 9, koefisien: 16, ak: 12 },
    ])
    expect(h.tahunan).toBe(12)
  })

  it('the opening balance date leaves out the months it covers', () => {
    const h = angkaKreditTahun({
      tahun: 2025,
      segmen: satu,
      penilaian: [{ segmenId: 's1', kode: 'FINAL', predikat: 'BAIK' }],
      koefisien: [],
      konvensi: 'awal_bulan',
      sejak: '2025-06-30',
    })
    expect(h.segmen[0].bulan).toBe(6)
    expect(h.tahunan).toBe(6.25)
  })

  it('maps the stored lowercase jenjang once', () => {
    expect(jenjangJf('ahli_muda')).toBe('AHLI_MUDA')
    expect(jenjangJf(null)).toBeNull()
    expect(jenjangJf('lain')).toBeNull()
  })
})
