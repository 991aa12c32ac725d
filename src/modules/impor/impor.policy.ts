import type { Actor } from '../../server/auth/actor.ts'
import {
  assertAdminInstansi,
  isAdminInstansi,
  isAdminNasional,
  lingkupInstansi,
} from '../../server/auth/policy.ts'
import { forbidden } from '../../server/errors.ts'

/**
 * Imports change people and units: only the admin of that instansi (or a national admin). Another
 * instansi answers 404, a member without the role 403 (policy.ts).
 */
export const assertBolehImpor = (actor: Actor, instansiId: string) => assertAdminInstansi(actor, instansiId)

/** The instansi an import history lists: national admins any/all, an admin_instansi only their own. */
export function lingkupRiwayatImpor(actor: Actor, diminta?: string): string | undefined {
  const lingkup = lingkupInstansi(actor, diminta)
  if (isAdminNasional(actor)) return lingkup
  if (!lingkup || !isAdminInstansi(actor, lingkup)) throw forbidden()
  return lingkup
}
