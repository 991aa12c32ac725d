import { sql, type SQL } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import { rows as baris } from '../../db/rows.ts'
import { likeAman } from '../../db/sql-helpers.ts'
import { hariIniWib } from './tanggal.ts'

/**
 * The cascade graph (rhk.intervensi_rhk_id) read with recursive CTEs: one query up, one query down, for
 * any number of starting RHK. Both stay inside one instansi; depth and size are capped so corrupt data
 * (a cycle) or a whole-instansi tree cannot run away.
 */
export const MAKS_KEDALAMAN = 10
export const MAKS_SIMPUL = 5000
const MAKS_NAIK = 20

export interface BarisRhk {
  rhkId: string
  deskripsi: string
  pegawaiId: string
  pegawaiNama: string
  jabatan: string | null
  skpId: string
  skpStatus: string
  punyaAnak: boolean
  /** The owner assesses someone on a day of the SKP's period (only then can an RHK lack contributors). */
  punyaBawahan: boolean
}

const daftar = (ids: string[]) =>
  sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  )

/**
 * Does pegawai `p` (of SKP `s`) have subordinates on the SKP's reference day (today, clamped into its
 * period)? The SQL form of pegawai/hierarki.ts for a whole tree at once: an active override naming them as
 * atasan, or heading a unit in which (or in a unit directly below which) someone else is assigned.
 */
const punyaBawahan = (p: SQL, s: SQL) => {
  const t = sql`least(greatest(${hariIniWib()}::date, ${s}.mulai), ${s}.selesai)`
  const aktif = (x: SQL) => sql`${x}.mulai <= ${t} and (${x}.selesai is null or ${x}.selesai >= ${t})`
  return sql`(exists (select 1 from atasan_override o
      where o.instansi_id = ${s}.instansi_id and o.atasan_pegawai_id = ${p} and ${aktif(sql`o`)})
    or exists (select 1 from penugasan k
      where k.instansi_id = ${s}.instansi_id and k.pegawai_id = ${p} and k.is_kepala and ${aktif(sql`k`)}
      and exists (select 1 from penugasan b join unor u on u.id = b.unor_id and u.instansi_id = b.instansi_id
        where b.instansi_id = k.instansi_id and b.pegawai_id <> ${p} and ${aktif(sql`b`)}
        and (b.unor_id = k.unor_id or u.parent_id = k.unor_id))))`
}

/**
 * Labels of an RHK row: text, owner, position (of the SKP's assignment), SKP status, has contributors,
 * owner has subordinates (built per query: "today" moves).
 */
const kolomRhk = () => sql`
  r.id as "rhkId", r.deskripsi, s.pegawai_id as "pegawaiId", pg.nama as "pegawaiNama", j.nama as jabatan,
  s.id as "skpId", s.status as "skpStatus",
  exists (select 1 from rhk c where c.intervensi_rhk_id = r.id and c.instansi_id = r.instansi_id) as "punyaAnak",
  ${punyaBawahan(sql`s.pegawai_id`, sql`s`)} as "punyaBawahan"`
const gabungRhk = sql`
  join skp s on s.id = r.skp_id and s.instansi_id = r.instansi_id
  join pegawai pg on pg.id = s.pegawai_id and pg.instansi_id = r.instansi_id
  left join penugasan pn on pn.id = s.penugasan_id and pn.instansi_id = r.instansi_id
  left join jabatan j on j.id = pn.jabatan_id and j.instansi_id = r.instansi_id`

/** Each start RHK (kedalaman 0) and its intervensi chain up to the top leader's RHK. */
export async function rantaiNaik(db: Db, instansiId: string, ids: string[]) {
  if (ids.length === 0) return []
  return baris<BarisRhk & { asalId: string; kedalaman: number }>(
    db,
    sql`with recursive naik as (
      select r.id as asal_id, r.id, r.intervensi_rhk_id, 0 as kedalaman
      from rhk r where r.instansi_id = ${instansiId} and r.id in (${daftar(ids)})
      union all
      select n.asal_id, p.id, p.intervensi_rhk_id, n.kedalaman + 1
      from naik n join rhk p on p.id = n.intervensi_rhk_id
      where p.instansi_id = ${instansiId} and n.kedalaman < ${MAKS_NAIK}
    )
    select n.asal_id as "asalId", n.kedalaman, ${kolomRhk()}
    from naik n join rhk r on r.id = n.id ${gabungRhk}
    order by n.asal_id, n.kedalaman`,
  )
}

/**
 * Every RHK contributing (transitively) to the start RHK, breadth first. The LIMIT stops the recursion
 * early (PostgreSQL evaluates a WITH query only as far as it is fetched), so parents always come before
 * their children and a cut keeps whole upper levels.
 */
