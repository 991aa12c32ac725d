import { and, asc, desc, eq, getTableColumns, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import { dokumen } from '../../db/schema/index.ts'
import type { RingkasanDokumen } from '../../shared/dokumen.ts'

/** A document row without its file: the file is read only when it is downloaded. */
export type DokumenRow = Omit<typeof dokumen.$inferSelect, 'ringkasan' | 'berkas'> & {
  ringkasan: RingkasanDokumen
}

const { berkas: _berkas, ...KOLOM } = getTableColumns(dokumen)

/** The latest SKP document issued for an SKP, or undefined when none was issued yet. */
export async function findDokumenTerakhir(db: Db, instansiId: string, entitasId: string) {
  const [row] = await db
    .select(KOLOM)
    .from(dokumen)
    // evaluation documents name their SKP too (entitas_id): only the SKP's own document counts here
    .where(
      and(eq(dokumen.instansiId, instansiId), eq(dokumen.entitasId, entitasId), eq(dokumen.jenis, 'skp')),
    )
    .orderBy(desc(dokumen.createdAt), desc(dokumen.id))
    .limit(1)
  return row as DokumenRow | undefined
}

/** The issued file of a document; undefined for a document issued before files were kept. */
export async function findBerkas(db: Db, instansiId: string, id: string) {
  const [row] = await db
    .select({ berkas: dokumen.berkas })
    .from(dokumen)
    .where(and(eq(dokumen.instansiId, instansiId), eq(dokumen.id, id)))
  return row?.berkas ?? undefined
}

export const insertDokumen = async (
  db: Db,
  v: Omit<typeof dokumen.$inferInsert, 'ringkasan'> & { ringkasan: RingkasanDokumen },
) => (await db.insert(dokumen).values(v).returning(KOLOM))[0] as DokumenRow

/**
 * Public lookup by verification code. Deliberately not scoped by instansi: the code itself (80 random
 * bits) is the capability, and the caller shows only the stored public summary.
 */
export async function findDokumenByKode(db: Db, kode: string) {
  const [row] = await db.select(KOLOM).from(dokumen).where(eq(dokumen.kodeVerifikasi, kode))
  return row as DokumenRow | undefined
}

/** The versions issued after `d` for the same entity, oldest first (compared in the database: µs precision). */
export async function listVersiSetelah(
  db: Db,
  d: Pick<DokumenRow, 'id' | 'instansiId' | 'jenis' | 'entitasId' | 'evaluasiId' | 'penetapanId'>,
) {
  return db
    .select({ kodeVerifikasi: dokumen.kodeVerifikasi, createdAt: dokumen.createdAt })
    .from(dokumen)
    .where(
      and(
        eq(dokumen.instansiId, d.instansiId),
        eq(dokumen.jenis, d.jenis),
        sql`${dokumen.entitasId} is not distinct from ${d.entitasId}`,
        sql`${dokumen.evaluasiId} is not distinct from ${d.evaluasiId}`,
        sql`${dokumen.penetapanId} is not distinct from ${d.penetapanId}`,
        sql`${dokumen.createdAt} > (select d0.created_at from dokumen d0 where d0.id = ${d.id})`,
      ),
    )
    .orderBy(asc(dokumen.createdAt), asc(dokumen.id))
}
