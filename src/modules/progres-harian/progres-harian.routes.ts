import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { IdParams } from '../../shared/common.ts'
import {
  AjukanProgresInput,
  GridQuery,
  GridTinjauan,
  HasilBanyak,
  ProgresDaftar,
  ProgresInput,
  ProgresQuery,
  ProgresUbah,
  ProgresView,
  TinjauanDaftar,
  TinjauanQuery,
  TinjauProgresInput,
  VersiQuery,
} from '../../shared/progres-harian.ts'
import { ctxOf } from '../../server/auth/actor.ts'
import type { AppDeps } from '../../server/deps.ts'
import {
  ajukanProgres,
  bacaProgres,
  buatProgres,
  daftarProgres,
  hapusProgres,
  ubahProgres,
} from './progres-harian.service.ts'
import { daftarTinjauan, gridTinjauan, tinjauProgres } from './progres-tinjauan.service.ts'

/** Progres harian: the pegawai's days (write, submit) and the penilai's review (list, grid, decide). */
export async function progresHarianRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>()
  const { db } = deps.database
  const tags = ['progres-harian']

  r.get(
    '/progres-harian',
    { schema: { tags, querystring: ProgresQuery, response: { 200: ProgresDaftar } } },
    (req) => daftarProgres(db, ctxOf(req), req.query),
  )
  r.post(
    '/progres-harian',
    { schema: { tags, body: ProgresInput, response: { 201: ProgresView } } },
    async (req, reply) => reply.status(201).send(await buatProgres(db, ctxOf(req), req.body)),
  )
  r.post(
    '/progres-harian/ajukan',
    { schema: { tags, body: AjukanProgresInput, response: { 200: HasilBanyak } } },
    (req) => ajukanProgres(db, ctxOf(req), req.body),
  )
  r.get(
    '/progres-harian/tinjauan',
    { schema: { tags, querystring: TinjauanQuery, response: { 200: TinjauanDaftar } } },
    (req) => daftarTinjauan(db, ctxOf(req), req.query),
  )
  r.get(
    '/progres-harian/tinjauan/grid',
    { schema: { tags, querystring: GridQuery, response: { 200: GridTinjauan } } },
    (req) => gridTinjauan(db, ctxOf(req), req.query),
  )
  r.post(
    '/progres-harian/tinjauan',
    { schema: { tags, body: TinjauProgresInput, response: { 200: HasilBanyak } } },
    (req) => tinjauProgres(db, ctxOf(req), req.body),
  )
  r.get(
    '/progres-harian/:id',
    { schema: { tags, params: IdParams, response: { 200: ProgresView } } },
    (req) => bacaProgres(db, ctxOf(req), req.params.id),
  )
  r.put(
    '/progres-harian/:id',
    { schema: { tags, params: IdParams, body: ProgresUbah, response: { 200: ProgresView } } },
    (req) => ubahProgres(db, ctxOf(req), req.params.id, req.body),
  )
  r.delete(
    '/progres-harian/:id',
    { schema: { tags, params: IdParams, querystring: VersiQuery } },
    async (req, reply) => {
      await hapusProgres(db, ctxOf(req), req.params.id, req.query.versi)
      return reply.status(204).send()
    },
  )
}
