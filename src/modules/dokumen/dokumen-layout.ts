import type {
  Content,
  CustomTableLayout,
  DynamicContent,
  Margins,
  Style,
  StyleDictionary,
  TableCell,
  Watermark,
} from 'pdfmake/interfaces'
import type { KanvasQr } from './dokumen-qr.ts'
import { FONT_DOKUMEN } from './pdf-engine.ts'
import type { VerifikasiDokumen } from './skp-document.types.ts'

/**
 * Building blocks shared by the official documents (SKP, evaluasi, dokumen evaluasi — DOMAIN §6):
 * page geometry, styles, table look, signature blocks and the verification footer every document carries.
 */

// A4 landscape (841.89 × 595.28 pt). The bottom margin holds the verification footer.
export const MARGIN_HALAMAN: [number, number, number, number] = [40, 34, 40, 80]
export const LEBAR_KONTEN = 841.89 - MARGIN_HALAMAN[0] - MARGIN_HALAMAN[2]
export const UKURAN_QR = 52 // ≈ 18 mm: modules ≥ 0.5 mm for the usual URL length, readable by phone cameras
export const ABU = '#E6E6E6'

export const DEFAULT_STYLE = { font: FONT_DOKUMEN, fontSize: 9, lineHeight: 1.15 } satisfies Style
/** Usable height of a page's content area. */
export const TINGGI_KONTEN = 595.28 - MARGIN_HALAMAN[1] - MARGIN_HALAMAN[3]

export const STYLES: StyleDictionary = {
  judul: { fontSize: 12, bold: true, alignment: 'center', lineHeight: 1.25 },
  judulBagian: { fontSize: 10, bold: true },
  kepalaTabel: { bold: true, alignment: 'center', fontSize: 8.5 },
  nomorKolom: { fontSize: 7.5, alignment: 'center', color: '#444444' },
  kelompok: { bold: true },
  footer: { fontSize: 7.5, color: '#333333', lineHeight: 1.2 },
}

/** Thin black grid with modest padding, the look of the printed government forms. */
export const GARIS = 0.6
export const PADDING_X = 4
export const PADDING_Y = 2.5
export const LAYOUT_TABEL: CustomTableLayout = {
  hLineWidth: () => GARIS,
  vLineWidth: () => GARIS,
  hLineColor: () => '#222222',
  vLineColor: () => '#222222',
  paddingLeft: () => PADDING_X,
  paddingRight: () => PADDING_X,
  paddingTop: () => PADDING_Y,
  paddingBottom: () => PADDING_Y,
}

export function teks(isi: string, extra: Record<string, unknown> = {}): TableCell {
  return { text: isi, ...extra } as TableCell
}

export function kepala(isi: string, extra: Record<string, unknown> = {}): TableCell {
  return teks(isi, { style: 'kepalaTabel', fillColor: ABU, verticalAlignment: 'middle', ...extra })
}

/** Placeholders pdfmake needs for the cells a colSpan/rowSpan covers. */
export function kosong(jumlah: number): TableCell[] {
  return Array.from({ length: jumlah }, () => ({}) as TableCell)
}

/** A numbered list, or '-' when empty (an empty section must still be visibly empty). */
export function daftar(items: string[], margin: Margins = [0, 0, 0, 0]): Content {
  return items.length === 0 ? { text: '-', margin } : { ol: [...items], margin }
}

export interface Penandatangan {
  peran: string // 'Pegawai yang Dinilai'
  nama: string
  nip: string | null // null for a non-ASN official: no NIP line
}

/** Place and date above the right-hand signer, both signers side by side, kept on one page. */
export function blokTandaTangan(tempatTanggal: string, kiri: Penandatangan, kanan: Penandatangan): Content {
  return {
    unbreakable: true,
    margin: [0, 18, 0, 0],
    columns: [
      { width: '*', stack: kolomTandaTangan(kiri, ' ') },
      { width: '*', stack: kolomTandaTangan(kanan, tempatTanggal) },
    ],
  }
}

function kolomTandaTangan(p: Penandatangan, baris1: string): Content[] {
  return [
    { text: baris1, alignment: 'center' },
    { text: p.peran, alignment: 'center', margin: [0, 0, 0, 52] },
    { text: p.nama, alignment: 'center', bold: true, decoration: 'underline' },
    ...(p.nip === null ? [] : [{ text: `NIP ${p.nip}`, alignment: 'center' } as Content]),
  ]
}

/** Footer on every page: QR, verification code and URL, a line naming the document, "Halaman x dari y". */
export function footerVerifikasi(
  verifikasi: VerifikasiDokumen,
  qr: KanvasQr,
  keterangan: string,
): DynamicContent {
  return (halaman, jumlahHalaman) => ({
    margin: [MARGIN_HALAMAN[0], 8, MARGIN_HALAMAN[2], 0],
    stack: [
      garisFooter(),
      {
        style: 'footer',
        margin: [0, 6, 0, 0],
        columns: [
          qr(),
          {
            width: '*',
            margin: [8, 6, 8, 0],
            stack: [
              { text: [{ text: 'Kode verifikasi: ' }, { text: verifikasi.kode, bold: true }] },
              { text: `Verifikasi keaslian dokumen: ${verifikasi.url}` },
              { text: keterangan, color: '#666666' },
            ],
          },
          { width: 'auto', margin: [0, 6, 0, 0], text: `Halaman ${halaman} dari ${jumlahHalaman}` },
        ],
      },
    ],
  })
}

function garisFooter(): Content {
  return {
    canvas: [{ type: 'line', x1: 0, y1: 0, x2: LEBAR_KONTEN, y2: 0, lineWidth: 0.5, lineColor: '#888888' }],
  }
}

/** Documents not yet final are marked, so a printed draft is never taken for the approved SKP. */
export function watermarkDraf(): Watermark {
  return { text: 'DRAF', color: '#9a9a9a', opacity: 0.12, bold: true, fontSize: 140 }
}

/**
 * A framed notice under the title of a document that is not final. Unlike the watermark (faint, and lost
 * by some printers and text extractors) it is ordinary text: it prints, it is read by screen readers and
 * it is found when the PDF's text is searched.
 */
export function pemberitahuanDraf(isi: string): Content {
  return {
    margin: [0, 8, 0, 2],
    layout: LAYOUT_TABEL,
    table: {
      widths: ['*'],
      body: [[teks(isi, { bold: true, alignment: 'center', fillColor: '#F2F2F2', margin: [0, 2, 0, 2] })]],
    },
  }
}
