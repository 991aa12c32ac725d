import { sql } from 'drizzle-orm'
import type { Database, Db } from '../../db/client.ts'
import {
  PesanNotifikasi,
  type NotifikasiQuery,
  type NotifikasiView,
  type TipeNotifikasi,
} from '../../shared/notifikasi.ts'
import type { Ctx } from '../../server/auth/actor.ts'
import { awalHari, hariIni } from '../../server/clock.ts'
import { notFound } from '../../server/errors.ts'
import type { KunciQuery } from '../../shared/langsung.ts'
import { segarkan, terbitkanNotifikasi } from '../langsung/terbit.ts'
import { antrekanSurel } from '../surel/surel.antrean.ts'
import * as repo from './notifikasi.repository.ts'

const NAMA = { id: 'Notifikasi', en: 'Notification' }

/** The matter of an ATASAN_BELUM_SKP nudge: the atasan's SKP of that year (which may not exist yet). */
export const perihalSkpTahun = (pegawaiId: string, tahun: number) => `${pegawaiId}:${tahun}`

/** Stored parameters are checked on the way in: a row the web app could not render is never written. */
function periksa(n: repo.NotifikasiBaru): repo.NotifikasiBaru {
  const { tipe, parameter } = PesanNotifikasi.parse({ tipe: n.tipe, parameter: n.parameter })
  return { ...n, tipe, parameter } as repo.NotifikasiBaru
}

/**
 * A notification to send. `segarkan`: the recipient's queries it changes beyond the bell and the Beranda
 * (e.g. a thread's), refetched live in their open tabs; not stored.
 */
export type KirimNotifikasi = repo.NotifikasiBaru & { segarkan?: KunciQuery[] }

/**
 * Send an in-app notification: a type and its parameters (src/shared/notifikasi.ts), never a sentence;
 * the reader sees it in their language. Call inside the use case's transaction so it commits with the
 * change. `perihal` names the matter (e.g. the SKP id) so that `selesaikanNotifikasi` can resolve it.
 * It reaches the recipient's open tabs live (src/modules/langsung) when the transaction commits.
 */
export async function kirimNotifikasi(tx: Db, n: KirimNotifikasi) {
  const row = await repo.insertNotifikasi(tx, periksa(n))
  await terbitkanNotifikasi(tx, row, n.segarkan)
  await antrekanSurel(tx, row)
  return row
}

/**
 * Send it unless the recipient already got the same one (type + tautan) today: a nudge, not spam.
 * The advisory lock serialises concurrent callers on the same key until the transaction ends.
 */
export async function kirimNotifikasiSekaliSehari(tx: Db, n: KirimNotifikasi) {
  const kunci = `notifikasi:${n.penerimaPegawaiId}:${n.tipe}:${n.tautan ?? ''}`
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${kunci}))`)
  // "Today" is the Indonesian day (the server's clock), not the UTC one that starts at 07:00 WIB.
  if (await repo.adaNotifikasiSejak(tx, n, awalHari(hariIni()))) return null
  const row = await repo.insertNotifikasi(tx, periksa(n))
  await terbitkanNotifikasi(tx, row, n.segarkan)
  await antrekanSurel(tx, row)
  return row
}

/**
 * The matter is done: its open notifications of these types leave "new", for every recipient (so a
 * former penilai's request to approve is settled too) or for one (`penerimaPegawaiId`: a member who left
 * the team). Call in the transaction of the change that settles it. Answers how many were resolved.
 */
export async function selesaikanNotifikasi(
  tx: Db,
  instansiId: string,
  o: { tipe: TipeNotifikasi | TipeNotifikasi[]; perihal: string; penerimaPegawaiId?: string },
) {
  const rows = await repo.selesaikan(tx, instansiId, {
    ...o,
    tipe: Array.isArray(o.tipe) ? o.tipe : [o.tipe],
  })
  // Their bells count one less: live, on commit.
  if (rows.length > 0) await segarkan(tx, [...new Set(rows.map((r) => r.penerima))], [['notifikasi']])
  return rows.length
}

function pesanOf(r: repo.NotifikasiRow): NotifikasiView['pesan'] {
  if (r.tipe === null || r.parameter === null) return null
  const p = PesanNotifikasi.safeParse({ tipe: r.tipe, parameter: r.parameter })
  return p.success ? p.data : null
}

export function viewNotifikasi(r: repo.NotifikasiRow): NotifikasiView {
  const pesan = pesanOf(r)
  return {
    id: r.id,
    pesan,
    // A row written before types keeps its Indonesian text; that text is all there is to show.
    teks: pesan || r.judul === null ? null : { judul: r.judul, isi: r.isi },
    tautan: r.tautan,
    dibaca: r.dibacaAt !== null,
    dibacaAt: r.dibacaAt?.toISOString() ?? null,
    selesai: r.selesaiAt !== null,
    selesaiAt: r.selesaiAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
  }
}

/** Notifications belong to a pegawai; an account without one (a national admin) simply has none. */
export function notifikasiService({ db }: Database) {
  const pemilik = (ctx: Ctx) =>
    ctx.actor.instansiId && ctx.actor.pegawaiId
      ? { instansiId: ctx.actor.instansiId, pegawaiId: ctx.actor.pegawaiId }
      : null

  async function list(ctx: Ctx, q: NotifikasiQuery) {
    const p = pemilik(ctx)
    if (!p) return { items: [], total: 0, page: q.page, pageSize: q.pageSize, jumlahBelumDibaca: 0 }
    const r = await repo.listNotifikasi(db, { ...p, ...q })
    return {
      items: r.items.map(viewNotifikasi),
      total: r.total,
      page: q.page,
      pageSize: q.pageSize,
      jumlahBelumDibaca: r.belum,
    }
  }

  /** Read in one tab: the reader's other tabs and devices refresh their bell (live, on commit). */
  async function baca(ctx: Ctx, id: string) {
    const p = pemilik(ctx)
    if (!p) throw notFound(NAMA)
    const row = await db.transaction(async (tx) => {
      const r = await repo.tandaiDibaca(tx, p.instansiId, p.pegawaiId, id)
      if (r) await segarkan(tx, p.pegawaiId, [['notifikasi']])
      return r
    })
    if (!row) throw notFound(NAMA)
    return viewNotifikasi(row)
  }

  async function bacaSemua(ctx: Ctx) {
    const p = pemilik(ctx)
    if (!p) return { jumlah: 0 }
    const jumlah = await db.transaction(async (tx) => {
      const n = await repo.tandaiSemuaDibaca(tx, p.instansiId, p.pegawaiId)
      if (n > 0) await segarkan(tx, p.pegawaiId, [['notifikasi']])
      return n
    })
    return { jumlah }
  }

  return { list, baca, bacaSemua }
}
