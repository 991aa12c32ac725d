import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { IdParams } from '../../shared/common.ts'
import {
  KalibrasiGrid,
  KalibrasiParams,
  KalibrasiSesuaikan,
  KalibrasiTahunParams,
  KurvaPratinjau,
  KurvaQuery,
  MonitoringKurva,
  MonitoringKurvaQuery,
  PenetapanDaftar,
  PenetapanDetail,
  PenetapanQuery,
  PredikatOrganisasiBaris,
  PredikatOrganisasiDaftar,
  PredikatOrganisasiInput,
  PredikatOrganisasiParams,
  PredikatOrganisasiQuery,
} from '../../shared/kurva.ts'
import { ctxOf } from '../../server/auth/actor.ts'
import type { AppDeps } from '../../server/deps.ts'
import { sesuaikanKalibrasi } from '../penilaian/kalibrasi.service.ts'
import * as kurva from './kurva.service.ts'
import * as penetapan from './penetapan.service.ts'
import * as po from './predikat-organisasi.service.ts'

/**
 * Organisation predikat, the distribution curve (SE MenPANRB 3/2023), Monitoring Kurva, calibration and the
 * Penetapan Predikat Kinerja (DOMAIN §5).
 */
export async function kurvaRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>()
  const { db } = deps.database
  const tags = ['kurva']

  r.get(
    '/predikat-organisasi',
    { schema: { tags, querystring: PredikatOrganisasiQuery, response: { 200: PredikatOrganisasiDaftar } } },
    (req) => po.daftarPredikatOrganisasi(db, ctxOf(req), req.query.tahun, req.query.periode),
  )
  r.put(
    '/unor/:id/predikat-organisasi/:tahun/:periode',
    {
      schema: {
        tags,
        params: PredikatOrganisasiParams,
        body: PredikatOrganisasiInput,
        response: { 200: PredikatOrganisasiBaris },
      },
    },
    (req) => {
      const { id, tahun, periode } = req.params
      return po.tetapkanPredikatOrganisasi(db, ctxOf(req), id, tahun, periode, req.body)
    },
  )
  r.get(
    '/kurva/pratinjau',
    { schema: { tags, querystring: KurvaQuery, response: { 200: KurvaPratinjau } } },
    (req) => kurva.pratinjauKurva(db, ctxOf(req), req.query),
  )
  r.get(
    '/kurva/monitoring',
    { schema: { tags, querystring: MonitoringKurvaQuery, response: { 200: MonitoringKurva } } },
    (req) => kurva.monitoringKurva(db, ctxOf(req), req.query),
  )
  r.get(
    '/kalibrasi/:unorId/:tahun',
    { schema: { tags, params: KalibrasiTahunParams, response: { 200: KalibrasiGrid } } },
    (req) => penetapan.bacaKalibrasi(db, ctxOf(req), req.params.unorId, req.params.tahun),
  )
  r.get(
    '/kalibrasi/:unorId/:tahun/:periode',
    { schema: { tags, params: KalibrasiParams, response: { 200: KalibrasiGrid } } },
    (req) => {
      const { unorId, tahun, periode } = req.params
      return penetapan.bacaKalibrasi(db, ctxOf(req), unorId, tahun, periode)
    },
  )
  r.post(
    '/kalibrasi/:unorId/:tahun/:periode/sesuaikan',
    { schema: { tags, params: KalibrasiParams, body: KalibrasiSesuaikan, response: { 200: KalibrasiGrid } } },
    (req) => {
      const { unorId, tahun, periode } = req.params
      return sesuaikanKalibrasi(db, ctxOf(req), unorId, tahun, periode, req.body)
    },
  )
  r.post(
    '/kalibrasi/:unorId/:tahun/:periode/tetapkan',
    { schema: { tags, params: KalibrasiParams, response: { 201: PenetapanDetail } } },
    async (req, reply) => {
      const { unorId, tahun, periode } = req.params
      return reply.status(201).send(await penetapan.tetapkanPredikat(db, ctxOf(req), unorId, tahun, periode))
    },
  )
  r.get(
    '/penetapan-predikat',
    { schema: { tags, querystring: PenetapanQuery, response: { 200: PenetapanDaftar } } },
    (req) => penetapan.daftarPenetapan(db, ctxOf(req), req.query),
  )
  r.get(
    '/penetapan-predikat/:id',
    { schema: { tags, params: IdParams, response: { 200: PenetapanDetail } } },
    (req) => penetapan.bacaPenetapan(db, ctxOf(req), req.params.id),
  )
}
