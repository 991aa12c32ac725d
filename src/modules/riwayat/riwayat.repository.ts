import { and, asc, desc, eq } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import { evaluasi, keberatan, pegawai, skp } from '../../db/schema/index.ts'
import type { SkpSnapshot } from '../../shared/skp.ts'

/** Reads of a pegawai's riwayat. Every query is scoped by instansi (undefined: a national admin). */

export async function findPegawai(db: Db, instansiId: string | undefined, id: string) {
  const [row] = await db
    .select({ id: pegawai.id, instansiId: pegawai.instansiId, nama: pegawai.nama, nip: pegawai.nip })
    .from(pegawai)
    .where(and(eq(pegawai.id, id), instansiId ? eq(pegawai.instansiId, instansiId) : undefined))
  return row
}

export async function listSkp(db: Db, instansiId: string, pegawaiId: string) {
  const rows = await db
    .select({
      id: skp.id,
      tahun: skp.tahun,
      status: skp.status,
      mulai: skp.mulai,
      selesai: skp.selesai,
      snapshot: skp.snapshot,
      diajukanAt: skp.diajukanAt,
      disetujuiAt: skp.disetujuiAt,
    })
    .from(skp)
    .where(and(eq(skp.instansiId, instansiId), eq(skp.pegawaiId, pegawaiId)))
    .orderBy(desc(skp.tahun), asc(skp.mulai))
  return rows.map((r) => ({ ...r, snapshot: r.snapshot as SkpSnapshot }))
}

/** Every evaluation version of the pegawai, by year, period and version. */
export async function listEvaluasi(db: Db, instansiId: string, pegawaiId: string) {
  return db
    .select()
    .from(evaluasi)
    .where(and(eq(evaluasi.instansiId, instansiId), eq(evaluasi.pegawaiId, pegawaiId)))
    .orderBy(desc(evaluasi.tahun), asc(evaluasi.periode), asc(evaluasi.versi))
}

export async function listKeberatan(db: Db, instansiId: string, pegawaiId: string) {
  return db
    .select()
    .from(keberatan)
    .where(and(eq(keberatan.instansiId, instansiId), eq(keberatan.pegawaiId, pegawaiId)))
    .orderBy(asc(keberatan.createdAt))
}
