import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { pageOf } from '../../shared/common.ts'
import { AuditQuery, AuditView } from '../../shared/audit.ts'
import { ctxOf } from '../../server/auth/actor.ts'
import type { AppDeps } from '../../server/deps.ts'
import { auditService } from './audit.service.ts'

export async function auditRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>()
  const service = auditService(deps.database)

  r.get(
    '/audit',
    { schema: { tags: ['audit'], querystring: AuditQuery, response: { 200: pageOf(AuditView) } } },
    (req) => service.list(ctxOf(req), req.query),
  )
}
