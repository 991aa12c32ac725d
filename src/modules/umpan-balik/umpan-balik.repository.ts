import { and, asc, eq, sql, type SQL } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import { rows } from '../../db/rows.ts'
import { akun, pegawai, rhk, skp, timKerja, umpanBalik, umpanBalikDibaca } from '../../db/schema/index.ts'
import type { KodeBerakhlak } from '../../domain/berakhlak.ts'
import type { KODE_PERIODE, PeranUmpanBalik } from '../../shared/enums.ts'
import type { SkpSnapshot } from '../../shared/skp.ts'

/** Queries only, every one scoped by instansi (`lingkup` undefined = a national admin: any). */

export type SkpUtas = Pick<
  typeof skp.$inferSelect,
  | 'id'
  | 'instansiId'
  | 'pegawaiId'
  | 'penilaiPegawaiId'
  | 'penugasanId'
  | 'status'
  | 'tahun'
  | 'mulai'
  | 'selesai'
> & { snapshot: SkpSnapshot }

/** A thread inside an (SKP, periode): an RHK or a BerAKHLAK value. */
export interface Utas {
  instansiId: string
  skpId: string
  periode: (typeof KODE_PERIODE)[number]
  rhkId: string | null
  kodeNilai: KodeBerakhlak | null
}
/** The read-state key of a thread: the RHK id or the value's code. */
export const kunciSasaran = (u: Pick<Utas, 'rhkId' | 'kodeNilai'>) => (u.rhkId ?? u.kodeNilai) as string

export async function findSkpUtas(db: Db, lingkup: string | undefined, id: string) {
  const [row] = await db
    .select({
      id: skp.id,
      instansiId: skp.instansiId,
      pegawaiId: skp.pegawaiId,
      penilaiPegawaiId: skp.penilaiPegawaiId,
      penugasanId: skp.penugasanId,
      status: skp.status,
      tahun: skp.tahun,
      mulai: skp.mulai,
      selesai: skp.selesai,
      snapshot: skp.snapshot,
    })
    .from(skp)
    .where(and(eq(skp.id, id), lingkup ? eq(skp.instansiId, lingkup) : undefined))
  return row as SkpUtas | undefined
}

/** The RHK of this SKP and the ketua of the team it belongs to (if any). */
export async function findRhkUtas(db: Db, instansiId: string, skpId: string, rhkId: string) {
  const [row] = await db
    .select({ id: rhk.id, deskripsi: rhk.deskripsi, ketuaPegawaiId: timKerja.ketuaPegawaiId })
    .from(rhk)
    .leftJoin(timKerja, and(eq(timKerja.instansiId, rhk.instansiId), eq(timKerja.id, rhk.timKerjaId)))
    .where(and(eq(rhk.instansiId, instansiId), eq(rhk.skpId, skpId), eq(rhk.id, rhkId)))
  return row
}

const diUtas = (u: Utas): SQL =>
  and(
    eq(umpanBalik.instansiId, u.instansiId),
    eq(umpanBalik.skpId, u.skpId),
    eq(umpanBalik.periode, u.periode),
    u.rhkId ? eq(umpanBalik.rhkId, u.rhkId) : eq(umpanBalik.kodeNilai, u.kodeNilai as KodeBerakhlak),
  ) as SQL

/** The thread's comments, oldest first, with the author's name (the pegawai's, else the account's). */
export function listKomentar(db: Db, u: Utas) {
  return db
    .select({
      id: umpanBalik.id,
      isi: umpanBalik.isi,
      peranPenulis: umpanBalik.peranPenulis,
      atasNama: umpanBalik.atasNama,
      penulisAkunId: umpanBalik.penulisAkunId,
      namaPenulis: sql<string>`coalesce(${pegawai.nama}, ${akun.namaTampilan})`,
      createdAt: umpanBalik.createdAt,
      diubahAt: umpanBalik.diubahAt,
    })
    .from(umpanBalik)
    .innerJoin(akun, eq(akun.id, umpanBalik.penulisAkunId))
    .leftJoin(
      pegawai,
      and(eq(pegawai.instansiId, umpanBalik.instansiId), eq(pegawai.id, umpanBalik.penulisPegawaiId)),
    )
    .where(diUtas(u))
    .orderBy(asc(umpanBalik.createdAt), asc(umpanBalik.id))
}
export type KomentarRow = Awaited<ReturnType<typeof listKomentar>>[number]

