import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { IdParams, pageOf } from '../../shared/common.ts'
import {
  AnggotaInput,
  AnggotaParams,
  CalonAnggota,
  CalonAnggotaQuery,
  CekTimKerjaView,
  TimKerjaCreate,
  TimKerjaDetail,
  TimKerjaQuery,
  TimKerjaRingkas,
  TimKerjaUpdate,
} from '../../shared/kaskade.ts'
import { ctxOf } from '../../server/auth/actor.ts'
import type { AppDeps } from '../../server/deps.ts'
import {
  bacaTimKerja,
  bentukTimKerja,
  calonAnggotaTim,
  cekTimKerjaPadaSkp,
  daftarTimKerja,
  keluarkanAnggotaTim,
  tambahAnggotaTim,
  ubahTimKerja,
} from './tim-kerja.service.ts'

export async function timKerjaRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>()
  const { db } = deps.database
  const tags = ['tim-kerja']

  r.get(
    '/tim-kerja',
    { schema: { tags, querystring: TimKerjaQuery, response: { 200: pageOf(TimKerjaRingkas) } } },
    (req) => daftarTimKerja(db, ctxOf(req), req.query),
  )
  r.get(
    '/tim-kerja/calon',
    { schema: { tags, querystring: CalonAnggotaQuery, response: { 200: CalonAnggota } } },
    (req) => calonAnggotaTim(db, ctxOf(req), req.query.tahun),
  )
  r.get('/tim-kerja/:id', { schema: { tags, params: IdParams, response: { 200: TimKerjaDetail } } }, (req) =>
    bacaTimKerja(db, ctxOf(req), req.params.id),
  )
  r.post(
    '/tim-kerja',
    { schema: { tags, body: TimKerjaCreate, response: { 201: TimKerjaDetail } } },
    async (req, reply) => reply.status(201).send(await bentukTimKerja(db, ctxOf(req), req.body)),
  )
  r.patch(
    '/tim-kerja/:id',
    { schema: { tags, params: IdParams, body: TimKerjaUpdate, response: { 200: TimKerjaDetail } } },
    (req) => ubahTimKerja(db, ctxOf(req), req.params.id, req.body),
  )
  r.post(
    '/tim-kerja/:id/anggota',
    { schema: { tags, params: IdParams, body: AnggotaInput, response: { 201: TimKerjaDetail } } },
    async (req, reply) =>
      reply.status(201).send(await tambahAnggotaTim(db, ctxOf(req), req.params.id, req.body)),
  )
  r.delete(
    '/tim-kerja/:id/anggota/:pegawaiId',
    { schema: { tags, params: AnggotaParams, response: { 200: TimKerjaDetail } } },
    (req) => keluarkanAnggotaTim(db, ctxOf(req), req.params.id, req.params.pegawaiId),
  )
  r.get(
    '/skp/:id/tim-kerja',
    { schema: { tags, params: IdParams, response: { 200: CekTimKerjaView } } },
    (req) => cekTimKerjaPadaSkp(db, ctxOf(req), req.params.id),
  )
}
