import type { CanvasRect } from 'pdfmake/interfaces'
import QRCode from 'qrcode'
import { describe, expect, it } from 'vitest'
import { buatKanvasQr } from './dokumen-qr.ts'

describe('buatKanvasQr', () => {
  const url = 'https://kinerja.slemankab.go.id/v/K7QX-2M9P-4HBT-Z0RC'

  it('draws exactly the dark modules of the QR symbol', () => {
    const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' })
    const n = modules.size
    const node = buatKanvasQr(url, n)() as { canvas: CanvasRect[] }
    const gambar = Array.from({ length: n }, () => Array<boolean>(n).fill(false))
    for (const r of node.canvas) {
      for (let y = r.y; y < r.y + Math.round(r.h); y++) {
        for (let x = r.x; x < r.x + r.w; x++) {
          expect(gambar[y][x], `modul ${y},${x} digambar dua kali`).toBe(false)
          gambar[y][x] = true
        }
      }
    }
    for (let y = 0; y < n; y++) {
      for (let x = 0; x < n; x++) expect(gambar[y][x], `modul ${y},${x}`).toBe(Boolean(modules.get(y, x)))
    }
  })

  it('returns fresh vectors on every call (pdfmake moves them in place)', () => {
    const qr = buatKanvasQr(url, 52)
    const a = qr() as { canvas: CanvasRect[] }
    const b = qr() as { canvas: CanvasRect[] }
    expect(a.canvas[0]).not.toBe(b.canvas[0])
    expect(a.canvas).toEqual(b.canvas)
  })
})
