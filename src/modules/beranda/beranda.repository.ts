import { sql, type SQL } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import { rows } from '../../db/rows.ts'
import type { SkpStatus } from '../../shared/enums.ts'
import type { StatusCapaian } from '../../shared/beranda.ts'
import { bebasSkp, type KolomPegawai } from './capaian-sql.ts'

/**
 * The Beranda's read model: its own few queries over skp, pegawai, penugasan, unor, akun and impor. Every
 * number is aggregated by PostgreSQL (an instansi may hold 20,000 pegawai); Node receives counts and the
 * first few rows, never a whole table. Every query is scoped by instansi_id and follows an index
 * (skp_pegawai_idx, skp_penilai_idx, penugasan_pegawai_idx / penugasan_unor_idx, impor_instansi_idx).
 */

const daftar = (ids: string[]) =>
  sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  )
const teksDaftar = (xs: string[]) =>
  xs.length === 0
    ? sql`''`
    : sql.join(
        xs.map((x) => sql`${x}`),
        sql`, `,
      )

// ---------------------------------------------------------------- pegawai

export interface SkpSayaRow {
  id: string
  status: SkpStatus
  mulai: string
  selesai: string
  catatanPengembalian: string | null
  penilaiPegawaiId: string | null
  penilaiNama: string | null
  pimpinanTertinggi: boolean
}

/** The pegawai's SKPs of the year (several after a mutasi), in period order. */
export const skpPegawaiTahun = (db: Db, instansiId: string, pegawaiId: string, tahun: number) =>
  rows<SkpSayaRow>(
    db,
    sql`select id, status, mulai::text as mulai, selesai::text as selesai,
          catatan_pengembalian as "catatanPengembalian", penilai_pegawai_id as "penilaiPegawaiId",
          snapshot -> 'penilai' ->> 'nama' as "penilaiNama",
          coalesce((snapshot ->> 'pimpinanTertinggi')::boolean, false) as "pimpinanTertinggi"
        from skp where instansi_id = ${instansiId} and pegawai_id = ${pegawaiId} and tahun = ${tahun}
        order by mulai`,
  )

export interface KeadaanPegawai {
  status: string
  statusMulai: string | null
  statusSelesai: string | null
  adaJabatan: boolean
  kepala: boolean
  atasanOverride: boolean
  lingkupUnorId: string | null
}

/**
 * The pegawai's employment status, whether they hold a position today, head a unit or are someone's
 * override atasan (the same derivation as GET /me), and the monitoring scope on the account.
 */
export async function keadaanPegawai(
  db: Db,
  instansiId: string,
  pegawaiId: string,
  akunId: string,
  tanggal: string,
) {
  const aktif = (alias: string) => {
    const a = sql.raw(alias)
    return sql`${a}.mulai <= ${tanggal} and (${a}.selesai is null or ${a}.selesai >= ${tanggal})`
  }
  const [row] = await rows<KeadaanPegawai>(
    db,
    sql`select p.status, p.status_mulai::text as "statusMulai", p.status_selesai::text as "statusSelesai",
          exists (select 1 from penugasan n where n.instansi_id = ${instansiId} and n.pegawai_id = p.id
            and ${aktif('n')}) as "adaJabatan",
          exists (select 1 from penugasan n where n.instansi_id = ${instansiId} and n.pegawai_id = p.id
            and n.is_kepala and ${aktif('n')}) as kepala,
          exists (select 1 from atasan_override o where o.instansi_id = ${instansiId}
            and o.atasan_pegawai_id = p.id and ${aktif('o')}) as "atasanOverride",
          (select a.lingkup_unor_id from akun a where a.id = ${akunId} and a.instansi_id = ${instansiId})
            as "lingkupUnorId"
        from pegawai p where p.instansi_id = ${instansiId} and p.id = ${pegawaiId}`,
  )
  return row as KeadaanPegawai | undefined
}

