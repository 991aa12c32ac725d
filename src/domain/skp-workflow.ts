/**
 * SKP workflow, PermenPANRB 6/2022 (perencanaan kinerja): the pegawai drafts and submits, the
 * pejabat penilai approves or returns; an approved SKP is locked until reopened. DOMAIN.md §2.
 */
import { SKP_STATUS, type SkpStatus } from '../shared/enums.ts'

export { SKP_STATUS, type SkpStatus }

export const SKP_AKSI = ['ubah', 'ajukan', 'tarik', 'setujui', 'kembalikan', 'buka'] as const
export type SkpAksi = (typeof SKP_AKSI)[number]

/** The actor's relation to this SKP (not a global role). */
export const SKP_PERAN = ['pemilik', 'penilai', 'admin_instansi', 'admin_nasional', 'lain'] as const
export type SkpPeran = (typeof SKP_PERAN)[number]

export type SkpTransisiCode = 'SKP.TRANSISI_TIDAK_SAH' | 'SKP.BUKAN_WEWENANG'
export type SkpTransisiResult = { ok: true; ke: SkpStatus } | { ok: false; code: SkpTransisiCode }

interface AturanAksi {
  peran: readonly SkpPeran[] // who may ever take this action
  dari: Partial<Record<SkpStatus, SkpStatus>> // from-state → to-state
}

export const ATURAN_SKP: Record<SkpAksi, AturanAksi> = {
  // editing a returned SKP turns it back into a draft
  ubah: { peran: ['pemilik'], dari: { draft: 'draft', dikembalikan: 'draft' } },
  ajukan: { peran: ['pemilik'], dari: { draft: 'diajukan', dikembalikan: 'diajukan' } },
  tarik: { peran: ['pemilik'], dari: { diajukan: 'draft' } },
  // PermenPANRB 6/2022: only the pejabat penilai kinerja approves or returns, never an admin
  setujui: { peran: ['penilai'], dari: { diajukan: 'disetujui' } },
  kembalikan: { peran: ['penilai'], dari: { diajukan: 'dikembalikan' } },
  // reopening an approved SKP: the penilai, or an admin as administrative unlock; audited by the caller
  buka: { peran: ['penilai', 'admin_instansi', 'admin_nasional'], dari: { disetujui: 'draft' } },
}

/**
 * Authority is checked before state, so someone without authority learns nothing about the state.
 */
export function transisiSkp(status: SkpStatus, aksi: SkpAksi, peran: SkpPeran): SkpTransisiResult {
  const aturan = ATURAN_SKP[aksi]
  if (!aturan.peran.includes(peran)) return { ok: false, code: 'SKP.BUKAN_WEWENANG' }
  const ke = aturan.dari[status]
  return ke ? { ok: true, ke } : { ok: false, code: 'SKP.TRANSISI_TIDAK_SAH' }
}

/** The actions this actor can take now, e.g. for the buttons of the SKP page. */
export function aksiTersedia(status: SkpStatus, peran: SkpPeran): SkpAksi[] {
  return SKP_AKSI.filter((aksi) => transisiSkp(status, aksi, peran).ok)
}

/** An approved SKP is locked: no content change until reopened (DOMAIN §2). */
export function skpTerkunci(status: SkpStatus): boolean {
  return status === 'disetujui'
}

// DOMAIN §2: a return carries the penilai's notes
export const SKP_AKSI_WAJIB_CATATAN: readonly SkpAksi[] = ['kembalikan']

export function cekCatatanSkp(
  aksi: SkpAksi,
  catatan: string | null | undefined,
): { ok: true } | { ok: false; code: 'SKP.CATATAN_WAJIB' } {
  if (!SKP_AKSI_WAJIB_CATATAN.includes(aksi)) return { ok: true }
  return catatan && catatan.trim() !== '' ? { ok: true } : { ok: false, code: 'SKP.CATATAN_WAJIB' }
}
