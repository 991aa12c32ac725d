import { sql } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import { rows } from '../../db/rows.ts'
import { iki, pengingatTerkirim, realisasi, rhk, skp } from '../../db/schema/index.ts'
import type { JenisPengingat, KODE_PERIODE } from '../../shared/enums.ts'

/** A periodic period's code (FINAL has no realisasi of its own). */
type KodePeriode = (typeof KODE_PERIODE)[number]

/** The instansi and years that have an approved SKP: where reminders can be due. */
export const listTahunAktif = (db: Db, tahun: number[]) =>
  rows<{ instansiId: string; tahun: number }>(
    db,
    sql`select distinct instansi_id as "instansiId", tahun as "tahun" from ${skp}
    where status = 'disetujui' and tahun in (${sql.join(
      tahun.map((t) => sql`${t}`),
      sql`, `,
    )})`,
  )

export interface PenerimaPengingat {
  pegawaiId: string
  /** The latest approved SKP of the period (a mutasi may give two): where the link points. */
  skpId: string
  /** IKI without realisasi for the period. */
  jumlah: number
}

/**
 * Pegawai with an approved SKP covering the period and at least one IKI without realisasi for it, who
 * have not had this reminder yet. One set-based query per instansi and period.
 */
export const listPenerima = (
  db: Db,
  o: {
    instansiId: string
    tahun: number
    jenis: JenisPengingat
    periode: { kode: KodePeriode; mulai: string; selesai: string }
  },
) =>
  rows<PenerimaPengingat>(
    db,
    sql`select s.pegawai_id as "pegawaiId", (array_agg(s.id order by s.mulai desc))[1] as "skpId",
      count(*)::int as "jumlah"
    from ${skp} s
    join ${rhk} r on r.instansi_id = s.instansi_id and r.skp_id = s.id
    join ${iki} i on i.instansi_id = r.instansi_id and i.rhk_id = r.id
    where s.instansi_id = ${o.instansiId} and s.tahun = ${o.tahun} and s.status = 'disetujui'
      and s.mulai <= ${o.periode.selesai} and s.selesai >= ${o.periode.mulai}
      and not exists (select 1 from ${realisasi} re where re.instansi_id = i.instansi_id
        and re.iki_id = i.id and re.periode = ${o.periode.kode})
      and not exists (select 1 from ${pengingatTerkirim} pt where pt.instansi_id = s.instansi_id
        and pt.pegawai_id = s.pegawai_id and pt.jenis = ${o.jenis} and pt.tahun = ${o.tahun}
        and pt.periode = ${o.periode.kode})
    group by s.pegawai_id`,
  )

/** Claim a reminder: true for the one caller that wrote the row, false for every other (already sent). */
export async function catat(
  db: Db,
  o: {
    instansiId: string
    pegawaiId: string
    jenis: JenisPengingat
    tahun: number
    periode: KodePeriode
    saat: Date
  },
) {
  const r = await db
    .insert(pengingatTerkirim)
    .values({
      instansiId: o.instansiId,
      pegawaiId: o.pegawaiId,
      jenis: o.jenis,
      tahun: o.tahun,
      periode: o.periode,
      createdAt: o.saat,
    })
    .onConflictDoNothing()
    .returning({ id: pengingatTerkirim.id })
  return r.length > 0
}
