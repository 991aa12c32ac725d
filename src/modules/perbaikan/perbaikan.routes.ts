import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { IdParams } from '../../shared/common.ts'
import {
  PerbaikanQuery,
  PerbaikanSelesai,
  RencanaPerbaikanDaftar,
  RencanaPerbaikanView,
  TindakLanjutInput,
} from '../../shared/perbaikan.ts'
import { ctxOf } from '../../server/auth/actor.ts'
import type { AppDeps } from '../../server/deps.ts'
import * as svc from './perbaikan.service.ts'

/** Rencana perbaikan kinerja (PP 30/2019 Pasal 56–58): follow-ups of a Kurang / Sangat Kurang predikat. */
export async function perbaikanRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>()
  const { db } = deps.database
  const tags = ['perbaikan']
  const detail = { 200: RencanaPerbaikanView }

  r.get(
    '/rencana-perbaikan',
    { schema: { tags, querystring: PerbaikanQuery, response: { 200: RencanaPerbaikanDaftar } } },
    (req) => svc.daftarPerbaikan(db, ctxOf(req), req.query.status),
  )
  r.get('/rencana-perbaikan/:id', { schema: { tags, params: IdParams, response: detail } }, (req) =>
    svc.bacaPerbaikan(db, ctxOf(req), req.params.id),
  )
  r.post(
    '/rencana-perbaikan/:id/tindak-lanjut',
    { schema: { tags, params: IdParams, body: TindakLanjutInput, response: detail } },
    (req) => svc.catatTindakLanjut(db, ctxOf(req), req.params.id, req.body),
  )
  r.post(
    '/rencana-perbaikan/:id/selesai',
    { schema: { tags, params: IdParams, body: PerbaikanSelesai, response: detail } },
    (req) => svc.selesaikanPerbaikan(db, ctxOf(req), req.params.id, req.body),
  )
}
