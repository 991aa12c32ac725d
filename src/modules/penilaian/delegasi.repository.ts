import { and, desc, eq, gte, inArray, isNull, lte, or } from 'drizzle-orm'
import { alias } from 'drizzle-orm/pg-core'
import type { Db } from '../../db/client.ts'
import { delegasiPenilaian, pegawai } from '../../db/schema/index.ts'

/** Delegations of evaluation (DOMAIN §1), scoped by instansi. */
export type DelegasiRow = typeof delegasiPenilaian.$inferSelect
export type DelegasiBaru = typeof delegasiPenilaian.$inferInsert

/** Delegations in force on the date for these penilai (not revoked), newest first. */
export const delegasiAktif = (db: Db, instansiId: string, penilaiIds: string[], hari: string) =>
  penilaiIds.length === 0
    ? Promise.resolve([] as DelegasiRow[])
    : db
        .select()
        .from(delegasiPenilaian)
        .where(
          and(
            eq(delegasiPenilaian.instansiId, instansiId),
            inArray(delegasiPenilaian.penilaiPegawaiId, penilaiIds),
            isNull(delegasiPenilaian.dicabutAt),
            lte(delegasiPenilaian.mulai, hari),
            gte(delegasiPenilaian.selesai, hari),
          ),
        )
        .orderBy(desc(delegasiPenilaian.createdAt))

/** Penilai who delegated to this recipient today. */
export const delegasiKe = (db: Db, instansiId: string, penerimaId: string, hari: string) =>
  db
    .select()
    .from(delegasiPenilaian)
    .where(
      and(
        eq(delegasiPenilaian.instansiId, instansiId),
        eq(delegasiPenilaian.penerimaPegawaiId, penerimaId),
        isNull(delegasiPenilaian.dicabutAt),
        lte(delegasiPenilaian.mulai, hari),
        gte(delegasiPenilaian.selesai, hari),
      ),
    )

const penilaiP = alias(pegawai, 'penilai_p')
const penerimaP = alias(pegawai, 'penerima_p')

/** Delegations with names: all of the instansi (admins), or those the reader gave, got or is the penilai of. */
export const daftarDelegasi = (
  db: Db,
  instansiId: string,
  pembaca: { pegawaiId: string | null; akunId: string } | null,
  id?: string,
) =>
  db
    .select({ d: delegasiPenilaian, penilaiNama: penilaiP.nama, penerimaNama: penerimaP.nama })
    .from(delegasiPenilaian)
    .innerJoin(
      penilaiP,
      and(
        eq(penilaiP.instansiId, delegasiPenilaian.instansiId),
        eq(penilaiP.id, delegasiPenilaian.penilaiPegawaiId),
      ),
    )
    .innerJoin(
      penerimaP,
      and(
        eq(penerimaP.instansiId, delegasiPenilaian.instansiId),
        eq(penerimaP.id, delegasiPenilaian.penerimaPegawaiId),
      ),
    )
    .where(
      and(
        eq(delegasiPenilaian.instansiId, instansiId),
        id ? eq(delegasiPenilaian.id, id) : undefined,
        pembaca === null
          ? undefined
          : or(
              eq(delegasiPenilaian.dibuatOlehAkunId, pembaca.akunId),
              pembaca.pegawaiId ? eq(delegasiPenilaian.penilaiPegawaiId, pembaca.pegawaiId) : undefined,
              pembaca.pegawaiId ? eq(delegasiPenilaian.penerimaPegawaiId, pembaca.pegawaiId) : undefined,
            ),
      ),
    )
    .orderBy(desc(delegasiPenilaian.createdAt))
    .limit(500)

export async function findDelegasi(db: Db, instansiId: string, id: string, kunci = false) {
  const q = db
    .select()
    .from(delegasiPenilaian)
    .where(and(eq(delegasiPenilaian.instansiId, instansiId), eq(delegasiPenilaian.id, id)))
  const [r] = kunci ? await q.for('update') : await q
  return r
}

export async function insertDelegasi(db: Db, v: DelegasiBaru) {
  const [r] = await db.insert(delegasiPenilaian).values(v).returning()
  return r
}

export async function cabutDelegasi(db: Db, d: DelegasiRow, pada: Date) {
  const [r] = await db
    .update(delegasiPenilaian)
    .set({ dicabutAt: pada })
    .where(and(eq(delegasiPenilaian.instansiId, d.instansiId), eq(delegasiPenilaian.id, d.id)))
    .returning()
  return r
}
