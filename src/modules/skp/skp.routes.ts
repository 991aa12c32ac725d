import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { IdParams } from '../../shared/common.ts'
import {
  KandidatIntervensiView,
  SalinInput,
  SalinView,
  SkpCreate,
  SkpDaftar,
  SkpListQuery,
  SkpPatch,
  SkpView,
} from '../../shared/skp.ts'
import { ctxOf } from '../../server/auth/actor.ts'
import type { AppDeps } from '../../server/deps.ts'
import { kandidatIntervensi } from './intervensi.service.ts'
import { salinSkp } from './skp-salin.service.ts'
import { bacaSkp, buatSkp, daftarSkpSaya, ubahSkp } from './skp.service.ts'

/** SKP Saya: list, the full SKP, create, edit header/lampiran, copy last year, intervensi candidates. */
export async function skpRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>()
  const { db } = deps.database
  const tags = ['skp']

  r.get('/skp', { schema: { tags, querystring: SkpListQuery, response: { 200: SkpDaftar } } }, (req) =>
    daftarSkpSaya(db, ctxOf(req), req.query.tahun),
  )
  r.get('/skp/:id', { schema: { tags, params: IdParams, response: { 200: SkpView } } }, (req) =>
    bacaSkp(db, ctxOf(req), req.params.id),
  )
  r.post('/skp', { schema: { tags, body: SkpCreate, response: { 201: SkpView } } }, async (req, reply) =>
    reply.status(201).send(await buatSkp(db, ctxOf(req), req.body)),
  )
  r.patch(
    '/skp/:id',
    { schema: { tags, params: IdParams, body: SkpPatch, response: { 200: SkpView } } },
    (req) => ubahSkp(db, ctxOf(req), req.params.id, req.body),
  )
  r.post(
    '/skp/salin',
    { schema: { tags, body: SalinInput, response: { 201: SalinView } } },
    async (req, reply) => reply.status(201).send(await salinSkp(db, ctxOf(req), req.body)),
  )
  r.get(
    '/skp/:id/kandidat-intervensi',
    { schema: { tags, params: IdParams, response: { 200: KandidatIntervensiView } } },
    (req) => kandidatIntervensi(deps.database, ctxOf(req), req.params.id),
  )
}
