import { namaBulan } from '../../domain/periode.ts'
import type { TanggalIso } from './skp-document.types.ts'

interface Tanggal {
  hari: number
  bulan: string
  tahun: number
}

function uraiTanggal(iso: TanggalIso): Tanggal {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  const [y, mo, d] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [NaN, NaN, NaN]
  const dt = new Date(Date.UTC(y, mo - 1, d))
  if (!m || dt.getUTCFullYear() !== y || dt.getUTCMonth() !== mo - 1 || dt.getUTCDate() !== d) {
    throw new RangeError(`Tanggal tidak valid / invalid date (expected YYYY-MM-DD): ${iso}`)
  }
  return { hari: d, bulan: namaBulan(mo - 1, 'id'), tahun: y }
}

/** '2026-01-02' → '2 Januari 2026' */
export function formatTanggal(iso: TanggalIso): string {
  const t = uraiTanggal(iso)
  return `${t.hari} ${t.bulan} ${t.tahun}`
}

/**
 * The official period line: '1 JANUARI SD 31 DESEMBER 2026'. The year is printed once when both dates are
 * in the same year (the normal case), on both sides otherwise.
 */
export function formatPeriode(mulai: TanggalIso, selesai: TanggalIso): string {
  const a = uraiTanggal(mulai)
  const b = uraiTanggal(selesai)
  const awal = a.tahun === b.tahun ? `${a.hari} ${a.bulan}` : formatTanggal(mulai)
  return kapital(`${awal} SD ${formatTanggal(selesai)}`)
}

/** Uppercase the way Indonesian documents do; locale-aware so it never depends on the server's locale. */
export function kapital(teks: string): string {
  return teks.toLocaleUpperCase('id-ID')
}
