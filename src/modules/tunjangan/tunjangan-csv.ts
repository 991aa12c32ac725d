import { LABEL_PREDIKAT } from '../../domain/labels.ts'
import type { Lang } from '../../server/errors.ts'
import type { LaporanTunjangan } from '../../shared/tunjangan.ts'

/**
 * A CSV cell for spreadsheets: text that a spreadsheet would run as a formula (= + - @, or a leading tab/CR)
 * gets a leading apostrophe (OWASP CSV injection); a cell with the separator, a quote or a line break is
 * quoted with its quotes doubled.
 */
export function selCsv(nilai: string | number | null): string {
  if (nilai === null) return ''
  let s = String(nilai)
  if (typeof nilai === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`
  return /[;"\n\r,]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s
}

const KOLOM: Record<Lang, string[]> = {
  id: ['NIP', 'Nama', 'Unit', 'Jabatan', 'Predikat', 'Periode', 'Persen tunjangan'],
  en: ['NIP', 'Name', 'Unit', 'Position', 'Rating', 'Period', 'Allowance percentage'],
}
const BELUM: Record<Lang, string> = { id: 'Belum dinilai', en: 'Not yet rated' }

/** UTF-8 with BOM (Excel), `;`-separated, CRLF rows, in the reader's language: the report for the payroll clerk. */
export function csvTunjangan(l: LaporanTunjangan, lang: Lang): string {
  const baris = l.items.map((b) =>
    [
      b.nip,
      b.nama,
      b.unor,
      b.jabatan,
      b.predikat ? LABEL_PREDIKAT[b.predikat][lang] : BELUM[lang],
      b.periode,
      b.persen,
    ]
      .map(selCsv)
      .join(';'),
  )
  return `\uFEFF${[KOLOM[lang].join(';'), ...baris].join('\r\n')}\r\n`
}
