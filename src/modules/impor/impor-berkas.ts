/**
 * Reading an uploaded file as rows, streaming: CSV (UTF-8, optional BOM, `;` or `,` detected, quoted
 * fields) with csv-parse, XLSX with exceljs's streaming reader. The type is decided by the content,
 * never by the name: an XLSX is a zip (starts with PK\x03\x04); anything else must be UTF-8 text.
 */
import { open } from 'node:fs/promises'
import { createReadStream } from 'node:fs'
import { Readable, Transform } from 'node:stream'
import { parse } from 'csv-parse'
import ExcelJS from 'exceljs'
import { badRequest } from '../../server/errors.ts'
import type { NilaiSel } from './impor-nilai.ts'

/** Where the rows come from: an uploaded buffer (API) or a path on disk (CLI). */
export type SumberBerkas = { namaFile: string } & ({ buffer: Buffer } | { path: string })
export type JenisBerkas = 'csv' | 'xlsx'
export interface BarisBerkas {
  /** The spreadsheet row number (1 = the header row). */
  baris: number
  nilai: NilaiSel[]
}

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04])
const PEEK = 64 * 1024

const berkasDitolak = () =>
  badRequest('IMPOR.JENIS_BERKAS', {
    id: 'Berkas harus CSV (teks UTF-8) atau XLSX.',
    en: 'The file must be CSV (UTF-8 text) or XLSX.',
  })

async function bacaAwal(sumber: SumberBerkas): Promise<Buffer> {
  if ('buffer' in sumber) return sumber.buffer.subarray(0, PEEK)
  const fh = await open(sumber.path, 'r')
  try {
    const buf = Buffer.alloc(PEEK)
    const { bytesRead } = await fh.read(buf, 0, PEEK, 0)
    return buf.subarray(0, bytesRead)
  } finally {
    await fh.close()
  }
}

const bukaStream = (sumber: SumberBerkas): Readable =>
  'buffer' in sumber ? Readable.from([sumber.buffer]) : createReadStream(sumber.path)

/** Decide the type from the first bytes; a truncated multi-byte character at the end of the peek is fine. */
export function jenisDariIsi(awal: Buffer): JenisBerkas | null {
  if (awal.length === 0) return null
  if (awal.subarray(0, 4).equals(ZIP)) return 'xlsx'
  if (awal.includes(0)) return null
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(awal, { stream: true })
    return 'csv'
  } catch {
    return null
  }
}

/** The separator of the header line: whichever of `;` `,` tab occurs most outside quotes. */
export function deteksiPemisah(teksAwal: string): string {
  const hitung = new Map<string, number>([
    [';', 0],
    [',', 0],
    ['\t', 0],
  ])
  let kutip = false
  for (const c of teksAwal.replace(/^\ufeff/, '')) {
    if (c === '"') kutip = !kutip
    else if (!kutip && (c === '\n' || c === '\r')) break
    else if (!kutip && hitung.has(c)) hitung.set(c, hitung.get(c)! + 1)
  }
  const [terbanyak, jumlah] = [...hitung].sort((a, b) => b[1] - a[1])[0]
  return jumlah > 0 ? terbanyak : ','
}

/** Fails the stream on bytes that are not UTF-8, instead of letting them become U+FFFD silently. */
function pastikanUtf8() {
  const decoder = new TextDecoder('utf-8', { fatal: true })
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      try {
        decoder.decode(chunk, { stream: true })
        done(null, chunk)
      } catch {
        done(berkasDitolak())
      }
    },
  })
}

/** What a stream already holds, a batch at a time: one await per batch, not per record (100,000s of rows). */
async function* perKelompok<T>(stream: Readable): AsyncGenerator<T[]> {
  let selesai = false
  let gagal: unknown = null
  let bangun = () => {}
  stream.on('readable', () => bangun())
  stream.on('end', () => ((selesai = true), bangun()))
  stream.on('error', (e) => ((gagal = e), bangun()))
  for (;;) {
    if (gagal) throw gagal
    const kelompok: T[] = []
    for (let x = stream.read(); x !== null; x = stream.read()) kelompok.push(x)
    if (kelompok.length) yield kelompok
    else if (selesai) return
    else await new Promise<void>((r) => (bangun = r))
  }
}

