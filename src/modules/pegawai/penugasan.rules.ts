import { addDays } from '../../domain/iso-date.ts'

/** A dated period; `selesai` inclusive, null = open. */
export interface Periode {
  id: string
  mulai: string
  selesai: string | null
}

const AKHIR = '9999-12-31'

export const tumpangTindih = (a: Omit<Periode, 'id'>, b: Omit<Periode, 'id'>) =>
  a.mulai <= (b.selesai ?? AKHIR) && b.mulai <= (a.selesai ?? AKHIR)

export type RencanaMutasi =
  { ok: true; akhiri: { id: string; selesai: string }[] } | { ok: false; bentrok: Periode }

/**
 * Mutasi (DOMAIN.md §1): the definitif assignment running on the new start date ends the day before
 * it, so history is kept. Any other definitif assignment overlapping the new one (one that starts on or
 * after the new start) is a conflict the admin must resolve: a pegawai holds one definitif position at
 * a time. Plt/Plh assignments are added alongside and never go through this.
 */
export function rencanaMutasi(ada: Periode[], baru: Omit<Periode, 'id'>): RencanaMutasi {
  const akhiri: { id: string; selesai: string }[] = []
  for (const p of ada) {
    const berjalan = p.mulai < baru.mulai && (p.selesai === null || p.selesai >= baru.mulai)
    if (berjalan) akhiri.push({ id: p.id, selesai: addDays(baru.mulai, -1) })
    else if (tumpangTindih(p, baru)) return { ok: false, bentrok: p }
  }
  return { ok: true, akhiri }
}

/** The first other period overlapping `periode` (for edits of an existing assignment). */
export const cariBentrok = (ada: Periode[], periode: Periode) =>
  ada.find((p) => p.id !== periode.id && tumpangTindih(p, periode))
