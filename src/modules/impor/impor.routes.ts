import { randomUUID } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
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
import type { SumberBerkas } from './impor-berkas.ts'
import { imporService, lokalkan, TEMPLATE } from './impor.service.ts'

const tags = ['impor']

/**
 * The uploaded file (multipart field `file`), streamed to a temporary file within the multipart size
 * limit: the import reads it twice as a stream, and up to 50 MB never sits in the API's memory.
 */
async function berkasUnggahan(req: FastifyRequest, tujuan: string): Promise<SumberBerkas> {
  const file = req.isMultipart() ? await req.file() : undefined
  if (!file) {
    throw badRequest('IMPOR.TANPA_BERKAS', {
      id: 'Unggah berkas CSV atau XLSX pada field "file".',
      en: 'Upload a CSV or XLSX file in the "file" field.',
    })
  }
  await pipeline(file.file, createWriteStream(tujuan, { mode: 0o600 }))
  if (file.file.truncated) throw new req.server.multipartErrors.RequestFileTooLargeError()
  return { namaFile: file.filename || 'unggahan', path: tujuan }
}

export async function imporRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>()
  const service = imporService(deps.database)

  const unggah =
    (jenis: JenisImpor) => async (req: FastifyRequest<{ Querystring: ImporQuery }>, reply: FastifyReply) => {
      const ctx = ctxOf(req)
      const { instansiId, mode } = req.query
      const sementara = path.join(tmpdir(), `kinerja-impor-${randomUUID()}`)
      let hasil
      try {
        hasil = await service.impor(ctx, { jenis, instansiId, mode }, () => berkasUnggahan(req, sementara))
      } finally {
        await rm(sementara, { force: true })
      }
      const laporan = lokalkan(hasil, ctx.lang)
      if (laporan.status !== 'ditolak') return laporan
      // Rejected: nothing was written. The bad rows are listed (the first 1,000 problems; jumlahKesalahan
      // counts all), as field errors and in the full report.
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
      '400 IMPOR.ADA_KESALAHAN when mode=semua finds a bad row: `errors` (path baris.<n>.<KOLOM>) and `laporan`. ' +
      'At most the first 1,000 problems by row are listed; `laporan.jumlahKesalahan` counts them all.',
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
