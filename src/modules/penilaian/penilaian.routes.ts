import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { IdParams } from '../../shared/common.ts'
import {
  EvaluasiBukaKembali,
  EvaluasiDetail,
  EvaluasiDiri,
  EvaluasiRevisi,
  EvaluasiSimpan,
  EvaluasiSkpView,
  PenilaianBawahanQuery,
  PenilaianBawahanView,
  PenilaianSayaQuery,
  PenilaianSayaView,
  SkpEvaluasiParams,
} from '../../shared/penilaian.ts'
import { DelegasiCreate, DelegasiDaftar, DelegasiView } from '../../shared/delegasi-penilaian.ts'
import { ctxOf } from '../../server/auth/actor.ts'
import type { AppDeps } from '../../server/deps.ts'
import * as bawahan from './bawahan.service.ts'
import * as delegasi from './delegasi.service.ts'
import * as svc from './evaluasi.service.ts'

/** Penilaian kinerja (DOMAIN §5): evaluations per SKP and period, penilaian diri, delegation. */
export async function penilaianRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>()
  const { db } = deps.database
  const tags = ['penilaian']
  const detail = { 200: EvaluasiDetail }

  r.get(
    '/penilaian/bawahan',
    { schema: { tags, querystring: PenilaianBawahanQuery, response: { 200: PenilaianBawahanView } } },
    (req) => bawahan.penilaianBawahan(db, ctxOf(req), req.query),
  )
  r.get(
    '/penilaian/saya',
    { schema: { tags, querystring: PenilaianSayaQuery, response: { 200: PenilaianSayaView } } },
    (req) => bawahan.penilaianSaya(db, ctxOf(req), req.query.tahun),
  )
  r.post(
    '/skp/:id/evaluasi/:periode',
    { schema: { tags, params: SkpEvaluasiParams, response: detail } },
    (req) => svc.bukaEvaluasi(db, ctxOf(req), req.params.id, req.params.periode),
  )
  r.get(
    '/skp/:id/evaluasi',
    { schema: { tags, params: IdParams, response: { 200: EvaluasiSkpView } } },
    (req) => bawahan.evaluasiPerSkp(db, ctxOf(req), req.params.id),
  )
  r.get('/evaluasi/:id', { schema: { tags, params: IdParams, response: detail } }, (req) =>
    svc.bacaEvaluasi(db, ctxOf(req), req.params.id),
  )
  r.put(
    '/evaluasi/:id',
    { schema: { tags, params: IdParams, body: EvaluasiSimpan, response: detail } },
    (req) => svc.simpanEvaluasi(db, ctxOf(req), req.params.id, req.body),
  )
  r.post(
    '/evaluasi/:id/finalisasi',
    { schema: { tags, params: IdParams, body: EvaluasiRevisi, response: detail } },
    (req) => svc.finalisasiEvaluasi(db, ctxOf(req), req.params.id, req.body.revisi),
  )
  r.post(
    '/evaluasi/:id/terima',
    { schema: { tags, params: IdParams, body: EvaluasiRevisi, response: detail } },
    (req) => svc.terimaEvaluasi(db, ctxOf(req), req.params.id, req.body.revisi),
  )
  r.post(
    '/evaluasi/:id/buka-kembali',
    { schema: { tags, params: IdParams, body: EvaluasiBukaKembali, response: detail } },
    (req) => svc.bukaKembaliEvaluasi(db, ctxOf(req), req.params.id, req.body.alasan, req.body.revisi),
  )
  r.put(
    '/evaluasi/:id/diri',
    { schema: { tags, params: IdParams, body: EvaluasiDiri, response: detail } },
    (req) => svc.simpanDiri(db, ctxOf(req), req.params.id, req.body),
  )
  r.post(
    '/evaluasi/:id/diri/ajukan',
    { schema: { tags, params: IdParams, body: EvaluasiRevisi, response: detail } },
    (req) => svc.ajukanDiri(db, ctxOf(req), req.params.id, req.body.revisi),
  )
  r.get('/delegasi-penilaian', { schema: { tags, response: { 200: DelegasiDaftar } } }, (req) =>
    delegasi.daftarDelegasi(db, ctxOf(req)),
  )
  r.post(
    '/delegasi-penilaian',
    { schema: { tags, body: DelegasiCreate, response: { 201: DelegasiView } } },
    async (req, reply) => reply.status(201).send(await delegasi.buatDelegasi(db, ctxOf(req), req.body)),
  )
  r.post(
    '/delegasi-penilaian/:id/cabut',
    { schema: { tags, params: IdParams, response: { 200: DelegasiView } } },
    (req) => delegasi.cabutDelegasi(db, ctxOf(req), req.params.id),
  )
}
