import { and, asc, eq, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import { rows } from '../../db/rows.ts'
import { berkas, buktiDukung, iki, rhk } from '../../db/schema/index.ts'
import type { KODE_PERIODE } from '../../shared/enums.ts'
import { sekarang } from '../../server/clock.ts'

export type KodePeriode = (typeof KODE_PERIODE)[number]

export type BuktiRow = typeof buktiDukung.$inferSelect
export type BuktiBaru = typeof buktiDukung.$inferInsert

/** A piece of evidence as listed: the row and its file's metadata (none for a link). */
const kolomDaftar = {
  id: buktiDukung.id,
  ikiId: buktiDukung.ikiId,
  periode: buktiDukung.periode,
  jenis: buktiDukung.jenis,
  tautan: buktiDukung.tautan,
  keterangan: buktiDukung.keterangan,
  createdAt: buktiDukung.createdAt,
  namaBerkas: berkas.nama,
  ukuran: berkas.ukuran,
  mime: berkas.mime,
}
export async function listBukti(db: Db, instansiId: string, skpId: string, periode: KodePeriode) {
  return db
    .select(kolomDaftar)
    .from(buktiDukung)
    .leftJoin(berkas, and(eq(berkas.instansiId, buktiDukung.instansiId), eq(berkas.id, buktiDukung.berkasId)))
    .where(
      and(
        eq(buktiDukung.instansiId, instansiId),
        eq(buktiDukung.skpId, skpId),
        eq(buktiDukung.periode, periode),
      ),
    )
    .orderBy(asc(buktiDukung.ikiId), asc(buktiDukung.createdAt), asc(buktiDukung.id))
}
export type BuktiDaftarRow = Awaited<ReturnType<typeof listBukti>>[number]

/** One piece of evidence as listed (the answer of a write). */
export async function findBuktiDaftar(db: Db, instansiId: string, id: string) {
  const [row] = await db
    .select(kolomDaftar)
    .from(buktiDukung)
    .leftJoin(berkas, and(eq(berkas.instansiId, buktiDukung.instansiId), eq(berkas.id, buktiDukung.berkasId)))
    .where(and(eq(buktiDukung.instansiId, instansiId), eq(buktiDukung.id, id)))
  return row as BuktiDaftarRow | undefined
}

/**
 * Whether the IKI belongs to the SKP, how many pieces of evidence it has in the period, and whether the
 * same link is already there: one query on the write path.
 */
export async function keadaanIki(
  db: Db,
  o: { instansiId: string; skpId: string; ikiId: string; periode: KodePeriode; tautan?: string },
) {
  const [row] = await db
    .select({
      jumlah: sql<number>`(select count(*)::int from ${buktiDukung} b
        where b.instansi_id = ${o.instansiId} and b.iki_id = ${o.ikiId} and b.periode = ${o.periode})`,
      samaId: sql<string | null>`(select b.id from ${buktiDukung} b
        where b.instansi_id = ${o.instansiId} and b.iki_id = ${o.ikiId} and b.periode = ${o.periode}
          and b.tautan = ${o.tautan ?? null} limit 1)`,
    })
    .from(iki)
    .innerJoin(rhk, and(eq(rhk.instansiId, iki.instansiId), eq(rhk.id, iki.rhkId)))
    .where(and(eq(iki.instansiId, o.instansiId), eq(iki.id, o.ikiId), eq(rhk.skpId, o.skpId)))
  return row as { jumlah: number; samaId: string | null } | undefined
}

/** Who adds, as the audit row records them (the shape of server/audit.ts catatAudit). */
export interface PenulisBukti {
  akunId: string
  pegawaiId: string | null
  nama: string
  ip: string | null
  requestId: string | null
}

/**
 * A link as evidence in ONE statement (atomic without a transaction, one round trip on the month-end path):
 * the checks that can change after the caller's load (the SKP is still approved, the same link is not there
 * yet, room for one more; the IKI's place in the SKP was checked by the load and cannot change while the SKP
 * stays approved) and the insert with its audit row. Answers what it found and the new row, if one was written.
 */
export async function tambahTautan(
  db: Db,
  o: {
    instansiId: string
    skpId: string
    ikiId: string
    periode: KodePeriode
    jenis: BuktiRow['jenis']
    tautan: string
    keterangan: string | null
  },
  maks: number,
  oleh: PenulisBukti,
) {
  const now = sekarang().toISOString()
  const [row] = await rows<{
    disetujui: boolean
    jumlah: number
    id: string | null
    createdAt: string | Date | null
    samaId: string | null
    samaJenis: string | null
    samaKeterangan: string | null
    samaCreatedAt: string | Date | null
  }>(
    db,
    sql`with k as (
      select exists (select 1 from skp where skp.instansi_id = ${o.instansiId} and skp.id = ${o.skpId}
          and skp.status = 'disetujui') as disetujui,
        (select count(*)::int from bukti_dukung b where b.instansi_id = ${o.instansiId}
          and b.iki_id = ${o.ikiId} and b.periode = ${o.periode}) as jumlah,
        sama.id as sama_id, sama.jenis as sama_jenis, sama.keterangan as sama_keterangan,
        sama.created_at as sama_created_at
      from (select 1) satu left join lateral (select b.id, b.jenis, b.keterangan, b.created_at from bukti_dukung b
        where b.instansi_id = ${o.instansiId} and b.iki_id = ${o.ikiId} and b.periode = ${o.periode}
          and b.tautan = ${o.tautan} order by b.created_at limit 1) sama on true
    ), baru as (
      insert into bukti_dukung (instansi_id, skp_id, iki_id, periode, jenis, tautan, keterangan, dibuat_oleh)
      select ${o.instansiId}, ${o.skpId}, ${o.ikiId}, ${o.periode}, ${o.jenis}, ${o.tautan}, ${o.keterangan},
        ${oleh.pegawaiId}
      from k where k.disetujui and k.sama_id is null and k.jumlah < ${maks}
      returning id, created_at
    ), audit as (
      insert into audit_log (instansi_id, aktor_akun_id, aktor_nama, aksi, entitas, entitas_id, sesudah, ip, request_id, waktu)
      select ${o.instansiId}, ${oleh.akunId}, ${oleh.nama}, 'bukti_tambah', 'bukti_dukung', baru.id::text,
        jsonb_build_object('id', baru.id, 'skpId', ${o.skpId}::text, 'ikiId', ${o.ikiId}::text,
          'periode', ${o.periode}::text, 'jenis', ${o.jenis}::text, 'tautan', ${o.tautan}::text,
          'keterangan', ${o.keterangan}::text),
        ${oleh.ip}, ${oleh.requestId}, ${now}
      from baru
    )
    select k.disetujui, k.jumlah, baru.id, baru.created_at as "createdAt",
      k.sama_id as "samaId", k.sama_jenis as "samaJenis", k.sama_keterangan as "samaKeterangan",
      k.sama_created_at as "samaCreatedAt"
    from k left join baru on true`,
  )
  const sama =
    row.samaId === null
      ? null
      : {
          id: row.samaId,
          jenis: row.samaJenis as BuktiRow['jenis'],
          keterangan: row.samaKeterangan,
          createdAt: new Date(row.samaCreatedAt!),
        }
  return {
    disetujui: row.disetujui,
    jumlah: row.jumlah,
    baru: row.id === null ? null : { id: row.id, createdAt: new Date(row.createdAt!) },
    sama,
  }
}

export async function insertBukti(db: Db, values: BuktiBaru): Promise<BuktiRow> {
  const [row] = await db.insert(buktiDukung).values(values).returning()
  return row
}

export async function findBukti(db: Db, lingkup: string | undefined, id: string) {
  const [row] = await db
    .select()
    .from(buktiDukung)
    .where(and(eq(buktiDukung.id, id), lingkup ? eq(buktiDukung.instansiId, lingkup) : undefined))
  return row as BuktiRow | undefined
}

export async function deleteBukti(db: Db, instansiId: string, id: string) {
  await db.delete(buktiDukung).where(and(eq(buktiDukung.instansiId, instansiId), eq(buktiDukung.id, id)))
}
