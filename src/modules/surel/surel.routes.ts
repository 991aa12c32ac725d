import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { PreferensiSurelInput, PreferensiSurelView } from '../../shared/surel.ts'
import { ctxOf } from '../../server/auth/actor.ts'
import type { AppDeps } from '../../server/deps.ts'
import { preferensiService } from './preferensi.service.ts'
import { aturSurel } from './surel.antrean.ts'

/** Mail: each person's preferences. Registering it also turns queuing on when SMTP is configured. */
export async function surelRoutes(app: FastifyInstance, deps: AppDeps) {
  aturSurel({ aktif: deps.config.smtp !== null, appUrl: deps.config.appUrl })
  const r = app.withTypeProvider<ZodTypeProvider>()
  const service = preferensiService(deps.database)
  const tags = ['notifikasi']

  r.get('/profil/notifikasi', { schema: { tags, response: { 200: PreferensiSurelView } } }, (req) =>
    service.baca(ctxOf(req)),
  )
  r.put(
    '/profil/notifikasi',
    { schema: { tags, body: PreferensiSurelInput, response: { 200: PreferensiSurelView } } },
    (req) => service.ubah(ctxOf(req), req.body),
  )
}
