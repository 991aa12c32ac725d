import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { IdParams } from '../../shared/common.ts'
import {
  KeselarasanCari,
  KeselarasanCariQuery,
  KeselarasanLevel,
  KeselarasanRhk,
  KeselarasanSkp,
} from '../../shared/kaskade.ts'
import { ctxOf } from '../../server/auth/actor.ts'
import type { AppDeps } from '../../server/deps.ts'
import {
  anakKeselarasan,
  cariKeselarasan,
  keselarasanRhk,
  keselarasanSkp,
  levelKeselarasanSkp,
} from './keselarasan.service.ts'

export async function keselarasanRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>()
  const { db } = deps.database
  const tags = ['keselarasan']

  r.get(
    '/rhk/:id/keselarasan',
    { schema: { tags, params: IdParams, response: { 200: KeselarasanRhk } } },
    (req) => keselarasanRhk(db, ctxOf(req), req.params.id),
  )
  r.get(
    '/skp/:id/keselarasan',
    { schema: { tags, params: IdParams, response: { 200: KeselarasanSkp } } },
    (req) => keselarasanSkp(db, ctxOf(req), req.params.id),
  )
  r.get(
    '/skp/:id/keselarasan/level',
    { schema: { tags, params: IdParams, response: { 200: KeselarasanLevel } } },
    (req) => levelKeselarasanSkp(db, ctxOf(req), req.params.id),
  )
  r.get(
    '/rhk/:id/keselarasan/anak',
    { schema: { tags, params: IdParams, response: { 200: KeselarasanLevel } } },
    (req) => anakKeselarasan(db, ctxOf(req), req.params.id),
  )
  r.get(
    '/skp/:id/keselarasan/cari',
    {
      schema: {
        tags,
        params: IdParams,
        querystring: KeselarasanCariQuery,
        response: { 200: KeselarasanCari },
      },
    },
    (req) => cariKeselarasan(db, ctxOf(req), req.params.id, req.query.q),
  )
}
