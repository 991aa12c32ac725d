import type { RhkView } from '../../../../../shared/skp.ts'
import type { ApiError } from '../../../lib/api.ts'

/** Why submitting failed (400 SKP.BELUM_LENGKAP), by RHK id so the messages survive a reorder. */
export interface MasalahSkp {
  umum: string[]
  perRhk: Record<string, string[]>
}

/**
 * `rhk.2.iki.0.targetMin` → RHK at index 2 of the SKP as the server listed it (same order as SkpView.rhk);
 * `rhk` alone (no main RHK) and anything else → the general list.
 */
export function masalahDari(err: ApiError, rhk: RhkView[]): MasalahSkp {
  const hasil: MasalahSkp = { umum: [], perRhk: {} }
  for (const e of err.errors) {
    const cocok = /^rhk\.(\d+)(\.|$)/.exec(e.path)
    const target = cocok ? rhk[Number(cocok[1])] : undefined
    if (target) (hasil.perRhk[target.id] ??= []).push(e.message)
    else hasil.umum.push(e.message)
  }
  if (hasil.umum.length === 0 && Object.keys(hasil.perRhk).length === 0) hasil.umum.push(err.message)
  return hasil
}

/** After an RHK is saved again its old problems no longer apply. */
export function tanpaRhk(m: MasalahSkp | null, rhkId: string): MasalahSkp | null {
  if (!m || !m.perRhk[rhkId]) return m
  const perRhk = { ...m.perRhk }
  delete perRhk[rhkId]
  return { ...m, perRhk }
}
