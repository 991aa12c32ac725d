import type { Database } from '../../db/client.ts'
import type { AuditQuery, AuditView } from '../../shared/audit.ts'
import type { Ctx } from '../../server/auth/actor.ts'
import { hasPeran, isAdminNasional, lingkupInstansi } from '../../server/auth/policy.ts'
import { forbidden } from '../../server/errors.ts'
import { listAudit } from './audit.repository.ts'

const view = (r: Awaited<ReturnType<typeof listAudit>>['items'][number]): AuditView => ({
  ...r,
  waktu: r.waktu.toISOString(),
})

export function auditService({ db }: Database) {
  /** Admins browse the audit trail: an instansi admin only their own instansi, national admins all. */
  async function list(ctx: Ctx, q: AuditQuery) {
    if (!isAdminNasional(ctx.actor) && !hasPeran(ctx.actor, 'admin_instansi')) throw forbidden()
    const page = await listAudit(db, lingkupInstansi(ctx.actor, q.instansiId), q)
    return { ...page, items: page.items.map(view) }
  }

  return { list }
}
