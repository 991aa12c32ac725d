/**
 * Keberatan (objection) window. PP 30/2019 Pasal 59, DOMAIN §5: within N days (default 14) of the pegawai
 * receiving the evaluation result; calendar days or working days (Monday–Friday that are no holiday), a setting.
 */
import type { JenisHariKeberatan } from '../shared/enums.ts'
import { addDays, type IsoDate } from './iso-date.ts'

export interface AturanKeberatan {
  hari: number // batasKeberatanHari
  jenisHari: JenisHariKeberatan
  libur: readonly IsoDate[] // hariLibur: non-working days besides Saturday and Sunday
}

const hariKerja = (d: IsoDate, libur: ReadonlySet<IsoDate>) => {
  const hari = new Date(`${d}T00:00:00Z`).getUTCDay()
  return hari !== 0 && hari !== 6 && !libur.has(d)
}

/**
 * The last day a keberatan can be filed, counting from the day after the result was received (the receipt
 * day itself is day 0): received Monday 5 January with 14 calendar days → 19 January; with 14 working days
 * and no holidays → Friday 23 January.
 */
export function batasKeberatan(diterima: IsoDate, aturan: AturanKeberatan): IsoDate {
  if (aturan.jenisHari === 'kalender') return addDays(diterima, aturan.hari)
  const libur = new Set(aturan.libur)
  let d = diterima
  for (let n = 0; n < aturan.hari;) {
    d = addDays(d, 1)
    if (hariKerja(d, libur)) n++
  }
  return d
}

/** A keberatan filed on `hariIni` (the instansi's calendar) is in time. */
export const keberatanTepatWaktu = (diterima: IsoDate, hariIni: IsoDate, aturan: AturanKeberatan) =>
  hariIni <= batasKeberatan(diterima, aturan)
