import { and, desc, eq } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import { dokumen } from '../../db/schema/index.ts'
import type { RingkasanDokumen } from '../../shared/dokumen.ts'

export type DokumenRow = Omit<typeof dokumen.$inferSelect, 'ringkasan'> & { ringkasan: RingkasanDokumen }

/** The document already issued for exactly this content (same entity, same hash): re-downloads reuse it. */
export async function findDokumenSama(db: Db, instansiId: string, entitasId: string, hashKonten: string) {
  const [row] = await db
    .select()
    .from(dokumen)
    .where(
      and(
        eq(dokumen.instansiId, instansiId),
        eq(dokumen.entitasId, entitasId),
        eq(dokumen.hashKonten, hashKonten),
      ),
    )
    .orderBy(desc(dokumen.createdAt))
    .limit(1)
  return row as DokumenRow | undefined
}

export const insertDokumen = async (
  db: Db,
  v: Omit<typeof dokumen.$inferInsert, 'ringkasan'> & { ringkasan: RingkasanDokumen },
) => (await db.insert(dokumen).values(v).returning())[0] as DokumenRow

/**
 * Public lookup by verification code. Deliberately not scoped by instansi: the code itself (80 random
 * bits) is the capability, and the caller shows only the stored public summary.
 */
export async function findDokumenByKode(db: Db, kode: string) {
  const [row] = await db.select().from(dokumen).where(eq(dokumen.kodeVerifikasi, kode))
  return row as DokumenRow | undefined
}
