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
 * - Access policies deny every URL and every local path: document content comes from user input, and an
 *   image or font reference must never make the server fetch a URL or read a file (CVE-2026-26801).
 *   Images must be data URLs; the QR code is an inline SVG.
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
  for (const file of Object.values(FILE_FONT)) vfs.writeFileSync(file, readFileSync(join(folderFont, file)))
  pdfmake.setFonts({ [FONT_DOKUMEN]: { ...FILE_FONT } })
  pdfmake.setUrlAccessPolicy(() => false)
  pdfmake.setLocalAccessPolicy(() => false)
  siap = true
}

/** Lays out and renders a pdfmake document definition. The definition is mutated by pdfmake: build a fresh one. */
export async function renderPdf(doc: TDocumentDefinitions): Promise<Buffer> {
  siapkanPdfmake()
  return pdfmake.createPdf(doc).getBuffer()
}
