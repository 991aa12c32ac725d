import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import {
  BawahanQuery,
  BawahanRealisasiView,
  BukaKunciDaftar,
  BukaKunciInput,
  BukaKunciQuery,
  BukaKunciView,
  PelaksanaanParams,
  PelaksanaanQuery,
  PelaksanaanView,
  RealisasiInput,
  RealisasiParams,
  RealisasiTersimpan,
  RencanaAksiInput,
  RencanaAksiParams,
  RencanaAksiUbah,
  RencanaAksiView,
  TargetPeriodeInput,
  TargetPeriodeView,
} from '../../shared/pelaksanaan.ts'
import { ctxOf } from '../../server/auth/actor.ts'
import type { AppDeps } from '../../server/deps.ts'
import { realisasiBawahan } from './bawahan.service.ts'
import { bukaKunci, daftarBukaKunci } from './buka-kunci.service.ts'
import { bacaPelaksanaan } from './pelaksanaan-view.service.ts'
import { hapusRealisasi, isiRealisasi } from './realisasi.service.ts'
import { aturTargetPeriode, hapusRencanaAksi, tambahRencanaAksi, ubahRencanaAksi } from './rencana.service.ts'

/** Pelaksanaan (DOMAIN §4): realisasi per period, rencana aksi, per-period targets, unlocks, the atasan's view. */
export async function pelaksanaanRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>()
  const { db } = deps.database
  const tags = ['pelaksanaan']

  r.get(
    '/skp/:id/pelaksanaan',
    {
      schema: {
        tags,
        params: PelaksanaanParams,
        querystring: PelaksanaanQuery,
        response: { 200: PelaksanaanView },
      },
    },
    (req) => bacaPelaksanaan(db, ctxOf(req), req.params.id, req.query.periode),
  )
  r.put(
    '/skp/:id/realisasi/:ikiId/:periode',
    {
      schema: { tags, params: RealisasiParams, body: RealisasiInput, response: { 200: RealisasiTersimpan } },
    },
    (req) => isiRealisasi(db, ctxOf(req), req.params, req.body),
  )
  r.delete(
    '/skp/:id/realisasi/:ikiId/:periode',
    { schema: { tags, params: RealisasiParams } },
    async (req, reply) => {
      await hapusRealisasi(db, ctxOf(req), req.params)
      return reply.status(204).send()
    },
  )
  r.put(
    '/skp/:id/target-periode/:ikiId/:periode',
    {
      schema: {
        tags,
        params: RealisasiParams,
        body: TargetPeriodeInput,
        response: { 200: TargetPeriodeView },
      },
    },
    (req) => aturTargetPeriode(db, ctxOf(req), req.params, req.body),
  )
  r.post(
    '/skp/:id/rencana-aksi',
    {
      schema: { tags, params: PelaksanaanParams, body: RencanaAksiInput, response: { 201: RencanaAksiView } },
    },
    async (req, reply) =>
      reply.status(201).send(await tambahRencanaAksi(db, ctxOf(req), req.params.id, req.body)),
  )
  r.patch(
    '/skp/:id/rencana-aksi/:rencanaAksiId',
    {
      schema: { tags, params: RencanaAksiParams, body: RencanaAksiUbah, response: { 200: RencanaAksiView } },
    },
    (req) => ubahRencanaAksi(db, ctxOf(req), req.params.id, req.params.rencanaAksiId, req.body),
  )
  r.delete(
    '/skp/:id/rencana-aksi/:rencanaAksiId',
    { schema: { tags, params: RencanaAksiParams } },
    async (req, reply) => {
      await hapusRencanaAksi(db, ctxOf(req), req.params.id, req.params.rencanaAksiId)
      return reply.status(204).send()
    },
  )
  r.get(
    '/pelaksanaan/bawahan',
    { schema: { tags, querystring: BawahanQuery, response: { 200: BawahanRealisasiView } } },
    (req) => realisasiBawahan(db, ctxOf(req), req.query),
  )
  r.post(
    '/pelaksanaan/buka-kunci',
    { schema: { tags, body: BukaKunciInput, response: { 201: BukaKunciView } } },
    async (req, reply) => reply.status(201).send(await bukaKunci(db, ctxOf(req), req.body)),
  )
  r.get(
    '/pelaksanaan/buka-kunci',
    { schema: { tags, querystring: BukaKunciQuery, response: { 200: BukaKunciDaftar } } },
    (req) => daftarBukaKunci(db, ctxOf(req), req.query),
  )
}
