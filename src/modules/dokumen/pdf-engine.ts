import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { availableParallelism } from 'node:os'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import pdfmake from 'pdfmake'
import type { TDocumentDefinitions } from 'pdfmake/interfaces'
import type { DataTemplatPdf, HasilPdf, NamaTemplatPdf, TugasPdf } from './pdf-worker.ts'

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

/**
 * PDF rendering off the request's event loop: a pool of worker threads (pdf-worker.ts), one per core by
 * default, with a FIFO queue. Laying out a 3-page SKP takes ~40 ms of CPU; in the main thread that would
 * stall every other request for as long, and a batch would use one core only.
 *
 * - Workers start on the first document and stop after a minute without work (each holds its own V8
 *   isolate, the TypeScript loader, pdfmake and fonts: ≈ 85 MB of RSS), so a server that prints nothing
 *   pays nothing.
 * - An idle worker does not keep the process alive (unref); a busy one does, so a CLI or a benchmark that
 *   awaits a document is not cut short.
 * - A failure inside a worker (a throwing template, a crashed thread) rejects that document's promise with
 *   an ordinary Error; a crashed worker is replaced on the next document.
 * - `tutup()` (on app close) ends the workers and rejects what is still queued.
 */
const DIAM_MS = 60_000

interface Antrean {
  tugas: TugasPdf
  selesai: (pdf: Buffer) => void
  gagal: (err: Error) => void
}

interface Pekerja {
  worker: Worker
  tugas: Antrean | null
  diam: NodeJS.Timeout | null
}

/** The worker is TypeScript: register tsx's loader inside the thread, then load it (same as `--import tsx`). */
function bootstrapWorker(): string {
  // tsx's ESM API entry, found through its package exports (require.resolve would give the CJS one).
  const paket = createRequire(import.meta.url).resolve('tsx/package.json')
  const ekspor = JSON.parse(readFileSync(paket, 'utf8')).exports['./esm/api'].import.default as string
  const tsx = pathToFileURL(join(dirname(paket), ekspor)).href
  const worker = new URL('./pdf-worker.ts', import.meta.url).href
  return `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(worker)}) })`
}

export class PoolPdf {
  private ukuran: number
  private readonly pekerja = new Set<Pekerja>()
  private readonly antrean: Antrean[] = []
  private kode: string | null = null

  constructor(ukuran = availableParallelism()) {
    this.ukuran = ukuran
  }

  /** Pool size (≥ 1). Running workers above a smaller size finish their document and stop. */
  atur({ ukuran }: { ukuran: number }): void {
    this.ukuran = Math.max(1, Math.floor(ukuran))
  }

  get jumlahPekerja(): number {
    return this.pekerja.size
  }

  /** Builds the template's definition from `data` in a worker and renders it there. */
  render<N extends NamaTemplatPdf>(templat: N, data: DataTemplatPdf<N>): Promise<Buffer> {
    return new Promise((selesai, gagal) => {
      this.antrean.push({ tugas: { templat, data }, selesai, gagal })
      this.jalankan()
    })
  }

  /** Ends every worker; documents still queued or rendering are rejected. The next render starts anew. */
  async tutup(): Promise<void> {
    const antre = this.antrean.splice(0)
    for (const a of antre) a.gagal(new Error('Pool PDF ditutup sebelum dokumen selesai'))
    await Promise.all([...this.pekerja].map((p) => this.hentikan(p, 'Pool PDF ditutup')))
  }

  private jalankan(): void {
    while (this.antrean.length) {
      let p = [...this.pekerja].find((x) => !x.tugas)
      if (!p && this.pekerja.size < this.ukuran) p = this.mulai()
      if (!p) return
      this.beri(p, this.antrean.shift()!)
    }
  }

  private beri(p: Pekerja, a: Antrean): void {
    if (p.diam) clearTimeout(p.diam)
    p.diam = null
    p.tugas = a
    p.worker.ref()
    p.worker.postMessage(a.tugas)
  }

  private mulai(): Pekerja {
    this.kode ??= bootstrapWorker()
    const p: Pekerja = { worker: new Worker(this.kode, { eval: true }), tugas: null, diam: null }
    p.worker.on('message', (h: HasilPdf) => this.hasil(p, h))
    p.worker.on('error', (err) => void this.hentikan(p, `Worker PDF gagal: ${err.message}`))
    p.worker.on('exit', (code) => void this.hentikan(p, `Worker PDF berhenti (kode ${code})`))
    this.pekerja.add(p)
    return p
  }

  private hasil(p: Pekerja, h: HasilPdf): void {
    if (!this.pekerja.has(p)) return // ended meanwhile (tutup): its document was already rejected
    const a = p.tugas
    p.tugas = null
    if (a) {
      if (h.ok) a.selesai(Buffer.from(h.pdf.buffer, h.pdf.byteOffset, h.pdf.byteLength))
      else a.gagal(Object.assign(new Error(h.pesan), { name: h.nama, stack: h.stack }))
    }
    if (this.pekerja.size > this.ukuran) return void this.hentikan(p, 'Pool PDF diperkecil')
    this.jalankan()
    if (!p.tugas) this.istirahat(p)
  }

  private istirahat(p: Pekerja): void {
    p.worker.unref()
    p.diam = setTimeout(() => void this.hentikan(p, 'Worker PDF menganggur'), DIAM_MS).unref()
  }

  /** Removes a worker; a document it was rendering fails with `sebab`, the queue moves on. */
  private async hentikan(p: Pekerja, sebab: string): Promise<void> {
    if (!this.pekerja.delete(p)) return
    if (p.diam) clearTimeout(p.diam)
    const a = p.tugas
    p.tugas = null
    a?.gagal(new Error(sebab))
    await p.worker.terminate()
    this.jalankan()
  }
}

/** The process's pool (one worker per core until configured: config.pdfWorkers, PDF_WORKERS). */
export const poolPdf = new PoolPdf()
