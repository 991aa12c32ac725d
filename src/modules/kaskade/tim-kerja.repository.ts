import { and, asc, count, desc, eq, exists, ilike, inArray, or, sql, type SQL } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import { iki, pegawai, rhk, skp, timKerja, timKerjaAnggota } from '../../db/schema/index.ts'
import type { CekTimKerjaItem } from '../../shared/kaskade.ts'
import { rows as baris } from '../../db/rows.ts'

export type TimKerjaRow = typeof timKerja.$inferSelect

const dalam = (lingkup: string | undefined) => (lingkup ? eq(timKerja.instansiId, lingkup) : undefined)

/** Teams `pegawaiId` leads, belongs to or formed (undefined = every team of the scope, for admins). */
export async function listTimKerja(
  db: Db,
  o: {
    lingkup: string | undefined
    pegawaiId?: string
    tahun?: number
    q?: string
    page: number
    pageSize: number
  },
) {
  const terlibat = o.pegawaiId
    ? or(
        eq(timKerja.ketuaPegawaiId, o.pegawaiId),
        eq(timKerja.dibuatOlehPegawaiId, o.pegawaiId),
        exists(
          db
            .select({ x: sql`1` })
            .from(timKerjaAnggota)
            .where(
              and(eq(timKerjaAnggota.timKerjaId, timKerja.id), eq(timKerjaAnggota.pegawaiId, o.pegawaiId)),
            ),
        ),
      )
    : undefined
  const cond = and(
    dalam(o.lingkup),
    terlibat,
    o.tahun ? eq(timKerja.tahun, o.tahun) : undefined,
    o.q ? ilike(timKerja.nama, `%${o.q}%`) : undefined,
  )
  const [items, [{ total }]] = await Promise.all([
    db
      .select({ id: timKerja.id })
      .from(timKerja)
      .where(cond)
      .orderBy(desc(timKerja.tahun), asc(timKerja.nama), asc(timKerja.id))
      .limit(o.pageSize)
      .offset((o.page - 1) * o.pageSize),
    db.select({ total: count() }).from(timKerja).where(cond),
  ])
  return { ids: items.map((i) => i.id), total }
}

/** Teams with the ketua's name, the team RHK's text and the member count, in the order of `ids`. */
export async function ringkasanTim(db: Db, ids: string[]) {
  if (ids.length === 0) return []
  const rows = await db
    .select({
      tim: timKerja,
      ketuaNama: pegawai.nama,
      ketuaNip: pegawai.nip,
      rhkDeskripsi: rhk.deskripsi,
      jumlahAnggota: sql<number>`(select count(*)::int from tim_kerja_anggota a where a.tim_kerja_id = ${timKerja.id})`,
    })
    .from(timKerja)
    .innerJoin(pegawai, eq(pegawai.id, timKerja.ketuaPegawaiId))
    .leftJoin(rhk, eq(rhk.id, timKerja.rhkId))
    .where(inArray(timKerja.id, ids))
  const perId = new Map(rows.map((r) => [r.tim.id, r]))
  return ids.flatMap((id) => perId.get(id) ?? [])
}

export async function findTimKerja(db: Db, lingkup: string | undefined, id: string) {
  const [row] = await db
    .select()
    .from(timKerja)
    .where(and(eq(timKerja.id, id), dalam(lingkup)))
  return row
}

/** Members with name, NIP, position of their SKP of the team's year (or their current one) and that SKP. */
export async function anggotaTim(db: Db, tim: TimKerjaRow) {
  return baris<AnggotaRow>(
    db,
    sql`
    select a.pegawai_id as "pegawaiId", a.peran, p.nama, p.nip, s.id as "skpId", s.status as "skpStatus",
      coalesce(js.nama, (select j.nama from penugasan pn join jabatan j on j.id = pn.jabatan_id
        where pn.pegawai_id = a.pegawai_id and pn.instansi_id = a.instansi_id
        order by (pn.selesai is null) desc, pn.selesai desc, pn.mulai desc limit 1)) as jabatan
    from tim_kerja_anggota a
    join pegawai p on p.id = a.pegawai_id
    left join lateral (select s.* from skp s where s.pegawai_id = a.pegawai_id and s.instansi_id = a.instansi_id
      and s.tahun = ${tim.tahun} order by s.mulai desc limit 1) s on true
    left join penugasan ps on ps.id = s.penugasan_id
    left join jabatan js on js.id = ps.jabatan_id
    where a.tim_kerja_id = ${tim.id} and a.instansi_id = ${tim.instansiId}
    order by (a.pegawai_id = ${tim.ketuaPegawaiId}) desc, p.nama`,
  )
}

