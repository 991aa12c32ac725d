import { sql } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import { rows } from '../../db/rows.ts'
import type { KodePeriodePenilaian } from '../../shared/enums.ts'
import type { PredikatPegawai } from '../../domain/predikat.ts'

/** Queries only, every one scoped by instansi. */

export async function findUnor(db: Db, lingkup: string | undefined, id: string) {
  const [u] = await rows<{ id: string; instansiId: string; nama: string }>(
    db,
    sql`select id, instansi_id as "instansiId", nama from unor
      where id = ${id} and (${lingkup ?? null}::uuid is null or instansi_id = ${lingkup ?? null}::uuid)`,
  )
  return u
}

export interface BarisMentah {
  pegawaiId: string
  nama: string
  nip: string
  unor: string
  jabatan: string
  predikat: PredikatPegawai | null
  periode: KodePeriodePenilaian | null
}

/**
 * Every pegawai with an assignment in the unit's subtree during the month (the latest such assignment names
 * the unit and position), with the predikat of the month: the current (not superseded) final or diterima
 * periodic evaluation whose period covers the month (B<mm>, TW<q> or S<h>), the SKP in force last first.
 */
export function laporan(
  db: Db,
  o: { instansiId: string; unorId: string; tahun: number; awal: string; akhir: string; kode: string[] },
) {
  return rows<BarisMentah>(
    db,
    sql`
    with recursive pohon(id) as (
      select id from unor where instansi_id = ${o.instansiId} and id = ${o.unorId}
      union
      select u.id from unor u join pohon on u.parent_id = pohon.id where u.instansi_id = ${o.instansiId}
    ),
    anggota as (
      select distinct on (n.pegawai_id) n.pegawai_id, u.nama as unor, j.nama as jabatan
      from penugasan n
      join unor u on u.instansi_id = n.instansi_id and u.id = n.unor_id
      join jabatan j on j.instansi_id = n.instansi_id and j.id = n.jabatan_id
      where n.instansi_id = ${o.instansiId} and n.unor_id in (select id from pohon)
        and n.mulai <= ${o.akhir} and (n.selesai is null or n.selesai >= ${o.awal})
      order by n.pegawai_id, n.mulai desc, n.id
    )
    select p.id as "pegawaiId", p.nama, p.nip, a.unor, a.jabatan, e.predikat, e.periode
    from anggota a
    join pegawai p on p.instansi_id = ${o.instansiId} and p.id = a.pegawai_id
    left join lateral (
      select ev.predikat, ev.periode from evaluasi ev
      join skp s on s.instansi_id = ev.instansi_id and s.id = ev.skp_id
      where ev.instansi_id = ${o.instansiId} and ev.pegawai_id = p.id and ev.tahun = ${o.tahun}
        and ev.status in ('final', 'diterima') and ev.predikat is not null
        and ev.periode in (${sql.join(
          o.kode.map((k) => sql`${k}`),
          sql`, `,
        )})
        and s.mulai <= ${o.akhir} and s.selesai >= ${o.awal}
      order by s.mulai desc, case when ev.periode like 'B%' then 0 when ev.periode like 'TW%' then 1 else 2 end
      limit 1
    ) e on true
    order by (e.predikat is null) desc, p.nama, p.id`,
  )
}
