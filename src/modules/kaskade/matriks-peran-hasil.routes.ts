import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { IdParams } from '../../shared/common.ts'
import {
  MphBulk,
  MphBulkResult,
  MphCreate,
  MphHapusResult,
  MphSel,
  MphUpdate,
  MphView,
} from '../../shared/kaskade.ts'
import { ctxOf } from '../../server/auth/actor.ts'
import type { AppDeps } from '../../server/deps.ts'
import { buatSel, buatSelBanyak, hapusSel, lihatMatriks, ubahSel } from './matriks-peran-hasil.service.ts'

export async function matriksPeranHasilRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>()
  const { db } = deps.database
  const tags = ['matriks-peran-hasil']

  r.get(
    '/skp/:id/matriks-peran-hasil',
    { schema: { tags, params: IdParams, response: { 200: MphView } } },
    (req) => lihatMatriks(db, ctxOf(req), req.params.id),
  )
  r.post(
    '/matriks-peran-hasil',
    { schema: { tags, body: MphCreate, response: { 201: MphSel } } },
    async (req, reply) => reply.status(201).send(await buatSel(db, ctxOf(req), req.body)),
  )
  r.post(
    '/matriks-peran-hasil/bulk',
    { schema: { tags, body: MphBulk, response: { 201: MphBulkResult } } },
    async (req, reply) => reply.status(201).send(await buatSelBanyak(db, ctxOf(req), req.body)),
  )
  r.patch(
    '/matriks-peran-hasil/:id',
    { schema: { tags, params: IdParams, body: MphUpdate, response: { 200: MphSel } } },
    (req) => ubahSel(db, ctxOf(req), req.params.id, req.body),
  )
  r.delete(
    '/matriks-peran-hasil/:id',
    { schema: { tags, params: IdParams, response: { 200: MphHapusResult } } },
    (req) => hapusSel(db, ctxOf(req), req.params.id),
  )
}
