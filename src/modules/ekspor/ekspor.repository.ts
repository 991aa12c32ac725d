import { sql } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import { rows } from '../../db/rows.ts'
import type { KodePeriodePenilaian } from '../../shared/enums.ts'
import type { Rating, PredikatPegawai } from '../../domain/predikat.ts'

/**
 * Reads of the SIASN export, always scoped by instansi. Pages by keyset (never offset) on the pegawai id, the
 * order of the index evaluasi_pegawai_idx (instansi_id, pegawai_id, tahun): each page reads only its own rows,
 * so an export of N rows costs linear time (a NIP order would sort every remaining row on every page). The
 * caller writes each page out before asking for the next.
 */

/** A current final evaluation: status final or diterima (a replaced version is status digantikan). */
const FINAL = sql`e.status in ('final', 'diterima')`

export interface BarisEvaluasiFinal {
  pegawaiId: string
  nip: string
  ratingHasil: Rating
  ratingPerilaku: Rating
  predikat: PredikatPegawai
  namaPenilai: string | null
  nipPenilai: string | null
  golonganPenilai: string | null
  jabatanPenilai: string | null
  unorPenilai: string | null
}

/**
 * One page of yearly results, by pegawai after `setelah` (a pegawai id): per pegawai the FINAL evaluation of their last SKP of
 * the year (latest end date), whose snapshot names the last penilai (DOMAIN §5: with several SKPs in a year,
 * the last penilai sets the annual rating).
 */
export const halamanTahunan = (db: Db, instansiId: string, tahun: number, setelah: string, batas: number) =>
  rows<BarisEvaluasiFinal>(
    db,
    sql`select distinct on (e.pegawai_id) e.pegawai_id as "pegawaiId", p.nip,
          e.rating_hasil as "ratingHasil", e.rating_perilaku as "ratingPerilaku", e.predikat,
          e.snapshot->'penilai'->>'nama' as "namaPenilai", e.snapshot->'penilai'->>'nip' as "nipPenilai",
          e.snapshot->'penilai'->>'golongan' as "golonganPenilai",
          e.snapshot->'penilai'->>'jabatan' as "jabatanPenilai",
          e.snapshot->'penilai'->>'unor' as "unorPenilai"
        from evaluasi e
        join pegawai p on p.instansi_id = e.instansi_id and p.id = e.pegawai_id
        join skp s on s.instansi_id = e.instansi_id and s.id = e.skp_id
        where e.instansi_id = ${instansiId} and e.tahun = ${tahun} and e.periode = 'FINAL' and ${FINAL}
          and e.predikat is not null and e.pegawai_id > ${setelah}::uuid
        order by e.pegawai_id, s.selesai desc, s.mulai desc, e.difinalisasi_at desc nulls last
        limit ${batas}`,
  )

export interface BarisEvaluasiPeriodik {
  id: string
  pegawaiId: string
  nip: string
  periode: KodePeriodePenilaian
  ratingHasil: Rating
  ratingPerilaku: Rating
  predikat: PredikatPegawai
  mulai: string | null
  selesai: string | null
  jenjang: string | null
}

export interface KunciPeriodik {
  pegawaiId: string
  periode: string
  id: string
}

/** One page of periodic results (every final periodic evaluation of the year), by (pegawai, period, id). */
export const halamanPeriodik = (
  db: Db,
  instansiId: string,
  tahun: number,
  setelah: KunciPeriodik,
  batas: number,
) =>
  rows<BarisEvaluasiPeriodik>(
    db,
    sql`select e.id, e.pegawai_id as "pegawaiId", p.nip, e.periode, e.rating_hasil as "ratingHasil", e.rating_perilaku as "ratingPerilaku",
          e.predikat, e.snapshot->>'mulai' as mulai, e.snapshot->>'selesai' as selesai,
          e.snapshot->>'jenjang' as jenjang
        from evaluasi e
        join pegawai p on p.instansi_id = e.instansi_id and p.id = e.pegawai_id
        where e.instansi_id = ${instansiId} and e.tahun = ${tahun} and e.periode <> 'FINAL' and ${FINAL}
          and e.predikat is not null
          and (e.pegawai_id, e.periode, e.id) > (${setelah.pegawaiId}::uuid, ${setelah.periode}, ${setelah.id}::uuid)
        order by e.pegawai_id, e.periode, e.id
        limit ${batas}`,
  )

/** How many rows the export will have and how many pegawai with an approved SKP of the year it leaves out. */
export async function hitung(db: Db, instansiId: string, tahun: number, tahunan: boolean) {
  const periode = tahunan ? sql`e.periode = 'FINAL'` : sql`e.periode <> 'FINAL'`
  const [r] = await rows<{ baris: number; tanpa: number }>(
    db,
    sql`with ev as (
          select e.pegawai_id from evaluasi e
          where e.instansi_id = ${instansiId} and e.tahun = ${tahun} and ${periode} and ${FINAL}
            and e.predikat is not null)
        select
          (${tahunan ? sql`(select count(distinct pegawai_id) from ev)` : sql`(select count(*) from ev)`})::int
            as baris,
          (select count(distinct s.pegawai_id) from skp s
            where s.instansi_id = ${instansiId} and s.tahun = ${tahun} and s.status = 'disetujui'
              and not exists (select 1 from ev where ev.pegawai_id = s.pegawai_id))::int as tanpa`,
  )
  return r
}

export const cariInstansiEkspor = async (db: Db, by: { id: string } | { kode: string }) =>
  (
    await rows<{ id: string; kode: string; nama: string }>(
      db,
      sql`select id, kode, nama from instansi
          where ${'id' in by ? sql`id::text = ${by.id}` : sql`kode = ${by.kode}`}`,
    )
  )[0]
