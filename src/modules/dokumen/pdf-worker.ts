/**
 * One PDF worker thread of the pool in pdf-engine.ts. It receives a template name and the document's data
 * (plain, cloneable), builds the pdfmake definition HERE — definitions hold functions (footer, table
 * layouts, the QR canvas) that cannot cross a thread boundary — and renders it with the same engine and
 * fonts as the main thread, so the bytes are those an in-thread render gives.
 */
import { parentPort } from 'node:worker_threads'
import { renderPdf } from './pdf-engine.ts'
import { definisiEvaluasi } from './evaluasi-pdf.ts'
import { definisiPenetapan } from './penetapan-pdf.ts'
import { definisiBundel, definisiRingkasan } from './ringkasan-pdf.ts'
import { definisiSkp } from './skp-pdf.ts'

/** Every document the pool can render: name → definition builder. */
export const TEMPLAT_PDF = {
  skp: definisiSkp,
  evaluasi: definisiEvaluasi,
  ringkasan: definisiRingkasan,
  bundel: definisiBundel,
  penetapan: definisiPenetapan,
} as const

export type NamaTemplatPdf = keyof typeof TEMPLAT_PDF
export type DataTemplatPdf<N extends NamaTemplatPdf> = Parameters<(typeof TEMPLAT_PDF)[N]>[0]

export interface TugasPdf {
  templat: NamaTemplatPdf
  data: unknown
}
export type HasilPdf =
  { ok: true; pdf: Uint8Array } | { ok: false; nama: string; pesan: string; stack?: string }

async function kerjakan({ templat, data }: TugasPdf): Promise<HasilPdf> {
  try {
    const bangun = TEMPLAT_PDF[templat] as (data: unknown) => Parameters<typeof renderPdf>[0]
    if (typeof bangun !== 'function') throw new Error(`Templat PDF tidak dikenal: ${templat}`)
    const pdf = await renderPdf(bangun(data))
    // Transferred, not copied: a view that owns its whole ArrayBuffer (a slice of Node's pool is copied first).
    const milikSendiri = pdf.byteOffset === 0 && pdf.byteLength === pdf.buffer.byteLength
    return { ok: true, pdf: milikSendiri ? new Uint8Array(pdf.buffer) : Uint8Array.prototype.slice.call(pdf) }
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e))
    return { ok: false, nama: err.name, pesan: err.message, stack: err.stack }
  }
}

// Imported for its types by pdf-engine.ts (erased); only a worker thread has a parentPort to listen on.
if (parentPort) {
  const port = parentPort
  port.on('message', (tugas: TugasPdf) => {
    void kerjakan(tugas).then((hasil) =>
      port.postMessage(hasil, hasil.ok ? [hasil.pdf.buffer as ArrayBuffer] : []),
    )
  })
}
