import type { Content, CustomTableLayout, TableCell } from 'pdfmake/interfaces'
import {
  ABU,
  DEFAULT_STYLE,
  GARIS,
  kepala,
  kosong,
  LAYOUT_TABEL,
  LEBAR_KONTEN,
  PADDING_X,
  PADDING_Y,
  teks,
  TINGGI_KONTEN,
} from './dokumen-layout.ts'

/**
 * Section tables of the official documents (HASIL KERJA, PERILAKU KERJA, LAMPIRAN): a title and column
 * headers repeated on every page, then one *record* per RHK / value / list.
 *
 * Why records: pdfmake 0.3 breaks pages between table rows, so an RHK whose cells rowSpan its IKI rows gets
 * cut in two, the spanning text overflowing the first page and the rest continuing under empty cells.
 * Each record is therefore one outer row whose single full-width cell holds a borderless nested table with
 * the same column widths (the rowSpans live there), kept on one page with `unbreakable`.
 *
 * Why estimate: pdfmake keeps only the first page of an unbreakable block that is taller than a page — the
 * rest is silently dropped. A record is made unbreakable only when a deliberately pessimistic estimate of
 * its height is well below a page; a larger record (an RHK with dozens of IKI, a pasted essay) may split
 * across pages but never loses text.
 */
export interface KolomTabel {
  judul: string
  lebar: number | '*'
}

export interface TabelRekamanOpsi {
  judul: string
  kolom: KolomTabel[]
  /** Each record: rows of cells for all columns (rowSpan/colSpan allowed, `kosong` placeholders). */
  rekaman: TableCell[][][]
  /** Print the column header row (default true). */
  kepalaKolom?: boolean
  /** '(1)', '(2)', … under the column headers, as on the official forms. */
  nomorKolom?: boolean
}

/** No line above the title row, on every page. */
const LAYOUT_TABEL_BERJUDUL: CustomTableLayout = {
  ...LAYOUT_TABEL,
  hLineWidth: (i) => (i === 0 ? 0 : GARIS),
}

/** Inner grid of a record: the outer table draws its frame. */
const LAYOUT_SISIPAN: CustomTableLayout = {
  ...LAYOUT_TABEL,
  hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0 : GARIS),
  vLineWidth: (i, node) => (i === 0 || i === node.table.widths?.length ? 0 : GARIS),
}

// Records estimated at most this tall stay on one page: 60 % of a page minus the repeated headers, so even a
// 1.6× underestimate still fits.
const BATAS_UTUH = 0.6 * (TINGGI_KONTEN - 60)

export function tabelRekaman(opsi: TabelRekamanOpsi): Content {
  const n = opsi.kolom.length
  const widths = opsi.kolom.map((k) => k.lebar)
  const kepalaTabel: TableCell[][] = [barisJudul(opsi.judul, n)]
  if (opsi.kepalaKolom !== false) kepalaTabel.push(opsi.kolom.map((k) => kepala(k.judul)))
  if (opsi.nomorKolom) kepalaTabel.push(barisNomorKolom(n))
  const lebar = lebarKolom(widths)
  const rekaman = opsi.rekaman.map((r) => putusBarisKataPanjang(r, lebar))
  const utuh = rekaman.map((r) => perkiraanTinggi(r, lebar) <= BATAS_UTUH)
  const body = [
    ...kepalaTabel,
    ...rekaman.map((r, i) => [
      sisipan(r, widths, utuh[i] ? 'rekaman' : barisMuat(r, lebar) ? 'baris' : 'bebas'),
      ...kosong(n - 1),
    ]),
  ]
  return {
    layout: LAYOUT_TABEL_BERJUDUL,
    margin: [0, 6, 0, 0],
    table: {
      headerRows: kepalaTabel.length,
      // Headers never end a page alone — unless the first record may itself be split.
      keepWithHeaderRows: utuh[0] ? 1 : 0,
      widths,
      body,
    },
  }
}

/** A cell spanning all `kolom` columns of a record row. */
export function barisPenuh(sel: TableCell, kolom: number): TableCell[] {
  return [{ ...(sel as object), colSpan: kolom } as TableCell, ...kosong(kolom - 1)]
}

/**
 * What a record may not be split across: the whole record when it is estimated to fit on a page, else
 * each of its rows when every cell fits, else nothing (a giant cell must flow over pages, not be cut off).
 */
type Keutuhan = 'rekaman' | 'baris' | 'bebas'

function sisipan(baris: TableCell[][], widths: (number | '*')[], utuh: Keutuhan): TableCell {
  return {
    colSpan: widths.length,
    unbreakable: utuh === 'rekaman',
    // Cancel the outer cell's padding so the inner grid lines fall on the outer column lines.
    margin: [-PADDING_X, -PADDING_Y, -PADDING_X, -PADDING_Y],
    layout: LAYOUT_SISIPAN,
    table: { widths, body: baris, dontBreakRows: utuh !== 'bebas' },
  } as TableCell
}

function barisMuat(baris: TableCell[][], lebar: number[]): boolean {
  return baris.every((row) =>
    row.every(
      (sel, c) =>
        tinggiSel(sel, lebarSel(lebar, c, (sel as { colSpan?: number }).colSpan ?? 1)) <= BATAS_UTUH,
    ),
  )
}

function barisJudul(judul: string, kolom: number): TableCell[] {
  const sel = teks(judul, {
    style: 'judulBagian',
    margin: [-PADDING_X, 6, 0, 2],
    border: [false, false, false, false],
  })
  return barisPenuh(sel, kolom)
}

