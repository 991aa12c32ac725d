import { and, asc, desc, eq, or, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import { akun, berkas, evaluasi, keberatan, keberatanKomentar, pegawai } from '../../db/schema/index.ts'

/** Queries only, every one scoped by instansi (`lingkup` undefined = a national admin: any). */

export type KeberatanRow = typeof keberatan.$inferSelect
export type KeberatanBaru = typeof keberatan.$inferInsert
export type EvaluasiRow = typeof evaluasi.$inferSelect
export type KomentarRow = typeof keberatanKomentar.$inferSelect

/** An evaluation version by id (FOR UPDATE when `kunci`). */
export async function findEvaluasi(db: Db, lingkup: string | undefined, id: string, kunci = false) {
  const q = db
    .select()
    .from(evaluasi)
    .where(and(eq(evaluasi.id, id), lingkup ? eq(evaluasi.instansiId, lingkup) : undefined))
  const [row] = kunci ? await q.for('update') : await q
  return row as EvaluasiRow | undefined
}

/** A keberatan with the evaluation version it objects to. */
const dasar = (db: Db) =>
  db
    .select({ k: keberatan, e: evaluasi })
    .from(keberatan)
    .innerJoin(
      evaluasi,
      and(eq(evaluasi.instansiId, keberatan.instansiId), eq(evaluasi.id, keberatan.evaluasiId)),
    )
export type KeberatanDenganEvaluasi = { k: KeberatanRow; e: EvaluasiRow }

export async function findKeberatan(db: Db, lingkup: string | undefined, id: string, kunci = false) {
  const q = dasar(db).where(
    and(eq(keberatan.id, id), lingkup ? eq(keberatan.instansiId, lingkup) : undefined),
  )
  const [row] = kunci ? await q.for('update', { of: keberatan }) : await q
  return row as KeberatanDenganEvaluasi | undefined
}

export async function findKeberatanEvaluasi(db: Db, instansiId: string, evaluasiId: string) {
  const [row] = await db
    .select()
    .from(keberatan)
    .where(and(eq(keberatan.instansiId, instansiId), eq(keberatan.evaluasiId, evaluasiId)))
  return row as KeberatanRow | undefined
}

/** Lists: filed by / rated by / decided by `pegawaiId`, or the instansi's (`pegawaiId` undefined). */
export async function listKeberatan(
  db: Db,
  lingkup: string | undefined,
  o: { pihak?: 'saya' | 'putuskan'; pegawaiId?: string; tahun?: number },
) {
  const p = o.pegawaiId ?? ''
  const pihak =
    o.pihak === 'saya'
      ? or(eq(keberatan.pegawaiId, p), eq(evaluasi.penilaiPegawaiId, p))
      : o.pihak === 'putuskan'
        ? eq(keberatan.pemutusPegawaiId, p)
        : undefined
  return (await dasar(db)
    .where(
      and(
        lingkup ? eq(keberatan.instansiId, lingkup) : undefined,
        pihak,
        o.tahun ? eq(evaluasi.tahun, o.tahun) : undefined,
      ),
    )
    .orderBy(desc(keberatan.createdAt))
    .limit(500)) as KeberatanDenganEvaluasi[]
}

/** A pegawai's keberatan (riwayat), oldest first. */
export async function listKeberatanPegawai(db: Db, instansiId: string, pegawaiId: string, tahun?: number) {
  return (await dasar(db)
    .where(
      and(
        eq(keberatan.instansiId, instansiId),
        eq(keberatan.pegawaiId, pegawaiId),
        tahun ? eq(evaluasi.tahun, tahun) : undefined,
      ),
    )
    .orderBy(asc(keberatan.createdAt))) as KeberatanDenganEvaluasi[]
}

export async function adaKeberatanTerbuka(db: Db, instansiId: string, evaluasiId: string) {
  const [row] = await db
    .select({ id: keberatan.id })
    .from(keberatan)
    .where(
      and(
        eq(keberatan.instansiId, instansiId),
        eq(keberatan.evaluasiId, evaluasiId),
        eq(keberatan.status, 'diajukan'),
      ),
    )
    .limit(1)
  return !!row
}

/** Pending keberatan `pemutusPegawaiId` decides, or (null) the non-ASN official's that admins record. */
export async function hitungMenunggu(db: Db, instansiId: string, pemutusPegawaiId: string | null) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(keberatan)
    .where(
      and(
        eq(keberatan.instansiId, instansiId),
        eq(keberatan.status, 'diajukan'),
        pemutusPegawaiId === null
          ? sql`${keberatan.pemutusPegawaiId} is null`
          : eq(keberatan.pemutusPegawaiId, pemutusPegawaiId),
      ),
    )
  return row?.n ?? 0
}

export async function insertKeberatan(db: Db, k: KeberatanBaru) {
  const [row] = await db.insert(keberatan).values(k).returning()
  return row
}

export async function updateKeberatan(db: Db, instansiId: string, id: string, set: Partial<KeberatanBaru>) {
  const [row] = await db
    .update(keberatan)
    .set({ ...set, updatedAt: sql`now()` })
    .where(and(eq(keberatan.instansiId, instansiId), eq(keberatan.id, id)))
    .returning()
  return row
}

export async function insertKomentar(db: Db, k: typeof keberatanKomentar.$inferInsert) {
  const [row] = await db.insert(keberatanKomentar).values(k).returning()
  return row
}

/** The statements of a keberatan in order, with their authors' names. */
export async function listKomentar(db: Db, instansiId: string, keberatanId: string) {
  return db
    .select({
      k: keberatanKomentar,
      nama: sql<string>`coalesce(${pegawai.nama}, ${akun.namaTampilan})`,
    })
    .from(keberatanKomentar)
    .innerJoin(akun, eq(akun.id, keberatanKomentar.penulisAkunId))
    .leftJoin(pegawai, and(eq(pegawai.instansiId, akun.instansiId), eq(pegawai.id, akun.pegawaiId)))
    .where(and(eq(keberatanKomentar.instansiId, instansiId), eq(keberatanKomentar.keberatanId, keberatanId)))
    .orderBy(asc(keberatanKomentar.createdAt), asc(keberatanKomentar.id))
    .limit(1000)
}

/** The pegawai of the instansi's active admin accounts: who hears a non-ASN official's keberatan. */
export async function pegawaiAdminInstansi(db: Db, instansiId: string) {
  const r = await db
    .selectDistinct({ pegawaiId: akun.pegawaiId })
    .from(akun)
    .where(
      and(
        eq(akun.instansiId, instansiId),
        eq(akun.aktif, true),
        sql`'admin_instansi' = any(${akun.peran})`,
        sql`${akun.pegawaiId} is not null`,
      ),
    )
    .limit(50)
  return r.map((x) => x.pegawaiId as string)
}

/** Name of the account that decided. */
export async function namaAkun(db: Db, akunId: string) {
  const [row] = await db
    .select({ nama: sql<string>`coalesce(${pegawai.nama}, ${akun.namaTampilan})` })
    .from(akun)
    .leftJoin(pegawai, and(eq(pegawai.instansiId, akun.instansiId), eq(pegawai.id, akun.pegawaiId)))
    .where(eq(akun.id, akunId))
  return row?.nama ?? null
}

/** The signed letter's name and size. */
export async function infoSurat(db: Db, instansiId: string, berkasId: string) {
  const [row] = await db
    .select({ nama: berkas.nama, ukuran: berkas.ukuran })
    .from(berkas)
    .where(and(eq(berkas.instansiId, instansiId), eq(berkas.id, berkasId)))
  return row
}
