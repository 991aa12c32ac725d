import type { Db } from '../db/client.ts'
import { auditLog } from '../db/schema/index.ts'
import type { Ctx } from './auth/actor.ts'
import { sekarang } from './clock.ts'

export interface AuditEntry {
  instansiId: string | null
  aksi: string
  entitas: string
  entitasId?: string | null
  sebelum?: unknown
  sesudah?: unknown
}

/** Record a write. Call inside the use case's transaction so the audit row commits with the change. */
export async function catatAudit(db: Db, ctx: Pick<Ctx, 'actor' | 'ip' | 'requestId'> | null, e: AuditEntry) {
  await db.insert(auditLog).values({
    instansiId: e.instansiId,
    aktorAkunId: ctx?.actor.akunId ?? null,
    aktorNama: ctx?.actor.nama ?? 'sistem',
    aksi: e.aksi,
    entitas: e.entitas,
    entitasId: e.entitasId ?? null,
    sebelum: (e.sebelum ?? null) as never,
    sesudah: (e.sesudah ?? null) as never,
    ip: ctx?.ip ?? null,
    requestId: ctx?.requestId ?? null,
    waktu: sekarang(),
  })
}
