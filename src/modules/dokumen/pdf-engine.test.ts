import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { extractText, getDocumentProxy } from 'unpdf'
import { afterAll, describe, expect, it } from 'vitest'
import { PoolPdf, renderPdf, tanpaTataLetakOpenType } from './pdf-engine.ts'
import { contohSkpDokumen } from './skp-dokumen.fixture.ts'
import { definisiSkp } from './skp-pdf.ts'

const require = createRequire(import.meta.url)
const roboto = readFileSync(
  join(dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto', 'Roboto-Regular.ttf'),
)

function tagTabel(ttf: Buffer): string[] {
  return Array.from({ length: ttf.readUInt16BE(4) }, (_, i) =>
    ttf.toString('latin1', 12 + i * 16, 16 + i * 16),
  )
}

describe('tanpaTataLetakOpenType', () => {
  it('hides GSUB, GPOS and GDEF and changes nothing else', () => {
    expect(tagTabel(roboto)).toEqual(expect.arrayContaining(['GSUB', 'GPOS', 'GDEF', 'glyf', 'cmap']))
    const hasil = tanpaTataLetakOpenType(roboto)
    const tag = tagTabel(hasil)
    expect(tag).not.toContain('GSUB')
    expect(tag).not.toContain('GPOS')
    expect(tag).not.toContain('GDEF')
    expect(tag).toEqual(expect.arrayContaining(['xSUB', 'xPOS', 'xDEF', 'glyf', 'cmap', 'hmtx']))
    const berbeda = [...hasil].filter((b, i) => b !== roboto[i]).length
    expect(berbeda).toBe(3) // one letter of each of the three tags
    expect(tagTabel(roboto)).toContain('GSUB') // the input is not modified
  })

  it('refuses anything that is not a TrueType font', () => {
    expect(() => tanpaTataLetakOpenType(Buffer.from('OTTO\0\0\0\0\0\0\0\0'))).toThrow(/TrueType/)
  })
})

describe('PoolPdf (worker threads)', () => {
  /** The creation time (and the file ID derived from it) is the only part of a PDF that changes per render. */
  const tanpaWaktu = (pdf: Buffer) =>
    pdf
      .toString('latin1')
      .replace(/\/CreationDate \(D:[^)]*\)/, '/CreationDate ()')
      .replace(/\/ID \[<[0-9a-f]+> <[0-9a-f]+>\]/, '/ID []')

  const teksPdf = async (pdf: Buffer) => {
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true })
    return text.replace(/\u200B/g, '').replace(/\s+/g, ' ')
  }

  const pool = new PoolPdf(2)
  afterAll(() => pool.tutup())

  it('renders documents concurrently in workers: valid PDFs, each with its own text', async () => {
    const data = Array.from({ length: 6 }, (_, i) =>
      contohSkpDokumen({ pegawai: { ...contohSkpDokumen().pegawai, nama: `Pegawai Paralel ${i + 1}` } }),
    )
    const pdf = await Promise.all(data.map((d) => pool.render('skp', d)))
    expect(pool.jumlahPekerja).toBe(2)
    for (const [i, p] of pdf.entries()) {
      expect(p.subarray(0, 5).toString('latin1')).toBe('%PDF-')
      const teks = await teksPdf(p)
      expect(teks).toContain('SASARAN KINERJA PEGAWAI')
      expect(teks).toContain(`Pegawai Paralel ${i + 1}`)
      for (const [j, lain] of data.entries()) if (j !== i) expect(teks).not.toContain(lain.pegawai.nama)
    }
  })

  it('gives the bytes an in-thread render gives (documents are hashed and compared)', async () => {
    const data = contohSkpDokumen()
    const [diWorker, diThread] = await Promise.all([
      pool.render('skp', data),
      renderPdf(definisiSkp(structuredClone(data))),
    ])
    expect(tanpaWaktu(diWorker)).toBe(tanpaWaktu(diThread))
  })

  it('turns a failure inside a worker into an ordinary error, and keeps serving', async () => {
    const rusak = pool.render('skp', contohSkpDokumen({ tanggal: '2026-02-30' }))
    await expect(rusak).rejects.toBeInstanceOf(Error)
    await expect(rusak).rejects.toThrow(/2026-02-30/)
    const pdf = await pool.render('skp', contohSkpDokumen())
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
  })

  it('queues beyond its size, and closing rejects what is still waiting', async () => {
    const kecil = new PoolPdf(1)
    const semua = Array.from({ length: 4 }, () => kecil.render('skp', contohSkpDokumen()))
    const hasil = Promise.allSettled(semua)
    expect(kecil.jumlahPekerja).toBe(1)
    await kecil.tutup()
    const status = (await hasil).map((h) => h.status)
    expect(status).toEqual(['rejected', 'rejected', 'rejected', 'rejected'])
    expect(kecil.jumlahPekerja).toBe(0)
    // a closed pool starts again on the next document
    const pdf = await kecil.render('skp', contohSkpDokumen())
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    await kecil.tutup()
  })
})
