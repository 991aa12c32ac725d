import type { FastifyReply } from 'fastify'
import type { Db } from '../../db/client.ts'
import type { RevisiDaftar, RevisiView, SkpArsip } from '../../shared/skp-revisi.ts'
import type { Ctx } from '../../server/auth/actor.ts'
import { catatAudit } from '../../server/audit.ts'
import { sekarang } from '../../server/clock.ts'
import { notFound } from '../../server/errors.ts'
import { cariBerkas, kirimBerkas } from '../berkas/berkas.service.ts'
import type { Penyimpanan } from '../berkas/penyimpanan.ts'
import { muatSkp } from './skp-akses.ts'
import { bacaSkpLengkap } from './skp-baca.repository.ts'
import * as repo from './skp-revisi.repository.ts'
import { susunSkpView } from './skp-view.ts'
import type { SkpRow } from './skp.repository.ts'

/**
 * SKP revisions (DOMAIN §2): "once realisasi exists, a reopen makes a new SKP version (earlier versions stay
 * readable)". Reopening an approved SKP under which something was carried out (realisasi or evidence) first
 * keeps it whole: RHK/IKI, realisasi, per-period targets, rencana aksi and evidence metadata, numbered 1, 2, ….
 * While the reopened SKP is edited, an IKI whose measure is unchanged keeps its row and so its realisasi and
 * evidence (rhk.repository.ts gantiIki); a changed or deleted IKI loses them from the live SKP, and the
 * revision still shows them. Nothing under an evaluated period changes silently: it is all in the revision.
 */

const NAMA_REVISI = { id: 'Revisi SKP', en: 'SKP revision' }

/** The SKP as the revision keeps it: the page's view without the actions of the moment. */
function arsipSkp(s: Parameters<typeof susunSkpView>[0]): SkpArsip {
  const v = susunSkpView(s, [])
  return {
    id: v.id,
    tahun: v.tahun,
    mulai: v.mulai,
    selesai: v.selesai,
    pendekatan: v.pendekatan,
    varian: v.varian,
    status: v.status,
    versi: v.versi,
    diajukanAt: v.diajukanAt,
    disetujuiAt: v.disetujuiAt,
    snapshot: v.snapshot,
    rhk: v.rhk,
    perilaku: v.perilaku,
    lampiran: v.lampiran,
  }
}

/**
 * Called by the reopening (skp-alur.service.ts, inside its transaction, the SKP row locked): keeps the
 * approved SKP as revision n + 1 when anything was carried out under it; otherwise nothing to keep.
 * Returns the revision number, or null.
 */
export async function simpanRevisi(tx: Db, ctx: Ctx, s: SkpRow, alasan: string): Promise<number | null> {
  if (!(await repo.adaPelaksanaan(tx, s.instansiId, s.id))) return null
  const lengkap = await bacaSkpLengkap(tx, s.instansiId, s.id)
  if (!lengkap) throw notFound({ id: 'SKP', en: 'SKP' })
  const isi = {
    skp: arsipSkp(lengkap),
    ...(await repo.bacaPelaksanaan(tx, s.instansiId, s.id)),
    dibukaOleh: { akunId: ctx.actor.akunId, nama: ctx.actor.nama, pada: sekarang().toISOString() },
  }
  const nomor = await repo.naikkanRevisi(tx, s.instansiId, s.id)
  const [row] = await repo.insertRevisi(tx, {
    instansiId: s.instansiId,
    skpId: s.id,
    nomor,
    isi,
    alasan,
    dibuatOleh: ctx.actor.akunId,
    createdAt: sekarang(),
  })
  await catatAudit(tx, ctx, {
    instansiId: s.instansiId,
    aksi: 'revisi',
    entitas: 'skp',
    entitasId: s.id,
    sesudah: {
      revisiId: row.id,
      nomor,
      alasan,
      realisasi: isi.realisasi.length,
      bukti: isi.bukti.length,
    },
  })
  return nomor
}

const ringkas = (r: Awaited<ReturnType<typeof repo.listRevisi>>[number]) => ({
  nomor: r.nomor,
  alasan: r.alasan,
  dibukaOleh: r.dibukaOleh,
  disetujuiAt: r.disetujuiAt,
  createdAt: r.createdAt.toISOString(),
})

/** GET /skp/:id/revisi — whoever may read the SKP reads its earlier versions, newest first. */
export async function daftarRevisi(db: Db, ctx: Ctx, skpId: string): Promise<RevisiDaftar> {
  const { s } = await muatSkp(db, ctx.actor, skpId)
  return { items: (await repo.listRevisi(db, s.instansiId, s.id)).map(ringkas) }
}

async function muatRevisi(db: Db, ctx: Ctx, skpId: string, nomor: number) {
  const { s } = await muatSkp(db, ctx.actor, skpId)
  const r = await repo.findRevisi(db, s.instansiId, s.id, nomor)
  if (!r) throw notFound(NAMA_REVISI)
  return { s, r }
}

/** GET /skp/:id/revisi/:nomor — one earlier version, read-only. */
export async function bacaRevisi(db: Db, ctx: Ctx, skpId: string, nomor: number): Promise<RevisiView> {
  const { r } = await muatRevisi(db, ctx, skpId, nomor)
  return { ...ringkas(r), isi: r.isi }
}

/**
 * GET /skp/:id/revisi/:nomor/berkas/:berkasId — an evidence file the earlier version names, for whoever may
 * read the SKP (the live evidence row may be gone: its IKI changed or was deleted after the reopening).
 */
export async function unduhBerkasRevisi(
  db: Db,
  p: Penyimpanan,
  ctx: Ctx,
  a: { id: string; nomor: number; berkasId: string },
  reply: FastifyReply,
) {
  const { s, r } = await muatRevisi(db, ctx, a.id, a.nomor)
  const disebut = r.isi.bukti.some((b) => b.berkas?.id === a.berkasId)
  const f = disebut ? await cariBerkas(db, s.instansiId, a.berkasId) : undefined
  if (!f) throw notFound({ id: 'Berkas', en: 'File' })
  return kirimBerkas(reply, p, f)
}
