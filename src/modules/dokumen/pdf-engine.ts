import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import pdfmake from 'pdfmake'
import type { TDocumentDefinitions } from 'pdfmake/interfaces'

/**
 * The one place that configures pdfmake 0.3 for the server. pdfmake's Node entry exports a process-wide
 * singleton (fonts, virtual file system and access policies are global), so every document of this module
 * renders through `renderPdf` and nothing else calls `setFonts` / the policy setters.
 *
 * - Fonts: the Roboto TTFs shipped in `pdfmake/fonts/Roboto`, read once into pdfmake's virtual file system
 *   and embedded (subset) into every PDF. No network, no system fonts, no disk reads per document.
 * - Typesetting without OpenType layout (no kerning, ligatures or mark positioning), the way Word prints
 *   the official forms by default; extracted text never contains ligature glyphs. See `tanpaTataLetakOpenType`.
 * - Access policies deny every URL and every local path: document content comes from user input, and an
 *   image or font reference must never make the server fetch a URL or read a file (CVE-2026-26801).
 *   Images must be data URLs; the QR code is drawn as vectors (dokumen-qr.ts).
 */
export const FONT_DOKUMEN = 'Roboto'

const FILE_FONT = {
  normal: 'Roboto-Regular.ttf',
  bold: 'Roboto-Medium.ttf',
  italics: 'Roboto-Italic.ttf',
  bolditalics: 'Roboto-MediumItalic.ttf',
} as const

/** Not in @types/pdfmake 0.3, but part of the runtime object (pdfmake/js/base.js). */
interface VirtualFs {
  writeFileSync(nama: string, isi: Buffer): void
}

let siap = false

function siapkanPdfmake(): void {
  if (siap) return
  const require = createRequire(import.meta.url)
  const folderFont = join(dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto')
  const vfs = (pdfmake as unknown as { virtualfs: VirtualFs }).virtualfs
  for (const file of Object.values(FILE_FONT)) {
    vfs.writeFileSync(file, tanpaTataLetakOpenType(readFileSync(join(folderFont, file))))
  }
  pdfmake.setFonts({ [FONT_DOKUMEN]: { ...FILE_FONT } })
  pdfmake.setUrlAccessPolicy(() => false)
  pdfmake.setLocalAccessPolicy(() => false)
  siap = true
}

const TABEL_TATA_LETAK = new Set(['GSUB', 'GPOS', 'GDEF'])

/**
 * Hides a TrueType font's OpenType layout tables from fontkit by renaming their tags in the table directory
 * (in memory; outlines, metrics and cmap untouched). Why not pdfmake's `fontFeatures`: pdfkit skips its
 * per-word layout cache whenever features are passed, so every word is shaped again at measuring and again
 * at drawing — the largest cost of a render. Without the tables fontkit only maps characters to glyphs and
 * advances, pdfkit caches each word, and a 3-page SKP renders ≈ 40 % faster. The embedded subset never
 * contained these tables anyway.
 */
export function tanpaTataLetakOpenType(ttf: Buffer): Buffer {
  const salinan = Buffer.from(ttf)
  if (salinan.readUInt32BE(0) !== 0x00010000) throw new Error('Font dokumen harus TrueType (.ttf)')
  const jumlahTabel = salinan.readUInt16BE(4)
  for (let i = 0; i < jumlahTabel; i++) {
    const posisi = 12 + i * 16 // offset table, then 16-byte records: tag, checksum, offset, length
    const tag = salinan.toString('latin1', posisi, posisi + 4)
    if (TABEL_TATA_LETAK.has(tag)) salinan.write(`x${tag.slice(1)}`, posisi, 'latin1')
  }
  return salinan
}

/** Lays out and renders a pdfmake document definition. The definition is mutated by pdfmake: build a fresh one. */
export async function renderPdf(doc: TDocumentDefinitions): Promise<Buffer> {
  siapkanPdfmake()
  return pdfmake.createPdf(doc).getBuffer()
}
