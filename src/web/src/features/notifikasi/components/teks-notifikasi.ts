import type { TFunction } from 'i18next'
import type { NotifikasiView, PesanNotifikasi } from '../../../../../shared/notifikasi.ts'
import { formatAngka } from '../../../lib/format.ts'

export interface TeksNotifikasi {
  judul: string
  isi: string | null
}

/**
 * The interpolation values of a type, formatted for the reader's language: counts as numbers of the
 * language (1.500 / 1,500), years as they are (2026, never 2.026), lists joined.
 */
function nilai(p: PesanNotifikasi): Record<string, string> {
  switch (p.tipe) {
    case 'SKP_DIAJUKAN':
      return { nama: p.parameter.nama, tahun: String(p.parameter.tahun) }
    case 'SKP_DIKEMBALIKAN':
      return { tahun: String(p.parameter.tahun), catatan: p.parameter.catatan ?? '' }
    case 'SKP_DISETUJUI':
    case 'SKP_DIBUKA':
      return { tahun: String(p.parameter.tahun) }
    case 'ATASAN_BELUM_SKP':
      return { nama: p.parameter.nama, tahun: String(p.parameter.tahun) }
    case 'MPH_SEL':
      return {
        nama: p.parameter.nama,
        jumlah: formatAngka(p.parameter.jumlah),
        hasil: p.parameter.hasil.join('; '),
      }
    case 'TIM_ANGGOTA':
    case 'TIM_ANGGOTA_SKP_DISETUJUI':
      return { namaTim: p.parameter.namaTim, tahun: String(p.parameter.tahun) }
    case 'RHK_ATASAN_DIUBAH':
      return {
        nama: p.parameter.nama,
        tahun: String(p.parameter.tahun),
        rhkAtasan: p.parameter.rhkAtasan,
        rhkAnda: p.parameter.rhkAnda.join('; '),
      }
    case 'SKP_DIBUAT_DARI_MPH':
      return { nama: p.parameter.nama, tahun: String(p.parameter.tahun) }
  }
}

/** A returned SKP without a note has nothing more to say than its title. */
const tanpaIsi = (p: PesanNotifikasi) => p.tipe === 'SKP_DIKEMBALIKAN' && !p.parameter.catatan

/**
 * The sentence of a notification in the current language, from its type and parameters (i18n keys
 * `notifikasi:tipe.<TIPE>`). A row from before types has only its stored Indonesian text: shown as it is.
 */
export function teksNotifikasi(t: TFunction<'notifikasi'>, n: NotifikasiView): TeksNotifikasi {
  if (!n.pesan) return n.teks ?? { judul: '', isi: null }
  const v = nilai(n.pesan)
  const kunci = `tipe.${n.pesan.tipe}` as const
  return {
    judul: t(`${kunci}.judul`, v),
    isi: tanpaIsi(n.pesan) ? null : t(`${kunci}.isi`, v),
  }
}
