import { and, eq, inArray } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import { jabatan, pegawai, penugasan, skp, unor } from '../../db/schema/index.ts'
import { aktifPada } from '../../db/sql-helpers.ts'

/** Queries only, scoped by instansi. */
const kolomSkp = {
  id: skp.id,
  pegawaiId: skp.pegawaiId,
  penilaiPegawaiId: skp.penilaiPegawaiId,
  status: skp.status,
  mulai: skp.mulai,
  selesai: skp.selesai,
  versi: skp.versi,
  tahun: skp.tahun,
  diajukanAt: skp.diajukanAt,
}

/** SKPs of the year whose snapshot names this penilai. */
export const listSkpDinilai = (db: Db, instansiId: string, penilaiPegawaiId: string, tahun: number) =>
  db
    .select(kolomSkp)
    .from(skp)
    .where(
      and(eq(skp.instansiId, instansiId), eq(skp.penilaiPegawaiId, penilaiPegawaiId), eq(skp.tahun, tahun)),
    )

export const listSkpPegawaiBanyak = (db: Db, instansiId: string, pegawaiIds: string[], tahun: number) =>
  pegawaiIds.length === 0
    ? Promise.resolve([])
    : db
        .select(kolomSkp)
        .from(skp)
        .where(and(eq(skp.instansiId, instansiId), inArray(skp.pegawaiId, pegawaiIds), eq(skp.tahun, tahun)))

/** Name, NIP and (when any) the position held on the date. */
export const infoPegawai = (db: Db, instansiId: string, pegawaiIds: string[], tanggal: string) =>
  pegawaiIds.length === 0
    ? Promise.resolve([])
    : db
        .select({
          id: pegawai.id,
          nip: pegawai.nip,
          nama: pegawai.nama,
          jabatan: jabatan.nama,
          unor: unor.nama,
          jenis: penugasan.jenis,
        })
        .from(pegawai)
        .leftJoin(
          penugasan,
          and(
            eq(penugasan.pegawaiId, pegawai.id),
            eq(penugasan.instansiId, pegawai.instansiId),
            aktifPada(penugasan.mulai, penugasan.selesai, tanggal),
          ),
        )
        .leftJoin(
          jabatan,
          and(eq(jabatan.id, penugasan.jabatanId), eq(jabatan.instansiId, pegawai.instansiId)),
        )
        .leftJoin(unor, and(eq(unor.id, penugasan.unorId), eq(unor.instansiId, pegawai.instansiId)))
        .where(and(eq(pegawai.instansiId, instansiId), inArray(pegawai.id, pegawaiIds)))
