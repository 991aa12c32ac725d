import type { Bahasa } from '../../shared/enums.ts'
import type { PesanNotifikasi } from '../../shared/notifikasi.ts'
import { teksPesan } from '../../shared/notifikasi-teks.ts'
import { escapeHtml } from '../dokumen/verifikasi-page.ts'

/** What a mail says, rendered once when it is queued. */
export interface IsiSurel {
  subjek: string
  teks: string
  html: string
}

const KAKI: Record<Bahasa, { buka: string; alasan: (profil: string) => string }> = {
  id: {
    buka: 'Buka di Kinerja',
    alasan: (profil) =>
      `Anda menerima surel ini karena memilih jenis notifikasi ini juga dikirim lewat surel. Ubah pilihan di ${profil}.`,
  },
  en: {
    buka: 'Open in Kinerja',
    alasan: (profil) =>
      `You receive this mail because you chose this kind of notification to come by mail too. Change it at ${profil}.`,
  },
}

/**
 * The link in a mail: the notification's own path under APP_URL. Only a path inside the app is used (a
 * stored `tautan` is always one); anything else links to the notification list.
 */
export function tautanSurel(appUrl: string, tautan: string | null): string {
  const aman = tautan && tautan.startsWith('/') && !tautan.startsWith('//') && !/[\s\\]/.test(tautan)
  return `${appUrl}${aman ? tautan : '/notifikasi'}`
}

/** A header must stay one line. */
const satuBaris = (s: string) => s.replace(/[\r\n\t]+/g, ' ').trim()

/** Subject, plain text and simple HTML (every value escaped) of a notification in a language. */
export function isiSurel(p: PesanNotifikasi, bahasa: Bahasa, tautan: string, appUrl: string): IsiSurel {
  const { judul, isi } = teksPesan(p, bahasa)
  const kaki = KAKI[bahasa]
  const profil = `${appUrl}/profil`
  const teks = [judul, isi, `${kaki.buka}: ${tautan}`, `--\n${kaki.alasan(profil)}`]
    .filter((b): b is string => Boolean(b))
    .join('\n\n')
  const e = escapeHtml
  const html = [
    `<!doctype html><html lang="${bahasa}"><head><meta charset="utf-8"><title>${e(judul)}</title></head>`,
    '<body style="font-family: sans-serif; line-height: 1.5; color: #1a1b1e">',
    `<h1 style="font-size: 18px">${e(judul)}</h1>`,
    isi ? `<p>${e(isi)}</p>` : '',
    `<p><a href="${e(tautan)}">${e(kaki.buka)}</a></p>`,
    `<hr><p style="font-size: 12px; color: #666">${e(kaki.alasan(profil))}</p>`,
    '</body></html>',
  ].join('')
  return { subjek: satuBaris(judul), teks, html }
}
