import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { IdParams } from '../../shared/common.ts'
import { KodeParams, VerifikasiTidakValid, VerifikasiView } from '../../shared/dokumen.ts'
import { ctxOf } from '../../server/auth/actor.ts'
import type { AppDeps } from '../../server/deps.ts'
import { dokumenService } from './dokumen.service.ts'
import { poolPdf } from './pdf-engine.ts'
import { halamanTidakDitemukan, halamanValid } from './verifikasi-page.ts'

/**
 * The response body is the PDF file itself (OpenAPI: string, format binary, application/pdf). Fastify sends
 * the Buffer as it is, never through the JSON serializer; typed as a Buffer so the handler can send one.
 */
const BerkasPdf = z
  .file()
  .mime('application/pdf')
  .describe('SKP document (PDF)') as unknown as z.ZodType<Buffer>

/** Public verification is unauthenticated: rate-limited per IP so codes cannot be enumerated cheaply. */
const BATAS_PUBLIK = { public: true, rateLimit: { max: 60, timeWindow: '1 minute' } }

/** Under /api/v1: the SKP PDF (logged in) and the public verification JSON. */
export async function dokumenRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>()
  const service = dokumenService(deps.database, deps.config)
  const tags = ['dokumen']
  // PDFs render in worker threads (pdf-engine.ts); closing the app ends them.
  poolPdf.atur({ ukuran: deps.config.pdfWorkers })
  app.addHook('onClose', () => poolPdf.tutup())

  r.get(
    '/skp/:id/pdf',
    {
      schema: {
        tags,
        params: IdParams,
        response: {
          200: { description: 'The SKP document', content: { 'application/pdf': { schema: BerkasPdf } } },
        },
      },
    },
    async (req, reply) => {
      const { pdf, namaFile } = await service.skpPdf(ctxOf(req), req.params.id)
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="${namaFile}"`)
        .header('cache-control', 'no-store')
        .send(pdf)
    },
  )
  r.get(
    '/verifikasi/:kode',
    {
      config: BATAS_PUBLIK,
      schema: { tags, params: KodeParams, response: { 200: VerifikasiView, 404: VerifikasiTidakValid } },
    },
    async (req, reply) => {
      const hasil = await service.verifikasi(req.params.kode)
      return hasil ? hasil : reply.status(404).send({ valid: false as const })
    },
  )
}

/** Outside /api/v1: the server-rendered page the QR code points to. */
export async function verifikasiPageRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>()
  const service = dokumenService(deps.database, deps.config)
  r.get(
    '/verifikasi/:kode',
    { config: BATAS_PUBLIK, schema: { hide: true, params: KodeParams } },
    async (req, reply) => {
      const hasil = await service.verifikasi(req.params.kode)
      return reply
        .status(hasil ? 200 : 404)
        .header('content-type', 'text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(hasil ? halamanValid(hasil) : halamanTidakDitemukan())
    },
  )
}
