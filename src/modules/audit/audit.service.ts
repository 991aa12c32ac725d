import type { Database } from '../../db/client.ts'
import type { AuditQuery, AuditView } from '../../shared/audit.ts'
import type { Ctx } from '../../server/auth/actor.ts'
import { hasPeran, isAdminNasional, lingkupInstansi } from '../../server/auth/policy.ts'
import { forbidden } from '../../server/errors.ts'
import { listAudit, objekAudit, type ObjekAudit } from './audit.repository.ts'

type AuditRow = Awaited<ReturnType<typeof listAudit>>['items'][number]

const view = (r: AuditRow, objek: Map<string, ObjekAudit>): AuditView => ({
  ...r,
  waktu: r.waktu.toISOString(),
  objek: (r.entitasId && objek.get(`${r.entitas}:${r.entitasId.toLowerCase()}`)) || null,
})

export function auditService({ db }: Database) {
  /** Admins browse the audit trail: an instansi admin only their own instansi, national admins all. */
  async function list(ctx: Ctx, q: AuditQuery) {
    if (!isAdminNasional(ctx.actor) && !hasPeran(ctx.actor, 'admin_instansi')) throw forbidden()
    const lingkup = lingkupInstansi(ctx.actor, q.instansiId)
    const page = await listAudit(db, lingkup, q)
    // issue 6: people read an object's name and follow a link, never a bare UUID
    const objek = await objekAudit(db, lingkup, page.items)
    return { ...page, items: page.items.map((r) => view(r, objek)) }
  }

  return { list }
}
