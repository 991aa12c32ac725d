import dayjs from 'dayjs'
import type { Label } from '../../../domain/labels.ts'
import { bahasaAktif, type Bahasa } from '../i18n/index.ts'

/** `2026-01-02` → `2 Januari 2026` (or `2 January 2026`); empty for null. */
export const formatTanggal = (iso: string | null | undefined) => (iso ? dayjs(iso).format('D MMMM YYYY') : '')

/** An ISO timestamp → `2 Jan 2026 14.05` in the reader's language. */
export const formatWaktu = (iso: string | null | undefined) =>
  iso ? dayjs(iso).format(bahasaAktif() === 'en' ? 'D MMM YYYY HH:mm' : 'D MMM YYYY HH.mm') : ''

const SINGKAT_ZONA: Record<string, string> = { '+07:00': 'WIB', '+08:00': 'WITA', '+09:00': 'WIT' }

/**
 * An instant the server sent with the instansi's offset ("2027-01-06T00:00:00+07:00", a lock time): the
 * instansi's wall-clock time and zone ("6 Jan 2027 00.00 WIB"), whatever the zone of this device. Other
 * strings fall back to formatWaktu (the device's zone).
 */
export function formatSaatInstansi(iso: string | null | undefined): string {
  const m = iso ? /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}):\d{2}(?:\.\d+)?([+-]\d{2}:\d{2})$/.exec(iso) : null
  if (!m || !SINGKAT_ZONA[m[2]]) return formatWaktu(iso)
  const jam = dayjs(m[1]).format(bahasaAktif() === 'en' ? 'D MMM YYYY HH:mm' : 'D MMM YYYY HH.mm')
  return `${jam} ${SINGKAT_ZONA[m[2]]}`
}

/** NIP printed the way officials read it: `19800101 200501 1 001`. */
export function formatNip(nip: string | null | undefined): string {
  if (!nip) return ''
  if (!/^\d{18}$/.test(nip)) return nip
  return `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`
}

/** A domain label (src/domain/labels.ts) in the current language. */
export const labelOf = (label: Label | undefined, fallback = '') => (label ? label[bahasaAktif()] : fallback)

const PENULIS_ANGKA: Record<Bahasa, Intl.NumberFormat> = {
  id: new Intl.NumberFormat('id-ID'),
  en: new Intl.NumberFormat('en-GB'),
}

/** A number as the UI language writes it: 1.500 and 2,5 in Indonesian, 1,500 and 2.5 in English. */
export const formatAngka = (n: number, bahasa: Bahasa = bahasaAktif()) => PENULIS_ANGKA[bahasa].format(n)

/** Today is the server's (see hari-ini.ts); re-exported here where the date helpers live. */
export { hariIni } from './hari-ini.ts'

/** Name with academic titles as printed on documents: `Dr. Budi Santoso, S.E., M.M.`. */
export function namaLengkap(p: { nama: string; gelarDepan?: string | null; gelarBelakang?: string | null }) {
  const depan = p.gelarDepan ? `${p.gelarDepan} ` : ''
  const belakang = p.gelarBelakang ? `, ${p.gelarBelakang}` : ''
  return `${depan}${p.nama}${belakang}`
}
