import { and, desc, eq, gte, ilike, lt, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import { auditLog } from '../../db/schema/index.ts'
import { addDays } from '../../domain/iso-date.ts'
import type { AuditQuery } from '../../shared/audit.ts'
import { likeAman } from '../organisasi/jabatan.repository.ts'

/** Calendar days are read in WIB (UTC+7), where most instansi are. */
const awalHari = (tanggal: string) => new Date(`${tanggal}T00:00:00+07:00`)

/** `lingkup` undefined = every row (national admin), including rows without an instansi. */
export async function listAudit(db: Db, lingkup: string | undefined, q: AuditQuery) {
  const cond = and(
    lingkup ? eq(auditLog.instansiId, lingkup) : undefined,
    q.aksi ? eq(auditLog.aksi, q.aksi) : undefined,
    q.entitas ? eq(auditLog.entitas, q.entitas) : undefined,
    q.entitasId ? eq(auditLog.entitasId, q.entitasId) : undefined,
    q.aktor ? ilike(auditLog.aktorNama, `%${likeAman(q.aktor)}%`) : undefined,
    q.dari ? gte(auditLog.waktu, awalHari(q.dari)) : undefined,
    q.sampai ? lt(auditLog.waktu, awalHari(addDays(q.sampai, 1))) : undefined,
  )
  const [items, [{ total }]] = await Promise.all([
    db
      .select()
      .from(auditLog)
      .where(cond)
      .orderBy(desc(auditLog.waktu), desc(auditLog.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db
      .select({ total: sql<number>`count(*)::int` })
      .from(auditLog)
      .where(cond),
  ])
  return { items, total, page: q.page, pageSize: q.pageSize }
}
