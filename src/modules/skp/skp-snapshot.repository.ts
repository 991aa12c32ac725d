import { and, eq, inArray, or, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import { penugasan, skp, unor } from '../../db/schema/index.ts'
import type { SkpSnapshot } from '../../shared/skp.ts'
import type { SkpRow } from './skp.repository.ts'

/** Queries of the live penilai blocks (skp-snapshot.ts). Every one is scoped by instansi. */
const TERTUNDA = ['draft', 'diajukan', 'dikembalikan'] as const

/**
 * Pending SKPs a change around these pegawai and units may touch: SKPs of those pegawai or naming them as
 * penilai / atasan penilai, and SKPs held in those units or their direct sub-units (whose heads report to
 * the unit's head, and whose staff have that head as atasan penilai). Deeper units are untouched: the
 * blocks reach two levels up only.
 */
export async function listSkpTerdampak(db: Db, instansiId: string, pegawaiIds: string[], unorIds: string[]) {
  const orang = pegawaiIds.length
    ? [
        inArray(skp.pegawaiId, pegawaiIds),
        inArray(skp.penilaiPegawaiId, pegawaiIds),
        inArray(sql<string>`${skp.snapshot} -> 'atasanPenilai' ->> 'pegawaiId'`, pegawaiIds),
      ]
    : []
  const unit = unorIds.length
    ? [
        sql`exists (select 1 from ${penugasan} pn where pn.instansi_id = ${skp.instansiId}
          and pn.id = ${skp.penugasanId} and (pn.unor_id in ${sql`(${sql.join(
            unorIds.map((u) => sql`${u}::uuid`),
            sql`, `,
          )})`} or pn.unor_id in (select u.id from ${unor} u where u.instansi_id = ${skp.instansiId}
            and u.parent_id in ${sql`(${sql.join(
              unorIds.map((u) => sql`${u}::uuid`),
              sql`, `,
            )})`})))`,
      ]
    : []
  if (orang.length + unit.length === 0) return []
  const rows = await db
    .select()
    .from(skp)
    .where(and(eq(skp.instansiId, instansiId), inArray(skp.status, [...TERTUNDA]), or(...orang, ...unit)))
  return rows as SkpRow[]
}

/**
 * The recomputed blocks of a pending SKP. Not a user's edit, so versi stays: the owner's open form is not
 * made stale by a change of assignment elsewhere.
 */
export const simpanBlok = (
  db: Db,
  instansiId: string,
  id: string,
  snapshot: SkpSnapshot,
  penilaiPegawaiId: string | null,
) =>
  db
    .update(skp)
    .set({ snapshot, penilaiPegawaiId })
    .where(and(eq(skp.instansiId, instansiId), eq(skp.id, id), inArray(skp.status, [...TERTUNDA])))

/**
 * Marks the blocks of every pending SKP of the instansi as due for a refresh (drops the date they were
 * resolved on): one statement, however large the import that made them stale.
 */
export async function tandaiBlokUsang(db: Db, instansiId: string) {
  await db
    .update(skp)
    .set({ snapshot: sql`${skp.snapshot} - 'tanggal'` })
    .where(and(eq(skp.instansiId, instansiId), inArray(skp.status, [...TERTUNDA])))
}