/** True when the pegawai has an approved SKP in the year. */
export async function adaSkpDisetujui(db: Db, instansiId: string, pegawaiId: string, tahun: number) {
  const [row] = await rows<{ ada: boolean }>(
    db,
    sql`select exists (select 1 from skp where instansi_id = ${instansiId} and pegawai_id = ${pegawaiId}
          and tahun = ${tahun} and status = 'disetujui') as ada`,
  )
  return row.ada
}

// ---------------------------------------------------------------- atasan

export interface SkpOrangRow {
  skpId: string
  pegawaiId: string
  nama: string
  nip: string
  status: SkpStatus
  diajukanAt: Date | string | null
  mulai: string
  total: number
}

/**
 * SKPs of the year naming me as penilai in the given states, with the total in the same query
 * (skp_penilai_idx: instansi, penilai, tahun, status). Submitted ones oldest submission first.
 */
export const skpMenilai = (
  db: Db,
  o: { instansiId: string; penilaiId: string; tahun: number; status: SkpStatus[]; batas: number },
) =>
  rows<SkpOrangRow>(
    db,
    sql`select s.id as "skpId", s.pegawai_id as "pegawaiId", p.nama, p.nip, s.status,
          s.diajukan_at as "diajukanAt", s.mulai::text as mulai, count(*) over ()::int as total
        from skp s join pegawai p on p.instansi_id = s.instansi_id and p.id = s.pegawai_id
        where s.instansi_id = ${o.instansiId} and s.penilai_pegawai_id = ${o.penilaiId}
          and s.tahun = ${o.tahun} and s.status in (${teksDaftar(o.status)})
        order by s.diajukan_at asc nulls last, s.created_at asc, s.id
        limit ${o.batas}`,
  )

/** How many SKPs of the year name me as penilai, per state. */
export const hitungMenilai = (db: Db, instansiId: string, penilaiId: string, tahun: number) =>
  rows<{ status: SkpStatus; jumlah: number }>(
    db,
    sql`select status, count(*)::int as jumlah from skp
        where instansi_id = ${instansiId} and penilai_pegawai_id = ${penilaiId} and tahun = ${tahun}
        group by status`,
  )

// ---------------------------------------------------------------- completion (pimpinan, admins)

export interface CapaianRow {
  kunci: string
  nama: string
  kode: string | null
  status: StatusCapaian
  jumlah: number
}

const kolomP: KolomPegawai = {
  id: sql`p.id`,
  instansiId: sql`p.instansi_id`,
  status: sql`p.status`,
  statusMulai: sql`p.status_mulai`,
  statusSelesai: sql`p.status_selesai`,
}

/**
 * Pegawai who need an SKP, counted by the status of their latest SKP of the year, grouped by unit (or by
 * instansi). "Need an SKP": holds a position today, has not left the service, and the employment status is
 * not exempt (capaian-sql.ts, the same rules the pegawai list filters with). A pegawai with several positions counts once,
 * in the unit of the definitive one. `instansiId` null = every instansi (national admin).
 */
