import { forbidden, notFound } from '../errors.ts'
import type { Actor, PeranAkun } from './actor.ts'

/**
 * The one place that answers "may this actor touch this instansi".
 * Modules build their own policies (skp.policy.ts …) on these primitives.
 * Another instansi's object answers 404, never 403: we never confirm it exists.
 */
export const hasPeran = (actor: Actor, peran: PeranAkun) => actor.peran.includes(peran)
export const isAdminNasional = (actor: Actor) => hasPeran(actor, 'admin_nasional')
export const isAdminInstansi = (actor: Actor, instansiId: string) =>
  isAdminNasional(actor) || (hasPeran(actor, 'admin_instansi') && actor.instansiId === instansiId)

/** Throws 404 unless the actor belongs to the instansi (or is national). */
export function assertInstansi(actor: Actor, instansiId: string) {
  if (isAdminNasional(actor)) return
  if (actor.instansiId !== instansiId) throw notFound()
}

/** Admin of this instansi (or national); a member of another instansi gets 404, a member without the role 403. */
export function assertAdminInstansi(actor: Actor, instansiId: string) {
  assertInstansi(actor, instansiId)
  if (!isAdminInstansi(actor, instansiId)) throw forbidden()
}

export function assertAdminNasional(actor: Actor) {
  if (!isAdminNasional(actor)) throw forbidden()
}

/**
 * The instansi an actor's list/search runs in. National admins may pick any (or all: undefined);
 * everyone else is pinned to their own, and asking for another gives 404.
 */
export function lingkupInstansi(actor: Actor, diminta?: string): string | undefined {
  if (isAdminNasional(actor)) return diminta
  if (!actor.instansiId) throw forbidden()
  if (diminta && diminta !== actor.instansiId) throw notFound()
  return actor.instansiId
}
