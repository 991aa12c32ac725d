/**
 * Today's civil date in Indonesia (yyyy-mm-dd). Hierarchy, assignments and SKP periods are asked "as of"
 * a date, and a UTC date would still say "yesterday" until 07:00 WIB. Default WIB; `TZ_INSTANSI`
 * overrides (e.g. Asia/Makassar for WITA, Asia/Jayapura for WIT).
 */
const format = new Intl.DateTimeFormat('en-CA', { timeZone: process.env.TZ_INSTANSI ?? 'Asia/Jakarta' })

export const hariIni = (saat: Date = new Date()) => format.format(saat)
