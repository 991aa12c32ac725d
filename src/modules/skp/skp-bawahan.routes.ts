import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import {
  SetujuiBanyakInput,
  SetujuiBanyakView,
  SkpBawahanDaftar,
  SkpBawahanQuery,
} from '../../shared/skp-bawahan.ts'
import { ctxOf } from '../../server/auth/actor.ts'
import type { AppDeps } from '../../server/deps.ts'
import { daftarSkpBawahan, setujuiBanyak } from './skp-bawahan.service.ts'

/** The atasan's list of subordinates' SKPs, and approving several at once. */
export async function skpBawahanRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>()
  const { db } = deps.database
  const tags = ['skp']

  r.get(
    '/skp-bawahan',
    { schema: { tags, querystring: SkpBawahanQuery, response: { 200: SkpBawahanDaftar } } },
    (req) => daftarSkpBawahan(db, ctxOf(req), req.query),
  )
  r.post(
    '/skp-bawahan/setujui',
    { schema: { tags, body: SetujuiBanyakInput, response: { 200: SetujuiBanyakView } } },
    (req) => setujuiBanyak(db, ctxOf(req), req.body.skpIds),
  )
}
