import type { Db } from '../../db/client.ts'
import { ringkasanUtas } from './umpan-balik.repository.ts'

/**
 * Read side for other modules (the realisasi page and the atasan's "who filled what" view): unread feedback
 * for one reader (an account), without access checks — the caller has already decided the reader may see
 * these SKPs. One grouped query each.
 */

/** Unread comments per thread of one SKP in a period: by RHK id and by BerAKHLAK code. */
export async function belumDibacaPerUtas(
  db: Db,
  o: { instansiId: string; skpId: string; periode: string; akunId: string },
) {
  const r = await ringkasanUtas(db, o.instansiId, [o.skpId], o.periode, o.akunId)
  const perRhk = new Map<string, number>()
  const perNilai = new Map<string, number>()
  for (const x of r) {
    if (x.rhkId) perRhk.set(x.rhkId, x.belumDibaca)
    else if (x.kodeNilai) perNilai.set(x.kodeNilai, x.belumDibaca)
  }
  return { perRhk, perNilai, total: r.reduce((n, x) => n + x.belumDibaca, 0) }
}

/** Unread comments per SKP (all its threads) in a period: the atasan's view of the subordinates' SKPs. */
export async function belumDibacaPerSkp(
  db: Db,
  o: { instansiId: string; skpIds: string[]; periode: string; akunId: string },
) {
  const hasil = new Map<string, number>(o.skpIds.map((id) => [id, 0]))
  for (const x of await ringkasanUtas(db, o.instansiId, o.skpIds, o.periode, o.akunId))
    hasil.set(x.skpId, (hasil.get(x.skpId) ?? 0) + x.belumDibaca)
  return hasil
}
