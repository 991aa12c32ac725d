import { and, eq, isNull, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import {
  akun,
  atasanOverride as atasanOverrideTable,
  instansi,
  pegawai,
  penugasan,
} from '../../db/schema/index.ts'
import { sekarang } from '../../server/clock.ts'

export const findAkunByLogin = async (db: Db, login: string) =>
  (await db.select().from(akun).where(eq(akun.username, login)).limit(1))[0]

/** An account's own instansi: null for a national account, which belongs to none. */
const diInstansi = (instansiId: string | null) =>
  instansiId === null ? isNull(akun.instansiId) : eq(akun.instansiId, instansiId)

export const findAkunById = async (db: Db, instansiId: string | null, id: string) =>
  (
    await db
      .select()
      .from(akun)
      .where(and(diInstansi(instansiId), eq(akun.id, id)))
      .limit(1)
  )[0]

/**
 * Account, instansi, pegawai and the derived roles in ONE query (GET /me is on every page load):
 * heads a unit today (atasan + pimpinan), or is someone's override atasan (atasan).
 */
function siapkanProfil(db: Db) {
  const tanggal = sql.placeholder('tanggal')
  const kepalaUnit = sql<boolean>`exists (select 1 from ${penugasan} p where p.pegawai_id = ${akun.pegawaiId}
    and p.instansi_id = ${akun.instansiId} and p.is_kepala and p.mulai <= ${tanggal}
    and (p.selesai is null or p.selesai >= ${tanggal}))`
  const atasanOverride = sql<boolean>`exists (select 1 from ${atasanOverrideTable} o where o.atasan_pegawai_id = ${akun.pegawaiId}
    and o.instansi_id = ${akun.instansiId} and o.mulai <= ${tanggal} and (o.selesai is null or o.selesai >= ${tanggal}))`
  return db
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
      kepalaUnit,
      atasanOverride,
    })
    .from(akun)
    .leftJoin(instansi, eq(instansi.id, akun.instansiId))
    .leftJoin(pegawai, eq(pegawai.id, akun.pegawaiId))
    .where(eq(akun.id, sql.placeholder('akunId')))
    .prepare('profil_akun')
}
const prepared = new WeakMap<Db, ReturnType<typeof siapkanProfil>>()

/**
 * Account, instansi, pegawai and the derived roles in ONE prepared query (GET /me is on every page load):
 * heads a unit today (atasan + pimpinan), or is someone's override atasan (atasan).
 */
export async function findProfil(db: Db, akunId: string, tanggal: string) {
  let query = prepared.get(db)
  if (!query) prepared.set(db, (query = siapkanProfil(db)))
  const [row] = await query.execute({ akunId, tanggal })
  return row
}

export async function simpanPassword(
  db: Db,
  instansiId: string | null,
  akunId: string,
  passwordHash: string,
) {
  await db
    .update(akun)
    .set({ passwordHash, passwordDiubahAt: sekarang(), wajibGantiPassword: false, updatedAt: sekarang() })
    .where(and(diInstansi(instansiId), eq(akun.id, akunId)))
}
