import { sql } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import { rows as baris } from '../../db/rows.ts'

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
}

const daftar = (ids: string[]) =>
  sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  )

/** Labels of an RHK row: text, owner, position (of the SKP's assignment), SKP status, has contributors. */
const kolomRhk = sql`
  r.id as "rhkId", r.deskripsi, s.pegawai_id as "pegawaiId", pg.nama as "pegawaiNama", j.nama as jabatan,
  s.id as "skpId", s.status as "skpStatus",
  exists (select 1 from rhk c where c.intervensi_rhk_id = r.id and c.instansi_id = r.instansi_id) as "punyaAnak"`
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
    select n.asal_id as "asalId", n.kedalaman, ${kolomRhk}
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
    select t.induk_id as "indukId", t.kedalaman, ${kolomRhk}
    from terbatas t join rhk r on r.id = t.id ${gabungRhk}`,
  )
}