interface AnggotaRow {
  pegawaiId: string
  peran: string | null
  nama: string
  nip: string
  skpId: string | null
  skpStatus: string | null
  jabatan: string | null
}

/** The IKI each member's SKP (of the team's year) carries for the team: RHK with tim_kerja_id = the team. */
export async function ikiTim(db: Db, tim: TimKerjaRow) {
  return db
    .select({
      pegawaiId: skp.pegawaiId,
      rhkId: rhk.id,
      rhkDeskripsi: rhk.deskripsi,
      ikiId: iki.id,
      aspek: iki.aspek,
      indikator: iki.indikator,
      targetMin: iki.targetMin,
      targetMax: iki.targetMax,
      satuan: iki.satuan,
    })
    .from(rhk)
    .innerJoin(skp, eq(skp.id, rhk.skpId))
    .innerJoin(iki, eq(iki.rhkId, rhk.id))
    .where(and(eq(rhk.instansiId, tim.instansiId), eq(rhk.timKerjaId, tim.id), eq(skp.tahun, tim.tahun)))
    .orderBy(asc(rhk.urutan), asc(iki.urutan))
}

/** Which of `ids` are pegawai of the instansi. */
export async function pegawaiInstansi(db: Db, instansiId: string, ids: string[]) {
  if (ids.length === 0) return new Set<string>()
  const rows = await db
    .select({ id: pegawai.id })
    .from(pegawai)
    .where(and(eq(pegawai.instansiId, instansiId), inArray(pegawai.id, ids)))
  return new Set(rows.map((r) => r.id))
}

export const insertTim = async (db: Db, v: typeof timKerja.$inferInsert) =>
  (await db.insert(timKerja).values(v).returning())[0]

export const updateTim = async (db: Db, id: string, v: Partial<typeof timKerja.$inferInsert>) =>
  (await db.update(timKerja).set(v).where(eq(timKerja.id, id)).returning())[0]

export async function insertAnggota(db: Db, rows: (typeof timKerjaAnggota.$inferInsert)[]) {
  if (rows.length === 0) return []
  return db.insert(timKerjaAnggota).values(rows).onConflictDoNothing().returning()
}

export async function deleteAnggota(db: Db, timId: string, pegawaiId: string) {
  const cond: SQL | undefined = and(
    eq(timKerjaAnggota.timKerjaId, timId),
    eq(timKerjaAnggota.pegawaiId, pegawaiId),
  )
  return (await db.delete(timKerjaAnggota).where(cond).returning())[0]
}

/**
 * DOMAIN §2 (Tim Kerja): a member's SKP carries at least one IKI for the team assignment. For each team of
 * the SKP's year the SKP owner belongs to: is there an RHK of this SKP linked to the team with ≥ 1 IKI?
 * The caller has already authorised reading the SKP.
 */
export async function cekTimKerja(db: Db, skpId: string): Promise<CekTimKerjaItem[]> {
  return baris<CekTimKerjaItem>(
    db,
    sql`
    select t.id as "timKerjaId", t.nama,
      exists (select 1 from rhk r join iki i on i.rhk_id = r.id
              where r.skp_id = s.id and r.tim_kerja_id = t.id) as terpenuhi
    from skp s
    join tim_kerja_anggota a on a.pegawai_id = s.pegawai_id and a.instansi_id = s.instansi_id
    join tim_kerja t on t.id = a.tim_kerja_id and t.tahun = s.tahun and t.instansi_id = s.instansi_id
    where s.id = ${skpId}
    order by t.nama, t.id`,
  )
}
