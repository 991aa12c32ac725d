import { and, eq, sql } from 'drizzle-orm'
import { aktifPada } from '../../db/sql-helpers.ts'
import type { Db } from '../../db/client.ts'
import { akun, atasanOverride, instansi, pegawai, penugasan } from '../../db/schema/index.ts'

export const findAkunByLogin = async (db: Db, login: string) =>
  (await db.select().from(akun).where(eq(akun.username, login)).limit(1))[0]

export const findAkunById = async (db: Db, id: string) =>
  (await db.select().from(akun).where(eq(akun.id, id)).limit(1))[0]

export async function findProfil(db: Db, akunId: string) {
  const [row] = await db
    .select({
      akun,
      instansi: { id: instansi.id, kode: instansi.kode, nama: instansi.nama },
      pegawai: {
        id: pegawai.id,
        nip: pegawai.nip,
        nama: pegawai.nama,
        golongan: pegawai.golongan,
        pangkat: pegawai.pangkat,
      },
    })
    .from(akun)
    .leftJoin(instansi, eq(instansi.id, akun.instansiId))
    .leftJoin(pegawai, eq(pegawai.id, akun.pegawaiId))
    .where(eq(akun.id, akunId))
  return row
}


/** Derived roles: heads a unit today (atasan + pimpinan), or is someone's override atasan (atasan). */
export async function peranTurunan(db: Db, instansiId: string, pegawaiId: string, tanggal: string) {
  const [kepala] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(penugasan)
    .where(
      and(
        eq(penugasan.instansiId, instansiId),
        eq(penugasan.pegawaiId, pegawaiId),
        eq(penugasan.isKepala, true),
        aktifPada(penugasan.mulai, penugasan.selesai, tanggal),
      ),
    )
  const [override] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(atasanOverride)
    .where(
      and(
        eq(atasanOverride.instansiId, instansiId),
        eq(atasanOverride.atasanPegawaiId, pegawaiId),
        aktifPada(atasanOverride.mulai, atasanOverride.selesai, tanggal),
      ),
    )
  return { kepalaUnit: kepala.n > 0, atasanOverride: override.n > 0 }
}

export async function simpanPassword(db: Db, akunId: string, passwordHash: string) {
  await db
    .update(akun)
    .set({ passwordHash, passwordDiubahAt: new Date(), updatedAt: new Date() })
    .where(eq(akun.id, akunId))
}
