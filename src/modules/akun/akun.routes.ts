import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { GantiPasswordInput, LoginInput, MeView } from '../../shared/akun.ts'
import { ctxOf } from '../../server/auth/actor.ts'
import { COOKIE, cariActor, cookieOptions } from '../../server/auth/session.ts'
import { TerlaluBanyakPercobaan } from '../../server/auth/throttle.ts'
import { unauthorized } from '../../server/errors.ts'
import type { AppDeps } from '../../server/deps.ts'
import { akunService } from './akun.service.ts'

const Ok = z.object({ ok: z.literal(true) })

export async function akunRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>()
  const service = akunService(deps.database, deps.config)
  const tags = ['auth']

  r.post(
    '/auth/login',
    {
      schema: { tags, body: LoginInput, response: { 200: MeView } },
      config: {
        public: true,
        // Flood guard per address + account (after validation, so the body is parsed): never per address
        // alone, which would refuse a whole office behind one NAT address at 08:00.
        rateLimit: {
          max: deps.config.loginRatePerMinute,
          timeWindow: '1 minute',
          hook: 'preHandler',
          keyGenerator: (req: FastifyRequest) =>
            `${req.ip}|${String((req.body as LoginInput | undefined)?.username ?? '')
              .trim()
              .toLowerCase()}`,
        },
      },
    },
    async (req, reply) => {
      const sesi = await service
        .login(req.body, { ip: req.ip, userAgent: req.headers['user-agent'], requestId: String(req.id) })
        .catch((err: unknown) => {
          if (err instanceof TerlaluBanyakPercobaan) reply.header('retry-after', String(err.retryAfterDetik))
          throw err
        })
      reply.setCookie(COOKIE, sesi.token, cookieOptions(deps.config, sesi.kedaluwarsaAt))
      const actor = await cariActor(deps.database.db, sesi.token)
      if (!actor) throw unauthorized()
      return service.me({ actor, ip: req.ip, requestId: String(req.id), lang: 'id' }, sesi.csrfToken)
    },
  )

  // Public: an expired session must still be able to clear its cookie.
  r.post(
    '/auth/logout',
    { schema: { tags, response: { 200: Ok } }, config: { public: true } },
    async (req, reply) => {
      await service.logout(req.actor ? ctxOf(req) : null, req.cookies[COOKIE])
      reply.clearCookie(COOKIE, { path: '/' })
      return { ok: true as const }
    },
  )

  r.get('/me', { schema: { tags, response: { 200: MeView } } }, async (req) => {
    const ctx = ctxOf(req)
    return service.me(ctx, ctx.actor.csrfToken)
  })

  r.post(
    '/me/password',
    { schema: { tags, body: GantiPasswordInput, response: { 200: Ok } } },
    async (req) => {
      await service.gantiPassword(ctxOf(req), req.body, req.cookies[COOKIE] ?? '')
      return { ok: true as const }
    },
  )
}
