import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import { instansi, jabatan, pegawai, penugasan, skp, skpPerilaku, unor } from '../../db/schema/index.ts'
import type { SkpSnapshot } from '../../shared/skp.ts'
import { sekarang } from '../../server/clock.ts'

/** Queries only. `lingkup` = the instansi the actor may see (undefined = national admin: any). */
export type SkpRow = Omit<typeof skp.$inferSelect, 'snapshot'> & { snapshot: SkpSnapshot }
export type SkpBaru = typeof skp.$inferInsert

const dalam = (lingkup: string | undefined): SQL | undefined =>
  lingkup ? eq(skp.instansiId, lingkup) : undefined

export async function findSkp(db: Db, lingkup: string | undefined, id: string, kunci = false) {
  const q = db
    .select()
    .from(skp)
    .where(and(eq(skp.id, id), dalam(lingkup)))
  const [row] = kunci ? await q.for('update') : await q
  return row as SkpRow | undefined
}

export async function listSkpPegawai(db: Db, instansiId: string, pegawaiId: string, tahun?: number) {
  const rows = await db
    .select()
    .from(skp)
    .where(
      and(
        eq(skp.instansiId, instansiId),
        eq(skp.pegawaiId, pegawaiId),
        tahun ? eq(skp.tahun, tahun) : undefined,
      ),
    )
    .orderBy(desc(skp.tahun), desc(skp.mulai))
  return rows as SkpRow[]
}

export const findSkpPenugasan = async (db: Db, instansiId: string, penugasanId: string, tahun: number) =>
  (
    await db
      .select()
      .from(skp)
      .where(and(eq(skp.instansiId, instansiId), eq(skp.penugasanId, penugasanId), eq(skp.tahun, tahun)))
      .limit(1)
  )[0] as SkpRow | undefined

export const insertSkp = async (db: Db, values: SkpBaru) =>
  (await db.insert(skp).values(values).returning())[0] as SkpRow

/** Every change bumps versi (optimistic concurrency) and updatedAt. */
export async function updateSkp(db: Db, instansiId: string, id: string, set: Partial<SkpBaru>) {
  const [row] = await db
    .update(skp)
    .set({ ...set, versi: sql`${skp.versi} + 1`, updatedAt: sekarang() })
    .where(and(eq(skp.instansiId, instansiId), eq(skp.id, id)))
    .returning()
  return row as SkpRow
}

/** The instansi's name, printed in the SKP snapshot. */
export const findNamaInstansi = async (db: Db, instansiId: string) =>
  (await db.select({ nama: instansi.nama }).from(instansi).where(eq(instansi.id, instansiId)))[0]?.nama

export async function findPegawai(db: Db, instansiId: string, pegawaiId: string) {
  const [row] = await db
    .select()
    .from(pegawai)
    .where(and(eq(pegawai.instansiId, instansiId), eq(pegawai.id, pegawaiId)))
  return row
}

/** The pegawai's assignments with their jabatan kind (JPT → SKP JPT), oldest first. */
export const listPenugasanPegawai = (db: Db, instansiId: string, pegawaiId: string) =>
  db
    .select({
      id: penugasan.id,
      mulai: penugasan.mulai,
      selesai: penugasan.selesai,
      jenis: penugasan.jenis,
      jenisJabatan: jabatan.jenis,
      /** With unorMandiri: the SKP form of a pimpinan unit kerja mandiri (varianJabatan). */
      isKepala: penugasan.isKepala,
      unorMandiri: unor.mandiri,
      jabatan: jabatan.nama,
      unor: unor.nama,
    })
    .from(penugasan)
    .innerJoin(
      jabatan,
      and(eq(jabatan.id, penugasan.jabatanId), eq(jabatan.instansiId, penugasan.instansiId)),
    )
    .innerJoin(unor, and(eq(unor.id, penugasan.unorId), eq(unor.instansiId, penugasan.instansiId)))
    .where(and(eq(penugasan.instansiId, instansiId), eq(penugasan.pegawaiId, pegawaiId)))
    .orderBy(asc(penugasan.mulai))

export const listPerilaku = (db: Db, instansiId: string, skpId: string) =>
  db
    .select({ kode: skpPerilaku.kodeNilai, ekspektasi: skpPerilaku.ekspektasi })
    .from(skpPerilaku)
    .where(and(eq(skpPerilaku.instansiId, instansiId), eq(skpPerilaku.skpId, skpId)))

export async function simpanEkspektasi(
  db: Db,
  instansiId: string,
  skpId: string,
  isian: Record<string, string | null>,
) {
  const values = Object.entries(isian).map(([kodeNilai, ekspektasi]) => ({
    instansiId,
    skpId,
    kodeNilai,
    ekspektasi: ekspektasi?.trim() ? ekspektasi.trim() : null,
  }))
  if (values.length === 0) return
  await db
    .insert(skpPerilaku)
    .values(values)
    .onConflictDoUpdate({
      target: [skpPerilaku.skpId, skpPerilaku.kodeNilai],
      set: { ekspektasi: sql`excluded.ekspektasi` },
    })
}
