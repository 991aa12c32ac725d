import { and, asc, eq, inArray, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import {
  bukaKunciRealisasi,
  iki,
  ikiTargetPeriode,
  pengaturanTahun,
  realisasi,
  rencanaAksi,
  rhk,
  skp,
} from '../../db/schema/index.ts'
import type { KodePeriodeRealisasi } from '../../shared/pelaksanaan.ts'
import { rows } from '../../db/rows.ts'
import { sekarang } from '../../server/clock.ts'

/** Queries only; every one takes the instansi. */

// ---------- the month-end write path ----------

const kolomMuat = {
  skpId: skp.id,
  instansiId: skp.instansiId,
  pegawaiId: skp.pegawaiId,
  status: skp.status,
  tahun: skp.tahun,
  mulai: skp.mulai,
  selesai: skp.selesai,
  ikiId: iki.id,
  targetMin: iki.targetMin,
  targetMax: iki.targetMax,
  polaritas: iki.polaritas,
  akumulasi: iki.akumulasi,
  overrideMin: ikiTargetPeriode.targetMin,
  overrideMax: ikiTargetPeriode.targetMax,
  pengaturan: pengaturanTahun.pengaturan,
  statusTahun: pengaturanTahun.status,
  dibukaSampai: sql<
    Date | string | null
  >`(select max(${bukaKunciRealisasi.berlakuSampai}) from ${bukaKunciRealisasi}
    where ${bukaKunciRealisasi.instansiId} = ${skp.instansiId} and ${bukaKunciRealisasi.skpId} = ${skp.id}
    and ${bukaKunciRealisasi.periode} = ${sql.placeholder('periode')}
    and ${bukaKunciRealisasi.berlakuSampai} > ${sql.placeholder('sekarang')})`,
}

const pilihMuat = (db: Db, dalamInstansi: boolean) =>
  db
    .select(kolomMuat)
    .from(skp)
    .leftJoin(
      iki,
      and(
        eq(iki.instansiId, skp.instansiId),
        eq(iki.id, sql.placeholder('ikiId')),
        sql`exists (select 1 from ${rhk} where ${rhk.instansiId} = ${iki.instansiId} and ${rhk.id} = ${iki.rhkId} and ${rhk.skpId} = ${skp.id})`,
      ),
    )
    .leftJoin(
      ikiTargetPeriode,
      and(
        eq(ikiTargetPeriode.instansiId, skp.instansiId),
        eq(ikiTargetPeriode.ikiId, iki.id),
        eq(ikiTargetPeriode.periode, sql.placeholder('periode')),
      ),
    )
    .leftJoin(
      pengaturanTahun,
      and(eq(pengaturanTahun.instansiId, skp.instansiId), eq(pengaturanTahun.tahun, skp.tahun)),
    )
    .where(
      dalamInstansi
        ? and(eq(skp.id, sql.placeholder('skpId')), eq(skp.instansiId, sql.placeholder('instansiId')))
        : eq(skp.id, sql.placeholder('skpId')),
    )

const siapkanMuat = (db: Db) => ({
  dalam: pilihMuat(db, true).prepare('realisasi_muat_dalam'),
  semua: pilihMuat(db, false).prepare('realisasi_muat_semua'),
})
/** Named prepared statements on the pool's connections: parsed and planned once per connection. */
const muatSiap = new WeakMap<Db, ReturnType<typeof siapkanMuat>>()

/**
 * Everything a realisasi write checks, in one prepared query: the SKP (owner, status, dates), the IKI (its
 * shape, through its RHK in that SKP), the year's settings and closed state, the period's target override and
 * whether an admin's unlock is in force now. `lingkup` undefined = national admin.
 */
export async function muatUntukRealisasi(
  db: Db,
  lingkup: string | undefined,
  skpId: string,
  ikiId: string,
  periode: KodePeriodeRealisasi,
) {
  let q = muatSiap.get(db)
  if (!q) muatSiap.set(db, (q = siapkanMuat(db)))
  const params = { skpId, ikiId, periode, instansiId: lingkup, sekarang: sekarang().toISOString() }
  const [row] = await (lingkup !== undefined ? q.dalam : q.semua).execute(params)
  if (!row) return undefined
  const d = row.dibukaSampai
  return { ...row, dibukaSampai: d === null ? null : new Date(d) }
}

export interface NilaiRealisasi {
  nilai: number | null
  nilaiTeks: string | null
  catatan: string | null
}

/** Who writes, as the audit row records them (the shape of server/audit.ts catatAudit). */
export interface PenulisAudit {
  akunId: string
  nama: string
  ip: string | null
  requestId: string | null
}

/**
 * Insert or update the period's realisasi and its audit row in ONE statement (atomic without a transaction,
 * one round trip: the month-end write path). The row is written only while the SKP is still approved (a
 * reopen that committed first wins) and, with `versi`, only when the stored row still has it; no answer =
 * stale version or SKP no longer approved.
 */
export async function simpanRealisasi(
  db: Db,
  k: { instansiId: string; skpId: string; ikiId: string; periode: KodePeriodeRealisasi },
  v: NilaiRealisasi,
  versi: number | undefined,
  oleh: PenulisAudit,
) {
  const now = sekarang().toISOString()
  const [row] = await rows<{
    id: string
    nilai: string | null
    nilaiTeks: string | null
    catatan: string | null
    versi: number
    updatedAt: string | Date
  }>(
    db,
    sql`with up as (
      insert into realisasi (instansi_id, skp_id, iki_id, periode, nilai, nilai_teks, catatan, diisi_oleh, created_at, updated_at)
      select ${k.instansiId}, ${k.skpId}, ${k.ikiId}, ${k.periode}, ${v.nilai}, ${v.nilaiTeks}, ${v.catatan}, ${oleh.akunId}, ${now}, ${now}
      where exists (select 1 from skp where skp.instansi_id = ${k.instansiId} and skp.id = ${k.skpId} and skp.status = 'disetujui')
      on conflict (iki_id, periode) do update set nilai = excluded.nilai, nilai_teks = excluded.nilai_teks,
        catatan = excluded.catatan, diisi_oleh = excluded.diisi_oleh, versi = realisasi.versi + 1,
        updated_at = excluded.updated_at
      where realisasi.instansi_id = ${k.instansiId} and (${versi ?? null}::int is null or realisasi.versi = ${versi ?? null}::int)
      returning id, nilai, nilai_teks, catatan, versi, updated_at
    ), audit as (
      insert into audit_log (instansi_id, aktor_akun_id, aktor_nama, aksi, entitas, entitas_id, sesudah, ip, request_id, waktu)
      select ${k.instansiId}, ${oleh.akunId}, ${oleh.nama}, 'isi', 'realisasi', up.id::text,
        jsonb_build_object('skpId', ${k.skpId}::text, 'ikiId', ${k.ikiId}::text, 'periode', ${k.periode}::text,
          'nilai', up.nilai, 'nilaiTeks', up.nilai_teks, 'catatan', up.catatan, 'versi', up.versi),
        ${oleh.ip}, ${oleh.requestId}, ${now}
      from up
    )
    select id, nilai, nilai_teks as "nilaiTeks", catatan, versi, updated_at as "updatedAt" from up`,
  )
  if (!row) return undefined
  return {
    ...row,
    nilai: row.nilai === null ? null : Number(row.nilai),
    updatedAt: new Date(row.updatedAt),
  }
}

export async function hapusRealisasi(
  db: Db,
  instansiId: string,
  skpId: string,
  ikiId: string,
  periode: KodePeriodeRealisasi,
) {
  const [row] = await db
    .delete(realisasi)
    .where(
      and(
        eq(realisasi.instansiId, instansiId),
        eq(realisasi.skpId, skpId),
        eq(realisasi.ikiId, ikiId),
        eq(realisasi.periode, periode),
      ),
    )
    .returning({ id: realisasi.id, nilai: realisasi.nilai, nilaiTeks: realisasi.nilaiTeks })
  return row
}

// ---------- the period view ----------

export const rhkDanIki = (db: Db, instansiId: string, skpId: string) =>
  db
    .select({
      rhkId: rhk.id,
      jenis: rhk.jenis,
      rhkUrutan: rhk.urutan,
      deskripsi: rhk.deskripsi,
      iki: iki,
    })
    .from(rhk)
    .leftJoin(iki, and(eq(iki.instansiId, rhk.instansiId), eq(iki.rhkId, rhk.id)))
    .where(and(eq(rhk.instansiId, instansiId), eq(rhk.skpId, skpId)))
    .orderBy(asc(rhk.jenis), asc(rhk.urutan), asc(rhk.createdAt), asc(iki.urutan))

export const realisasiSkp = (db: Db, instansiId: string, skpId: string) =>
  db
    .select()
    .from(realisasi)
    .where(and(eq(realisasi.instansiId, instansiId), eq(realisasi.skpId, skpId)))

export const targetPeriodeIki = (db: Db, instansiId: string, ikiIds: string[]) =>
  ikiIds.length === 0
    ? Promise.resolve([])
    : db
        .select()
        .from(ikiTargetPeriode)
        .where(and(eq(ikiTargetPeriode.instansiId, instansiId), inArray(ikiTargetPeriode.ikiId, ikiIds)))

export const rencanaAksiPeriode = (db: Db, instansiId: string, skpId: string, periode: string) =>
  db
    .select()
    .from(rencanaAksi)
    .where(
      and(
        eq(rencanaAksi.instansiId, instansiId),
        eq(rencanaAksi.skpId, skpId),
        eq(rencanaAksi.periode, periode as KodePeriodeRealisasi),
      ),
    )
    .orderBy(asc(rencanaAksi.urutan), asc(rencanaAksi.createdAt))

// ---------- rencana aksi and targets ----------

/** The RHK, when it belongs to this SKP. */
export const findRhkSkp = async (db: Db, instansiId: string, skpId: string, rhkId: string) =>
  (
    await db
      .select({ id: rhk.id })
      .from(rhk)
      .where(and(eq(rhk.instansiId, instansiId), eq(rhk.skpId, skpId), eq(rhk.id, rhkId)))
  )[0]

/** The IKI, when it belongs to this SKP (through its RHK). */
export const findIkiSkp = async (db: Db, instansiId: string, skpId: string, ikiId: string) =>
  (
    await db
      .select({ id: iki.id, targetMin: iki.targetMin, targetTeks: iki.targetTeks })
      .from(iki)
      .innerJoin(rhk, and(eq(rhk.instansiId, iki.instansiId), eq(rhk.id, iki.rhkId)))
      .where(and(eq(iki.instansiId, instansiId), eq(iki.id, ikiId), eq(rhk.skpId, skpId)))
  )[0]

export const findRencanaAksi = async (db: Db, instansiId: string, skpId: string, id: string) =>
  (
    await db
      .select()
      .from(rencanaAksi)
      .where(
        and(eq(rencanaAksi.instansiId, instansiId), eq(rencanaAksi.skpId, skpId), eq(rencanaAksi.id, id)),
      )
  )[0]

export async function insertRencanaAksi(db: Db, v: typeof rencanaAksi.$inferInsert) {
  const [{ n }] = await db
    .select({ n: sql<number>`coalesce(max(${rencanaAksi.urutan}), 0)::int` })
    .from(rencanaAksi)
    .where(
      and(
        eq(rencanaAksi.instansiId, v.instansiId),
        eq(rencanaAksi.rhkId, v.rhkId),
        eq(rencanaAksi.periode, v.periode),
      ),
    )
  return (
    await db
      .insert(rencanaAksi)
      .values({ ...v, urutan: n + 1 })
      .returning()
  )[0]
}

export const updateRencanaAksi = async (
  db: Db,
  instansiId: string,
  id: string,
  set: Partial<typeof rencanaAksi.$inferInsert>,
) =>
  (
    await db
      .update(rencanaAksi)
      .set({ ...set, updatedAt: sekarang() })
      .where(and(eq(rencanaAksi.instansiId, instansiId), eq(rencanaAksi.id, id)))
      .returning()
  )[0]

export const deleteRencanaAksi = (db: Db, instansiId: string, id: string) =>
  db.delete(rencanaAksi).where(and(eq(rencanaAksi.instansiId, instansiId), eq(rencanaAksi.id, id)))

export async function simpanTargetPeriode(
  db: Db,
  v: Omit<typeof ikiTargetPeriode.$inferInsert, 'id' | 'updatedAt'>,
) {
  const now = sekarang()
  const [row] = await db
    .insert(ikiTargetPeriode)
    .values({ ...v, updatedAt: now })
    .onConflictDoUpdate({
      target: [ikiTargetPeriode.ikiId, ikiTargetPeriode.periode],
      set: { targetMin: v.targetMin, targetMax: v.targetMax, targetTeks: v.targetTeks, updatedAt: now },
      setWhere: eq(ikiTargetPeriode.instansiId, v.instansiId),
    })
    .returning()
  return row
}

export const hapusTargetPeriode = (
  db: Db,
  instansiId: string,
  ikiId: string,
  periode: KodePeriodeRealisasi,
) =>
  db
    .delete(ikiTargetPeriode)
    .where(
      and(
        eq(ikiTargetPeriode.instansiId, instansiId),
        eq(ikiTargetPeriode.ikiId, ikiId),
        eq(ikiTargetPeriode.periode, periode),
      ),
    )
