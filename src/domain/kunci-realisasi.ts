/**
 * When a period's realisasi locks (DOMAIN.md §4): N days (setting `hariKunciRealisasi`, default 5) after the
 * period ends, at midnight in the instansi's time zone (setting `zonaWaktu`). TW1 ends 31 March; with N = 5
 * entry is open through 5 April 23:59:59 local time and locks at 6 April 00:00 local, which is
 * 5 April 17:00Z in WIB, 16:00Z in WITA and 15:00Z in WIT.
 *
 * Indonesia's three zones have fixed offsets and no daylight saving, so the instant is computed from the
 * offset, without Intl (whose zone data differs between runtimes).
 */
import type { ZonaWaktu } from '../shared/enums.ts'
import { addDays, type IsoDate } from './iso-date.ts'
import { tanggalKunci } from './periode.ts'

/** Hours ahead of UTC: WIB +7, WITA +8, WIT +9. */
export const OFFSET_ZONA: Record<ZonaWaktu, number> = {
  'Asia/Jakarta': 7,
  'Asia/Makassar': 8,
  'Asia/Jayapura': 9,
}

const JAM_MS = 3_600_000

/**
 * An instant as ISO 8601 with the zone's own offset ("2027-01-06T00:00:00+07:00"): the same instant as the
 * UTC form, and it lets the web app show the wall-clock time of the instansi (with WIB/WITA/WIT) whatever
 * the zone of the reader's device.
 */
export function isoDiZona(saat: Date, zona: ZonaWaktu): string {
  const jam = OFFSET_ZONA[zona]
  const lokal = new Date(saat.getTime() + jam * JAM_MS).toISOString().slice(0, 19)
  return `${lokal}+${String(jam).padStart(2, '0')}:00`
}

/** The instant a civil date begins (00:00 local) in the zone. */
export function awalHariDiZona(tanggal: IsoDate, zona: ZonaWaktu): Date {
  return new Date(Date.parse(`${tanggal}T00:00:00Z`) - OFFSET_ZONA[zona] * JAM_MS)
}

/** The civil date (yyyy-mm-dd) an instant falls on in the zone. */
export function tanggalDiZona(saat: Date, zona: ZonaWaktu): IsoDate {
  return new Date(saat.getTime() + OFFSET_ZONA[zona] * JAM_MS).toISOString().slice(0, 10)
}

/**
 * The instant entry for a period ending on `periodeSelesai` locks: 00:00 local on the day after the last
 * open day (`tanggalKunci`, periode.ts).
 */
export function saatKunci(periodeSelesai: IsoDate, hariKunci: number, zona: ZonaWaktu): Date {
  return awalHariDiZona(addDays(tanggalKunci({ selesai: periodeSelesai }, hariKunci), 1), zona)
}

/** Whether the period's realisasi is locked at `now` (the lock instant itself is locked). */
export function terkunciPada(
  now: Date,
  periodeSelesai: IsoDate,
  hariKunci: number,
  zona: ZonaWaktu,
): boolean {
  return now.getTime() >= saatKunci(periodeSelesai, hariKunci, zona).getTime()
}
