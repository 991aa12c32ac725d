import type { Actor } from '../../server/auth/actor.ts'
import { assertAdminInstansi, isAdminNasional, lingkupInstansi } from '../../server/auth/policy.ts'
import { fieldError, forbidden } from '../../server/errors.ts'

const INSTANSI_WAJIB = {
  id: 'Pilih instansi terlebih dahulu.',
  en: 'Choose an agency first.',
}

/**
 * Scope for looking up one object by id: national admins see every instansi (undefined),
 * everyone else only their own. Another instansi's object is then simply not found (404).
 */
export function lingkupObjek(actor: Actor): string | undefined {
  if (isAdminNasional(actor)) return undefined
  if (!actor.instansiId) throw forbidden()
  return actor.instansiId
}

/** The one instansi a tree/list runs in: national admins must name it. */
export function instansiBaca(actor: Actor, diminta?: string): string {
  const lingkup = lingkupInstansi(actor, diminta)
  if (!lingkup) throw fieldError('INSTANSI.WAJIB', 'instansiId', INSTANSI_WAJIB)
  return lingkup
}

/** The instansi a create writes into: own instansi by default; admins only. */
export function instansiTulis(actor: Actor, diminta?: string): string {
  const instansiId = instansiBaca(actor, diminta)
  assertAdminInstansi(actor, instansiId)
  return instansiId
}
