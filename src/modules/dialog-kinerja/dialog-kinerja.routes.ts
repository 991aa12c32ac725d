import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { IdParams } from '../../shared/common.ts'
import {
  B18Input,
  B19Input,
  CalonDialog,
  CalonDialogQuery,
  DialogBatal,
  DialogCreate,
  DialogDaftar,
  DialogDetail,
  DialogQuery,
  DialogSelesai,
  DialogUpdate,
} from '../../shared/dialog-kinerja.ts'
import { ctxOf } from '../../server/auth/actor.ts'
import type { AppDeps } from '../../server/deps.ts'
import * as svc from './dialog-kinerja.service.ts'

/** Dialog kinerja (DOMAIN §4): coaching and counselling sessions, Format B.1.8 and B.1.9. */
export async function dialogKinerjaRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>()
  const { db } = deps.database
  const tags = ['dialog-kinerja']
  const detail = { 200: DialogDetail }

  r.get(
    '/dialog-kinerja',
    { schema: { tags, querystring: DialogQuery, response: { 200: DialogDaftar } } },
    (req) => svc.daftarDialog(db, ctxOf(req), req.query.tahun),
  )
  r.get(
    '/dialog-kinerja/calon',
    { schema: { tags, querystring: CalonDialogQuery, response: { 200: CalonDialog } } },
    (req) => svc.calonDialog(db, ctxOf(req), req.query.tahun),
  )
  r.get('/dialog-kinerja/:id', { schema: { tags, params: IdParams, response: detail } }, (req) =>
    svc.bacaDialog(db, ctxOf(req), req.params.id),
  )
  r.post(
    '/dialog-kinerja',
    { schema: { tags, body: DialogCreate, response: { 201: DialogDetail } } },
    async (req, reply) => reply.status(201).send(await svc.buatDialog(db, ctxOf(req), req.body)),
  )
  r.patch(
    '/dialog-kinerja/:id',
    { schema: { tags, params: IdParams, body: DialogUpdate, response: detail } },
    (req) => svc.ubahDialog(db, ctxOf(req), req.params.id, req.body),
  )
  r.post(
    '/dialog-kinerja/:id/selesai',
    { schema: { tags, params: IdParams, body: DialogSelesai, response: detail } },
    (req) => svc.selesaikanDialog(db, ctxOf(req), req.params.id, req.body),
  )
  r.post(
    '/dialog-kinerja/:id/batal',
    { schema: { tags, params: IdParams, body: DialogBatal, response: detail } },
    (req) => svc.batalkanDialog(db, ctxOf(req), req.params.id, req.body),
  )
  r.put(
    '/dialog-kinerja/:id/b18',
    { schema: { tags, params: IdParams, body: B18Input, response: detail } },
    (req) => svc.isiB18(db, ctxOf(req), req.params.id, req.body),
  )
  r.put(
    '/dialog-kinerja/:id/b19',
    { schema: { tags, params: IdParams, body: B19Input, response: detail } },
    (req) => svc.isiB19(db, ctxOf(req), req.params.id, req.body),
  )
}