export async function insertKomentar(
  db: Db,
  k: Utas & {
    penulisAkunId: string
    penulisPegawaiId: string | null
    peranPenulis: PeranUmpanBalik
    atasNama: boolean
    isi: string
    createdAt: Date
  },
) {
  const [row] = await db.insert(umpanBalik).values(k).returning()
  return row
}

export async function findKomentar(db: Db, lingkup: string | undefined, id: string, kunci = false) {
  const q = db
    .select()
    .from(umpanBalik)
    .where(and(eq(umpanBalik.id, id), lingkup ? eq(umpanBalik.instansiId, lingkup) : undefined))
  const [row] = kunci ? await q.for('update') : await q
  return row
}

export const updateIsi = (db: Db, instansiId: string, id: string, isi: string, diubahAt: Date) =>
  db
    .update(umpanBalik)
    .set({ isi, diubahAt })
    .where(and(eq(umpanBalik.instansiId, instansiId), eq(umpanBalik.id, id)))

export async function findDibaca(db: Db, u: Utas, akunId: string) {
  const [row] = await db
    .select({ dibacaAt: umpanBalikDibaca.dibacaAt })
    .from(umpanBalikDibaca)
    .where(
      and(
        eq(umpanBalikDibaca.akunId, akunId),
        eq(umpanBalikDibaca.instansiId, u.instansiId),
        eq(umpanBalikDibaca.skpId, u.skpId),
        eq(umpanBalikDibaca.periode, u.periode),
        eq(umpanBalikDibaca.sasaran, kunciSasaran(u)),
      ),
    )
  return row?.dibacaAt ?? null
}

/** Read up to `saat` (never moves back: a late request does not unread what was read later). */
export const tandaiDibaca = (db: Db, u: Utas, akunId: string, saat: Date) =>
  db
    .insert(umpanBalikDibaca)
    .values({
      instansiId: u.instansiId,
      skpId: u.skpId,
      periode: u.periode,
      sasaran: kunciSasaran(u),
      akunId,
      dibacaAt: saat,
    })
    .onConflictDoUpdate({
      target: [
        umpanBalikDibaca.akunId,
        umpanBalikDibaca.skpId,
        umpanBalikDibaca.periode,
        umpanBalikDibaca.sasaran,
      ],
      set: { dibacaAt: sql`greatest(${umpanBalikDibaca.dibacaAt}, excluded.dibaca_at)` },
    })

export interface BarisRingkasan {
  skpId: string
  rhkId: string | null
  kodeNilai: string | null
  jumlah: number
  belumDibaca: number
  terakhirAt: string | null
}

/**
 * Per thread of these SKPs in a period: the number of comments and of those unread by the account (written
 * by another account after the account last read that thread). One grouped query over the thread index.
 */
export function ringkasanUtas(db: Db, instansiId: string, skpIds: string[], periode: string, akunId: string) {
  if (skpIds.length === 0) return Promise.resolve([])
  return rows<BarisRingkasan>(
    db,
    sql`select u.skp_id as "skpId", u.rhk_id as "rhkId", u.kode_nilai as "kodeNilai",
        count(*)::int as jumlah,
        (count(*) filter (where u.penulis_akun_id <> ${akunId}
          and (d.dibaca_at is null or u.created_at > d.dibaca_at)))::int as "belumDibaca",
        to_char(max(u.created_at) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "terakhirAt"
      from umpan_balik u
      left join umpan_balik_dibaca d on d.akun_id = ${akunId} and d.skp_id = u.skp_id
        and d.periode = u.periode and d.sasaran = coalesce(u.rhk_id::text, u.kode_nilai)
      where u.instansi_id = ${instansiId} and u.periode = ${periode}
        and u.skp_id in (${sql.join(
          skpIds.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})
      group by u.skp_id, u.rhk_id, u.kode_nilai`,
  )
}

/** The RHK of this SKP whose team `pegawaiId` leads. */
export async function rhkKetua(db: Db, instansiId: string, skpId: string, pegawaiId: string) {
  const r = await db
    .select({ id: rhk.id })
    .from(rhk)
    .innerJoin(timKerja, and(eq(timKerja.instansiId, rhk.instansiId), eq(timKerja.id, rhk.timKerjaId)))
    .where(and(eq(rhk.instansiId, instansiId), eq(rhk.skpId, skpId), eq(timKerja.ketuaPegawaiId, pegawaiId)))
  return r.map((x) => x.id)
}
