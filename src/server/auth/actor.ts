import type { FastifyRequest } from 'fastify'
import type { Lang } from '../errors.ts'
import { unauthorized } from '../errors.ts'
import type { PeranAkun } from '../../shared/enums.ts'

export type { PeranAkun }

/** Who is acting. Derived roles (atasan of someone) are computed by policies, not stored. */
export interface Actor {
  akunId: string
  username: string
  nama: string
  instansiId: string | null
  pegawaiId: string | null
  peran: PeranAkun[]
  /** A temporary password from an admin: only changing it, /me and logout are allowed (session.ts). */
  wajibGantiPassword: boolean
  csrfToken: string
}

/** Passed from routes to services: who, from where, which request, which language. */
export interface Ctx {
  actor: Actor
  ip: string
  requestId: string
  lang: Lang
}

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null
  }
}

export function ctxOf(req: FastifyRequest): Ctx {
  if (!req.actor) throw unauthorized()
  const h = String(req.headers['accept-language'] ?? '')
  return { actor: req.actor, ip: req.ip, requestId: String(req.id), lang: /^en\b/i.test(h) ? 'en' : 'id' }
}
