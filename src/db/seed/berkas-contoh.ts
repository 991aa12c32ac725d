/**
 * Small valid files made in code, for demo evidence and tests (no binary fixtures in the repository):
 * a one-page PDF with a line of text, and a solid-colour PNG.
 */
import { deflateSync } from 'node:zlib'

/** A one-page A4 PDF showing `teks` (ASCII; other characters become '?'), with a correct xref table. */
export function pdfContoh(teks: string): Buffer {
  const aman = teks.replace(/[^\x20-\x7e]/g, '?').replace(/[()\\]/g, (c) => `\\${c}`)
  const isi = `BT /F1 14 Tf 56 780 Td (${aman}) Tj ET`
  const objek = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${isi.length} >>\nstream\n${isi}\nendstream`,
  ]
  let pdf = '%PDF-1.4\n'
  const posisi: number[] = []
  objek.forEach((o, i) => {
    posisi.push(pdf.length)
    pdf += `${i + 1} 0 obj\n${o}\nendobj\n`
  })
  const xref = pdf.length
  pdf += `xref\n0 ${objek.length + 1}\n0000000000 65535 f \n`
  for (const p of posisi) pdf += `${String(p).padStart(10, '0')} 00000 n \n`
  pdf += `trailer\n<< /Size ${objek.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(pdf, 'latin1')
}

const TABEL_CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(buf: Buffer): number {
  let c = 0xffffffff
  for (const b of buf) c = TABEL_CRC[(c ^ b) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function potongan(jenis: string, data: Buffer): Buffer {
  const panjang = Buffer.alloc(4)
  panjang.writeUInt32BE(data.length)
  const isi = Buffer.concat([Buffer.from(jenis, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(isi))
  return Buffer.concat([panjang, isi, crc])
}

/** A `lebar` × `tinggi` PNG of one RGB colour. */
export function pngContoh(lebar = 16, tinggi = 16, rgb: [number, number, number] = [30, 110, 200]): Buffer {
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(lebar, 0)
  ihdr.writeUInt32BE(tinggi, 4)
  ihdr.set([8, 2, 0, 0, 0], 8) // 8-bit RGB, no interlace
  const baris = Buffer.concat([
    Buffer.from([0]),
    Buffer.from(Array.from({ length: lebar }, () => rgb).flat()),
  ])
  const data = Buffer.concat(Array.from({ length: tinggi }, () => baris))
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    potongan('IHDR', ihdr),
    potongan('IDAT', deflateSync(data)),
    potongan('IEND', Buffer.alloc(0)),
  ])
}
