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
}

/**
 * Exempt from an SKP in the year (DOMAIN §1): left the service, or a status in the instansi's
 * statusBebasSkp of the year; a stored list replaces the default whole (as mergePengaturan does).
 */
export const bebasSkp = (p: KolomPegawai, tahun: number) => sql`(${p.status} in ('pensiun', 'berhenti')
  or coalesce(
    (select pt.pengaturan -> 'statusBebasSkp' from pengaturan_tahun pt
      where pt.instansi_id = ${p.instansiId} and pt.tahun = ${tahun}),
    ${JSON.stringify(pengaturanBawaan(tahun).statusBebasSkp)}::jsonb) @> to_jsonb(${p.status}))`

/** Needs an SKP on `tanggal`: holds a position that day and is not exempt. */
export const wajibSkp = (p: KolomPegawai, tahun: number, tanggal: string) => sql`(exists (
    select 1 from penugasan n where n.instansi_id = ${p.instansiId} and n.pegawai_id = ${p.id}
      and n.mulai <= ${tanggal} and (n.selesai is null or n.selesai >= ${tanggal}))
  and not ${bebasSkp(p, tahun)})`

/** The status of the pegawai's latest SKP of the year (the one after a mutasi), or 'belum_ada'. */
export const statusSkpTahun = (p: KolomPegawai, tahun: number) => sql`coalesce(
  (select s.status from skp s where s.instansi_id = ${p.instansiId} and s.pegawai_id = ${p.id}
    and s.tahun = ${tahun} order by s.mulai desc limit 1), 'belum_ada')`
