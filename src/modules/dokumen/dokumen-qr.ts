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
  const sisi = ukuranPt / modules.size
  const kotak = kotakGelap(modules.size, (baris, kolom) => Boolean(modules.get(baris, kolom)))
  // A fresh node per call: pdfmake moves canvas vectors in place when it positions them on a page.
  // Each box reaches 0.05 pt into the row below so anti-aliasing viewers show no hairline between rows.
  return () => ({
    width: ukuranPt,
    canvas: kotak.map((k): CanvasRect => ({
      type: 'rect',
      x: k.x * sisi,
      y: k.y * sisi,
      w: k.w * sisi,
      h: k.h * sisi + 0.05,
      color: '#000000',
    })),
  })
}

interface Kotak {
  x: number
  y: number
  w: number
  h: number
}

/**
 * The dark modules as few rectangles: horizontal runs, merged downwards while the row below has the
 * same run (finder patterns, vertical bars). Fewer vectors to draw on every page, and no seams between
 * rows where viewers anti-alias.
 */
export function kotakGelap(n: number, gelap: (baris: number, kolom: number) => boolean): Kotak[] {
  const selesai: Kotak[] = []
  let terbuka = new Map<string, Kotak>()
  for (let y = 0; y < n; y++) {
    const berikut = new Map<string, Kotak>()
    for (const [x, w] of runBaris(n, (kolom) => gelap(y, kolom))) {
      const kunci = `${x}:${w}`
      const k = terbuka.get(kunci)
      if (k) {
        k.h++
        terbuka.delete(kunci)
      }
      berikut.set(kunci, k ?? { x, y, w, h: 1 })
    }
    selesai.push(...terbuka.values())
    terbuka = berikut
  }
  return [...selesai, ...terbuka.values()]
}

function runBaris(n: number, gelap: (kolom: number) => boolean): [number, number][] {
  const run: [number, number][] = []
  let awal = -1
  for (let x = 0; x <= n; x++) {
    const g = x < n && gelap(x)
    if (g && awal < 0) awal = x
    if (!g && awal >= 0) {
      run.push([awal, x - awal])
      awal = -1
    }
  }
  return run
}
