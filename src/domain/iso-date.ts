/**
 * Calendar dates as ISO `yyyy-mm-dd` strings. Domain dates have no time of day or time zone
 * (an assignment starts "on 1 March", not at an instant), so we compute in UTC and compare
 * strings, which sort chronologically.
 */
export type IsoDate = string

function toUtc(iso: IsoDate): Date {
  return new Date(`${iso}T00:00:00Z`)
}

function fromUtc(d: Date): IsoDate {
  return d.toISOString().slice(0, 10)
}

export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false
  const d = toUtc(s)
  return !Number.isNaN(d.getTime()) && fromUtc(d) === s
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  const d = toUtc(iso)
  d.setUTCDate(d.getUTCDate() + days)
  return fromUtc(d)
}

/** Last day of a month (1–12), e.g. lastDayOfMonth(2024, 2) = '2024-02-29'. */
export function lastDayOfMonth(tahun: number, bulan: number): IsoDate {
  return fromUtc(new Date(Date.UTC(tahun, bulan, 0)))
}

export function isoDate(tahun: number, bulan: number, hari: number): IsoDate {
  return `${String(tahun).padStart(4, '0')}-${String(bulan).padStart(2, '0')}-${String(hari).padStart(2, '0')}`
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b
}

/**
 * The same day `bulan` months later, clamped to the month's last day (31 August + 6 months = 28/29 February).
 * A six-month improvement period (PP 30/2019) starting 31 August ends on the last day of February.
 */
export function addMonths(iso: IsoDate, bulan: number): IsoDate {
  const [t, b, h] = iso.split('-').map(Number)
  const indeks = t * 12 + (b - 1) + bulan
  const tahun = Math.floor(indeks / 12)
  const bulanBaru = (indeks % 12) + 1
  const akhir = Number(lastDayOfMonth(tahun, bulanBaru).slice(8, 10))
  return isoDate(tahun, bulanBaru, Math.min(h, akhir))
}
