import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { IdParams } from '../../shared/common.ts'
import {
  DibacaView,
  KomentarView,
  RingkasanQuery,
  RingkasanUmpanBalik,
  UmpanBalikCreate,
  UmpanBalikUpdate,
  UtasQuery,
  UtasView,
} from '../../shared/umpan-balik.ts'
import { ctxOf } from '../../server/auth/actor.ts'
import type { AppDeps } from '../../server/deps.ts'
import {
  bacaUtas,
  ringkasanUmpanBalik,
  tandaiUtasDibaca,
  tulisUmpanBalik,
  ubahUmpanBalik,
} from './umpan-balik.service.ts'

/** Umpan balik berkelanjutan (DOMAIN §4): threads per RHK and per BerAKHLAK value of an SKP in a period. */
export async function umpanBalikRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>()
  const { db } = deps.database
  const tags = ['umpan-balik']

  r.get(
    '/skp/:id/umpan-balik',
    { schema: { tags, params: IdParams, querystring: UtasQuery, response: { 200: UtasView } } },
    (req) => bacaUtas(db, ctxOf(req), req.params.id, req.query),
  )
  r.post(
    '/skp/:id/umpan-balik',
    { schema: { tags, params: IdParams, body: UmpanBalikCreate, response: { 201: KomentarView } } },
    async (req, reply) =>
      reply.status(201).send(await tulisUmpanBalik(db, ctxOf(req), req.params.id, req.body)),
  )
  r.get(
    '/skp/:id/umpan-balik/ringkasan',
    {
      schema: { tags, params: IdParams, querystring: RingkasanQuery, response: { 200: RingkasanUmpanBalik } },
    },
    (req) => ringkasanUmpanBalik(db, ctxOf(req), req.params.id, req.query.periode),
  )
  r.post(
    '/skp/:id/umpan-balik/dibaca',
    { schema: { tags, params: IdParams, body: UtasQuery, response: { 200: DibacaView } } },
    (req) => tandaiUtasDibaca(db, ctxOf(req), req.params.id, req.body),
  )
  r.patch(
    '/umpan-balik/:id',
    { schema: { tags, params: IdParams, body: UmpanBalikUpdate, response: { 200: KomentarView } } },
    (req) => ubahUmpanBalik(db, ctxOf(req), req.params.id, req.body),
  )
}
