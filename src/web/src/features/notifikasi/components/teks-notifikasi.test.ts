// @vitest-environment happy-dom
import { MantineProvider } from '@mantine/core'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { MemoryRouter } from 'react-router'
import { afterAll, describe, expect, it } from 'vitest'
import { PesanNotifikasi, TIPE_NOTIFIKASI, type NotifikasiView } from '../../../../../shared/notifikasi.ts'
import { teksPesan } from '../../../../../shared/notifikasi-teks.ts'
import i18n, { setBahasa } from '../../../i18n/index.ts'
import { formatAngka } from '../../../lib/format.ts'
import { NotifikasiItem } from './NotifikasiPage.tsx'
import { teksNotifikasi } from './teks-notifikasi.ts'

const notif = (pesan: PesanNotifikasi | null, o: Partial<NotifikasiView> = {}): NotifikasiView => ({
  id: '0193a3a0-0000-7000-8000-000000000001',
  pesan,
  teks: null,
  tautan: '/skp/x',
  dibaca: false,
  dibacaAt: null,
  selesai: false,
  selesaiAt: null,
  createdAt: '2026-01-02T03:04:05.000Z',
  ...o,
})

const CONTOH: PesanNotifikasi[] = [
  { tipe: 'SKP_DIAJUKAN', parameter: { nama: 'Staf Satu', tahun: 2026 } },
  { tipe: 'SKP_DIKEMBALIKAN', parameter: { tahun: 2026, catatan: 'Lengkapi target' } },
  { tipe: 'SKP_DISETUJUI', parameter: { tahun: 2026 } },
  { tipe: 'SKP_DIBUKA', parameter: { tahun: 2026 } },
  {
    tipe: 'ATASAN_BELUM_SKP',
    parameter: { nama: 'Staf Satu', tahun: 2026, bawahanPegawaiId: '0193a3a0-0000-7000-8000-000000000002' },
  },
  { tipe: 'MPH_SEL', parameter: { nama: 'Kepala Bidang', jumlah: 1500, hasil: ['Laporan', 'Data'] } },
  { tipe: 'TIM_ANGGOTA', parameter: { namaTim: 'Tim Data', tahun: 2026 } },
  { tipe: 'TIM_ANGGOTA_SKP_DISETUJUI', parameter: { namaTim: 'Tim Data', tahun: 2026 } },
  {
    tipe: 'RHK_ATASAN_DIUBAH',
    parameter: { nama: 'Kepala Bidang', tahun: 2026, rhkAtasan: 'Laporan terbit', rhkAnda: ['Draf laporan'] },
  },
  { tipe: 'SKP_DIBUAT_DARI_MPH', parameter: { nama: 'Kepala Bidang', tahun: 2026 } },
  { tipe: 'PROGRES_HARIAN_DIAJUKAN', parameter: { nama: 'Staf Satu', jumlah: 3 } },
  {
    tipe: 'PROGRES_HARIAN_DIKEMBALIKAN',
    parameter: { nama: 'Kepala Bidang', jumlah: 2, catatan: 'Lengkapi bukti' },
  },
  {
    tipe: 'UMPAN_BALIK_BARU',
    parameter: {
      nama: 'Kepala Bidang',
      peran: 'penilai',
      periode: 'TW1',
      tentang: 'Laporan terbit',
      cuplikan: 'Bagus',
    },
  },
  {
    tipe: 'DIALOG_KINERJA',
    parameter: { nama: 'Kepala Bidang', aksi: 'dijadwalkan', jenis: 'bimbingan', tanggal: '2026-05-04' },
  },
  {
    tipe: 'REALISASI_SEGERA_TERKUNCI',
    parameter: { tahun: 2026, periode: 'TW1', batas: '2026-04-05', hari: 3, jumlah: 2 },
  },
  {
    tipe: 'REALISASI_JATUH_TEMPO',
    parameter: { tahun: 2026, periode: 'B04', batas: '2026-05-05', hari: 5, jumlah: 1 },
  },
  {
    tipe: 'REALISASI_DIBUKA',
    parameter: { tahun: 2026, periode: 'TW1', sampai: '2026-04-20', alasan: 'Sakit' },
  },
  { tipe: 'PENILAIAN_DIRI_DIAJUKAN', parameter: { nama: 'Staf Satu', tahun: 2026, periode: 'TW2' } },
  {
    tipe: 'EVALUASI_DIFINALISASI',
    parameter: { tahun: 2026, periode: 'FINAL', predikat: 'BAIK', batas: '2027-01-20' },
  },
  {
    tipe: 'EVALUASI_DIBUKA_KEMBALI',
    parameter: { nama: 'Staf Satu', tahun: 2026, periode: 'TW1', alasan: 'Realisasi salah hitung' },
  },
  {
    tipe: 'DELEGASI_PENILAIAN',
    parameter: { nama: 'Kepala Bidang', mulai: '2026-12-01', selesai: '2026-12-31' },
  },
  { tipe: 'KEBERATAN_DIAJUKAN', parameter: { nama: 'Staf Satu', tahun: 2026, periode: 'FINAL' } },
  { tipe: 'KEBERATAN_KOMENTAR', parameter: { nama: 'Kepala Bidang', cuplikan: 'Bukti sudah lengkap' } },
  {
    tipe: 'KEBERATAN_DIPUTUSKAN',
    parameter: { nama: 'Staf Satu', tahun: 2026, periode: 'FINAL', keputusan: 'ubah', predikat: 'BAIK' },
  },
  {
    tipe: 'PREDIKAT_ORGANISASI_DITETAPKAN',
    parameter: { unit: 'Bidang Uji', tahun: 2026, periode: 'TW1', predikat: 'ISTIMEWA' },
  },
  {
    tipe: 'RENCANA_PERBAIKAN_DIBUKA',
    parameter: { nama: 'Staf Satu', predikat: 'KURANG', selesai: '2027-06-30' },
  },
  {
    tipe: 'RENCANA_PERBAIKAN_GUGUR',
    parameter: { nama: 'Staf Satu', predikat: 'KURANG', predikatBaru: 'BAIK', oleh: 'keberatan' },
  },
]

