/**
 * Periode penilaian and SKP date ranges. PermenPANRB 6/2022: SKP covers 1 January – 31 December,
 * periodic evaluation per bulan/triwulan/semester plus the annual (FINAL) one. DOMAIN.md §2, §4.
 */
import { addDays, isoDate, lastDayOfMonth, maxDate, minDate, type IsoDate } from './iso-date.ts'
import type { JenisPeriodePenilaian } from './settings.ts'

export type KodePeriode =
  | `B${'01' | '02' | '03' | '04' | '05' | '06' | '07' | '08' | '09' | '10' | '11' | '12'}`
  | 'TW1'
  | 'TW2'
  | 'TW3'
  | 'TW4'
  | 'S1'
  | 'S2'
  | 'FINAL'

export interface Periode {
  kode: KodePeriode
  nama: string // as printed on documents
  mulai: IsoDate
  selesai: IsoDate // inclusive
}

export const NAMA_BULAN = [
  'JANUARI',
  'FEBRUARI',
  'MARET',
  'APRIL',
  'MEI',
  'JUNI',
  'JULI',
  'AGUSTUS',
  'SEPTEMBER',
  'OKTOBER',
  'NOVEMBER',
  'DESEMBER',
] as const

const NAMA_BULAN_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const

/** A date as written in a sentence: "1 Agustus 2025" / "1 August 2025". */
export function tanggalKalimat(d: IsoDate, bahasa: 'id' | 'en'): string {
  return `${Number(d.slice(8, 10))} ${namaBulan(Number(d.slice(5, 7)) - 1, bahasa)} ${d.slice(0, 4)}`
}

/** A month's name in a sentence (index 0 = January): "Agustus" / "August". */
export function namaBulan(indeks: number, bahasa: 'id' | 'en'): string {
  if (bahasa === 'en') return NAMA_BULAN_EN[indeks]
  return NAMA_BULAN[indeks].charAt(0) + NAMA_BULAN[indeks].slice(1).toLowerCase()
}

const ROMAWI = ['I', 'II', 'III', 'IV'] as const

// months per period and the printed prefix, per jenis
const BENTUK: Record<
  JenisPeriodePenilaian,
  { bulan: number; kode: (i: number) => KodePeriode; nama: (i: number) => string }
> = {
  bulanan: {
    bulan: 1,
    kode: (i) => `B${String(i + 1).padStart(2, '0')}` as KodePeriode,
    nama: (i) => NAMA_BULAN[i],
  },
  triwulan: { bulan: 3, kode: (i) => `TW${i + 1}` as KodePeriode, nama: (i) => `TRIWULAN ${ROMAWI[i]}` },
  semester: { bulan: 6, kode: (i) => `S${i + 1}` as KodePeriode, nama: (i) => `SEMESTER ${ROMAWI[i]}` },
}

/** The periodic evaluations of a year, in order, followed by the annual FINAL one. */
export function daftarPeriode(tahun: number, jenis: JenisPeriodePenilaian): Periode[] {
  const b = BENTUK[jenis]
  const periodik = Array.from({ length: 12 / b.bulan }, (_, i): Periode => ({
    kode: b.kode(i),
    nama: b.nama(i),
    mulai: isoDate(tahun, i * b.bulan + 1, 1),
    selesai: lastDayOfMonth(tahun, (i + 1) * b.bulan),
  }))
  return [
    ...periodik,
    { kode: 'FINAL', nama: 'TAHUNAN', mulai: isoDate(tahun, 1, 1), selesai: isoDate(tahun, 12, 31) },
  ]
}

/**
 * Last day realisasi may still be entered for a period: it locks `hariKunci` days after the period
 * ends (DOMAIN §4, configurable, default 5), so with 5 days TW1 is open through 5 April. The instant it
 * locks (midnight in the instansi's zone) is `saatKunci` in kunci-realisasi.ts.
 */
export function tanggalKunci(periode: Pick<Periode, 'selesai'>, hariKunci: number): IsoDate {
  return addDays(periode.selesai, hariKunci)
}

export interface RentangSkp {
  penugasanId: string
  mulai: IsoDate
  selesai: IsoDate // inclusive
}

/**
 * DOMAIN §1 mutasi: one SKP per (definitif) assignment overlapping the year, clipped to 1 Jan–31 Dec.
 * The old SKP ends the day before the move; the new one starts on the move date. Gaps (e.g. CLTN)
 * stay gaps. An assignment fully replaced by a later one on the same day gets no SKP.
 */
export function potongSkpMutasi(
  tahun: number,
  penugasan: { id: string; mulai: IsoDate; selesai: IsoDate | null }[],
): RentangSkp[] {
  const awal = isoDate(tahun, 1, 1)
  const akhir = isoDate(tahun, 12, 31)
  const urut = [...penugasan].sort((a, b) => (a.mulai === b.mulai ? 0 : a.mulai < b.mulai ? -1 : 1))
  const hasil: RentangSkp[] = []
  urut.forEach((p, i) => {
    const berikut = urut[i + 1]
    let selesai = minDate(p.selesai ?? akhir, akhir)
    if (berikut) selesai = minDate(selesai, addDays(berikut.mulai, -1))
    const mulai = maxDate(p.mulai, awal)
    if (mulai <= selesai) hasil.push({ penugasanId: p.id, mulai, selesai })
  })
  return hasil
}

export interface MasaStatus {
  mulai: IsoDate | null // inclusive; null = since before anything we know
  selesai: IsoDate | null // inclusive; null = still ongoing
}

export type HasilMasaBebas =
  { ok: true; rentang: { mulai: IsoDate; selesai: IsoDate }; dipersingkat: boolean } | { ok: false }

/**
 * DOMAIN §1: an exempt status (CLTN, tugas belajar, MPP …) has dates; an SKP covers only the days the
 * pegawai is not exempt. Exempt for the whole range → no SKP. A return inside the range → the SKP starts
 * on the return date (the shortened period of a mid-year return); an exemption starting inside the range
 * → the SKP ends the day before. An exemption strictly inside the range leaves two stretches: the SKP
 * covers the one after the return (the work planned on coming back; the stretch before it was planned
 * under the earlier SKP of the year or not at all).
 */
export function potongMasaBebas(
  rentang: { mulai: IsoDate; selesai: IsoDate },
  bebas: MasaStatus,
): HasilMasaBebas {
  const bMulai = bebas.mulai ?? rentang.mulai
  const bSelesai = bebas.selesai ?? rentang.selesai
  // no overlap: the whole range stands
  if (bSelesai < rentang.mulai || bMulai > rentang.selesai) return { ok: true, rentang, dipersingkat: false }
  if (bSelesai < rentang.selesai)
    return {
      ok: true,
      rentang: { mulai: addDays(bSelesai, 1), selesai: rentang.selesai },
      dipersingkat: true,
    }
  if (bMulai > rentang.mulai)
    return { ok: true, rentang: { mulai: rentang.mulai, selesai: addDays(bMulai, -1) }, dipersingkat: true }
  return { ok: false }
}
