import { randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'
import Fastify, { type FastifyInstance } from 'fastify'
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
import { registerErrorHandler } from './errors.ts'
import { validatorCompiler } from './validation.ts'
import { apiModules, publicModules } from './modules.ts'

export interface BuildOptions {
  database: Database
  config: Config
  logger?: boolean | object
}

/** Plugins in order: security headers, cookies, rate limits, uploads, OpenAPI, sessions, API, SPA. */
export async function buildApp({ database, config, logger }: BuildOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logger ?? { level: config.logLevel },
    genReqId: (req) => String(req.headers['x-request-id'] ?? randomUUID()).slice(0, 100),
    trustProxy: process.env.TRUST_PROXY === 'true',
    bodyLimit: 5 * 1024 * 1024,
  })
  // Every response carries its request id, which is also in every log line: quote it when reporting a problem.
  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id)
  })
  app.setValidatorCompiler(validatorCompiler)
  app.setSerializerCompiler(serializerCompiler)
  const spaFallback = existsSync(config.webDist)
  registerErrorHandler(app, { spaFallback })

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
  await app.register(rateLimit, { global: false })
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
  await app.register(swaggerUi, { routePrefix: '/api/docs' })
  app.get('/api/v1/openapi.json', { schema: { hide: true } }, async () => app.swagger())

  registerSessionHooks(app, database.db, config)

  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }))
  app.get('/readyz', { schema: { hide: true } }, async (_req, reply) => {
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

  if (spaFallback) await app.register(fastifyStatic, { root: config.webDist, wildcard: false })
  return app
}
