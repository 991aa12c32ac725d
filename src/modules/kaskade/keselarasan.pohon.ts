import type { RhkRingkas, SimpulKeselarasan } from '../../shared/kaskade.ts'
import { MAKS_KEDALAMAN, MAKS_SIMPUL, type BarisRhk } from './keselarasan.repository.ts'

/** Pure assembly of the rows of the two CTE queries into the alignment tree (no I/O). */

export const ringkas = (r: BarisRhk): RhkRingkas => ({
  rhkId: r.rhkId,
  deskripsi: r.deskripsi,
  pegawaiId: r.pegawaiId,
  pegawaiNama: r.pegawaiNama,
  jabatan: r.jabatan,
  skpId: r.skpId,
  skpStatus: r.skpStatus,
})

/**
 * "No contributor" is a gap only where someone could contribute: the RHK's owner has subordinates
 * (a staff member's RHK is a leaf of the cascade, not a missing link).
 */
export const tanpaKontributor = (r: Pick<BarisRhk, 'punyaAnak' | 'punyaBawahan'>) =>
  !r.punyaAnak && r.punyaBawahan

const urut = (a: SimpulKeselarasan, b: SimpulKeselarasan) =>
  a.pegawaiNama.localeCompare(b.pegawaiNama, 'id') || a.deskripsi.localeCompare(b.deskripsi, 'id')

export interface HasilTurun {
  /** Children of each start RHK, each a recursive tree. */
  anakDari(rhkId: string): SimpulKeselarasan[]
  terpotong: boolean
}

/**
 * Rows come parent-first (breadth first); a row whose parent was cut off by the size cap is dropped, so
 * the tree stays whole from the top. `terpotong` says the tree is incomplete (size or depth cap).
 */
export function susunTurun(rows: (BarisRhk & { indukId: string; kedalaman: number })[]): HasilTurun {
  const lebih = rows.length > MAKS_SIMPUL
  // drop the deepest rows: they cannot be the parent of another fetched row
  const dipakai = lebih ? [...rows].sort((a, b) => a.kedalaman - b.kedalaman).slice(0, MAKS_SIMPUL) : rows
  const perInduk = new Map<string, (BarisRhk & { kedalaman: number })[]>()
  for (const r of dipakai) perInduk.set(r.indukId, [...(perInduk.get(r.indukId) ?? []), r])
  const dalam = dipakai.some((r) => r.kedalaman >= MAKS_KEDALAMAN && r.punyaAnak)
  const dilihat = new Set<string>()
  const bangun = (indukId: string): SimpulKeselarasan[] =>
    (perInduk.get(indukId) ?? [])
      .filter((r) => !dilihat.has(r.rhkId) && dilihat.add(r.rhkId))
      .map((r) => ({ ...ringkas(r), tanpaKontributor: tanpaKontributor(r), anak: bangun(r.rhkId) }))
      .sort(urut)
  return { anakDari: bangun, terpotong: lebih || dalam }
}

export interface HasilNaik {
  node(rhkId: string): (RhkRingkas & { tanpaKontributor: boolean }) | undefined
  /** From the RHK's intervensi up to the top leader's RHK. */
  atas(rhkId: string): RhkRingkas[]
}

export function susunNaik(rows: (BarisRhk & { asalId: string; kedalaman: number })[]): HasilNaik {
  const perAsal = new Map<string, (BarisRhk & { kedalaman: number })[]>()
  for (const r of rows) perAsal.set(r.asalId, [...(perAsal.get(r.asalId) ?? []), r])
  const urutNaik = (id: string) => [...(perAsal.get(id) ?? [])].sort((a, b) => a.kedalaman - b.kedalaman)
  return {
    node(rhkId) {
      const r = urutNaik(rhkId)[0]
      return r && r.kedalaman === 0 ? { ...ringkas(r), tanpaKontributor: tanpaKontributor(r) } : undefined
    },
    atas: (rhkId) =>
      urutNaik(rhkId)
        .filter((r) => r.kedalaman > 0)
        .map(ringkas),
  }
}
