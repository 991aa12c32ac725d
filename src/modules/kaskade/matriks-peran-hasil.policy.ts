import type { Actor } from '../../server/auth/actor.ts'
import { assertInstansi } from '../../server/auth/policy.ts'
import { forbidden } from '../../server/errors.ts'
import { bolehIkutiKaskade } from '../skp/skp-kaskade.ts'

/**
 * Matriks Peran Hasil (DOMAIN §2): the atasan cascades their own RHK, so only the owner of the superior
 * SKP writes cells (admins read the grid through the SKP read policy but do not plan for others).
 */
export function assertPemilikSel(actor: Actor, skpAtasan: { instansiId: string; pegawaiId: string }) {
  assertInstansi(actor, skpAtasan.instansiId)
  if (!actor.pegawaiId || actor.pegawaiId !== skpAtasan.pegawaiId) {
    throw forbidden({
      id: 'Hanya pemilik RHK yang dapat mengubah matriks peran hasilnya.',
      en: 'Only the owner of the RHK can change its role/result matrix.',
    })
  }
}

/** The same rule as a yes/no, for the buttons of the grid. */
export function pemilikSel(actor: Actor, skpAtasan: { instansiId: string; pegawaiId: string }) {
  return (
    !!actor.pegawaiId && actor.instansiId === skpAtasan.instansiId && actor.pegawaiId === skpAtasan.pegawaiId
  )
}

/** A cell's RHK follows the matrix only while the subordinate's SKP is still being drafted. */
export const bolehIkutiSel = bolehIkutiKaskade

type StatusBaris = 'belum_ada' | 'draft' | 'diajukan' | 'disetujui' | 'dikembalikan'

/**
 * What the actor may do in the grid (MphView.aksi). DOMAIN §2: cascade only from one's own approved SKP,
 * only to today's subordinates, only into an SKP still being drafted (or not made yet); a former
 * subordinate's cells stay editable by the owner.
 */
export function aksiMatriks(
  actor: Actor,
  skpAtasan: { instansiId: string; pegawaiId: string; status: string },
  bawahanKini: string[],
) {
  const pemilik = pemilikSel(actor, skpAtasan)
  const isi = pemilik && skpAtasan.status === 'disetujui'
  const kini = new Set(bawahanKini)
  return {
    grid: { isi, ubahSel: pemilik },
    baris: (status: StatusBaris, pegawaiId: string) => ({
      isi: isi && kini.has(pegawaiId) && (status === 'belum_ada' || bolehIkutiSel(status)),
      terkunci: pemilik && (status === 'diajukan' || status === 'disetujui'),
    }),
  }
}
