import { randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'
import path from 'node:path'
import Fastify, { type FastifyInstance, type RouteOptions } from 'fastify'
import cookie from '@fastify/cookie'
import helmet from '@fastify/helmet'
import multipart from '@fastify/multipart'
import rateLimit from '@fastify/rate-limit'
import fastifyStatic from '@fastify/static'
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import { jsonSchemaTransform, serializerCompiler } from 'fastify-type-provider-zod'
import type { Database } from '../db/client.ts'
import { registerSessionHooks } from './auth/session.ts'
import type { Config } from './config.ts'
import { galatBatasLaju, galatKerangka, galatKlien, registerErrorHandler, unauthorized } from './errors.ts'
import { validatorCompiler } from './validation.ts'
import { apiModules, publicModules } from './modules.ts'

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Answered without a session. Every other route needs one (deny by default). */
    public?: boolean
  }
}

/** An incoming request id is kept only in a form that is safe in logs and headers. */
const REQUEST_ID_AMAN = /^[A-Za-z0-9._-]{1,64}$/
const requestId = (header: unknown) =>
  typeof header === 'string' && REQUEST_ID_AMAN.test(header) ? header : randomUUID()

const tandaiPublik = (route: RouteOptions) => {
  route.config = { ...route.config, public: true }
}
/** Registers third-party plugins whose every route is public (their options cannot say so themselves). */
const publik =
  (daftar: (scope: FastifyInstance) => PromiseLike<unknown>) => async (scope: FastifyInstance) => {
    scope.addHook('onRoute', tandaiPublik)
    await daftar(scope)
  }

export interface BuildOptions {
  database: Database
  config: Config
  logger?: boolean | object
  /** Sees every route as it is registered (the tests enumerate the routes with it). */
  onRoute?: (route: RouteOptions) => void
}

/** Plugins in order: security headers, cookies, rate limits, uploads, OpenAPI, sessions, API, SPA. */
export async function buildApp({
  database,
  config,
  logger,
  onRoute,
}: BuildOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logger ?? { level: config.logLevel },
    genReqId: (req) => requestId(req.headers['x-request-id']),
    trustProxy: process.env.TRUST_PROXY === 'true',
    bodyLimit: 5 * 1024 * 1024,
    frameworkErrors: galatKerangka,
    clientErrorHandler: galatKlien,
  })
  if (onRoute) app.addHook('onRoute', onRoute)
  // Every response carries its request id, which is also in every log line: quote it when reporting a problem.
  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id)
  })
  app.setValidatorCompiler(validatorCompiler)
  app.setSerializerCompiler(serializerCompiler)
  const spaIndex = path.join(config.webDist, 'index.html')
  const spa = existsSync(spaIndex)
  registerErrorHandler(app, { spaIndex: spa ? spaIndex : null })

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
      },
    },
  })
  await app.register(cookie)
  await app.register(rateLimit, { global: false, errorResponseBuilder: galatBatasLaju })
  await app.register(multipart, { limits: { fileSize: 50 * 1024 * 1024, files: 1 } })
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Kinerja API',
        version: '1.0.0',
        description: 'ASN performance management (PermenPANRB 6/2022)',
      },
      components: { securitySchemes: { cookie: { type: 'apiKey', in: 'cookie', name: 'kinerja_sesi' } } },
    },
    transform: jsonSchemaTransform,
  })
  await app.register(publik((s) => s.register(swaggerUi, { routePrefix: '/api/docs' })))
  const terbuka = { schema: { hide: true }, config: { public: true } }
  app.get('/api/v1/openapi.json', terbuka, async () => app.swagger())

  registerSessionHooks(app, database.db, config)
  // Deny by default (issue 7): without a session only routes marked public answer; the rest get 401
  // here, before the body is parsed or validated. Unknown paths fall through to 404 / the SPA.
  app.addHook('onRequest', async (req) => {
    if (!req.actor && !req.routeOptions.config.public && !req.is404) throw unauthorized()
  })

  app.get('/healthz', terbuka, async () => ({ status: 'ok' }))
  app.get('/readyz', terbuka, async (_req, reply) => {
    try {
      await database.query('select 1')
      return { status: 'ready', database: database.kind }
    } catch {
      return reply.status(503).send({ status: 'not ready' })
    }
  })

  const deps = { database, config }
  await app.register(
    async (api) => {
      for (const register of apiModules) await register(api, deps)
    },
    { prefix: '/api/v1' },
  )
  for (const register of publicModules) await register(app, deps)

  // The SPA's files are public: the login page must load before anyone has a session.
  if (spa)
    await app.register(publik((s) => s.register(fastifyStatic, { root: config.webDist, wildcard: false })))
  return app
}