async function* barisCsv(sumber: SumberBerkas, pemisah: string): AsyncGenerator<BarisBerkas[]> {
  // Empty lines are kept as records so `baris` matches the row number a spreadsheet shows.
  const parser = parse({ bom: true, delimiter: pemisah, relax_column_count: true, relax_quotes: true })
  const stream = bukaStream(sumber).pipe(pastikanUtf8())
  stream.on('error', (e) => parser.destroy(e))
  stream.pipe(parser)
  let baris = 0
  for await (const records of perKelompok<string[]>(parser))
    yield records.map((nilai) => ({ baris: ++baris, nilai }))
}

type SelExcel = ExcelJS.CellValue
/** Rich text, hyperlinks and formulas become their visible value. */
function nilaiExcel(v: SelExcel): NilaiSel {
  if (v == null || typeof v !== 'object' || v instanceof Date) return v as NilaiSel
  if ('richText' in v) return v.richText.map((r) => r.text).join('')
  if ('result' in v) return nilaiExcel(v.result as SelExcel)
  if ('text' in v) return String(v.text)
  return null
}

/** Random access to the upload (a buffer from the API, a path from the CLI): the zip directory is at the end. */
interface Acak {
  ukuran: number
  baca(mulai: number, akhir: number): Promise<Buffer>
  stream(mulai: number, akhir: number): Readable
  tutup(): Promise<void>
}

async function bukaAcak(sumber: SumberBerkas): Promise<Acak> {
  if ('buffer' in sumber) {
    const b = sumber.buffer
    return {
      ukuran: b.length,
      baca: async (mulai, akhir) => b.subarray(mulai, akhir),
      stream: (mulai, akhir) => Readable.from([b.subarray(mulai, akhir)]),
      tutup: async () => {},
    }
  }
  const fh = await open(sumber.path, 'r')
  return {
    ukuran: (await fh.stat()).size,
    baca: async (mulai, akhir) => {
      const buf = Buffer.alloc(akhir - mulai)
      const { bytesRead } = await fh.read(buf, 0, buf.length, mulai)
      return buf.subarray(0, bytesRead)
    },
    stream: (mulai, akhir) => createReadStream(sumber.path, { start: mulai, end: akhir - 1 }),
    tutup: () => fh.close(),
  }
}

interface EntriZip {
  nama: string
  /** Offset of the local header; the entry's bytes run to the next entry (or the central directory). */
  mulai: number
}

/** The zip's central directory, read without unpacking anything. Null for what it does not cover (zip64). */
async function direktoriZip(f: Acak): Promise<{ entri: EntriZip[]; direktori: number } | null> {
  const ekorMulai = Math.max(0, f.ukuran - 22 - 0xffff)
  const ekor = await f.baca(ekorMulai, f.ukuran)
  const eocd = ekor.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  if (eocd < 0 || eocd + 22 > ekor.length) return null
  const jumlah = ekor.readUInt16LE(eocd + 10)
  const panjang = ekor.readUInt32LE(eocd + 12)
  const direktori = ekor.readUInt32LE(eocd + 16)
  if (jumlah === 0xffff || direktori === 0xffffffff || direktori + panjang > f.ukuran) return null
  const cd = await f.baca(direktori, direktori + panjang)
  const entri: EntriZip[] = []
  for (let p = 0; entri.length < jumlah;) {
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== 0x02014b50) return null
    const namaPanjang = cd.readUInt16LE(p + 28)
    const lain = cd.readUInt16LE(p + 30) + cd.readUInt16LE(p + 32)
    entri.push({ nama: cd.toString('utf8', p + 46, p + 46 + namaPanjang), mulai: cd.readUInt32LE(p + 42) })
    p += 46 + namaPanjang + lain
  }
  return { entri, direktori }
}

const LEMBAR = /^xl\/worksheets\/sheet(\d+)\.xml$/

/**
 * exceljs's streaming reader reads the archive in order: a sheet stored before the shared strings is
 * spooled to a temporary file (personal data left in /tmp when we stop after the first sheet), one stored
 * before the styles loses its date formats, and "the first sheet" is whichever comes first. Files saved by
 * other tools do store them in such orders. So the entries are passed on in a fixed order instead: every
 * part of the workbook first, as stored, then the worksheets by number. Each entry's bytes are copied as
 * they are (local header, data, descriptor), which is all a streaming unzip reads.
 */
