import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { BerandaQuery, BerandaView } from '../../shared/beranda.ts'
import { ctxOf } from '../../server/auth/actor.ts'
import type { AppDeps } from '../../server/deps.ts'
import { berandaService } from './beranda.service.ts'

/** The Beranda: what each of the actor's roles needs to do now (issue 6, item 18). */
export async function berandaRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>()
  const service = berandaService(deps.database)

  r.get(
    '/beranda',
    { schema: { tags: ['beranda'], querystring: BerandaQuery, response: { 200: BerandaView } } },
    (req) => service.get(ctxOf(req), req.query),
  )
}
