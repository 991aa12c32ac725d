/** Today in WIB (yyyy-mm-dd). Hierarchy questions are asked "as of" a civil date, not an instant. */
export function hariIniWib(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date())
}

/** The date an SKP's hierarchy is read on: today, clamped into the SKP's period (a past year: its last day). */
export function tanggalAcuan(s: { mulai: string; selesai: string }): string {
  const t = hariIniWib()
  return t < s.mulai ? s.mulai : t > s.selesai ? s.selesai : t
}