const teks = (n: NotifikasiView) => teksNotifikasi(i18n.getFixedT(null, 'notifikasi'), n)

afterAll(() => setBahasa('id'))

describe('notifications in the reader’s language', () => {
  it('has an example here and a sentence in both languages for every type', async () => {
    expect(CONTOH.map((p) => p.tipe)).toEqual([...TIPE_NOTIFIKASI])
    for (const bahasa of ['id', 'en'] as const) {
      await setBahasa(bahasa)
      for (const p of CONTOH) {
        expect(PesanNotifikasi.parse(p)).toEqual(p)
        const { judul, isi } = teks(notif(p))
        expect(judul, p.tipe).not.toMatch(/tipe\.|\{\{|undefined/)
        expect(isi ?? '', p.tipe).not.toMatch(/tipe\.|\{\{|undefined/)
      }
    }
  })

  it('writes the sentence from the parameters; counts follow the language, years do not', async () => {
    await setBahasa('id')
    expect(teks(notif(CONTOH[5]))).toEqual({
      judul: 'Kepala Bidang menambahkan 1.500 RHK pada SKP Anda',
      isi: 'Dari Matriks Peran Hasil: Laporan; Data. Lengkapi indikator dan target sebelum mengajukan SKP.',
    })
    expect(teks(notif(CONTOH[0])).judul).toBe('Staf Satu mengajukan SKP 2026')
    await setBahasa('en')
    expect(teks(notif(CONTOH[5])).judul).toBe('Kepala Bidang added 1,500 RHK to your SKP')
    expect(teks(notif(CONTOH[0])).judul).toBe('Staf Satu submitted the SKP 2026')
    expect(teks(notif(CONTOH[1])).isi).toBe("The assessor's note: Lengkapi target")
    const tanpaCatatan = notif({ tipe: 'SKP_DIKEMBALIKAN', parameter: { tahun: 2026, catatan: null } })
    expect(teks(tanpaCatatan)).toEqual({ judul: 'Your SKP 2026 was returned', isi: null })
  })

  it('writes the same sentence as the server (mail) from the one shared source', async () => {
    for (const bahasa of ['id', 'en'] as const) {
      await setBahasa(bahasa)
      for (const p of CONTOH) expect(teksPesan(p, bahasa), p.tipe).toEqual(teks(notif(p)))
    }
  })

  it('shows a row from before types with its stored text, in any language', async () => {
    await setBahasa('en')
    const lama = notif(null, { teks: { judul: 'SKP 2025 Anda disetujui', isi: null } })
    expect(teks(lama)).toEqual({ judul: 'SKP 2025 Anda disetujui', isi: null })
  })

  it('formatAngka follows the UI language', async () => {
    await setBahasa('id')
    expect(formatAngka(1500)).toBe('1.500')
    expect(formatAngka(2.5)).toBe('2,5')
    await setBahasa('en')
    expect(formatAngka(1500)).toBe('1,500')
    expect(formatAngka(1500, 'id')).toBe('1.500')
  })
})

const render = (n: NotifikasiView) =>
  renderToStaticMarkup(
    createElement(
      QueryClientProvider,
      { client: new QueryClient() },
      createElement(
        MantineProvider,
        null,
        createElement(MemoryRouter, null, createElement(NotifikasiItem, { n })),
      ),
    ),
  )

describe('NotifikasiItem', () => {
  it('marks a new one as new, and a resolved one as done without the new badge or the read button', async () => {
    await setBahasa('id')
    const baru = render(notif(CONTOH[0]))
    expect(baru).toContain('Staf Satu mengajukan SKP 2026')
    expect(baru).toContain('Baru')
    expect(baru).toContain('data-testid="notifikasi-baca"')
    await setBahasa('en')
    const selesai = render(notif(CONTOH[0], { selesai: true, selesaiAt: '2026-01-03T00:00:00.000Z' }))
    expect(selesai).toContain('Staf Satu submitted the SKP 2026')
    expect(selesai).toContain('data-selesai="true"')
    expect(selesai).toContain('Done')
    expect(selesai).not.toContain('>New<')
    expect(selesai).not.toContain('data-testid="notifikasi-baca"')
  })
})
