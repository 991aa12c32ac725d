/**
 * Pure normalisers for spreadsheet cells: trimming, dates in every shape the national HR system's
 * (SIASN) exports and Excel produce, and the small enums. No database, no framework.
 */

/** One cell as read: CSV gives strings; XLSX also numbers, booleans and dates. */
export type NilaiSel = string | number | boolean | Date | null | undefined

export interface Teks {
  id: string
  en: string
}

export type Hasil<T> = { ok: true; nilai: T } | { ok: false }
const ok = <T>(nilai: T): Hasil<T> => ({ ok: true, nilai })
const GAGAL = { ok: false } as const

const RUANG = /[\s\u00a0\u200b]+/g
const RUANG_GANDA = /[\s\u00a0\u200b]{2}|[\t\n\r\f\v\u00a0\u200b]/

/** Trim and collapse inner whitespace (incl. no-break spaces): spreadsheets are full of stray spaces. */
export function teks(v: NilaiSel): string {
  if (v == null) return ''
  if (v instanceof Date) return v.toISOString().slice(0, 10)
  const s = String(v)
  // Fast path (most cells): nothing to collapse. Imports run over 100,000s of cells.
  if (!RUANG_GANDA.test(s)) return s.trim()
  return s.replace(RUANG, ' ').trim()
}

/** Empty cell → null, otherwise the trimmed text. */
export const teksAtauNull = (v: NilaiSel) => teks(v) || null

/** Key for matching names and codes: case-insensitive, whitespace-insensitive. */
export const kunci = (v: NilaiSel) => teks(v).toLowerCase()

/** Key for enum values and headers: upper case, any run of space/_/-/. becomes one space. */
export const kunciEnum = (v: NilaiSel) =>
  teks(v)
    .toUpperCase()
    .replace(/[\s_.-]+/g, ' ')
    .trim()

// Excel's 1900 date system: serial 1 = 1900-01-01, and Excel counts a non-existent 1900-02-29 (serial 60),
// so from serial 61 on the epoch is 1899-12-30.
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30)
const HARI_MS = 86_400_000

function dariSerialExcel(n: number): Hasil<string> {
  if (!Number.isFinite(n) || n < 61 || n > 73_050 /* 2099-12-31 */) return GAGAL
  return ok(new Date(EXCEL_EPOCH_MS + Math.floor(n) * HARI_MS).toISOString().slice(0, 10))
}

const HARI_PER_BULAN = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
const kabisat = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0

/** A real calendar date, by arithmetic (no Date objects: this runs for every date cell of a file). */
function dariBagian(tahun: string, bulan: string, hari: string): Hasil<string> {
  const [y, m, d] = [Number(tahun), Number(bulan), Number(hari)]
  const maks = m === 2 && kabisat(y) ? 29 : HARI_PER_BULAN[m - 1]
  if (y < 1900 || !maks || d < 1 || d > maks) return GAGAL
  return ok(`${tahun}-${bulan.padStart(2, '0')}-${hari.padStart(2, '0')}`)
}

/**
 * A date from yyyy-mm-dd, dd-mm-yyyy, dd/mm/yyyy (also with dots), an Excel serial number
 * (a number, or digits in a CSV saved from Excel) or a Date cell. Empty → null.
 */
export function parseTanggal(v: NilaiSel): Hasil<string | null> {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? GAGAL : ok(v.toISOString().slice(0, 10))
  if (typeof v === 'number') return dariSerialExcel(v)
  const s = teks(v)
  if (!s) return ok(null)
  if (/^\d{2,5}(\.\d+)?$/.test(s)) return dariSerialExcel(Number(s))
  const ymd = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T][\d:.]+Z?)?$/.exec(s)
  if (ymd) return dariBagian(ymd[1], ymd[2], ymd[3])
  const dmy = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?: [\d:.]+)?$/.exec(s)
  if (dmy) return dariBagian(dmy[3], dmy[2], dmy[1])
  return GAGAL
}

/** Look an enum value up by its normalised spelling; empty → null. */
export function parseEnum<T>(v: NilaiSel, peta: ReadonlyMap<string, T>): Hasil<T | null> {
  const k = kunciEnum(v)
  if (!k) return ok(null)
  const nilai = peta.get(k)
  return nilai === undefined ? GAGAL : ok(nilai)
}

export const petaEnum = <T>(entri: [T, string[]][]) =>
  new Map<string, T>(
    entri.flatMap(([nilai, ejaan]) => ejaan.map((e) => [kunciEnum(e), nilai] as [string, T])),
  )

/**
 * NIP as text: spaces removed ("19900101 201503 1 001" is how NIPs are printed) and Excel's leading
 * apostrophe dropped. A number cell beyond 2^53 has lost its last digits in Excel: reported, not guessed.
 */
export function nipMentah(v: NilaiSel): { nip: string; presisiHilang: boolean } {
  if (typeof v === 'number') return { nip: String(v), presisiHilang: !Number.isSafeInteger(v) }
  return { nip: teks(v).replace(/^'/, '').replace(/\s+/g, ''), presisiHilang: false }
}

export const YA_TIDAK = petaEnum<boolean>([
  [true, ['Y', 'YA', 'YES', '1', 'TRUE', 'BENAR', 'T']],
  [false, ['N', 'TIDAK', 'NO', '0', 'FALSE', 'SALAH', 'F']],
])

/** A boolean cell (Y/N, Ya/Tidak, 1/0, TRUE/FALSE); empty → false. */
export function parseYaTidak(v: NilaiSel): Hasil<boolean> {
  if (typeof v === 'boolean') return ok(v)
  const r = parseEnum(v, YA_TIDAK)
  return r.ok ? ok(r.nilai ?? false) : GAGAL
}

export const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
