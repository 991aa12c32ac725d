import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { LaporanTunjangan, TunjanganQuery } from '../../shared/tunjangan.ts'
import { ctxOf } from '../../server/auth/actor.ts'
import type { AppDeps } from '../../server/deps.ts'
import { csvTunjangan } from './tunjangan-csv.ts'
import * as svc from './tunjangan.service.ts'

/** Tukin/TPP report (DOMAIN §7). */
export async function tunjanganRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>()
  const { db } = deps.database
  const tags = ['tunjangan']

  r.get(
    '/tunjangan/laporan',
    {
      schema: {
        tags,
        querystring: TunjanganQuery,
        description:
          'Each pegawai of the unit (subtree) with the predikat of the month and the allowance percentage. ' +
          'format=csv answers UTF-8 with BOM, `;`-separated, formula-like text prefixed with an apostrophe.',
        response: { 200: LaporanTunjangan },
      },
    },
    async (req, reply) => {
      const ctx = ctxOf(req)
      const l = await svc.laporanTunjangan(db, ctx, req.query)
      if (req.query.format !== 'csv') return l
      const nama = `tunjangan-${l.tahun}-${String(l.bulan).padStart(2, '0')}.csv`
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${nama}"`)
        .header('cache-control', 'no-store')
        .send(csvTunjangan(l, ctx.lang) as never) // text/csv: Fastify sends a string as is, no JSON serializer
    },
  )
}