export function capaian(
  db: Db,
  o: {
    instansiId: string | null
    tahun: number
    tanggal: string
    /** Only pegawai assigned to these units (a pimpinan's subtree). */
    akar?: string[]
    per: 'unit' | 'instansi'
  },
) {
  const lingkup = (kolom: string) => (o.instansiId ? sql`${sql.raw(kolom)} = ${o.instansiId}` : sql`true`)
  const pohon: SQL =
    o.akar && o.instansiId
      ? sql`pohon as (
          select id, 0 as d from unor where instansi_id = ${o.instansiId} and id in (${daftar(o.akar)})
          union
          select u.id, t.d + 1 from unor u join pohon t on u.parent_id = t.id
          where u.instansi_id = ${o.instansiId} and t.d < 100),`
      : sql``
  const dalamPohon = o.akar && o.instansiId ? sql`and n.unor_id in (select id from pohon)` : sql``
  const kelompok =
    o.per === 'unit'
      ? sql`select u.id as kunci, u.nama, u.kode, coalesce(s.status, 'belum_ada') as status,
              count(*)::int as jumlah
            from peg join unor u on u.instansi_id = peg.instansi_id and u.id = peg.unor_id
            left join s on s.pegawai_id = peg.pegawai_id
            group by u.id, u.nama, u.kode, coalesce(s.status, 'belum_ada')`
      : // every instansi, also one nobody in needs an SKP yet (a row with 0)
        sql`select i.id as kunci, i.nama, i.kode, coalesce(s.status, 'belum_ada') as status,
              count(peg.pegawai_id)::int as jumlah
            from instansi i left join peg on peg.instansi_id = i.id
            left join s on s.pegawai_id = peg.pegawai_id
            ${o.instansiId ? sql`where i.id = ${o.instansiId}` : sql``}
            group by i.id, i.nama, i.kode, coalesce(s.status, 'belum_ada')`
  return rows<CapaianRow>(
    db,
    sql`with recursive ${pohon}
        peg as (
          select distinct on (n.pegawai_id) n.instansi_id, n.pegawai_id, n.unor_id
          from penugasan n join pegawai p on p.instansi_id = n.instansi_id and p.id = n.pegawai_id
          where ${lingkup('n.instansi_id')} ${dalamPohon}
            and n.mulai <= ${o.tanggal} and (n.selesai is null or n.selesai >= ${o.tanggal})
            and not ${bebasSkp(kolomP, o.tahun)}
          order by n.pegawai_id, (n.jenis = 'definitif') desc, n.mulai desc, n.id
        ),
        s as (
          select distinct on (pegawai_id) pegawai_id, status from skp
          where ${lingkup('instansi_id')} and tahun = ${o.tahun}
          order by pegawai_id, mulai desc
        )
        ${kelompok}`,
  )
}

/** The units an account monitors: the scope set on the account, else the units its pegawai heads today. */
export const namaUnit = (db: Db, instansiId: string, ids: string[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : rows<{ unorId: string; nama: string }>(
        db,
        sql`select id as "unorId", nama from unor where instansi_id = ${instansiId} and id in (${daftar(ids)})
            order by nama`,
      )

export const unitDipimpin = (db: Db, instansiId: string, pegawaiId: string, tanggal: string) =>
  rows<{ unorId: string }>(
    db,
    sql`select distinct unor_id as "unorId" from penugasan where instansi_id = ${instansiId}
          and pegawai_id = ${pegawaiId} and is_kepala
          and mulai <= ${tanggal} and (selesai is null or selesai >= ${tanggal})`,
  )

// ---------------------------------------------------------------- admin instansi

/** Pegawai of the instansi no account names (akun_pegawai_idx). */
export async function jumlahTanpaAkun(db: Db, instansiId: string) {
  const [row] = await rows<{ jumlah: number }>(
    db,
    sql`select count(*)::int as jumlah from pegawai p where p.instansi_id = ${instansiId}
          and not exists (select 1 from akun a where a.pegawai_id = p.id and a.instansi_id = p.instansi_id)`,
  )
  return row.jumlah
}

export interface ImporTerakhirRow {
  id: string
  waktu: Date | string
  aktorNama: string | null
  jenis: 'pegawai' | 'unor'
  namaFile: string
  status: 'selesai' | 'ditolak'
  totalBaris: number
  barisDitulis: number
}

/** The instansi's latest recorded import run (impor_instansi_idx), with who ran it. */
export async function imporTerakhir(db: Db, instansiId: string) {
  const [row] = await rows<ImporTerakhirRow>(
    db,
    sql`select i.id, i.created_at as waktu, a.nama_tampilan as "aktorNama", i.jenis, i.nama_file as "namaFile",
          i.status, i.total_baris as "totalBaris", i.baris_ditulis as "barisDitulis"
        from impor i left join akun a on a.id = i.aktor_akun_id
        where i.instansi_id = ${instansiId}
        order by i.created_at desc, i.id desc limit 1`,
  )
  return row as ImporTerakhirRow | undefined
}
