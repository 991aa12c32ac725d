/**
 * The server's one clock. Every "now" (audit rows, notifications, sessions, workflow timestamps) and every
 * "today" (hierarchy, assignments, SKP periods and deadlines) comes from here, so a test can fix the time
 * and the web app shows the server's today (GET /me), not the browser's.
 */
let tetap: number | undefined

/** The current instant. */
export const sekarang = (): Date => new Date(tetap ?? Date.now())

/**
 * Today's civil date in Indonesia (yyyy-mm-dd). Hierarchy, assignments and SKP periods are asked "as of"
 * a date, and a UTC date would still say "yesterday" until 07:00 WIB. Default WIB; `TZ_INSTANSI`
 * overrides (e.g. Asia/Makassar for WITA, Asia/Jayapura for WIT).
 */
const ZONA = process.env.TZ_INSTANSI ?? 'Asia/Jakarta'
const format = new Intl.DateTimeFormat('en-CA', { timeZone: ZONA })
const formatZona = new Intl.DateTimeFormat('en-US', { timeZone: ZONA, timeZoneName: 'longOffset' })

export const hariIni = (saat: Date = sekarang()) => format.format(saat)

/** The instant a civil date (yyyy-mm-dd) begins in the same zone (Indonesia keeps no daylight saving). */
export function awalHari(tanggal: string): Date {
  const zona = formatZona
    .formatToParts(new Date(`${tanggal}T12:00:00Z`))
    .find((p) => p.type === 'timeZoneName')
  const offset = /GMT([+-]\d{2}:\d{2})/.exec(zona?.value ?? '')?.[1] ?? 'Z'
  return new Date(`${tanggal}T00:00:00${offset}`)
}

/** The current year in Indonesia (default year of SKP pages, settings, seeds). */
export const tahunIni = () => Number(hariIni().slice(0, 4))

/**
 * Fix the clock at an instant (tests and demos only); `undefined` lets it run again. The process-wide
 * state is deliberate: the point is that nothing else keeps its own time.
 */
export function aturJam(saat: Date | string | undefined) {
  tetap = saat === undefined ? undefined : new Date(saat).getTime()
}
