import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { IdParams } from '../../shared/common.ts'
import { PenugasanCreate, PenugasanUpdate, PenugasanView } from '../../shared/pegawai.ts'
import { ctxOf } from '../../server/auth/actor.ts'
import type { AppDeps } from '../../server/deps.ts'
import { penugasanService } from './penugasan.service.ts'

export async function penugasanRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>()
  const service = penugasanService(deps.database)
  const tags = ['penugasan']

  r.get(
    '/pegawai/:id/penugasan',
    { schema: { tags, params: IdParams, response: { 200: z.object({ items: z.array(PenugasanView) }) } } },
    (req) => service.riwayat(ctxOf(req), req.params.id),
  )
  r.post(
    '/pegawai/:id/penugasan',
    { schema: { tags, params: IdParams, body: PenugasanCreate, response: { 201: PenugasanView } } },
    async (req, reply) => reply.status(201).send(await service.mutasi(ctxOf(req), req.params.id, req.body)),
  )
  r.patch(
    '/penugasan/:id',
    { schema: { tags, params: IdParams, body: PenugasanUpdate, response: { 200: PenugasanView } } },
    (req) => service.ubah(ctxOf(req), req.params.id, req.body),
  )
}
