import { and, eq, inArray, lt, or, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import { rows } from '../../db/rows.ts'
import { akun, pegawai, preferensiSurel, surel } from '../../db/schema/index.ts'
import type { Bahasa, TipeNotifikasi } from '../../shared/enums.ts'

/** Mail queries. Every one is scoped by instansi, except the sender's claim, which serves them all. */

export interface PenerimaSurel {
  email: string | null
  bahasa: Bahasa | null
  /** The person's stored choice for this type; null = the default. */
  pilihan: boolean | null
}

/** The recipient's address, language (of their account) and choice for one notification type. */
export async function findPenerima(
  db: Db,
  instansiId: string,
  pegawaiId: string,
  tipe: TipeNotifikasi,
): Promise<PenerimaSurel | undefined> {
  const [r] = await rows<PenerimaSurel>(
    db,
    sql`select p.email as "email",
      (select a.bahasa from ${akun} a where a.instansi_id = p.instansi_id and a.pegawai_id = p.id
        order by a.aktif desc, a.created_at limit 1) as "bahasa",
      (select ps.surel from ${preferensiSurel} ps where ps.instansi_id = p.instansi_id
        and ps.pegawai_id = p.id and ps.tipe = ${tipe}) as "pilihan"
    from ${pegawai} p where p.instansi_id = ${instansiId} and p.id = ${pegawaiId}`,
  )
  return r
}

export type SurelBaru = typeof surel.$inferInsert

export const insertSurel = (db: Db, s: SurelBaru) => db.insert(surel).values(s)

export interface SurelDiklaim {
  id: string
  alamat: string
  subjek: string
  teks: string
  html: string
  percobaan: number
}

/**
 * Claim up to `batas` due mails: in one statement, under `FOR UPDATE SKIP LOCKED`, so two senders never
 * take the same row; the claim counts a try and moves `kirim_setelah` to the end of the lease, so a row
 * claimed by a sender that died is tried again after the lease, and by no one before.
 */
export const klaim = (db: Db, o: { sekarang: Date; sewaSampai: Date; batas: number }) =>
  rows<SurelDiklaim>(
    db,
    sql`update ${surel} set kirim_setelah = ${o.sewaSampai}, percobaan = percobaan + 1, updated_at = ${o.sekarang}
    where id in (select id from ${surel} where status = 'antri' and kirim_setelah <= ${o.sekarang}
      order by kirim_setelah limit ${o.batas} for update skip locked)
    returning id as "id", alamat as "alamat", subjek as "subjek", teks as "teks", html as "html",
      percobaan as "percobaan"`,
  )

export const tandaiTerkirim = (db: Db, id: string, saat: Date) =>
  db
    .update(surel)
    .set({ status: 'terkirim', terkirimAt: saat, galat: null, updatedAt: saat })
    .where(eq(surel.id, id))

/** A failed try: due again at `lagi`, or given up (`lagi` null) with the error kept. */
export const tandaiGagal = (db: Db, id: string, galat: string, saat: Date, lagi: Date | null) =>
  db
    .update(surel)
    .set(lagi ? { galat, kirimSetelah: lagi, updatedAt: saat } : { status: 'gagal', galat, updatedAt: saat })
    .where(eq(surel.id, id))

/**
 * Mail kept only as long as it helps (addresses and texts are personal data): sent ones for 30 days,
 * given-up ones for 90 (an admin may look into why). Answers how many were removed.
 */
export async function bersihkan(db: Db, saat: Date) {
  const hari = (n: number) => new Date(saat.getTime() - n * 86_400_000)
  const r = await db
    .delete(surel)
    .where(
      or(
        and(eq(surel.status, 'terkirim'), lt(surel.updatedAt, hari(30))),
        and(eq(surel.status, 'gagal'), lt(surel.updatedAt, hari(90))),
      ),
    )
    .returning({ id: surel.id })
  return r.length
}

// ---------------------------------------------------------------- preferences

export async function findAlamat(db: Db, instansiId: string, pegawaiId: string) {
  const [r] = await db
    .select({ email: pegawai.email })
    .from(pegawai)
    .where(and(eq(pegawai.instansiId, instansiId), eq(pegawai.id, pegawaiId)))
  return r
}

export const listPreferensi = (db: Db, instansiId: string, pegawaiId: string) =>
  db
    .select({ tipe: preferensiSurel.tipe, surel: preferensiSurel.surel })
    .from(preferensiSurel)
    .where(and(eq(preferensiSurel.instansiId, instansiId), eq(preferensiSurel.pegawaiId, pegawaiId)))

export async function simpanPreferensi(
  db: Db,
  instansiId: string,
  pegawaiId: string,
  o: { simpan: { tipe: TipeNotifikasi; surel: boolean }[]; hapus: TipeNotifikasi[]; saat: Date },
) {
  if (o.hapus.length > 0)
    await db
      .delete(preferensiSurel)
      .where(
        and(
          eq(preferensiSurel.instansiId, instansiId),
          eq(preferensiSurel.pegawaiId, pegawaiId),
          inArray(preferensiSurel.tipe, o.hapus),
        ),
      )
  if (o.simpan.length > 0)
    await db
      .insert(preferensiSurel)
      .values(
        o.simpan.map((p) => ({ instansiId, pegawaiId, tipe: p.tipe, surel: p.surel, updatedAt: o.saat })),
      )
      .onConflictDoUpdate({
        target: [preferensiSurel.instansiId, preferensiSurel.pegawaiId, preferensiSurel.tipe],
        set: { surel: sql`excluded.surel`, updatedAt: o.saat },
      })
}
