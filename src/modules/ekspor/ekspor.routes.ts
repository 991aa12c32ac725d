import { Readable } from 'node:stream'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import {
  BarisPeriodik,
  BarisRwSkp22,
  EksporQuery,
  MetaEkspor,
  type JenisEkspor,
} from '../../shared/ekspor.ts'
import { ctxOf } from '../../server/auth/actor.ts'
import type { AppDeps } from '../../server/deps.ts'
import { bukaEkspor, namaBerkasEkspor, teksEkspor } from './ekspor.service.ts'

/** The body is streamed as text (never through the JSON serializer); these describe it in OpenAPI. */
const BerkasCsv = z.file().mime('text/csv').describe('CSV with a header row') as unknown as z.ZodType<string>
const isiJson = (baris: z.ZodType) =>
  z.object({ meta: MetaEkspor, data: z.array(baris) }) as unknown as z.ZodType<string>
const BARIS = { 'rw-skp22': BarisRwSkp22, periodik: BarisPeriodik }

const DESKRIPSI: Record<JenisEkspor, string> = {
  'rw-skp22':
    'SIASN rw-skp22: one row per pegawai from the current final yearly (FINAL) evaluation of the year, naming ' +
    'the last penilai. ',
  periodik: 'SIASN periodic results: one row per final periodic evaluation of the year. ',
}

/**
 * SIASN export (DOMAIN §7). The body is streamed a page at a time (JSON `{meta, data}` or CSV with a header
 * row); the counts are also in the headers X-Jumlah-Baris and X-Tanpa-Evaluasi-Final.
 */
export async function eksporRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>()
  const { db } = deps.database
  const tags = ['ekspor']

  const unduh =
    (jenis: JenisEkspor) =>
    async (req: FastifyRequest<{ Querystring: EksporQuery }>, reply: FastifyReply) => {
      const { tahun, format, instansiId } = req.query
      const ekspor = await bukaEkspor(db, ctxOf(req), { jenis, tahun, format, instansiId })
      const nama = await namaBerkasEkspor(db, ekspor, format)
      return reply
        .type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8')
        .header('content-disposition', `attachment; filename="${nama}"`)
        .header('x-jumlah-baris', String(ekspor.meta.jumlahBaris))
        .header('x-tanpa-evaluasi-final', String(ekspor.meta.tanpaEvaluasiFinal))
        .header('cache-control', 'no-store')
        .send(Readable.from(teksEkspor(ekspor, format)))
    }

  for (const jenis of ['rw-skp22', 'periodik'] as const) {
    r.get(
      `/ekspor/${jenis}`,
      {
        schema: {
          tags,
          querystring: EksporQuery,
          response: {
            200: {
              description: 'The export (format=json or format=csv)',
              content: {
                'application/json': { schema: isiJson(BARIS[jenis]) },
                'text/csv': { schema: BerkasCsv },
              },
            },
          },
          description:
            DESKRIPSI[jenis] +
            'Admin instansi (own instansi) or admin nasional (instansiId required). format=json answers ' +
            '{ meta: MetaEkspor, data: [...] }; format=csv a header row and the rows (text cells that would ' +
            'start a spreadsheet formula are prefixed with an apostrophe). Pegawai with an approved SKP but no ' +
            'final evaluation are not rows: meta.tanpaEvaluasiFinal / X-Tanpa-Evaluasi-Final counts them.',
        },
      },
      unduh(jenis),
    )
  }
}
