import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { IdParams } from '../../shared/common.ts'
import { KeselarasanRhk, KeselarasanSkp } from '../../shared/kaskade.ts'
import { ctxOf } from '../../server/auth/actor.ts'
import type { AppDeps } from '../../server/deps.ts'
import { keselarasanRhk, keselarasanSkp } from './keselarasan.service.ts'

export async function keselarasanRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>()
  const { db } = deps.database
  const tags = ['keselarasan']

  r.get(
    '/rhk/:id/keselarasan',
    { schema: { tags, params: IdParams, response: { 200: KeselarasanRhk } } },
    (req) => keselarasanRhk(db, ctxOf(req), req.params.id),
  )
  r.get(
    '/skp/:id/keselarasan',
    { schema: { tags, params: IdParams, response: { 200: KeselarasanSkp } } },
    (req) => keselarasanSkp(db, ctxOf(req), req.params.id),
  )
}
