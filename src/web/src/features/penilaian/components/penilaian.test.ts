// @vitest-environment happy-dom
import { MantineProvider } from '@mantine/core'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { createElement, type ReactElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { MemoryRouter } from 'react-router'
import { afterAll, describe, expect, it } from 'vitest'
import type { EvaluasiDetail } from '../../../../../shared/penilaian.ts'
import { setBahasa } from '../../../i18n/index.ts'
import { HasilRingkas } from './HasilRingkas.tsx'
import { PenilaiForm } from './PenilaiForm.tsx'
import { DiriPanel } from './DiriPanel.tsx'
import { TindakanLanjut } from './EvaluasiLain.tsx'
import { namaPeriode, teksDuaBahasa } from './Lencana.tsx'

const orang = (nama: string) => ({
  pegawaiId: null,
  nama,
  nip: '198001012005011001',
  pangkat: null,
  golongan: null,
  jabatan: 'Jabatan',
  unor: 'Seksi',
})

const detail = (o: Partial<EvaluasiDetail> = {}): EvaluasiDetail => ({
  id: 'e1',
  skpId: 's1',
  periode: 'TW4',
  versi: 1,
  status: 'draft',
  revisi: 3,
  ratingHasil: null,
  ratingPerilaku: null,
  predikat: null,
  difinalisasiAt: null,
  diterimaAt: null,
  pegawaiId: 'p1',
  tahun: 2026,
  snapshot: {
    pegawai: orang('Ani'),
    penilai: orang('Kasi'),
    atasanPenilai: orang('Kabid'),
    bertindakSebagai: 'penilai',
    unorId: 'u1',
    unorNama: 'Seksi',
    kepalaUnit: false,
    plt: false,
    jenisJabatan: 'pelaksana',
    jenjang: null,
    mulai: '2026-10-01',
    selesai: '2026-12-31',
    tanggal: '2026-12-05',
  },
  periodeInfo: {
    kode: 'TW4',
    nama: 'Triwulan IV',
    mulai: '2026-10-01',
    selesai: '2026-12-31',
    bisaDinilaiMulai: '2026-12-01',
  },
  hasilKerja: [
    {
      id: 'r1',
      jenis: 'utama',
      deskripsi: 'Tervalidasinya data KIA',
      umpanBalik: null,
      iki: [
        {
          id: 'i1',
          indikator: 'Jumlah data KIA',
          aspek: 'kuantitas',
          satuan: 'Data',
          kualitatif: false,
          targetLabel: '600 Data',
          target: { min: 600, max: null },
          targetTeks: null,
          realisasi: 690,
          realisasiTeks: null,
          capaian: 115,
          jumlahBukti: 2,
          jumlahUmpanBalik: 1,
        },
      ],
    },
  ],
  saranRatingHasil: 'DI_ATAS',
  sumberRatingHasil: 'penilai',
  alasanRatingHasil: null,
  aturanPimpinan: false,
  predikatOrganisasi: null,
  nilaiPerilaku: [{ kode: 'AKUNTABEL', nama: 'Akuntabel', namaEn: 'Accountable' }],
  umpanBalikPerilaku: {},
  catatan: null,
  diri: { ratingHasil: null, ratingPerilaku: null, catatan: null, diajukanAt: null },
  riwayatPeriodik: [],
  prefill: null,
  batasKeberatan: null,
  angkaKredit: null,
  asal: null,
  versiLain: [{ id: 'e1', versi: 1, status: 'draft' }],
  peran: 'penilai',
  aksi: ['simpan', 'finalisasi'],
  ...o,
})

function render(el: ReactElement) {
  return renderToStaticMarkup(
    createElement(
      QueryClientProvider,
      { client: new QueryClient() },
      createElement(MantineProvider, null, createElement(MemoryRouter, null, el)),
    ),
  )
}

afterAll(() => setBahasa('id'))

describe('PenilaiForm', () => {
  it('shows the hasil kerja beside the suggestion, the realisasi link, and no reason while agreeing', async () => {
    await setBahasa('id')
    const html = render(createElement(PenilaiForm, { d: detail() }))
    expect(html).toContain('Jumlah data KIA')
    expect(html).toContain('115%')
    expect(html).toContain('2 bukti')
    expect(html).toContain('href="/skp/s1/realisasi?periode=TW4"')
    expect(html).toContain('data-testid="saran-rating"')
    expect(html).toContain('Di Atas Ekspektasi')
    expect(html).not.toContain('data-testid="alasan-rating"')
    expect(html).toContain('Predikat muncul setelah kedua rating disimpan.')
    expect(html).toContain('data-testid="evaluasi-finalisasi"')
  })

  it('asks for a reason when the stored rating differs from the suggestion', async () => {
    await setBahasa('en')
    const html = render(
      createElement(PenilaiForm, {
        d: detail({ ratingHasil: 'SESUAI', ratingPerilaku: 'SESUAI', predikat: 'BAIK' }),
      }),
    )
    expect(html).toContain('data-testid="alasan-rating"')
    expect(html).toContain('Required because the rating differs from the suggestion.')
    // the predikat is the server's, never recomputed
    expect(html).toContain('data-predikat="BAIK"')
  })

  it('shows the leader rule read-only, and only the buttons the server allows', async () => {
    await setBahasa('id')
    const html = render(
      createElement(PenilaiForm, {
        d: detail({
          aturanPimpinan: true,
          sumberRatingHasil: 'predikat_organisasi',
          predikatOrganisasi: 'BAIK',
          ratingHasil: 'SESUAI',
          aksi: ['simpan'],
        }),
      }),
    )
    expect(html).toContain('data-testid="aturan-pimpinan"')
    expect(html).toContain('predikat organisasi unit (Baik)')
    expect(html).not.toContain('data-testid="rating-hasil-DI_ATAS"')
    expect(html).not.toContain('data-testid="evaluasi-finalisasi"')
  })
})

describe('after finalisation', () => {
  it('the pegawai sees acknowledge, objection with its deadline and the documents', async () => {
    await setBahasa('id')
    const d = detail({
      status: 'final',
      ratingHasil: 'DI_ATAS',
      ratingPerilaku: 'DI_ATAS',
      predikat: 'SANGAT_BAIK',
      peran: 'pegawai',
      batasKeberatan: '2026-12-19',
      aksi: ['terima', 'keberatan'],
    })
    const html = render(createElement(TindakanLanjut, { d }))
    expect(html).toContain('data-testid="evaluasi-terima"')
    expect(html).toContain('href="/keberatan/baru?evaluasi=e1"')
    expect(html).toContain('19 Desember 2026')
    expect(html).toContain('href="/api/v1/evaluasi/e1/dokumen/ringkasan.pdf"')
    expect(html).not.toContain('data-testid="evaluasi-buka-kembali"')
    const ringkas = render(createElement(HasilRingkas, { d }))
    expect(ringkas).toContain('data-predikat="SANGAT_BAIK"')
    expect(ringkas).not.toContain('data-testid="evaluasi-simpan"')
  })

  it('a draft offers no documents and no steps', async () => {
    const html = render(createElement(TindakanLanjut, { d: detail({ aksi: [] }) }))
    expect(html).not.toContain('data-testid')
  })
})

describe('labels', () => {
  it('names a period as people say it, in the reader’s language', async () => {
    await setBahasa('id')
    expect(['B04', 'TW1', 'S2', 'FINAL'].map(namaPeriode)).toEqual([
      'April',
      'Triwulan I',
      'Semester II',
      'Tahunan (akhir)',
    ])
    await setBahasa('en')
    expect(['B04', 'TW4', 'FINAL'].map(namaPeriode)).toEqual(['April', 'Quarter IV', 'Annual (final)'])
  })

  it('reads a stored two-language text in the reader’s language', async () => {
    await setBahasa('en')
    expect(teksDuaBahasa('Cuti di luar tanggungan negara|Unpaid leave')).toBe('Unpaid leave')
    await setBahasa('id')
    expect(teksDuaBahasa('Cuti di luar tanggungan negara|Unpaid leave')).toBe(
      'Cuti di luar tanggungan negara',
    )
    expect(teksDuaBahasa('Tugas belajar')).toBe('Tugas belajar')
  })
})

describe('penilaian diri', () => {
  it('is a form for the pegawai while the server offers it', async () => {
    await setBahasa('id')
    const html = render(
      createElement(DiriPanel, { d: detail({ peran: 'pegawai', aksi: ['isi_diri', 'ajukan_diri'] }) }),
    )
    expect(html).toContain('data-testid="diri-rating-hasil"')
    expect(html).toContain('data-testid="diri-simpan"')
    expect(html).toContain('data-testid="diri-ajukan"')
  })

  it('is shown read-only to the penilai once submitted', async () => {
    await setBahasa('en')
    const d = detail({
      diri: {
        ratingHasil: 'DI_ATAS',
        ratingPerilaku: 'SESUAI',
        catatan: 'Target terlampaui.',
        diajukanAt: '2026-12-02T03:00:00Z',
      },
    })
    const html = render(createElement(DiriPanel, { d }))
    expect(html).toContain('The employee&#x27;s self-evaluation')
    expect(html).toContain('Above Expectations')
    expect(html).toContain('Target terlampaui.')
    expect(html).not.toContain('data-testid="diri-simpan"')
  })
})
