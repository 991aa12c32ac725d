import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { IdParams, pageOf } from '../../shared/common.ts'
import { JabatanCreate, JabatanQuery, JabatanUpdate, JabatanView } from '../../shared/organisasi.ts'
import { ctxOf } from '../../server/auth/actor.ts'
import type { AppDeps } from '../../server/deps.ts'
import { jabatanService } from './jabatan.service.ts'

export async function jabatanRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>()
  const service = jabatanService(deps.database)
  const tags = ['jabatan']

  r.get(
    '/jabatan',
    { schema: { tags, querystring: JabatanQuery, response: { 200: pageOf(JabatanView) } } },
    (req) => service.list(ctxOf(req), req.query),
  )
  r.get('/jabatan/:id', { schema: { tags, params: IdParams, response: { 200: JabatanView } } }, (req) =>
    service.get(ctxOf(req), req.params.id),
  )
  r.post(
    '/jabatan',
    { schema: { tags, body: JabatanCreate, response: { 201: JabatanView } } },
    async (req, reply) => reply.status(201).send(await service.create(ctxOf(req), req.body)),
  )
  r.patch(
    '/jabatan/:id',
    { schema: { tags, params: IdParams, body: JabatanUpdate, response: { 200: JabatanView } } },
    (req) => service.update(ctxOf(req), req.params.id, req.body),
  )
}
