/**
 * Text of an export, written a page at a time: CSV (RFC 4180: comma, CRLF, header row, quotes doubled) and
 * JSON (`{"meta": …, "data": [ … ]}` with the meta first, so the counts arrive before the rows).
 */

/**
 * A text cell a spreadsheet would run as a formula (=, +, -, @, tab, CR) is prefixed with an apostrophe
 * (OWASP CSV injection). Numbers are written as numbers.
 */
export function selCsv(v: unknown): string {
  if (v === null || v === undefined) return ''
  if (typeof v === 'number') return String(v)
  let s = String(v)
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s
}

export const barisCsv = (kolom: readonly string[], baris: Record<string, unknown>) =>
  kolom.map((k) => selCsv(baris[k])).join(',') + '\r\n'

export const kepalaCsv = (kolom: readonly string[]) => kolom.join(',') + '\r\n'

/** The JSON document split into chunks: the opening with meta, each page's rows, the close. */
export const jsonPembuka = (meta: unknown) => `{"meta":${JSON.stringify(meta)},"data":[`
export const jsonHalaman = (baris: readonly unknown[], pertama: boolean) =>
  (pertama ? '' : ',') + baris.map((b) => JSON.stringify(b)).join(',')
export const JSON_PENUTUP = ']}\n'
