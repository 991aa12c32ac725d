import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { IdParams } from '../../shared/common.ts'
import { ctxOf } from '../../server/auth/actor.ts'
import type { AppDeps } from '../../server/deps.ts'
import { evaluasiDokumenService } from './evaluasi-dokumen.service.ts'

/** The response body is the PDF itself (OpenAPI: string, format binary, application/pdf). */
const BerkasPdf = z
  .file()
  .mime('application/pdf')
  .describe('Evaluation document (PDF)') as unknown as z.ZodType<Buffer>

const respons = (description: string) => ({
  200: { description, content: { 'application/pdf': { schema: BerkasPdf } } },
})

/** Under /api/v1: the evaluation documents of DOMAIN §6 (logged in; the pool is set up by dokumenRoutes). */
export async function evaluasiDokumenRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>()
  const service = evaluasiDokumenService(deps.database, deps.config)
  const tags = ['dokumen']
  const kirim = (reply: { header: (k: string, v: string) => unknown }, namaFile: string) => {
    reply.header('content-type', 'application/pdf')
    reply.header('content-disposition', `attachment; filename="${namaFile}"`)
    reply.header('cache-control', 'no-store')
  }

  r.get(
    '/evaluasi/:id/dokumen/evaluasi.pdf',
    { schema: { tags, params: IdParams, response: respons('Evaluasi Kinerja (periodic or annual)') } },
    async (req, reply) => {
      const { pdf, namaFile } = await service.evaluasiPdf(ctxOf(req), req.params.id)
      kirim(reply, namaFile)
      return reply.send(pdf)
    },
  )
  r.get(
    '/evaluasi/:id/dokumen/ringkasan.pdf',
    { schema: { tags, params: IdParams, response: respons('Dokumen Evaluasi Kinerja Pegawai (summary)') } },
    async (req, reply) => {
      const { pdf, namaFile } = await service.ringkasanPdf(ctxOf(req), req.params.id)
      kirim(reply, namaFile)
      return reply.send(pdf)
    },
  )
  r.get(
    '/penetapan-predikat/:id/dokumen.pdf',
    { schema: { tags, params: IdParams, response: respons('Penetapan Predikat Kinerja of a unit') } },
    async (req, reply) => {
      const { pdf, namaFile } = await service.penetapanPdf(ctxOf(req), req.params.id)
      kirim(reply, namaFile)
      return reply.send(pdf)
    },
  )
}
