import dayjs from 'dayjs'

/**
 * "Today" in the app is the server's today (GET /me → `hariIni`, the civil date in Indonesia), never the
 * browser's: a wrong clock or a laptop set to another zone must not move deadlines or the default year.
 * The value is renewed with every /me response; before the first one (the login page) the browser's date
 * is the only one there is.
 */
let dariServer: string | null = null

export function setHariIniServer(tanggal: string | null) {
  dariServer = tanggal
}

/** Today as yyyy-mm-dd. */
export const hariIni = () => dariServer ?? dayjs().format('YYYY-MM-DD')

/** The current year (default year of the SKP, Matriks Peran Hasil, Tim Kerja and settings pages). */
export const tahunIni = () => Number(hariIni().slice(0, 4))
