import type { Actor } from '../../server/auth/actor.ts'
import { assertInstansi } from '../../server/auth/policy.ts'
import { forbidden } from '../../server/errors.ts'

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
export { bolehIkutiKaskade as bolehIkutiSel } from '../skp/skp-kaskade.ts'
