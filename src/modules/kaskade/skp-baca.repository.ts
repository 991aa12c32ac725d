import { and, asc, desc, eq } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import { rhk, skp } from '../../db/schema/index.ts'
import type { SkpSnapshot } from '../../shared/skp.ts'

type SkpBaris = Omit<typeof skp.$inferSelect, 'snapshot'> & { snapshot: SkpSnapshot }

/**
 * Read-only access to the SKP rows this module needs (the SKP module owns writes). An RHK with the SKP it
 * belongs to; `lingkup` is the instansi the actor may read (undefined = a national admin): another
 * instansi's row is simply not found.
 */
export async function findRhkDenganSkp(db: Db, lingkup: string | undefined, rhkId: string) {
  const [row] = await db
    .select({ rhk, skp })
    .from(rhk)
    .innerJoin(skp, and(eq(skp.id, rhk.skpId), eq(skp.instansiId, rhk.instansiId)))
    .where(and(eq(rhk.id, rhkId), lingkup ? eq(rhk.instansiId, lingkup) : undefined))
  return row && { rhk: row.rhk, skp: row.skp as SkpBaris }
}

/** The SKP's RHK in print order: utama before tambahan, then by urutan. */
export async function daftarRhkSkp(db: Db, instansiId: string, skpId: string) {
  return db
    .select({ id: rhk.id, deskripsi: rhk.deskripsi, jenis: rhk.jenis })
    .from(rhk)
    .where(and(eq(rhk.instansiId, instansiId), eq(rhk.skpId, skpId)))
    .orderBy(desc(rhk.jenis), asc(rhk.urutan), asc(rhk.createdAt))
}
