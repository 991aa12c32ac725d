import { sql } from 'drizzle-orm'
import type { Database, Db } from '../../db/client.ts'
import type { NotifikasiQuery, NotifikasiView } from '../../shared/notifikasi.ts'
import type { Ctx } from '../../server/auth/actor.ts'
import { awalHari, hariIni } from '../../server/clock.ts'
import { notFound } from '../../server/errors.ts'
import * as repo from './notifikasi.repository.ts'

const NAMA = { id: 'Notifikasi', en: 'Notification' }

/**
 * Send an in-app notification. Call inside the use case's transaction so it commits with the change.
 * Other modules import this; the recipient is a pegawai of the same instansi.
 */
export function kirimNotifikasi(tx: Db, n: repo.NotifikasiBaru) {
  return repo.insertNotifikasi(tx, n)
}

/**
 * Send it unless the recipient already got the same one (jenis + tautan) today: a nudge, not spam.
 * The advisory lock serialises concurrent callers on the same key until the transaction ends.
 */
export async function kirimNotifikasiSekaliSehari(tx: Db, n: repo.NotifikasiBaru) {
  const kunci = `notifikasi:${n.penerimaPegawaiId}:${n.jenis}:${n.tautan ?? ''}`
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${kunci}))`)
  // "Today" is the Indonesian day (the server's clock), not the UTC one that starts at 07:00 WIB.
  if (await repo.adaNotifikasiSejak(tx, n, awalHari(hariIni()))) return null
  return repo.insertNotifikasi(tx, n)
}

export const viewNotifikasi = (r: repo.NotifikasiRow): NotifikasiView => ({
  id: r.id,
  jenis: r.jenis,
  judul: r.judul,
  isi: r.isi,
  tautan: r.tautan,
  dibaca: r.dibacaAt !== null,
  dibacaAt: r.dibacaAt?.toISOString() ?? null,
  createdAt: r.createdAt.toISOString(),
})

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

  async function baca(ctx: Ctx, id: string) {
    const p = pemilik(ctx)
    const row = p ? await repo.tandaiDibaca(db, p.instansiId, p.pegawaiId, id) : undefined
    if (!row) throw notFound(NAMA)
    return viewNotifikasi(row)
  }

  async function bacaSemua(ctx: Ctx) {
    const p = pemilik(ctx)
    return { jumlah: p ? await repo.tandaiSemuaDibaca(db, p.instansiId, p.pegawaiId) : 0 }
  }

  return { list, baca, bacaSemua }
}
