import { sql, type SQL } from 'drizzle-orm'
import { dikecualikanPeriode } from '../../domain/penilaian.ts'
import type { Db } from '../../db/client.ts'
import { penetapanPredikat, predikatOrganisasi } from '../../db/schema/index.ts'
import { rows } from '../../db/rows.ts'
import type { PredikatOrganisasi, PredikatPegawai, Rating } from '../../domain/predikat.ts'
import type { KodePeriodePenilaian, StatusEvaluasi } from '../../shared/enums.ts'

/**
 * Reads of the curve (SE MenPANRB 3/2023): a few set-based queries whatever the unit's size, always scoped by
 * instansi_id. Who counts where: a pegawai belongs to the unit of the position of their last SKP of the year
 * that overlaps the period (a mutasi mid-period counts them where they ended it).
 */

export interface UnitRow {
  id: string
  nama: string
  parentId: string | null
  indukNama: string | null
  kepalaPegawaiId: string | null
  kepalaNama: string | null
}

/** Every unit of the instansi with its parent's name and its head today (one query). */
export const daftarUnit = (db: Db, instansiId: string, tanggal: string) =>
  rows<UnitRow>(
    db,
    sql`select u.id, u.nama, u.parent_id as "parentId", i.nama as "indukNama",
        k.pegawai_id as "kepalaPegawaiId", kp.nama as "kepalaNama"
      from unor u
      left join unor i on i.instansi_id = u.instansi_id and i.id = u.parent_id
      left join lateral (
        select n.pegawai_id from penugasan n
        where n.instansi_id = u.instansi_id and n.unor_id = u.id and n.is_kepala
          and n.mulai <= ${tanggal} and (n.selesai is null or n.selesai >= ${tanggal})
        order by (n.jenis = 'definitif') desc, n.mulai desc limit 1
      ) k on true
      left join pegawai kp on kp.instansi_id = u.instansi_id and kp.id = k.pegawai_id
      where u.instansi_id = ${instansiId}
      order by u.nama, u.id`,
  )

/** One unit's name (scoped by instansi). */
export async function namaUnit(db: Db, instansiId: string, unorId: string) {
  const [r] = await rows<{ id: string; nama: string }>(
    db,
    sql`select id, nama from unor where instansi_id = ${instansiId} and id = ${unorId}`,
  )
  return r ?? null
}

/** The units the pegawai heads today (definitif, Plt or Plh). */
export async function unitDipimpin(db: Db, instansiId: string, pegawaiId: string, tanggal: string) {
  const r = await rows<{ unorId: string }>(
    db,
    sql`select distinct n.unor_id as "unorId" from penugasan n
      where n.instansi_id = ${instansiId} and n.pegawai_id = ${pegawaiId} and n.is_kepala
        and n.mulai <= ${tanggal} and (n.selesai is null or n.selesai >= ${tanggal})`,
  )
  return r.map((x) => x.unorId)
}

/**
 * The unit the pegawai headed during the period (definitif, Plt or Plh): of the head assignments overlapping it,
 * the latest; null when none.
 */
export async function unitDipimpinSelama(
  db: Db,
  instansiId: string,
  pegawaiId: string,
  r: { mulai: string; selesai: string },
) {
  const [x] = await rows<{ unorId: string }>(
    db,
    sql`select n.unor_id as "unorId" from penugasan n
      where n.instansi_id = ${instansiId} and n.pegawai_id = ${pegawaiId} and n.is_kepala
        and n.mulai <= ${r.selesai} and (n.selesai is null or n.selesai >= ${r.mulai})
      order by n.mulai desc, (n.jenis = 'definitif') desc, n.id limit 1`,
  )
  return x?.unorId ?? null
}

export interface PredikatOrgRow {
  id: string
  unorId: string
  predikat: PredikatOrganisasi
  catatan: string | null
  ditetapkanOlehNama: string | null
  updatedAt: Date | string
}

export const predikatOrganisasiPeriode = (
  db: Db,
  instansiId: string,
  tahun: number,
  periode: KodePeriodePenilaian,
  unorIds?: string[],
) =>
  rows<PredikatOrgRow>(
    db,
    sql`select po.id, po.unor_id as "unorId", po.predikat, po.catatan, po.updated_at as "updatedAt",
        coalesce(pg.nama, a.nama_tampilan) as "ditetapkanOlehNama"
      from predikat_organisasi po
      left join akun a on a.id = po.ditetapkan_oleh_akun_id
      left join pegawai pg on pg.instansi_id = po.instansi_id and pg.id = po.ditetapkan_oleh_pegawai_id
      where po.instansi_id = ${instansiId} and po.tahun = ${tahun} and po.periode = ${periode}
        ${unorIds ? sql`and po.unor_id = any(${pgUuidArray(unorIds)})` : sql``}`,
  )

const pgUuidArray = (ids: string[]) => sql`${`{${ids.join(',')}}`}::uuid[]`

