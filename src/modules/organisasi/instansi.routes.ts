import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { IdParams, pageOf } from '../../shared/common.ts'
import { InstansiCreate, InstansiQuery, InstansiUpdate, InstansiView } from '../../shared/organisasi.ts'
import { ctxOf } from '../../server/auth/actor.ts'
import type { AppDeps } from '../../server/deps.ts'
import { instansiService } from './instansi.service.ts'

export async function instansiRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>()
  const service = instansiService(deps.database)
  const tags = ['instansi']

  r.get(
    '/instansi',
    { schema: { tags, querystring: InstansiQuery, response: { 200: pageOf(InstansiView) } } },
    (req) => service.list(ctxOf(req), req.query),
  )
  r.get('/instansi/:id', { schema: { tags, params: IdParams, response: { 200: InstansiView } } }, (req) =>
    service.get(ctxOf(req), req.params.id),
  )
  r.post(
    '/instansi',
    { schema: { tags, body: InstansiCreate, response: { 201: InstansiView } } },
    async (req, reply) => reply.status(201).send(await service.create(ctxOf(req), req.body)),
  )
  r.patch(
    '/instansi/:id',
    { schema: { tags, params: IdParams, body: InstansiUpdate, response: { 200: InstansiView } } },
    (req) => service.update(ctxOf(req), req.params.id, req.body),
  )
}
