import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { IdParams, pageOf } from '../../shared/common.ts'
import {
  AnggotaInput,
  AnggotaParams,
  CekTimKerjaView,
  TimKerjaCreate,
  TimKerjaDetail,
  TimKerjaQuery,
  TimKerjaRingkas,
  TimKerjaUpdate,
} from '../../shared/kaskade.ts'
import { ctxOf } from '../../server/auth/actor.ts'
import type { AppDeps } from '../../server/deps.ts'
import { timKerjaService } from './tim-kerja.service.ts'

export async function timKerjaRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>()
  const service = timKerjaService(deps.database)
  const tags = ['tim-kerja']

  r.get(
    '/tim-kerja',
    { schema: { tags, querystring: TimKerjaQuery, response: { 200: pageOf(TimKerjaRingkas) } } },
    (req) => service.list(ctxOf(req), req.query),
  )
  r.get('/tim-kerja/:id', { schema: { tags, params: IdParams, response: { 200: TimKerjaDetail } } }, (req) =>
    service.get(ctxOf(req), req.params.id),
  )
  r.post(
    '/tim-kerja',
    { schema: { tags, body: TimKerjaCreate, response: { 201: TimKerjaDetail } } },
    async (req, reply) => reply.status(201).send(await service.create(ctxOf(req), req.body)),
  )
  r.patch(
    '/tim-kerja/:id',
    { schema: { tags, params: IdParams, body: TimKerjaUpdate, response: { 200: TimKerjaDetail } } },
    (req) => service.update(ctxOf(req), req.params.id, req.body),
  )
  r.post(
    '/tim-kerja/:id/anggota',
    { schema: { tags, params: IdParams, body: AnggotaInput, response: { 201: TimKerjaDetail } } },
    async (req, reply) =>
      reply.status(201).send(await service.tambahAnggota(ctxOf(req), req.params.id, req.body)),
  )
  r.delete(
    '/tim-kerja/:id/anggota/:pegawaiId',
    { schema: { tags, params: AnggotaParams, response: { 200: TimKerjaDetail } } },
    (req) => service.hapusAnggota(ctxOf(req), req.params.id, req.params.pegawaiId),
  )
  r.get(
    '/skp/:id/tim-kerja',
    { schema: { tags, params: IdParams, response: { 200: CekTimKerjaView } } },
    (req) => service.cekSkp(ctxOf(req), req.params.id),
  )
}
