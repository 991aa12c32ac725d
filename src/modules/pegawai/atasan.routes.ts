import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { IdParams } from '../../shared/common.ts'
import {
  AtasanOverrideCreate,
  AtasanOverrideEnded,
  AtasanOverrideView,
  AtasanQuery,
  AtasanView,
} from '../../shared/pegawai.ts'
import { ctxOf } from '../../server/auth/actor.ts'
import type { AppDeps } from '../../server/deps.ts'
import { atasanService } from './atasan.service.ts'

export async function atasanRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>()
  const service = atasanService(deps.database)
  const tags = ['atasan']

  r.get(
    '/pegawai/:id/atasan',
    { schema: { tags, params: IdParams, querystring: AtasanQuery, response: { 200: AtasanView } } },
    (req) => service.lihat(ctxOf(req), req.params.id, req.query.tanggal),
  )
  r.post(
    '/pegawai/:id/atasan-override',
    { schema: { tags, params: IdParams, body: AtasanOverrideCreate, response: { 201: AtasanOverrideView } } },
    async (req, reply) =>
      reply.status(201).send(await service.buatOverride(ctxOf(req), req.params.id, req.body)),
  )
  r.delete(
    '/atasan-override/:id',
    { schema: { tags, params: IdParams, response: { 200: AtasanOverrideEnded } } },
    (req) => service.akhiriOverride(ctxOf(req), req.params.id),
  )
}
