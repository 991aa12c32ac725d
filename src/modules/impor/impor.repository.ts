/**
 * Reads for an import — each a single query over the whole file, never one per row — and the import
 * run records. Every query is scoped to the target instansi (DESIGN.md "Data and scale").
 */
import { and, desc, eq, sql, type SQL } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import { impor } from '../../db/schema/index.ts'
import { rows } from '../../db/rows.ts'
import { pgArray } from './impor-sql.ts'
import type { PegawaiAda } from './pegawai-rencana.rules.ts'
import type { JabatanAda, UnorAda } from './unor-peta.ts'

/** Imports into one instansi run one at a time: the lookups and the writes see the same state. */
export async function kunciInstansi(tx: Db, instansiId: string) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`impor:${instansiId}`}))`)
}

export type UnorAdaLengkap = UnorAda & { namaJabatanKepala: string | null }

export const muatUnor = (tx: Db, instansiId: string) =>
  rows<UnorAdaLengkap>(
    tx,
    sql`select id, parent_id as "parentId", kode, nama, nama_jabatan_kepala as "namaJabatanKepala"
        from unor where instansi_id = ${instansiId}`,
  )

export const muatJabatan = (tx: Db, instansiId: string) =>
  rows<JabatanAda>(
    tx,
    sql`select id, unor_id as "unorId", nama, jenis, jenjang, is_kepala as "isKepala"
        from jabatan where instansi_id = ${instansiId}`,
  )

type BarisPegawai = Omit<PegawaiAda, 'penugasan'> & {
  instansiId: string
  penugasanId: string | null
  unorId: string | null
  jabatanId: string | null
  mulai: string | null
}

/**
 * The pegawai with these NIPs. This instansi's come with their open definitif assignment; of another
 * instansi's only the NIP is used (to refuse touching them).
 */
export async function muatPegawaiMenurutNip(tx: Db, instansiId: string, nips: readonly string[]) {
  const hasil = await rows<BarisPegawai>(
    tx,
    sql`select p.id, p.nip, p.instansi_id as "instansiId", p.nama, p.gelar_depan as "gelarDepan",
          p.gelar_belakang as "gelarBelakang", p.jenis_kelamin as "jenisKelamin", p.tempat_lahir as "tempatLahir",
          p.tanggal_lahir::text as "tanggalLahir", p.jenis_asn as "jenisAsn", p.golongan, p.pangkat, p.status,
          p.status_mulai::text as "statusMulai", p.status_selesai::text as "statusSelesai", p.email,
          t.id as "penugasanId", t.unor_id as "unorId", t.jabatan_id as "jabatanId", t.mulai::text as mulai
        from unnest(${pgArray(nips)}::text[]) as f(nip)
        join pegawai p on p.nip = f.nip
        left join lateral (
          select id, unor_id, jabatan_id, mulai from penugasan t
          where t.instansi_id = ${instansiId} and t.pegawai_id = p.id and t.jenis = 'definitif' and t.selesai is null
          order by t.mulai desc limit 1
        ) t on p.instansi_id = ${instansiId}`,
  )
  const milik = new Map<string, PegawaiAda>()
  const instansiLain = new Set<string>()
  for (const { instansiId: inst, penugasanId, unorId, jabatanId, mulai, ...p } of hasil) {
    if (inst !== instansiId) instansiLain.add(p.nip)
    else
      milik.set(p.nip, {
        ...p,
        penugasan: penugasanId
          ? { id: penugasanId, unorId: unorId!, jabatanId: jabatanId!, mulai: mulai! }
          : null,
      })
  }
  return { milik, instansiLain }
}

export async function simpanImpor(tx: Db, row: typeof impor.$inferInsert) {
  await tx.insert(impor).values(row)
}

const RINGKAS = {
  id: impor.id,
  instansiId: impor.instansiId,
  jenis: impor.jenis,
  namaFile: impor.namaFile,
  status: impor.status,
  totalBaris: impor.totalBaris,
  barisValid: impor.barisValid,
  barisDitulis: impor.barisDitulis,
  aktorAkunId: impor.aktorAkunId,
  createdAt: impor.createdAt,
  ringkasan: sql<unknown>`${impor.laporan} -> 'ringkasan'`,
  mode: sql<string>`${impor.laporan} ->> 'mode'`,
  aktor: sql<string | null>`(select nama_tampilan from akun a where a.id = ${impor.aktorAkunId})`,
}

/** `lingkup` undefined = every instansi (national admin). Newest first. */
export async function listImpor(
  db: Db,
  lingkup: string | undefined,
  q: { page: number; pageSize: number; jenis?: string },
) {
  const cond = and(
    lingkup ? eq(impor.instansiId, lingkup) : undefined,
    q.jenis ? eq(impor.jenis, q.jenis as 'pegawai') : undefined,
  ) as SQL | undefined
  const [items, [{ total }]] = await Promise.all([
    db
      .select(RINGKAS)
      .from(impor)
      .where(cond)
      .orderBy(desc(impor.createdAt))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db
      .select({ total: sql<number>`count(*)::int` })
      .from(impor)
      .where(cond),
  ])
  return { items, total, page: q.page, pageSize: q.pageSize }
}

/** `lingkup` undefined = any instansi (national admin); otherwise only that one's runs. */
export const findImpor = async (db: Db, lingkup: string | undefined, id: string) =>
  (
    await db
      .select({ ...RINGKAS, laporan: impor.laporan })
      .from(impor)
      .where(and(eq(impor.id, id), lingkup ? eq(impor.instansiId, lingkup) : undefined))
  )[0]
