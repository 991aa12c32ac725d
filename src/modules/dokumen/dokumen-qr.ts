import QRCode from 'qrcode'
import type { CanvasRect, Content } from 'pdfmake/interfaces'

/**
 * The QR code of a document's verification URL, drawn as vector rectangles from the `qrcode` package's
 * module matrix: sharp at any print resolution, no image to embed, no SVG to parse on every page (the
 * inline-SVG version cost ≈ 5 ms per page). Error correction M survives smudged or folded paper.
 */
export type KanvasQr = () => Content

export function buatKanvasQr(url: string, ukuranPt: number): KanvasQr {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' })
  const n = modules.size
  const sisi = ukuranPt / n
  const potongan: { x: number; y: number; w: number }[] = []
  for (let baris = 0; baris < n; baris++) {
    let awal = -1
    for (let kolom = 0; kolom <= n; kolom++) {
      const gelap = kolom < n && Boolean(modules.get(baris, kolom))
      if (gelap && awal < 0) awal = kolom
      if (!gelap && awal >= 0) {
        potongan.push({ x: awal, y: baris, w: kolom - awal })
        awal = -1
      }
    }
  }
  // A fresh node per call: pdfmake moves canvas vectors in place when it positions them on a page.
  // Rows overlap by a hair so anti-aliasing viewers show no seams between them.
  return () => ({
    width: ukuranPt,
    canvas: potongan.map((p): CanvasRect => ({
      type: 'rect',
      x: p.x * sisi,
      y: p.y * sisi,
      w: p.w * sisi,
      h: sisi + 0.05,
      color: '#000000',
    })),
  })
}
