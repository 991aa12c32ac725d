/**
 * Is an SKP late? PermenPANRB 6/2022 has the SKP agreed at the start of the period; the instansi sets the
 * approval deadline of the year (`batasSkp`, default 31 January). An SKP not approved by then is late.
 * Pure: the caller passes today's date from the server clock.
 */
import { addDays, type IsoDate } from './iso-date.ts'

export interface Keterlambatan {
  terlambat: boolean
  hariTerlambat: number // whole days past the deadline; 0 when not late
}

const TEPAT: Keterlambatan = { terlambat: false, hariTerlambat: 0 }

const hariAntara = (dari: IsoDate, ke: IsoDate) =>
  Math.round((Date.parse(`${ke}T00:00:00Z`) - Date.parse(`${dari}T00:00:00Z`)) / 86_400_000)

/**
 * The deadline of one SKP. An SKP that starts after 1 January (a mutasi splits the year, DOMAIN §2) gets
 * the same lead time from its own start: with the default, 30 days. An SKP of the whole year: batasSkp.
 */
export function batasSkpUntuk(mulai: IsoDate, batasSkp: IsoDate): IsoDate {
  const awalTahun = `${batasSkp.slice(0, 4)}-01-01`
  if (mulai <= awalTahun) return batasSkp
  const tenggang = Math.max(0, hariAntara(awalTahun, batasSkp))
  const geser = addDays(mulai, tenggang)
  return geser > batasSkp ? geser : batasSkp
}

/**
 * `status` is the SKP's, or 'belum_ada' when the pegawai has none yet (also late after the deadline).
 * Only an approved SKP is never late; a returned or submitted one still waits for approval.
 */
export function terlambat(
  skp: { status: string; mulai: IsoDate },
  batasSkp: IsoDate,
  hariIni: IsoDate,
): Keterlambatan {
  if (skp.status === 'disetujui') return TEPAT
  const batas = batasSkpUntuk(skp.mulai, batasSkp)
  if (hariIni <= batas) return TEPAT
  return { terlambat: true, hariTerlambat: hariAntara(batas, hariIni) }
}
