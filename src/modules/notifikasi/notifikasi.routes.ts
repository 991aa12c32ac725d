import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { IdParams } from '../../shared/common.ts'
import { BacaSemuaView, NotifikasiPage, NotifikasiQuery, NotifikasiView } from '../../shared/notifikasi.ts'
import { ctxOf } from '../../server/auth/actor.ts'
import type { AppDeps } from '../../server/deps.ts'
import { notifikasiService } from './notifikasi.service.ts'

export async function notifikasiRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>()
  const service = notifikasiService(deps.database)
  const tags = ['notifikasi']

  r.get(
    '/notifikasi',
    { schema: { tags, querystring: NotifikasiQuery, response: { 200: NotifikasiPage } } },
    (req) => service.list(ctxOf(req), req.query),
  )
  r.post('/notifikasi/baca-semua', { schema: { tags, response: { 200: BacaSemuaView } } }, (req) =>
    service.bacaSemua(ctxOf(req)),
  )
  r.post(
    '/notifikasi/:id/baca',
    { schema: { tags, params: IdParams, response: { 200: NotifikasiView } } },
    (req) => service.baca(ctxOf(req), req.params.id),
  )
}