function barisNomorKolom(kolom: number): TableCell[] {
  return Array.from({ length: kolom }, (_, i) => teks(`(${i + 1})`, { style: 'nomorKolom', fillColor: ABU }))
}

/** Content widths of the columns, '*' resolved over the page width as pdfmake does. */
export function lebarKolom(widths: (number | '*')[]): number[] {
  const tetap = widths.reduce<number>((s, w) => s + (w === '*' ? 0 : w), 0)
  const bintang = widths.filter((w) => w === '*').length
  const sisa = LEBAR_KONTEN - tetap - widths.length * 2 * PADDING_X - (widths.length + 1) * GARIS
  return widths.map((w) => (w === '*' ? sisa / bintang : w))
}

// Pessimistic text metrics for the body font: Roboto averages ≈ 0.49 em per character in mixed-case
// Indonesian text; 0.56 em leaves room for capitals and wasted line ends. List items lose their bullet indent.
const LEBAR_HURUF = 0.56 * DEFAULT_STYLE.fontSize
const TINGGI_BARIS = DEFAULT_STYLE.fontSize * DEFAULT_STYLE.lineHeight
const INDEN_DAFTAR = 14

/** Width available to a cell starting at column `c` and spanning `span` columns. */
function lebarSel(lebar: number[], c: number, span: number): number {
  return lebar.slice(c, c + span).reduce((a, b) => a + b, 0) + (span - 1) * (2 * PADDING_X + GARIS)
}

/** Estimated height (pt) of a record's rows; a cell spanning rows must fit in the rows it spans. */
export function perkiraanTinggi(baris: TableCell[][], lebar: number[]): number {
  let total = 0
  let rentang = 0
  for (const row of baris) {
    let tinggiBaris = 0
    row.forEach((sel, c) => {
      const s = sel as { rowSpan?: number; colSpan?: number }
      const h = tinggiSel(sel, lebarSel(lebar, c, s.colSpan ?? 1))
      if ((s.rowSpan ?? 1) > 1) rentang = Math.max(rentang, total + h)
      else tinggiBaris = Math.max(tinggiBaris, h)
    })
    total += tinggiBaris
  }
  return Math.max(total, rentang)
}

function tinggiSel(sel: unknown, lebar: number): number {
  const baris = paragraf(sel).reduce(
    (n, p) => n + Math.max(1, Math.ceil((p.length * LEBAR_HURUF) / Math.max(lebar - INDEN_DAFTAR, 10))),
    0,
  )
  return baris === 0 ? 0 : baris * TINGGI_BARIS + 2 * PADDING_Y + GARIS
}

/** The texts of a cell, one entry per paragraph or list item. */
function paragraf(node: unknown): string[] {
  if (typeof node === 'string') return node.split('\n')
  if (Array.isArray(node)) return [node.map((n) => paragraf(n).join(' ')).join('')]
  if (node === null || typeof node !== 'object') return []
  const n = node as Record<string, unknown>
  if (n.text !== undefined) return paragraf(n.text).flatMap((p) => p.split('\n'))
  for (const kunci of ['stack', 'ul', 'ol'] as const) {
    if (Array.isArray(n[kunci])) return (n[kunci] as unknown[]).flatMap(paragraf)
  }
  return []
}

// A character is at most ≈ 0.7 em wide in Roboto, except a few capitals (W, M) — used only to decide
// where a too-long token must be cut.
const LEBAR_HURUF_MAKS = 0.7 * DEFAULT_STYLE.fontSize
const ZWSP = '\u200B'

/**
 * pdfmake only wraps at break opportunities: one token longer than its column (a URL, a file path, a long
 * number in a narrow Target column) widens a '*' column until the table runs off the page, or overflows a
 * fixed column into its neighbour. Tokens that cannot fit on one line get a zero-width space (a break
 * opportunity, invisible when unused; Roboto has the glyph) every `maks` characters. Words that fit are
 * never touched.
 */
export function putusKataPanjang(teksAsli: string, lebarPt: number): string {
  const maks = Math.max(4, Math.floor((lebarPt - INDEN_DAFTAR) / LEBAR_HURUF_MAKS))
  const pola = new RegExp(`[^\\s${ZWSP}]{${maks + 1},}`, 'gu')
  return teksAsli.replace(pola, (kata) =>
    (kata.match(new RegExp(`.{1,${maks}}`, 'gsu')) ?? [kata]).join(ZWSP),
  )
}

function putusBarisKataPanjang(baris: TableCell[][], lebar: number[]): TableCell[][] {
  return baris.map((row) =>
    row.map(
      (sel, c) =>
        putusDalam(sel, lebarSel(lebar, c, (sel as { colSpan?: number }).colSpan ?? 1)) as TableCell,
    ),
  )
}

/** Copy of a cell with `putusKataPanjang` applied to its texts (text, stack, ul, ol). */
function putusDalam(node: unknown, lebarPt: number): unknown {
  if (typeof node === 'string') return putusKataPanjang(node, lebarPt)
  if (Array.isArray(node)) return node.map((n) => putusDalam(n, lebarPt))
  if (node === null || typeof node !== 'object') return node
  const salinan: Record<string, unknown> = { ...node }
  for (const kunci of ['text', 'stack', 'ul', 'ol'] as const) {
    if (salinan[kunci] !== undefined) salinan[kunci] = putusDalam(salinan[kunci], lebarPt)
  }
  return salinan
}
