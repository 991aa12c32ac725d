import { hariIni as hariIniWib } from '../../server/clock.ts'

export { hariIniWib }

/** The date an SKP's hierarchy is read on: today, clamped into the SKP's period (a past year: its last day). */
export function tanggalAcuan(s: { mulai: string; selesai: string }): string {
  const t = hariIniWib()
  return t < s.mulai ? s.mulai : t > s.selesai ? s.selesai : t
}
