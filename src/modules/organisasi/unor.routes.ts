import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { IdParams } from '../../shared/common.ts'
import { UnorCreate, UnorDetail, UnorList, UnorQuery, UnorUpdate } from '../../shared/organisasi.ts'
import { ctxOf } from '../../server/auth/actor.ts'
import type { AppDeps } from '../../server/deps.ts'
import { unorService } from './unor.service.ts'

export async function unorRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>()
  const service = unorService(deps.database)
  const tags = ['unor']

  r.get('/unor', { schema: { tags, querystring: UnorQuery, response: { 200: UnorList } } }, (req) =>
    service.list(ctxOf(req), req.query),
  )
  r.get('/unor/:id', { schema: { tags, params: IdParams, response: { 200: UnorDetail } } }, (req) =>
    service.get(ctxOf(req), req.params.id),
  )
  r.post('/unor', { schema: { tags, body: UnorCreate, response: { 201: UnorDetail } } }, async (req, reply) =>
    reply.status(201).send(await service.create(ctxOf(req), req.body)),
  )
  r.patch(
    '/unor/:id',
    { schema: { tags, params: IdParams, body: UnorUpdate, response: { 200: UnorDetail } } },
    (req) => service.update(ctxOf(req), req.params.id, req.body),
  )
}
