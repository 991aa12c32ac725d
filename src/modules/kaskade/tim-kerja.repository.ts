import { and, asc, count, desc, eq, exists, ilike, inArray, or, sql, type SQL } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import { iki, pegawai, rhk, skp, timKerja, timKerjaAnggota } from '../../db/schema/index.ts'
import { likeAman } from '../../db/sql-helpers.ts'
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
              and(
                eq(timKerjaAnggota.timKerjaId, timKerja.id),
                eq(timKerjaAnggota.instansiId, timKerja.instansiId),
                eq(timKerjaAnggota.pegawaiId, o.pegawaiId),
              ),
            ),
        ),
      )
    : undefined
  const cond = and(
    dalam(o.lingkup),
    terlibat,
    o.tahun ? eq(timKerja.tahun, o.tahun) : undefined,
    o.q ? ilike(timKerja.nama, `%${likeAman(o.q)}%`) : undefined,
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
export async function ringkasanTim(db: Db, lingkup: string | undefined, ids: string[]) {
  if (ids.length === 0) return []
  const rows = await db
    .select({
      tim: timKerja,
      ketuaNama: pegawai.nama,
      ketuaNip: pegawai.nip,
      rhkDeskripsi: rhk.deskripsi,
      jumlahAnggota: sql<number>`(select count(*)::int from tim_kerja_anggota a
        where a.tim_kerja_id = ${timKerja.id} and a.instansi_id = ${timKerja.instansiId})`,
    })
    .from(timKerja)
    .innerJoin(
      pegawai,
      and(eq(pegawai.id, timKerja.ketuaPegawaiId), eq(pegawai.instansiId, timKerja.instansiId)),
    )
    .leftJoin(rhk, and(eq(rhk.id, timKerja.rhkId), eq(rhk.instansiId, timKerja.instansiId)))
    .where(and(dalam(lingkup), inArray(timKerja.id, ids)))
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
      coalesce(js.nama, (select j.nama from penugasan pn
        join jabatan j on j.id = pn.jabatan_id and j.instansi_id = pn.instansi_id
        where pn.pegawai_id = a.pegawai_id and pn.instansi_id = a.instansi_id
        order by (pn.selesai is null) desc, pn.selesai desc, pn.mulai desc limit 1)) as jabatan
    from tim_kerja_anggota a
    join pegawai p on p.id = a.pegawai_id and p.instansi_id = a.instansi_id
    left join lateral (select s.* from skp s where s.pegawai_id = a.pegawai_id and s.instansi_id = a.instansi_id
      and s.tahun = ${tim.tahun} order by s.mulai desc limit 1) s on true
    left join penugasan ps on ps.id = s.penugasan_id and ps.instansi_id = a.instansi_id
    left join jabatan js on js.id = ps.jabatan_id and js.instansi_id = a.instansi_id
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
      targetTeks: iki.targetTeks,
    })
    .from(rhk)
    .innerJoin(skp, and(eq(skp.id, rhk.skpId), eq(skp.instansiId, rhk.instansiId)))
    .innerJoin(iki, and(eq(iki.rhkId, rhk.id), eq(iki.instansiId, rhk.instansiId)))
    .where(and(eq(rhk.instansiId, tim.instansiId), eq(rhk.timKerjaId, tim.id), eq(skp.tahun, tim.tahun)))
    .orderBy(asc(rhk.urutan), asc(iki.urutan))
}

/** Which of `ids` are pegawai of the instansi. */
/** The pegawai of the instansi among `ids`, with their names (id → nama). */
export async function pegawaiInstansi(db: Db, instansiId: string, ids: string[]) {
  if (ids.length === 0) return new Map<string, string>()
  const rows = await db
    .select({ id: pegawai.id, nama: pegawai.nama })
    .from(pegawai)
    .where(and(eq(pegawai.instansiId, instansiId), inArray(pegawai.id, ids)))
  return new Map(rows.map((r) => [r.id, r.nama]))
}

/** The status of each pegawai's SKP of the year (the latest period when a mutasi split it). */
export async function statusSkpTahun(db: Db, instansiId: string, tahun: number, ids: string[]) {
  if (ids.length === 0) return new Map<string, { skpId: string; status: string }>()
  const rows = await db
    .select({ pegawaiId: skp.pegawaiId, skpId: skp.id, status: skp.status, mulai: skp.mulai })
    .from(skp)
    .where(and(eq(skp.instansiId, instansiId), eq(skp.tahun, tahun), inArray(skp.pegawaiId, ids)))
    .orderBy(asc(skp.mulai))
  return new Map(rows.map((r) => [r.pegawaiId, { skpId: r.skpId, status: r.status }]))
}

export const insertTim = async (db: Db, v: typeof timKerja.$inferInsert) =>
  (await db.insert(timKerja).values(v).returning())[0]

export const updateTim = async (
  db: Db,
  instansiId: string,
  id: string,
  v: Partial<typeof timKerja.$inferInsert>,
) =>
  (
    await db
      .update(timKerja)
      .set(v)
      .where(and(eq(timKerja.instansiId, instansiId), eq(timKerja.id, id)))
      .returning()
  )[0]

export async function insertAnggota(db: Db, rows: (typeof timKerjaAnggota.$inferInsert)[]) {
  if (rows.length === 0) return []
  return db.insert(timKerjaAnggota).values(rows).onConflictDoNothing().returning()
}

export async function deleteAnggota(db: Db, instansiId: string, timId: string, pegawaiId: string) {
  const cond: SQL | undefined = and(
    eq(timKerjaAnggota.instansiId, instansiId),
    eq(timKerjaAnggota.timKerjaId, timId),
    eq(timKerjaAnggota.pegawaiId, pegawaiId),
  )
  return (await db.delete(timKerjaAnggota).where(cond).returning())[0]
}

/**
 * Candidates for a team formed by `pegawaiId` on `tanggal`: everyone assigned to a unit in the subtree of
 * the units they head, and everyone an active override puts under one of those people (or under them).
 * A superset the caller narrows with the penilai rules (dalamSubpohon); capped at `batas`.
 */
export async function calonSubpohon(
  db: Db,
  instansiId: string,
  pegawaiId: string,
  tanggal: string,
  batas: number,
) {
  const aktif = (alias: string) => {
    const x = sql.raw(alias)
    return sql`${x}.mulai <= ${tanggal}::date and (${x}.selesai is null or ${x}.selesai >= ${tanggal}::date)`
  }
  return baris<{ id: string; nama: string; nip: string }>(
    db,
    sql`with recursive unit as (
      select k.unor_id as id from penugasan k
      where k.instansi_id = ${instansiId} and k.pegawai_id = ${pegawaiId} and k.is_kepala and ${aktif('k')}
      union
      select u.id from unor u join unit on u.parent_id = unit.id where u.instansi_id = ${instansiId}
    ), orang as (
      select p.pegawai_id as id from penugasan p
      where p.instansi_id = ${instansiId} and p.unor_id in (select id from unit) and ${aktif('p')}
    ), semua as (
      select id from orang
      union
      select o.pegawai_id from atasan_override o
      where o.instansi_id = ${instansiId} and ${aktif('o')}
        and (o.atasan_pegawai_id = ${pegawaiId} or o.atasan_pegawai_id in (select id from orang))
    )
    select pg.id, pg.nama, pg.nip from semua s
    join pegawai pg on pg.id = s.id and pg.instansi_id = ${instansiId}
    where pg.id <> ${pegawaiId}
    order by pg.nama
    limit ${batas}`,
  )
}