/** Locks and returns the row of a unit's predikat for the period (null when not set). */
export async function kunciPredikatOrganisasi(
  tx: Db,
  instansiId: string,
  unorId: string,
  tahun: number,
  periode: KodePeriodePenilaian,
) {
  const [r] = await rows<typeof predikatOrganisasi.$inferSelect>(
    tx,
    sql`select id, instansi_id as "instansiId", unor_id as "unorId", tahun, periode, predikat, catatan,
        ditetapkan_oleh_akun_id as "ditetapkanOlehAkunId", ditetapkan_oleh_pegawai_id as "ditetapkanOlehPegawaiId"
      from predikat_organisasi where instansi_id = ${instansiId} and unor_id = ${unorId}
        and tahun = ${tahun} and periode = ${periode} for update`,
  )
  return r ?? null
}

/** Insert or replace a unit's predikat for the period (unique per unit, year, period). */
export async function simpanPredikatOrganisasi(tx: Db, v: typeof predikatOrganisasi.$inferInsert) {
  const [r] = await tx
    .insert(predikatOrganisasi)
    .values(v)
    .onConflictDoUpdate({
      target: [
        predikatOrganisasi.instansiId,
        predikatOrganisasi.unorId,
        predikatOrganisasi.tahun,
        predikatOrganisasi.periode,
      ],
      set: {
        predikat: v.predikat,
        catatan: v.catatan ?? null,
        ditetapkanOlehAkunId: v.ditetapkanOlehAkunId,
        ditetapkanOlehPegawaiId: v.ditetapkanOlehPegawaiId ?? null,
        updatedAt: v.updatedAt,
      },
    })
    .returning()
  return r
}

/** One pegawai counted in (or left out of) a curve, with their current evaluation for the period. */
export interface AnggotaRow {
  pegawaiId: string
  nama: string
  nip: string
  unorId: string
  kepalaUnit: boolean
  jabatan: string | null
  bebas: boolean
  evaluasiId: string | null
  status: StatusEvaluasi | null
  ratingHasil: Rating | null
  ratingPerilaku: Rating | null
  predikat: PredikatPegawai | null
  revisi: number | null
  dikalibrasi: boolean
  penilaiPegawaiId: string | null
  penilaiNama: string | null
}

export interface RentangPeriode {
  tahun: number
  periode: KodePeriodePenilaian
  mulai: string
  selesai: string
  /** Statuses exempt from an SKP that year (settings.statusBebasSkp). */
  statusBebas: string[]
}

type BarisAnggota = Omit<AnggotaRow, 'bebas'> & {
  statusPegawai: string
  statusMulai: string | null
  statusSelesai: string | null
}

export type PilihAnggota = { unorIds: string[] } | { penilaiPegawaiId: string }

/**
 * The pegawai of some units (their position's unit) or of one penilai (who rates the current evaluation, else
 * the SKP's penilai) for the period, with their current evaluation version (any status except digantikan).
 * One query: the last overlapping SKP per pegawai, its position, the evaluation, the penilai's name.
 */