export async function pohonTurun(db: Db, instansiId: string, ids: string[]) {
  if (ids.length === 0) return []
  return baris<BarisRhk & { indukId: string; kedalaman: number }>(
    db,
    sql`with recursive turun as (
      select r.id, r.intervensi_rhk_id as induk_id, 1 as kedalaman
      from rhk r where r.instansi_id = ${instansiId} and r.intervensi_rhk_id in (${daftar(ids)})
      union all
      select c.id, c.intervensi_rhk_id, t.kedalaman + 1
      from turun t join rhk c on c.intervensi_rhk_id = t.id
      where c.instansi_id = ${instansiId} and t.kedalaman < ${MAKS_KEDALAMAN}
    ), terbatas as (select * from turun limit ${MAKS_SIMPUL + 1})
    select t.induk_id as "indukId", t.kedalaman, ${kolomRhk()}
    from terbatas t join rhk r on r.id = t.id ${gabungRhk}`,
  )
}

export interface BarisLevel extends BarisRhk {
  /** Direct contributors (the children shown when the node opens). */
  jumlahKontributor: number
  /** Every RHK below, at any depth (up to the depth cap). */
  jumlahTurunan: number
  /** RHK below (the node included) that nobody contributes to while their owner has subordinates. */
  jumlahTanpaKontributor: number
}

/**
 * One level of the tree, for a view that opens it level by level: the RHK selected by `pilih` (the
 * contributors of one RHK, or the RHK of one SKP) with the counts of the subtree below each of them.
 */
async function level(db: Db, instansiId: string, pilih: SQL) {
  return baris<BarisLevel>(
    db,
    sql`with recursive akar as (
      select r.id from rhk r where r.instansi_id = ${instansiId} and ${pilih}
    ), sub as (
      select a.id as akar_id, a.id, 0 as kedalaman from akar a
      union all
      select sb.akar_id, c.id, sb.kedalaman + 1
      from sub sb join rhk c on c.intervensi_rhk_id = sb.id
      where c.instansi_id = ${instansiId} and sb.kedalaman < ${MAKS_KEDALAMAN}
    ), hitung as (
      select sb.akar_id, count(*) - 1 as turunan,
        count(*) filter (where not exists (select 1 from rhk c
            where c.intervensi_rhk_id = x.id and c.instansi_id = x.instansi_id)
          and ${punyaBawahan(sql`sx.pegawai_id`, sql`sx`)}) as tanpa
      from sub sb
      join rhk x on x.id = sb.id and x.instansi_id = ${instansiId}
      join skp sx on sx.id = x.skp_id and sx.instansi_id = x.instansi_id
      group by sb.akar_id
    )
    select ${kolomRhk()},
      (select count(*) from rhk c where c.intervensi_rhk_id = r.id and c.instansi_id = r.instansi_id)::int
        as "jumlahKontributor",
      coalesce(h.turunan, 0)::int as "jumlahTurunan", coalesce(h.tanpa, 0)::int as "jumlahTanpaKontributor"
    from akar a join rhk r on r.id = a.id ${gabungRhk}
    left join hitung h on h.akar_id = r.id
    order by pg.nama, r.urutan, r.deskripsi`,
  )
}

/** The contributors of one RHK, with their subtree counts. */
export const levelAnak = (db: Db, instansiId: string, rhkId: string) =>
  level(db, instansiId, sql`r.intervensi_rhk_id = ${rhkId}`)

/** The RHK of one SKP, with their subtree counts (the first level of its tree). */
export const levelSkp = (db: Db, instansiId: string, skpId: string) =>
  level(db, instansiId, sql`r.skp_id = ${skpId}`)

/**
 * RHK below the start RHK (any depth, up to the caps) whose text or owner's name or NIP matches `q`, each
 * with its chain of ancestors from the start RHK (`jalur`, top first) so a view can open the tree to it.
 */
export async function cariTurun(db: Db, instansiId: string, ids: string[], q: string, batas: number) {
  if (ids.length === 0) return []
  const pola = `%${likeAman(q)}%`
  return baris<BarisRhk & { jalur: string[] }>(
    db,
    sql`with recursive turun as (
      select r.id, array[r.intervensi_rhk_id] as jalur, 1 as kedalaman
      from rhk r where r.instansi_id = ${instansiId} and r.intervensi_rhk_id in (${daftar(ids)})
      union all
      select c.id, t.jalur || c.intervensi_rhk_id, t.kedalaman + 1
      from turun t join rhk c on c.intervensi_rhk_id = t.id
      where c.instansi_id = ${instansiId} and t.kedalaman < ${MAKS_KEDALAMAN}
    ), terbatas as (select * from turun limit ${MAKS_SIMPUL})
    select t.jalur::text[] as jalur, ${kolomRhk()}
    from terbatas t join rhk r on r.id = t.id ${gabungRhk}
    where r.deskripsi ilike ${pola} or pg.nama ilike ${pola} or pg.nip ilike ${pola}
    order by t.kedalaman, pg.nama, r.deskripsi
    limit ${batas + 1}`,
  )
}
