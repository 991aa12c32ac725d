import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { RiwayatParams, RiwayatView } from '../../shared/riwayat.ts'
import { ctxOf } from '../../server/auth/actor.ts'
import type { AppDeps } from '../../server/deps.ts'
import { riwayatXlsx } from './riwayat-xlsx.ts'
import { riwayatService } from './riwayat.service.ts'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const BerkasXlsx = z.file().mime(XLSX).describe('Riwayat kinerja (XLSX)') as unknown as z.ZodType<Buffer>
const BerkasPdf = z
  .file()
  .mime('application/pdf')
  .describe('Final evaluation summaries (PDF)') as unknown as z.ZodType<Buffer>

/** Under /api/v1: a pegawai's riwayat kinerja (DOMAIN §7), its workbook and the bundle of final summaries. */
export async function riwayatRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>()
  const service = riwayatService(deps.database, deps.config)
  const tags = ['riwayat']

  r.get(
    '/riwayat/:pegawaiId',
    { schema: { tags, params: RiwayatParams, response: { 200: RiwayatView } } },
    async (req) => service.baca(ctxOf(req), req.params.pegawaiId),
  )
  r.get(
    '/riwayat/:pegawaiId/riwayat.xlsx',
    {
      schema: {
        tags,
        params: RiwayatParams,
        response: {
          200: { description: 'Riwayat kinerja workbook', content: { [XLSX]: { schema: BerkasXlsx } } },
        },
      },
    },
    async (req, reply) => {
      const v = await service.baca(ctxOf(req), req.params.pegawaiId)
      const berkas = await riwayatXlsx(v)
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', `attachment; filename="Riwayat_Kinerja_${v.pegawai.nip}.xlsx"`)
        .header('cache-control', 'no-store')
        .send(berkas)
    },
  )
  r.get(
    '/riwayat/:pegawaiId/bundel.pdf',
    {
      schema: {
        tags,
        params: RiwayatParams,
        response: {
          200: {
            description: 'Every final evaluation summary',
            content: { 'application/pdf': { schema: BerkasPdf } },
          },
        },
      },
    },
    async (req, reply) => {
      const { pdf, namaFile } = await service.bundel(ctxOf(req), req.params.pegawaiId)
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="${namaFile}"`)
        .header('cache-control', 'no-store')
        .send(pdf)
    },
  )
}
