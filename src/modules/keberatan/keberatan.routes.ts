import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { IdParams } from '../../shared/common.ts'
import {
  BatasKeberatanView,
  KeberatanDaftar,
  KeberatanDetail,
  KeberatanInput,
  KeberatanQuery,
  KomentarKeberatanInput,
  PutusanKeberatanInput,
} from '../../shared/keberatan.ts'
import { ctxOf } from '../../server/auth/actor.ts'
import type { AppDeps } from '../../server/deps.ts'
import { berkasUnggahan, kuras, pembacaIsian } from '../berkas/berkas-unggahan.ts'
import { penyimpananDari } from '../berkas/penyimpanan.ts'
import { putuskanAtasNama, putuskanKeberatan, unduhSurat } from './keberatan-putusan.service.ts'
import * as svc from './keberatan.service.ts'

const tags = ['keberatan']
const isianSebelumBerkas = pembacaIsian(PutusanKeberatanInput)

/** Keberatan (PP 30/2019 Pasal 59, DOMAIN §5): objections to a final evaluation and their final decision. */
export async function keberatanRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>()
  const { db } = deps.database
  const penyimpanan = penyimpananDari(deps.config)
  const detail = { 200: KeberatanDetail }

  r.post(
    '/evaluasi/:id/keberatan',
    {
      schema: {
        tags,
        params: IdParams,
        body: KeberatanInput,
        description:
          'The pegawai objects to the current version of his final evaluation within the window. ' +
          '409 KEBERATAN.TERLAMBAT (names the deadline), KEBERATAN.SUDAH_DIAJUKAN, KEBERATAN.EVALUASI_BELUM_FINAL.',
        response: { 201: KeberatanDetail },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await svc.ajukanKeberatan(db, ctxOf(req), req.params.id, req.body)),
  )
  r.get(
    '/evaluasi/:id/keberatan/batas',
    { schema: { tags, params: IdParams, response: { 200: BatasKeberatanView } } },
    (req) => svc.batasKeberatanEvaluasi(db, ctxOf(req), req.params.id),
  )
  r.get(
    '/keberatan',
    { schema: { tags, querystring: KeberatanQuery, response: { 200: KeberatanDaftar } } },
    (req) => svc.daftarKeberatan(db, ctxOf(req), req.query),
  )
  r.get('/keberatan/:id', { schema: { tags, params: IdParams, response: detail } }, (req) =>
    svc.bacaKeberatan(db, ctxOf(req), req.params.id),
  )
  r.post(
    '/keberatan/:id/komentar',
    { schema: { tags, params: IdParams, body: KomentarKeberatanInput, response: { 201: KeberatanDetail } } },
    async (req, reply) =>
      reply.status(201).send(await svc.komentariKeberatan(db, ctxOf(req), req.params.id, req.body)),
  )
  r.post(
    '/keberatan/:id/putuskan',
    { schema: { tags, params: IdParams, body: PutusanKeberatanInput, response: detail } },
    (req) => putuskanKeberatan(db, ctxOf(req), req.params.id, req.body),
  )
  r.post(
    '/keberatan/:id/putuskan-atas-nama',
    {
      schema: {
        tags,
        params: IdParams,
        consumes: ['multipart/form-data'],
        description:
          'multipart/form-data: the fields keputusan, ratingHasil, ratingPerilaku, alasan FIRST, then the signed ' +
          'letter in `file` (PDF or an image). An admin records the non-ASN official’s decision.',
        response: detail,
      },
    },
    async (req) => {
      const ctx = ctxOf(req)
      const file = await berkasUnggahan(req)
      try {
        const input = isianSebelumBerkas(file)
        return await putuskanAtasNama(
          db,
          penyimpanan,
          ctx,
          req.params.id,
          input,
          { isi: file.file, namaFile: file.filename, terpotong: () => file.file.truncated },
          req.log,
        )
      } finally {
        await kuras(file)
      }
    },
  )
  r.get(
    '/keberatan/:id/surat',
    { schema: { tags, params: IdParams, description: 'The signed decision letter, as an attachment.' } },
    (req, reply) => unduhSurat(db, penyimpanan, ctxOf(req), req.params.id, reply),
  )
}
