import { sql, type AnyColumn, type SQL } from 'drizzle-orm'
import { pengaturanBawaan } from '../../domain/settings.ts'

/**
 * The SQL rules behind every SKP completion count, written once: the Beranda aggregates with them and
 * the pegawai list filters with them (GET /pegawai?statusSkp=…), so a number on the Beranda and the list it
 * links to always agree. `p` is the pegawai row: its id, instansi_id and status columns.
 */
export interface KolomPegawai {
  id: AnyColumn | SQL
  instansiId: AnyColumn | SQL
  status: AnyColumn | SQL
  /** When the status holds (inclusive, null = open): an exemption with dates (DOMAIN §1). */
  statusMulai?: AnyColumn | SQL
  statusSelesai?: AnyColumn | SQL
}

/**
 * An exemption with dates exempts the year only when it covers the whole year; a return (or a start)
 * inside the year leaves a shortened SKP to make (skp-bebas.ts).
 */
const sepanjangTahun = (p: KolomPegawai, tahun: number) =>
  p.statusMulai && p.statusSelesai
    ? sql` and (${p.statusMulai} is null or ${p.statusMulai} <= ${`${tahun}-01-01`}::date)
      and (${p.statusSelesai} is null or ${p.statusSelesai} >= ${`${tahun}-12-31`}::date)`
    : sql``

/**
 * Exempt from an SKP in the year (DOMAIN §1): left the service, or a status in the instansi's
 * statusBebasSkp of the year; a stored list replaces the default whole (as mergePengaturan does).
 */
export const bebasSkp = (p: KolomPegawai, tahun: number) => sql`(${p.status} in ('pensiun', 'berhenti')
  or coalesce(
    (select pt.pengaturan -> 'statusBebasSkp' from pengaturan_tahun pt
      where pt.instansi_id = ${p.instansiId} and pt.tahun = ${tahun}),
    ${JSON.stringify(pengaturanBawaan(tahun).statusBebasSkp)}::jsonb) @> to_jsonb(${p.status})${sepanjangTahun(p, tahun)})`

/** Needs an SKP on `tanggal`: holds a position that day and is not exempt. */
export const wajibSkp = (p: KolomPegawai, tahun: number, tanggal: string) => sql`(exists (
    select 1 from penugasan n where n.instansi_id = ${p.instansiId} and n.pegawai_id = ${p.id}
      and n.mulai <= ${tanggal} and (n.selesai is null or n.selesai >= ${tanggal}))
  and not ${bebasSkp(p, tahun)})`

/** The status of the pegawai's latest SKP of the year (the one after a mutasi), or 'belum_ada'. */
export const statusSkpTahun = (p: KolomPegawai, tahun: number) => sql`coalesce(
  (select s.status from skp s where s.instansi_id = ${p.instansiId} and s.pegawai_id = ${p.id}
    and s.tahun = ${tahun} order by s.mulai desc limit 1), 'belum_ada')`
