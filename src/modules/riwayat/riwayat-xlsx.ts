import ExcelJS from 'exceljs'
import { LABEL_PREDIKAT, LABEL_RATING, LABEL_SKP_STATUS } from '../../domain/labels.ts'
import type { RiwayatView } from '../../shared/riwayat.ts'

/**
 * The riwayat kinerja as a workbook: one sheet per kind (SKP, Evaluasi with every version, Keberatan,
 * Angka Kredit, Dokumen), Indonesian headers, dates as text (YYYY-MM-DD). A text cell a spreadsheet would run
 * as a formula (=, +, -, @, tab, CR) is prefixed with an apostrophe (OWASP CSV/formula injection); exceljs
 * writes strings as strings, the prefix also guards a copy pasted elsewhere.
 */

export function selAman(v: string | number | null | undefined): string | number {
  if (v === null || v === undefined) return ''
  if (typeof v === 'number') return v
  return /^[=+\-@\t\r]/.test(v) ? `'${v}` : v
}

const tgl = (isoStr: string | null) => (isoStr ? isoStr.slice(0, 10) : '')

const STATUS_EVALUASI: Record<string, string> = {
  draft: 'Draf',
  final: 'Final',
  diterima: 'Final, diterima',
  digantikan: 'Digantikan',
}
const JENIS_DOKUMEN: Record<string, string> = {
  skp: 'SKP',
  evaluasi: 'Evaluasi Kinerja',
  dokumen_evaluasi: 'Dokumen Evaluasi Kinerja Pegawai',
  penetapan_predikat: 'Penetapan Predikat Kinerja',
}

function lembar(
  wb: ExcelJS.Workbook,
  nama: string,
  kolom: [string, number][],
  baris: (string | number | null)[][],
) {
  const ws = wb.addWorksheet(nama, { views: [{ state: 'frozen', ySplit: 1 }] })
  ws.columns = kolom.map(([header, width]) => ({ header, width }))
  ws.getRow(1).font = { bold: true }
  for (const b of baris) ws.addRow(b.map(selAman))
}

export async function riwayatXlsx(v: RiwayatView): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  wb.creator = 'Kinerja'
  wb.created = new Date(0) // deterministic metadata; the content carries the dates
  const t = v.tahun
  lembar(
    wb,
    'SKP',
    [
      ['Tahun', 8],
      ['Mulai', 12],
      ['Selesai', 12],
      ['Status', 14],
      ['Jabatan', 30],
      ['Unit', 30],
      ['Pejabat Penilai', 30],
      ['Disetujui', 12],
    ],
    t.flatMap((y) =>
      y.skp.map((s) => [
        y.tahun,
        s.mulai,
        s.selesai,
        LABEL_SKP_STATUS[s.status].id,
        s.jabatan,
        s.unor,
        s.penilai,
        tgl(s.disetujuiAt),
      ]),
    ),
  )
  lembar(
    wb,
    'Evaluasi',
    [
      ['Tahun', 8],
      ['Periode', 10],
      ['Versi', 7],
      ['Status', 16],
      ['Berlaku', 9],
      ['Rating Hasil Kerja', 20],
      ['Rating Perilaku', 20],
      ['Predikat', 18],
      ['Pejabat Penilai', 30],
      ['Difinalisasi', 12],
      ['Diterima', 12],
      ['Asal versi', 40],
    ],
    t.flatMap((y) =>
      y.evaluasi.map((e) => [
        y.tahun,
        e.periode === 'FINAL' ? 'TAHUNAN' : e.periode,
        e.versi,
        STATUS_EVALUASI[e.status],
        e.kini ? 'Ya' : 'Tidak',
        e.ratingHasil ? LABEL_RATING[e.ratingHasil].id : '',
        e.ratingPerilaku ? LABEL_RATING[e.ratingPerilaku].id : '',
        e.predikat ? LABEL_PREDIKAT[e.predikat].id : '',
        e.penilai,
        tgl(e.difinalisasiAt),
        tgl(e.diterimaAt),
        e.asal ? `${e.asal.oleh === 'keberatan' ? 'Keberatan' : 'Dibuka kembali'}: ${e.asal.alasan}` : '',
      ]),
    ),
  )
  lembar(
    wb,
    'Keberatan',
    [
      ['Tahun', 8],
      ['Diajukan', 12],
      ['Status', 12],
      ['Keputusan', 12],
      ['Predikat baru', 18],
      ['Alasan keputusan', 50],
      ['Diputuskan', 12],
    ],
    t.flatMap((y) =>
      y.keberatan.map((k) => [
        y.tahun,
        tgl(k.diajukanAt),
        k.status === 'diputuskan' ? 'Diputuskan' : 'Diajukan',
        k.keputusan === 'ubah' ? 'Diubah' : k.keputusan === 'tetap' ? 'Tetap' : '',
        k.predikatBaru ? LABEL_PREDIKAT[k.predikatBaru].id : '',
        k.alasanKeputusan,
        tgl(k.diputuskanAt),
      ]),
    ),
  )
  lembar(
    wb,
    'Angka Kredit',
    [
      ['Tahun', 8],
      ['Predikat tahunan', 18],
      ['AK tahunan', 12],
      ['AK periodik', 12],
      ['AK kumulatif', 12],
    ],
    t
      .filter((y) => y.angkaKredit)
      .map((y) => [
        y.tahun,
        y.predikatTahunan ? LABEL_PREDIKAT[y.predikatTahunan].id : '',
        y.angkaKredit!.tahunan,
        y.angkaKredit!.periodik,
        y.angkaKredit!.kumulatif,
      ]),
  )
  lembar(
    wb,
    'Dokumen',
    [
      ['Tahun', 8],
      ['Jenis', 32],
      ['Kode verifikasi', 22],
      ['Diterbitkan', 12],
      ['Final', 7],
    ],
    t.flatMap((y) =>
      y.dokumen.map((d) => [y.tahun, JENIS_DOKUMEN[d.jenis], d.kode, tgl(d.dibuat), d.final ? 'Ya' : 'Draf']),
    ),
  )
  return Buffer.from(await wb.xlsx.writeBuffer())
}
