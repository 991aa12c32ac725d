/**
 * The evaluation periods a year offers in the pickers (Penilaian Bawahan, the curve, calibration, the
 * organisation predikat) and which one is chosen by default. PermenPANRB 6/2022: the instansi's setting of the
 * year (bulanan, triwulan or semester) gives the periodic evaluations, followed by the annual FINAL one. One rule
 * for every picker, computed on the server (DOMAIN §4, §5).
 */
import type { IsoDate } from './iso-date.ts'
import { daftarPeriode, type KodePeriode } from './periode.ts'
import type { JenisPeriodePenilaian } from './settings.ts'

export interface PeriodePilihan {
  kode: KodePeriode
  nama: string
  mulai: IsoDate
  selesai: IsoDate
  /** The first day it may be evaluated: the first day of its last month (FINAL: 1 December). */
  bisaDinilaiMulai: IsoDate
}

/** A period may be evaluated from the first day of its last month (DOMAIN §5; FINAL: 1 December). */
export const mulaiDinilai = (selesai: IsoDate): IsoDate => `${selesai.slice(0, 7)}-01`

/** The whole periods of the year under its setting, in order, FINAL last. */
export function periodePilihan(tahun: number, jenis: JenisPeriodePenilaian): PeriodePilihan[] {
  return daftarPeriode(tahun, jenis).map((p) => ({
    kode: p.kode,
    nama: p.nama,
    mulai: p.mulai,
    selesai: p.selesai,
    bisaDinilaiMulai: mulaiDinilai(p.selesai),
  }))
}

/**
 * The period a picker opens on: the latest periodic one whose evaluation may already start on `hari` (TW1 from
 * 1 March, TW2 from 1 June …), else the first of the list (a year not begun yet). FINAL is never the default: it
 * is chosen on purpose. Empty list: null.
 */
export function periodeBawaan(daftar: readonly PeriodePilihan[], hari: IsoDate): KodePeriode | null {
  const mulai = daftar.filter((p) => p.kode !== 'FINAL' && p.bisaDinilaiMulai <= hari).at(-1)
  return mulai?.kode ?? daftar[0]?.kode ?? null
}

/**
 * The period a page shows: the one asked for (any valid code: links made under an earlier setting keep working),
 * else the year's default, with the year's list for the picker.
 */
export function pilihPeriode(
  tahun: number,
  jenis: JenisPeriodePenilaian,
  diminta: KodePeriode | undefined,
  hari: IsoDate,
): { periode: KodePeriode; periodeTersedia: PeriodePilihan[] } {
  const periodeTersedia = periodePilihan(tahun, jenis)
  return { periode: diminta ?? periodeBawaan(periodeTersedia, hari) ?? 'FINAL', periodeTersedia }
}
