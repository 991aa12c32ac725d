import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { IdParams, pageOf } from '../../shared/common.ts'
import {
  ImporDetail,
  ImporListQuery,
  ImporQuery,
  ImporReport,
  ImporRun,
  type JenisImpor,
} from '../../shared/impor.ts'
import { ctxOf } from '../../server/auth/actor.ts'
import type { AppDeps } from '../../server/deps.ts'
import { badRequest } from '../../server/errors.ts'
import { imporService, lokalkan, TEMPLATE } from './impor.service.ts'

const tags = ['impor']

/** The uploaded file (multipart field `file`), buffered within the multipart size limit. */
async function berkasUnggahan(req: FastifyRequest) {
  const file = req.isMultipart() ? await req.file() : undefined
  if (!file) {
    throw badRequest('IMPOR.TANPA_BERKAS', {
      id: 'Unggah berkas CSV atau XLSX pada field "file".',
      en: 'Upload a CSV or XLSX file in the "file" field.',
    })
  }
  return { namaFile: file.filename || 'unggahan', buffer: await file.toBuffer() }
}

export async function imporRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>()
  const service = imporService(deps.database)

  const unggah =
    (jenis: JenisImpor) => async (req: FastifyRequest<{ Querystring: ImporQuery }>, reply: FastifyReply) => {
      const ctx = ctxOf(req)
      const { instansiId, mode } = req.query
      const laporan = lokalkan(
        await service.impor(ctx, { jenis, instansiId, mode }, () => berkasUnggahan(req)),
        ctx.lang,
      )
      if (laporan.status !== 'ditolak') return laporan
      // Rejected: nothing was written. Every bad row is listed, as field errors and in the full report.
      return reply.status(400).send({
        code: 'IMPOR.ADA_KESALAHAN',
        message:
          ctx.lang === 'en'
            ? `The file has errors in ${laporan.totalBaris - laporan.barisValid} row(s); nothing was imported.`
            : `Berkas memiliki kesalahan pada ${laporan.totalBaris - laporan.barisValid} baris; tidak ada yang diimpor.`,
        errors: laporan.kesalahan.map((k) => ({ path: `baris.${k.baris}.${k.kolom}`, message: k.pesan })),
        laporan,
      })
    }
  const skemaUnggah = {
    tags,
    consumes: ['multipart/form-data'],
    description:
      'multipart/form-data with the field `file` (CSV or XLSX; columns in docs/IMPORT.md). 200: ImporReport. ' +
      '400 IMPOR.ADA_KESALAHAN when mode=semua finds a bad row: `errors` (path baris.<n>.<KOLOM>) and `laporan`.',
    querystring: ImporQuery,
    response: { 200: ImporReport },
  }
  r.post('/impor/pegawai', { schema: skemaUnggah }, unggah('pegawai'))
  r.post('/impor/unor', { schema: skemaUnggah }, unggah('unor'))

  r.get(
    '/impor',
    { schema: { tags, querystring: ImporListQuery, response: { 200: pageOf(ImporRun) } } },
    (req) => service.riwayat(ctxOf(req), req.query),
  )
  r.get('/impor/:id', { schema: { tags, params: IdParams, response: { 200: ImporDetail } } }, (req) =>
    service.detail(ctxOf(req), req.params.id),
  )

  for (const nama of Object.keys(TEMPLATE) as (keyof typeof TEMPLATE)[]) {
    r.get(`/impor/template/${nama}`, { schema: { tags } }, async (req, reply) => {
      ctxOf(req)
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="template-${nama}"`)
        .send(TEMPLATE[nama])
    })
  }
}
