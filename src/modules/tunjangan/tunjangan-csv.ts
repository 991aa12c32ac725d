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

const KOLOM = ['NIP', 'Nama', 'Unit', 'Jabatan', 'Predikat', 'Periode', 'Persen tunjangan'] as const

const LABEL_PREDIKAT: Record<string, string> = {
  SANGAT_BAIK: 'Sangat Baik',
  BAIK: 'Baik',
  BUTUH_PERBAIKAN: 'Butuh Perbaikan',
  KURANG: 'Kurang/Misconduct',
  SANGAT_KURANG: 'Sangat Kurang',
}

/** UTF-8 with BOM (Excel), `;`-separated, CRLF rows: the report as an allowance clerk imports it. */
export function csvTunjangan(l: LaporanTunjangan): string {
  const baris = l.items.map((b) =>
    [
      b.nip,
      b.nama,
      b.unor,
      b.jabatan,
      b.predikat ? LABEL_PREDIKAT[b.predikat] : 'Belum dinilai',
      b.periode,
      b.persen,
    ]
      .map(selCsv)
      .join(';'),
  )
  return `\uFEFF${[KOLOM.join(';'), ...baris].join('\r\n')}\r\n`
}
