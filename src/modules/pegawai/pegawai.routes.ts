import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { IdParams, pageOf } from '../../shared/common.ts'
import {
  PegawaiCreate,
  PegawaiDetail,
  PegawaiListItem,
  PegawaiQuery,
  PegawaiUpdate,
  ResetPasswordView,
} from '../../shared/pegawai.ts'
import { ctxOf } from '../../server/auth/actor.ts'
import type { AppDeps } from '../../server/deps.ts'
import { pegawaiAkunService } from './pegawai-akun.service.ts'
import { pegawaiService } from './pegawai.service.ts'

export async function pegawaiRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>()
  const service = pegawaiService(deps.database)
  const akun = pegawaiAkunService(deps.database)
  const tags = ['pegawai']

  r.get(
    '/pegawai',
    { schema: { tags, querystring: PegawaiQuery, response: { 200: pageOf(PegawaiListItem) } } },
    (req) => service.list(ctxOf(req), req.query),
  )
  r.get('/pegawai/:id', { schema: { tags, params: IdParams, response: { 200: PegawaiDetail } } }, (req) =>
    service.get(ctxOf(req), req.params.id),
  )
  r.post(
    '/pegawai',
    { schema: { tags, body: PegawaiCreate, response: { 201: PegawaiDetail } } },
    async (req, reply) => reply.status(201).send(await service.create(ctxOf(req), req.body)),
  )
  r.patch(
    '/pegawai/:id',
    { schema: { tags, params: IdParams, body: PegawaiUpdate, response: { 200: PegawaiDetail } } },
    (req) => service.update(ctxOf(req), req.params.id, req.body),
  )
  r.post(
    '/pegawai/:id/reset-password',
    { schema: { tags, params: IdParams, response: { 200: ResetPasswordView } } },
    (req) => akun.resetPassword(ctxOf(req), req.params.id),
  )
}
