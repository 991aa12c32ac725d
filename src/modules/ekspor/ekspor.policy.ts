import type { Actor } from '../../server/auth/actor.ts'
import { isAdminInstansi, isAdminNasional, lingkupInstansi } from '../../server/auth/policy.ts'
import { fieldError, forbidden } from '../../server/errors.ts'

/**
 * Who may export an instansi's results to SIASN: its admin instansi (their own instansi; asking for another
 * answers 404) and the admin nasional (any instansi, named with instansiId). Everyone else 403.
 */
export function instansiEkspor(actor: Actor, diminta?: string): string {
  if (isAdminNasional(actor)) {
    if (!diminta) {
      throw fieldError('EKSPOR.INSTANSI_WAJIB', 'instansiId', {
        id: 'Pilih instansi yang diekspor.',
        en: 'Choose the agency to export.',
      })
    }
    return diminta
  }
  const lingkup = lingkupInstansi(actor, diminta)
  if (!lingkup || !isAdminInstansi(actor, lingkup)) throw forbidden()
  return lingkup
}