async function xlsxTerurut(sumber: SumberBerkas): Promise<Readable> {
  const f = await bukaAcak(sumber)
  const dir = await direktoriZip(f).catch(() => null)
  const entri = dir ? [...dir.entri].sort((a, b) => a.mulai - b.mulai) : []
  const bagian = entri.map((e, i) => ({ ...e, akhir: entri[i + 1]?.mulai ?? dir!.direktori }))
  const nomor = (nama: string) => Number(LEMBAR.exec(nama)?.[1] ?? -1)
  const urut = [...bagian].sort((a, b) => nomor(a.nama) - nomor(b.nama))
  if (!dir || urut.every((e, i) => e === bagian[i])) {
    await f.tutup()
    return bukaStream(sumber)
  }
  async function* isi() {
    try {
      for (const e of [...urut, { mulai: dir!.direktori, akhir: f.ukuran }]) yield* f.stream(e.mulai, e.akhir)
    } finally {
      await f.tutup()
    }
  }
  return Readable.from(isi())
}

async function* barisXlsx(sumber: SumberBerkas): AsyncGenerator<BarisBerkas[]> {
  const input = await xlsxTerurut(sumber)
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: 'cache',
    styles: 'cache', // needed to recognise date-formatted cells
    hyperlinks: 'ignore',
    worksheets: 'emit',
  })
  // The workbook part comes before the sheets now: its first tab is the sheet to read.
  const model = () => (reader as unknown as { model?: { sheets?: { name?: string }[] } }).model
  try {
    for await (const sheet of reader) {
      const pertama = model()?.sheets?.[0]?.name
      const nama = (sheet as unknown as { name?: string }).name
      if (pertama && nama && nama !== pertama) continue
      for await (const row of sheet) {
        const values = (row.values as SelExcel[]).slice(1)
        yield [{ baris: row.number, nilai: Array.from(values, nilaiExcel) }]
      }
      return // only the first worksheet
    }
  } finally {
    input.destroy() // the rest of the archive is not needed (and a file handle is released)
  }
}

/** A1-style column letters: 0 → A, 26 → AA. */
const hurufKolom = (i: number): string =>
  (i >= 26 ? hurufKolom(Math.floor(i / 26) - 1) : '') + String.fromCharCode(65 + (i % 26))
const SURROGATE_TUNGGAL = /\p{Cs}/u

/**
 * PostgreSQL stores no NUL byte and no lone UTF-16 surrogate. The first 64 KB are checked when the type is
 * decided; this checks every cell, so one deep in a large file is a 400 naming its row and column, not a 500.
 */
function periksaSel(r: BarisBerkas, header: NilaiSel[] | null) {
  const i = r.nilai.findIndex((v) => typeof v === 'string' && (v.includes('\0') || SURROGATE_TUNGGAL.test(v)))
  if (i < 0) return
  const judul = header && header !== r.nilai && typeof header[i] === 'string' ? String(header[i]).trim() : ''
  const kolom = judul || hurufKolom(i)
  const teks = {
    id: `Baris ${r.baris}, kolom ${kolom}: memuat karakter yang tidak dapat disimpan (NUL atau Unicode rusak). Simpan ulang berkas sebagai CSV UTF-8 atau XLSX.`,
    en: `Row ${r.baris}, column ${kolom}: contains a character that cannot be stored (NUL or broken Unicode). Save the file again as UTF-8 CSV or XLSX.`,
  }
  throw badRequest('IMPOR.KARAKTER_TERLARANG', teks, [{ path: `baris.${r.baris}.${kolom}`, message: teks }])
}

/** All rows of the file in batches, the header row first. Throws 400 for a file that is neither CSV nor XLSX. */
export async function* bacaBerkas(sumber: SumberBerkas): AsyncGenerator<BarisBerkas[]> {
  const awal = await bacaAwal(sumber)
  const jenis = jenisDariIsi(awal)
  if (!jenis) throw berkasDitolak()
  try {
    const semua =
      jenis === 'xlsx' ? barisXlsx(sumber) : barisCsv(sumber, deteksiPemisah(awal.toString('utf8')))
    // The header is the first row with a value (as bacaTabel reads it): it names the column of an error.
    let header: NilaiSel[] | null = null
    for await (const kelompok of semua) {
      for (const r of kelompok) {
        if (!header && r.nilai.some((v) => v != null && String(v).trim() !== '')) header = r.nilai
        periksaSel(r, header)
      }
      yield kelompok
    }
  } catch (e) {
    if (e instanceof Error && 'status' in e) throw e
    throw badRequest('IMPOR.BERKAS_RUSAK', {
      id: `Berkas tidak dapat dibaca: ${(e as Error).message}`,
      en: `The file cannot be read: ${(e as Error).message}`,
    })
  }
}
