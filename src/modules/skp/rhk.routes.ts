import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { IdParams } from '../../shared/common.ts'
import { RhkInput, SkpView, UrutanInput } from '../../shared/skp.ts'
import { ctxOf } from '../../server/auth/actor.ts'
import type { AppDeps } from '../../server/deps.ts'
import { hapusRhk, tambahRhk, ubahRhk, urutkanRhk } from './rhk.service.ts'

/** RHK with their IKI. Every change answers the whole updated SKP (new versi included). */
export async function rhkRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>()
  const { db } = deps.database
  const tags = ['skp']

  r.post(
    '/skp/:id/rhk',
    { schema: { tags, params: IdParams, body: RhkInput, response: { 201: SkpView } } },
    async (req, reply) => reply.status(201).send(await tambahRhk(db, ctxOf(req), req.params.id, req.body)),
  )
  r.patch(
    '/rhk/:id',
    { schema: { tags, params: IdParams, body: RhkInput, response: { 200: SkpView } } },
    (req) => ubahRhk(db, ctxOf(req), req.params.id, req.body),
  )
  r.delete('/rhk/:id', { schema: { tags, params: IdParams, response: { 200: SkpView } } }, (req) =>
    hapusRhk(db, ctxOf(req), req.params.id),
  )
  r.post(
    '/skp/:id/rhk/urutan',
    { schema: { tags, params: IdParams, body: UrutanInput, response: { 200: SkpView } } },
    (req) => urutkanRhk(db, ctxOf(req), req.params.id, req.body.ids),
  )
}
