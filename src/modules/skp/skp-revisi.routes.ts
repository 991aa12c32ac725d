import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { IdParams } from '../../shared/common.ts'
import { RevisiBerkasParams, RevisiDaftar, RevisiParams, RevisiView } from '../../shared/skp-revisi.ts'
import { ctxOf } from '../../server/auth/actor.ts'
import type { AppDeps } from '../../server/deps.ts'
import { penyimpananDari } from '../berkas/penyimpanan.ts'
import { bacaRevisi, daftarRevisi, unduhBerkasRevisi } from './skp-revisi.service.ts'

/** Earlier versions of an SKP (DOMAIN §2), read-only, for whoever may read the SKP. */
export async function skpRevisiRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>()
  const { db } = deps.database
  const penyimpanan = penyimpananDari(deps.config)
  const tags = ['skp']

  r.get('/skp/:id/revisi', { schema: { tags, params: IdParams, response: { 200: RevisiDaftar } } }, (req) =>
    daftarRevisi(db, ctxOf(req), req.params.id),
  )
  r.get(
    '/skp/:id/revisi/:nomor',
    { schema: { tags, params: RevisiParams, response: { 200: RevisiView } } },
    (req) => bacaRevisi(db, ctxOf(req), req.params.id, req.params.nomor),
  )
  r.get(
    '/skp/:id/revisi/:nomor/berkas/:berkasId',
    {
      schema: {
        tags,
        params: RevisiBerkasParams,
        description: 'An evidence file an earlier version names, as an attachment.',
      },
    },
    (req, reply) => unduhBerkasRevisi(db, penyimpanan, ctxOf(req), req.params, reply),
  )
}
