import type { TFunction } from 'i18next'
import type { NotifikasiView } from '../../../../../shared/notifikasi.ts'
import { nilaiPesan, tanpaIsi } from '../../../../../shared/notifikasi-teks.ts'
import { bahasaAktif } from '../../../i18n/index.ts'

export interface TeksNotifikasi {
  judul: string
  isi: string | null
}

/**
 * The sentence of a notification in the current language, from its type and parameters (i18n keys
 * `notifikasi:tipe.<TIPE>`, whose texts live in src/shared/notifikasi-teks.ts for the mail too).
 * A row from before types has only its stored Indonesian text: shown as it is.
 */
export function teksNotifikasi(t: TFunction<'notifikasi'>, n: NotifikasiView): TeksNotifikasi {
  if (!n.pesan) return n.teks ?? { judul: '', isi: null }
  const v = nilaiPesan(n.pesan, bahasaAktif())
  const kunci = `tipe.${n.pesan.tipe}` as const
  return {
    judul: t(`${kunci}.judul`, v),
    isi: tanpaIsi(n.pesan) ? null : t(`${kunci}.isi`, v),
  }
}
