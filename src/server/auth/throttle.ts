import { eq, inArray } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import { percobaanLogin } from '../../db/schema/index.ts'

/**
 * Login throttling per account and per IP: after N failures the key is locked for a while.
 * Counted in the database so it holds across API processes.
 */
export interface ThrottleRule {
  maxGagal: number
  kunciMenit: number
}

export async function sedangTerkunci(db: Db, kunci: string[]): Promise<boolean> {
  const rows = await db.select().from(percobaanLogin).where(inArray(percobaanLogin.kunci, kunci))
  const now = Date.now()
  return rows.some((r) => r.terkunciSampai && r.terkunciSampai.getTime() > now)
}

export async function catatGagal(db: Db, kunci: string, rule: ThrottleRule) {
  const [row] = await db.select().from(percobaanLogin).where(eq(percobaanLogin.kunci, kunci))
  const expired = row?.terkunciSampai && row.terkunciSampai.getTime() <= Date.now()
  const gagal = (expired ? 0 : (row?.gagal ?? 0)) + 1
  const terkunciSampai = gagal >= rule.maxGagal ? new Date(Date.now() + rule.kunciMenit * 60_000) : null
  const values = { kunci, gagal: terkunciSampai ? 0 : gagal, terkunciSampai, updatedAt: new Date() }
  await db
    .insert(percobaanLogin)
    .values(values)
    .onConflictDoUpdate({ target: percobaanLogin.kunci, set: values })
}

export async function resetGagal(db: Db, kunci: string) {
  await db.delete(percobaanLogin).where(eq(percobaanLogin.kunci, kunci))
}
