/**
 * Cascading (RHK atasan yang diintervensi), PermenPANRB 6/2022: each RHK contributes to an approved
 * RHK of the pegawai's penilai (or ketua tim), within the same instansi. DOMAIN.md §2.
 */
import type { SkpStatus } from './skp-workflow.ts'

export interface RhkNode {
  id: string
  skpId: string
  pegawaiId: string
  instansiId: string
  intervensiId: string | null // the superior's RHK this one contributes to
}

export type IntervensiCode =
  | 'INTERVENSI.WAJIB'
  | 'INTERVENSI.LINTAS_INSTANSI'
  | 'INTERVENSI.BUKAN_ATASAN'
  | 'INTERVENSI.BELUM_DISETUJUI'
  | 'INTERVENSI.TIDAK_DITEMUKAN'

export interface CekIntervensiInput {
  rhk: { pegawaiId: string; instansiId: string; isPimpinanTertinggi: boolean }
  /** The RHK picked as intervensi, as loaded; null when none was picked or it was not found. */
  kandidat: { id: string; instansiId: string; pegawaiId: string; skpStatus: SkpStatus } | null
  /** Pegawai ids that may be cascaded from: the penilai and, for tim kerja, the ketua tim. */
  penilaiPegawaiIds: string[]
  /** The id the user picked, when known: lets a missing kandidat read TIDAK_DITEMUKAN, not WAJIB. */
  intervensiId?: string | null
}

export type CekIntervensiResult = { ok: true } | { ok: false; code: IntervensiCode }

/**
 * Order: the pick must exist, be of the same instansi (checked before anything that would reveal
 * another instansi's data), belong to an allowed superior, and sit in an approved SKP.
 */
export function cekIntervensi(input: CekIntervensiInput): CekIntervensiResult {
  const { rhk, kandidat, penilaiPegawaiIds, intervensiId } = input
  if (intervensiId != null && kandidat?.id !== intervensiId) return gagal('INTERVENSI.TIDAK_DITEMUKAN')
  // PermenPANRB 6/2022: only the top leader has no superior's RHK to cascade from (a pick, if any,
  // is still checked like everyone's)
  if (!kandidat) return rhk.isPimpinanTertinggi ? { ok: true } : gagal('INTERVENSI.WAJIB')
  if (kandidat.instansiId !== rhk.instansiId) return gagal('INTERVENSI.LINTAS_INSTANSI')
  const bolehDari = kandidat.pegawaiId !== rhk.pegawaiId && penilaiPegawaiIds.includes(kandidat.pegawaiId)
  if (!bolehDari) return gagal('INTERVENSI.BUKAN_ATASAN')
  // DOMAIN §2: the superior's SKP must be approved before anyone cascades from it
  if (kandidat.skpStatus !== 'disetujui') return gagal('INTERVENSI.BELUM_DISETUJUI')
  return { ok: true }
}

function gagal(code: IntervensiCode): CekIntervensiResult {
  return { ok: false, code }
}

/** rhkId → intervensiId map, the input of adaSiklus. */
export function petaIntervensi(nodes: Pick<RhkNode, 'id' | 'intervensiId'>[]): Map<string, string | null> {
  return new Map(nodes.map((n) => [n.id, n.intervensiId]))
}

/**
 * Would linking `rhkId` to `intervensiBaru` make the cascade chain loop? Walks up from the new
 * target. A loop already in the chain above (corrupt data) also counts: the chain is not a tree.
 */
export function adaSiklus(
  edges: Map<string, string | null>,
  rhkId: string,
  intervensiBaru: string | null,
): boolean {
  const dilihat = new Set<string>([rhkId])
  let id = intervensiBaru
  while (id != null) {
    if (dilihat.has(id)) return true
    dilihat.add(id)
    id = edges.get(id) ?? null
  }
  return false
}
