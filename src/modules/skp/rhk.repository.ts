import { and, asc, eq, inArray, max, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import { rows } from '../../db/rows.ts'
import { iki, pegawai, rhk, skp, timKerja, timKerjaAnggota } from '../../db/schema/index.ts'
import { kunciUkuran, normalUkuran } from '../../domain/iki-ukuran.ts'
import type { CekTimKerjaItem } from '../../shared/kaskade.ts'
import type { IkiInput, RhkInput } from '../../shared/skp.ts'
import { sekarang } from '../../server/clock.ts'

/** Queries only; every one is scoped by instansi. */
export type RhkRow = typeof rhk.$inferSelect

export async function findRhk(db: Db, lingkup: string | undefined, id: string) {
  const [row] = await db
    .select()
    .from(rhk)
    .where(and(eq(rhk.id, id), lingkup ? eq(rhk.instansiId, lingkup) : undefined))
  return row
}

/** A picked intervensi target with what cekIntervensi needs; another instansi's RHK is simply not found. */
export async function findRhkTarget(db: Db, instansiId: string, id: string) {
  const [row] = await db
    .select({
      id: rhk.id,
      instansiId: rhk.instansiId,
      pegawaiId: skp.pegawaiId,
      skpStatus: skp.status,
      tahun: skp.tahun,
    })
    .from(rhk)
    .innerJoin(skp, and(eq(skp.id, rhk.skpId), eq(skp.instansiId, rhk.instansiId)))
    .where(and(eq(rhk.id, id), eq(rhk.instansiId, instansiId)))
  return row
}

/** The cascade chain above `rhkId` (itself included): input of adaSiklus. UNION stops on a loop. */
export async function rantaiIntervensi(db: Db, instansiId: string, rhkId: string) {
  const naik = await rows<{ id: string; intervensi_rhk_id: string | null }>(
    db,
    sql`
    with recursive naik(id, intervensi_rhk_id) as (
      select id, intervensi_rhk_id from rhk where id = ${rhkId} and instansi_id = ${instansiId}
      union
      select r.id, r.intervensi_rhk_id from rhk r join naik on r.id = naik.intervensi_rhk_id
        where r.instansi_id = ${instansiId}
    ) select id, intervensi_rhk_id from naik`,
  )
  return naik.map((r) => ({ id: r.id, intervensiId: r.intervensi_rhk_id }))
}

export const listRhkSkp = (db: Db, instansiId: string, skpId: string) =>
  db
    .select()
    .from(rhk)
    .where(and(eq(rhk.instansiId, instansiId), eq(rhk.skpId, skpId)))
    .orderBy(asc(rhk.urutan), asc(rhk.createdAt))

export const listIkiSkp = (db: Db, instansiId: string, rhkIds: string[]) =>
  rhkIds.length === 0
    ? Promise.resolve([])
    : db
        .select()
        .from(iki)
        .where(and(eq(iki.instansiId, instansiId), inArray(iki.rhkId, rhkIds)))
        .orderBy(asc(iki.urutan))

async function urutanBerikut(db: Db, instansiId: string, skpId: string) {
  const [{ n }] = await db
    .select({ n: max(rhk.urutan) })
    .from(rhk)
    .where(and(eq(rhk.instansiId, instansiId), eq(rhk.skpId, skpId)))
  return (n ?? -1) + 1
}

type KolomRhk = Omit<RhkInput, 'iki'> & { timKerjaId?: string | null }

const kolom = (input: KolomRhk) => ({
  jenis: input.jenis,
  deskripsi: input.deskripsi,
  intervensiRhkId: input.intervensiRhkId,
  klasifikasi: input.klasifikasi,
  penugasanDari: input.penugasanDari ?? null,
  perspektif: input.perspektif ?? null,
  ...(input.timKerjaId !== undefined ? { timKerjaId: input.timKerjaId } : {}),
})

export async function insertRhk(db: Db, instansiId: string, skpId: string, input: KolomRhk) {
  const urutan = await urutanBerikut(db, instansiId, skpId)
  return (
    await db
      .insert(rhk)
      .values({ instansiId, skpId, urutan, ...kolom(input) })
      .returning()
  )[0]
}

export const updateRhk = async (db: Db, instansiId: string, id: string, input: KolomRhk) =>
  (
    await db
      .update(rhk)
      .set({ ...kolom(input), updatedAt: sekarang() })
      .where(and(eq(rhk.instansiId, instansiId), eq(rhk.id, id)))
      .returning()
  )[0]

/** Only the description (the Matriks Peran Hasil keeps a cell's RHK in step with the cell's result). */
export const updateDeskripsiRhk = (db: Db, instansiId: string, id: string, deskripsi: string) =>
  db
    .update(rhk)
    .set({ deskripsi, updatedAt: sekarang() })
    .where(and(eq(rhk.instansiId, instansiId), eq(rhk.id, id)))

export const deleteRhk = (db: Db, instansiId: string, id: string) =>
  db.delete(rhk).where(and(eq(rhk.instansiId, instansiId), eq(rhk.id, id)))

/**
 * The IKI list of an RHK is replaced, in the given order. An IKI whose measure is unchanged (kunciUkuran)
 * keeps its row, and with it its realisasi, per-period targets and evidence; every other old IKI is deleted
 * (what hangs under it goes by cascade; a revision of the SKP kept it first, skp-revisi.ts) and every other
 * new one inserted. Returns the ids of the deleted IKI.
 */
export async function gantiIki(db: Db, instansiId: string, rhkId: string, list: IkiInput[]) {
  const lama = await db
    .select()
    .from(iki)
    .where(and(eq(iki.instansiId, instansiId), eq(iki.rhkId, rhkId)))
    .orderBy(asc(iki.urutan))
  const sisa = new Map<string, (typeof lama)[number][]>()
  for (const r of lama) sisa.set(kunciUkuran(r), [...(sisa.get(kunciUkuran(r)) ?? []), r])
  const tetap: { id: string; urutan: number; sebelum: number }[] = []
  const baru: (typeof iki.$inferInsert)[] = []
  list.forEach((i, urutan) => {
    const sama = sisa.get(kunciUkuran(i))?.shift()
    if (sama) tetap.push({ id: sama.id, urutan, sebelum: sama.urutan })
    else baru.push({ instansiId, rhkId, urutan, ...normalUkuran(i) })
  })
  const hapus = lama.filter((r) => !tetap.some((t) => t.id === r.id)).map((r) => r.id)
  if (hapus.length) await db.delete(iki).where(and(eq(iki.instansiId, instansiId), inArray(iki.id, hapus)))
  for (const t of tetap.filter((x) => x.urutan !== x.sebelum))
    await db
      .update(iki)
      .set({ urutan: t.urutan })
      .where(and(eq(iki.instansiId, instansiId), eq(iki.id, t.id)))
  if (baru.length) await db.insert(iki).values(baru)
  return hapus
}

export async function setUrutan(db: Db, instansiId: string, skpId: string, ids: string[]) {
  for (const [urutan, id] of ids.entries()) {
    await db
      .update(rhk)
      .set({ urutan })
      .where(and(eq(rhk.instansiId, instansiId), eq(rhk.id, id), eq(rhk.skpId, skpId)))
  }
}

export async function hapusCatatanRhk(db: Db, instansiId: string, skpId: string) {
  await db
    .update(rhk)
    .set({ catatanPengembalian: null })
    .where(and(eq(rhk.instansiId, instansiId), eq(rhk.skpId, skpId)))
}

export async function setCatatanRhk(
  db: Db,
  instansiId: string,
  skpId: string,
  rhkId: string,
  catatan: string,
) {
  await db
    .update(rhk)
    .set({ catatanPengembalian: catatan })
    .where(and(eq(rhk.instansiId, instansiId), eq(rhk.id, rhkId), eq(rhk.skpId, skpId)))
}

/** Approved RHK of the given pegawai's SKPs in the year (the atasan's part of the intervensi candidates). */
export const listRhkDisetujui = (db: Db, instansiId: string, pegawaiId: string, tahun: number) =>
  db
    .select({ rhkId: rhk.id, deskripsi: rhk.deskripsi, jenis: rhk.jenis, pegawaiNama: pegawai.nama })
    .from(rhk)
    .innerJoin(skp, and(eq(skp.id, rhk.skpId), eq(skp.instansiId, rhk.instansiId)))
    .innerJoin(pegawai, and(eq(pegawai.id, skp.pegawaiId), eq(pegawai.instansiId, skp.instansiId)))
    .where(
      and(
        eq(rhk.instansiId, instansiId),
        eq(skp.pegawaiId, pegawaiId),
        eq(skp.tahun, tahun),
        eq(skp.status, 'disetujui'),
      ),
    )
    .orderBy(asc(skp.mulai), asc(rhk.urutan))

/** Status of the pegawai's SKPs in the year, to tell "no SKP" from "not approved yet". */
export const statusSkpPegawai = (db: Db, instansiId: string, pegawaiId: string, tahun: number) =>
  db
    .select({ status: skp.status })
    .from(skp)
    .where(and(eq(skp.instansiId, instansiId), eq(skp.pegawaiId, pegawaiId), eq(skp.tahun, tahun)))

/** The RHK of the teams (same year) the pegawai is a member of, when that RHK's SKP is approved. */
export const listRhkTim = (db: Db, instansiId: string, pegawaiId: string, tahun: number) =>
  db
    .select({
      rhkId: rhk.id,
      deskripsi: rhk.deskripsi,
      jenis: rhk.jenis,
      pegawaiNama: pegawai.nama,
      pemilikPegawaiId: skp.pegawaiId,
      ketuaPegawaiId: timKerja.ketuaPegawaiId,
      timKerjaId: timKerja.id,
    })
    .from(timKerjaAnggota)
    .innerJoin(
      timKerja,
      and(eq(timKerja.id, timKerjaAnggota.timKerjaId), eq(timKerja.instansiId, timKerjaAnggota.instansiId)),
    )
    .innerJoin(rhk, and(eq(rhk.id, timKerja.rhkId), eq(rhk.instansiId, timKerja.instansiId)))
    .innerJoin(skp, and(eq(skp.id, rhk.skpId), eq(skp.instansiId, rhk.instansiId)))
    .innerJoin(pegawai, and(eq(pegawai.id, skp.pegawaiId), eq(pegawai.instansiId, skp.instansiId)))
    .where(
      and(
        eq(timKerjaAnggota.instansiId, instansiId),
        eq(timKerjaAnggota.pegawaiId, pegawaiId),
        eq(timKerja.tahun, tahun),
        eq(skp.status, 'disetujui'),
      ),
    )

/** Is the pegawai a member of the team, in the same instansi and year? */
export async function anggotaTim(
  db: Db,
  instansiId: string,
  timKerjaId: string,
  pegawaiId: string,
  tahun: number,
) {
  const [row] = await db
    .select({ id: timKerjaAnggota.id })
    .from(timKerjaAnggota)
    .innerJoin(
      timKerja,
      and(eq(timKerja.id, timKerjaAnggota.timKerjaId), eq(timKerja.instansiId, timKerjaAnggota.instansiId)),
    )
    .where(
      and(
        eq(timKerjaAnggota.instansiId, instansiId),
        eq(timKerjaAnggota.timKerjaId, timKerjaId),
        eq(timKerjaAnggota.pegawaiId, pegawaiId),
        eq(timKerja.tahun, tahun),
      ),
    )
    .limit(1)
  return Boolean(row)
}

/**
 * DOMAIN §2 (Tim Kerja): a member's SKP carries at least one IKI for the team assignment. For each team of
 * the SKP's year the SKP owner belongs to: is there an RHK of this SKP linked to the team with ≥ 1 IKI?
 * The caller has already authorised reading the SKP.
 */
export async function cekTimKerja(db: Db, instansiId: string, skpId: string): Promise<CekTimKerjaItem[]> {
  return rows<CekTimKerjaItem>(
    db,
    sql`
    select t.id as "timKerjaId", t.nama,
      exists (select 1 from rhk r join iki i on i.rhk_id = r.id
              where r.skp_id = s.id and r.tim_kerja_id = t.id and r.instansi_id = s.instansi_id
                and i.instansi_id = s.instansi_id) as terpenuhi
    from skp s
    join tim_kerja_anggota a on a.pegawai_id = s.pegawai_id and a.instansi_id = s.instansi_id
    join tim_kerja t on t.id = a.tim_kerja_id and t.tahun = s.tahun and t.instansi_id = s.instansi_id
    where s.id = ${skpId} and s.instansi_id = ${instansiId}
    order by t.nama, t.id`,
  )
}
