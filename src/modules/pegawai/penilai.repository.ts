import { and, eq, inArray } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import { atasanOverride, jabatan, pegawai, penugasan, unor } from '../../db/schema/index.ts'
import { aktifPada } from '../../db/sql-helpers.ts'
import type { DataAtasan, PenugasanRef } from '../../domain/atasan.ts'
import { leluhurUnor } from '../organisasi/organisasi.baca.ts'

/** The columns of a penugasan that the pure atasan rules read (PenugasanRef). */
export const kolomPenugasanRef = {
  id: penugasan.id,
  pegawaiId: penugasan.pegawaiId,
  unitId: penugasan.unorId,
  isKepala: penugasan.isKepala,
  jenis: penugasan.jenis,
  mulai: penugasan.mulai,
  selesai: penugasan.selesai,
}

const penugasanPegawai = (db: Db, instansiId: string, pegawaiIds: string[], tanggal: string) =>
  pegawaiIds.length === 0
    ? Promise.resolve([] as PenugasanRef[])
    : db
        .select(kolomPenugasanRef)
        .from(penugasan)
        .where(
          and(
            eq(penugasan.instansiId, instansiId),
            inArray(penugasan.pegawaiId, pegawaiIds),
            aktifPada(penugasan.mulai, penugasan.selesai, tanggal),
          ),
        )

const kepalaDiUnit = (db: Db, instansiId: string, unitIds: string[], tanggal: string) =>
  unitIds.length === 0
    ? Promise.resolve([] as PenugasanRef[])
    : db
        .select(kolomPenugasanRef)
        .from(penugasan)
        .where(
          and(
            eq(penugasan.instansiId, instansiId),
            inArray(penugasan.unorId, unitIds),
            eq(penugasan.isKepala, true),
            aktifPada(penugasan.mulai, penugasan.selesai, tanggal),
          ),
        )

/** Overrides active on the date, for the given pegawai (or the whole instansi when omitted). */
export const overrideAktif = (db: Db, instansiId: string, tanggal: string, pegawaiIds?: string[]) =>
  db
    .select({
      pegawaiId: atasanOverride.pegawaiId,
      atasanPegawaiId: atasanOverride.atasanPegawaiId,
      mulai: atasanOverride.mulai,
      selesai: atasanOverride.selesai,
    })
    .from(atasanOverride)
    .where(
      and(
        eq(atasanOverride.instansiId, instansiId),
        pegawaiIds ? inArray(atasanOverride.pegawaiId, pegawaiIds) : undefined,
        aktifPada(atasanOverride.mulai, atasanOverride.selesai, tanggal),
      ),
    )

const unik = <T>(items: T[]) => [...new Set(items)]

/**
 * Just enough of one instansi for resolvePenilai on these pegawai: their positions and overrides on the
 * date, the override targets' positions, every unit up the tree from all those positions, and the
 * head assignments of those units. A handful of indexed queries, independent of the instansi's size.
 */
export async function muatDataAtasan(
  db: Db,
  instansiId: string,
  pegawaiIds: string[],
  tanggal: string,
): Promise<DataAtasan> {
  // One after another: `db` may be a transaction (an SKP's snapshot), whose connection runs one query at a time.
  const milik = await penugasanPegawai(db, instansiId, pegawaiIds, tanggal)
  const overrides = await overrideAktif(db, instansiId, tanggal, pegawaiIds)
  const targetIds = unik(overrides.map((o) => o.atasanPegawaiId)).filter((id) => !pegawaiIds.includes(id))
  const milikTarget = await penugasanPegawai(db, instansiId, targetIds, tanggal)
  const units = await leluhurUnor(db, instansiId, unik([...milik, ...milikTarget].map((p) => p.unitId)))
  const kepala = await kepalaDiUnit(
    db,
    instansiId,
    units.map((u) => u.id),
    tanggal,
  )
  const semua = new Map([...milik, ...milikTarget, ...kepala].map((p) => [p.id, p]))
  return {
    units: units.map((u) => ({ id: u.id, parentId: u.parentId })),
    penugasan: [...semua.values()],
    overrides,
  }
}

/** Names for display and document snapshots, per penugasan id. */
export function rincianPenugasan(db: Db, instansiId: string, penugasanIds: string[]) {
  if (penugasanIds.length === 0) return Promise.resolve([])
  return db
    .select({
      penugasanId: penugasan.id,
      pegawaiId: pegawai.id,
      nip: pegawai.nip,
      nama: pegawai.nama,
      gelarDepan: pegawai.gelarDepan,
      gelarBelakang: pegawai.gelarBelakang,
      golongan: pegawai.golongan,
      pangkat: pegawai.pangkat,
      jabatan: jabatan.nama,
      unorId: unor.id,
      unor: unor.nama,
    })
    .from(penugasan)
    .innerJoin(
      pegawai,
      and(eq(pegawai.instansiId, penugasan.instansiId), eq(pegawai.id, penugasan.pegawaiId)),
    )
    .innerJoin(
      jabatan,
      and(eq(jabatan.instansiId, penugasan.instansiId), eq(jabatan.id, penugasan.jabatanId)),
    )
    .innerJoin(unor, and(eq(unor.instansiId, penugasan.instansiId), eq(unor.id, penugasan.unorId)))
    .where(and(eq(penugasan.instansiId, instansiId), inArray(penugasan.id, penugasanIds)))
}