export async function anggotaKurva(
  db: Db,
  instansiId: string,
  r: RentangPeriode,
  pilih: PilihAnggota,
): Promise<AnggotaRow[]> {
  const calon: SQL =
    'unorIds' in pilih
      ? sql`select s2.pegawai_id from skp s2 join penugasan n2 on n2.instansi_id = s2.instansi_id and n2.id = s2.penugasan_id
          where s2.instansi_id = ${instansiId} and s2.tahun = ${r.tahun} and n2.unor_id = any(${pgUuidArray(pilih.unorIds)})
            and s2.mulai <= ${r.selesai} and s2.selesai >= ${r.mulai}`
      : sql`select s2.pegawai_id from skp s2 where s2.instansi_id = ${instansiId} and s2.tahun = ${r.tahun}
            and s2.penilai_pegawai_id = ${pilih.penilaiPegawaiId} and s2.mulai <= ${r.selesai} and s2.selesai >= ${r.mulai}
          union select e2.pegawai_id from evaluasi e2 where e2.instansi_id = ${instansiId} and e2.tahun = ${r.tahun}
            and e2.periode = ${r.periode} and e2.status <> 'digantikan' and e2.penilai_pegawai_id = ${pilih.penilaiPegawaiId}`
  const akhir: SQL =
    'unorIds' in pilih
      ? sql`n.unor_id = any(${pgUuidArray(pilih.unorIds)})`
      : sql`coalesce(e.penilai_pegawai_id, k.penilai_pegawai_id) = ${pilih.penilaiPegawaiId}`
  const hasil = await rows<BarisAnggota>(
    db,
    sql`with k as materialized (
        select distinct on (s.pegawai_id) s.id, s.pegawai_id, s.penugasan_id, s.penilai_pegawai_id
        from skp s
        where s.instansi_id = ${instansiId} and s.tahun = ${r.tahun}
          and s.mulai <= ${r.selesai} and s.selesai >= ${r.mulai}
          and s.pegawai_id in (${calon})
          and (s.status = 'disetujui' or exists (select 1 from evaluasi x where x.instansi_id = s.instansi_id
            and x.skp_id = s.id and x.periode = ${r.periode} and x.status <> 'digantikan'))
        order by s.pegawai_id, s.mulai desc, s.created_at desc
      )
      select k.pegawai_id as "pegawaiId", pg.nama, pg.nip, n.unor_id as "unorId", n.is_kepala as "kepalaUnit",
        j.nama as jabatan,
        pg.status as "statusPegawai", pg.status_mulai::text as "statusMulai",
        pg.status_selesai::text as "statusSelesai",
        e.id as "evaluasiId", e.status, e.rating_hasil as "ratingHasil", e.rating_perilaku as "ratingPerilaku",
        e.predikat, e.revisi, coalesce(jsonb_array_length(e.kalibrasi) > 0, false) as dikalibrasi,
        coalesce(e.penilai_pegawai_id, k.penilai_pegawai_id) as "penilaiPegawaiId", pn.nama as "penilaiNama"
      from k
      join pegawai pg on pg.instansi_id = ${instansiId} and pg.id = k.pegawai_id
      join penugasan n on n.instansi_id = ${instansiId} and n.id = k.penugasan_id
      left join jabatan j on j.instansi_id = ${instansiId} and j.id = n.jabatan_id
      left join evaluasi e on e.instansi_id = ${instansiId} and e.skp_id = k.id and e.periode = ${r.periode}
        and e.status <> 'digantikan'
      left join pegawai pn on pn.instansi_id = ${instansiId} and pn.id = coalesce(e.penilai_pegawai_id, k.penilai_pegawai_id)
      where ${akhir}
      order by pg.nama, pg.id`,
  )
  // Exempt over the whole period: the evaluation's own rule (src/domain/penilaian.ts), not a copy in SQL
  return hasil.map(({ statusPegawai, statusMulai, statusSelesai, ...a }) => ({
    ...a,
    bebas: dikecualikanPeriode(r, { status: statusPegawai, statusMulai, statusSelesai }, r.statusBebas),
  }))
}

export interface PenetapanRow {
  id: string
  unorId: string
  unorNama: string
  tahun: number
  periode: KodePeriodePenilaian
  versi: number
  baris: unknown
  kurva: unknown
  ditetapkanOlehNama: string | null
  createdAt: Date | string
}

const kolomPenetapan = sql`pp.id, pp.unor_id as "unorId", u.nama as "unorNama", pp.tahun, pp.periode, pp.versi,
  pp.baris, pp.kurva, coalesce(pg.nama, a.nama_tampilan) as "ditetapkanOlehNama", pp.created_at as "createdAt"`
const dariPenetapan = sql`from penetapan_predikat pp
  join unor u on u.instansi_id = pp.instansi_id and u.id = pp.unor_id
  left join akun a on a.id = pp.ditetapkan_oleh_akun_id
  left join pegawai pg on pg.instansi_id = pp.instansi_id and pg.id = pp.ditetapkan_oleh_pegawai_id`

export const daftarPenetapan = (
  db: Db,
  instansiId: string,
  unorId: string,
  tahun: number,
  periode: KodePeriodePenilaian,
) =>
  rows<PenetapanRow>(
    db,
    sql`select ${kolomPenetapan} ${dariPenetapan} where pp.instansi_id = ${instansiId} and pp.unor_id = ${unorId}
      and pp.tahun = ${tahun} and pp.periode = ${periode} order by pp.versi desc`,
  )

export async function findPenetapan(db: Db, instansiId: string | null, id: string) {
  const [r] = await rows<PenetapanRow & { instansiId: string }>(
    db,
    sql`select ${kolomPenetapan}, pp.instansi_id as "instansiId" ${dariPenetapan} where pp.id = ${id}
      ${instansiId ? sql`and pp.instansi_id = ${instansiId}` : sql``}`,
  )
  return r ?? null
}

/** The next version of the unit's penetapan for the period; serialised by an advisory lock on the key. */
export async function versiPenetapanBerikut(
  tx: Db,
  instansiId: string,
  unorId: string,
  tahun: number,
  periode: KodePeriodePenilaian,
) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`penetapan:${unorId}:${tahun}:${periode}`}))`)
  const [r] = await rows<{ versi: number }>(
    tx,
    sql`select coalesce(max(versi), 0)::int + 1 as versi from penetapan_predikat
      where instansi_id = ${instansiId} and unor_id = ${unorId} and tahun = ${tahun} and periode = ${periode}`,
  )
  return r.versi
}

export const insertPenetapan = async (tx: Db, v: typeof penetapanPredikat.$inferInsert) =>
  (await tx.insert(penetapanPredikat).values(v).returning())[0]
