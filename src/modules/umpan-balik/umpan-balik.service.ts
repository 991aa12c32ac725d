import type { Db } from '../../db/client.ts'
import { berakhlakUntukTahun, type KodeBerakhlak } from '../../domain/berakhlak.ts'
import { daftarPeriode } from '../../domain/periode.ts'
import { batasUbahUmpanBalik, bolehUbahUmpanBalik } from '../../domain/umpan-balik.ts'
import type {
  KomentarView,
  RingkasanUmpanBalik,
  UmpanBalikCreate,
  UmpanBalikUpdate,
  UtasQuery,
  UtasView,
} from '../../shared/umpan-balik.ts'
import type { Ctx } from '../../server/auth/actor.ts'
import { catatAudit } from '../../server/audit.ts'
import { sekarang } from '../../server/clock.ts'
import { AppError, conflict, fieldError, forbidden, notFound } from '../../server/errors.ts'
import { segarkan } from '../langsung/terbit.ts'
import { kirimNotifikasi, selesaikanNotifikasi } from '../notifikasi/notifikasi.service.ts'
import { pengaturanBerlaku } from '../skp/pengaturan.service.ts'
import { lingkupSkp } from '../skp/skp.policy.ts'
import { aksesUtas, penerimaUtas } from './umpan-balik.policy.ts'
import * as repo from './umpan-balik.repository.ts'

const NAMA_SKP = { id: 'SKP', en: 'SKP' }
const NAMA_RHK = { id: 'RHK', en: 'RHK' }
const NAMA_KOMENTAR = { id: 'Umpan balik', en: 'Feedback' }

/** The web page that shows the thread (the realisasi page of the period) and a notification's matter. */
export const tautanUtas = (skpId: string, periode: string) => `/skp/${skpId}/realisasi?periode=${periode}`
const perihalUtas = (u: repo.Utas) => `umpan-balik:${u.skpId}:${u.periode}:${repo.kunciSasaran(u)}`

async function muatSkp(db: Db, ctx: Ctx, skpId: string) {
  const s = await repo.findSkpUtas(db, lingkupSkp(ctx.actor), skpId)
  if (!s) throw notFound(NAMA_SKP)
  return s
}

/** Feedback is "at any time" of the SKP (DOMAIN §4): any period of its year that overlaps the SKP's dates. */
async function periksaPeriode(db: Db, s: repo.SkpUtas, periode: string) {
  const p = await pengaturanBerlaku(db, s.instansiId, s.tahun)
  const ada = p
    ? daftarPeriode(s.tahun, p.periodePenilaian).find(
        (x) => x.kode === periode && x.kode !== 'FINAL' && x.mulai <= s.selesai && x.selesai >= s.mulai,
      )
    : undefined
  if (!ada)
    throw fieldError('UMPAN_BALIK.PERIODE_TIDAK_ADA', 'periode', {
      id: 'Periode ini bukan periode penilaian SKP ini.',
      en: 'This period is not an evaluation period of this SKP.',
    })
}

/** Loads the SKP and the thread's subject; answers the actor's part in it. */
async function muatUtas(
  db: Db,
  ctx: Ctx,
  skpId: string,
  q: { periode: repo.Utas['periode']; rhkId?: string; kodeNilai?: KodeBerakhlak },
) {
  const s = await muatSkp(db, ctx, skpId)
  const rhk = q.rhkId ? await repo.findRhkUtas(db, s.instansiId, s.id, q.rhkId) : undefined
  if (q.rhkId && !rhk) throw notFound(NAMA_RHK)
  const akses = await aksesUtas(db, ctx.actor, s, rhk?.ketuaPegawaiId ?? null)
  await periksaPeriode(db, s, q.periode)
  const u: repo.Utas = {
    instansiId: s.instansiId,
    skpId: s.id,
    periode: q.periode,
    rhkId: q.rhkId ?? null,
    kodeNilai: q.kodeNilai ?? null,
  }
  const nilai = q.kodeNilai
    ? berakhlakUntukTahun(s.tahun)?.nilai.find((n) => n.kode === q.kodeNilai)
    : undefined
  return { s, u, akses, rhk, judul: rhk?.deskripsi ?? nilai?.nama ?? q.kodeNilai ?? '' }
}

function viewKomentar(ctx: Ctx, r: repo.KomentarRow, dibacaAt: Date | null, kini: Date): KomentarView {
  const milik = r.penulisAkunId === ctx.actor.akunId
  return {
    id: r.id,
    isi: r.isi,
    penulis: { nama: r.namaPenulis, peran: r.peranPenulis, atasNama: r.atasNama },
    milikSaya: milik,
    createdAt: r.createdAt.toISOString(),
    diubahAt: r.diubahAt?.toISOString() ?? null,
    bolehUbahSampai:
      milik && bolehUbahUmpanBalik(r.createdAt, kini) ? batasUbahUmpanBalik(r.createdAt).toISOString() : null,
    baru: !milik && (dibacaAt === null || r.createdAt > dibacaAt),
  }
}

/** GET /skp/:id/umpan-balik — one thread, oldest first, with what is new for this reader. */
export async function bacaUtas(db: Db, ctx: Ctx, skpId: string, q: UtasQuery): Promise<UtasView> {
  const { u, akses, judul } = await muatUtas(db, ctx, skpId, q)
  const [items, dibacaAt] = [await repo.listKomentar(db, u), await repo.findDibaca(db, u, ctx.actor.akunId)]
  const kini = sekarang()
  const komentar = items.map((r) => viewKomentar(ctx, r, dibacaAt, kini))
  return {
    skpId: u.skpId,
    periode: u.periode,
    rhkId: u.rhkId,
    kodeNilai: u.kodeNilai,
    judul,
    items: komentar,
    belumDibaca: komentar.filter((k) => k.baru).length,
    bolehTulis: akses.peran !== null,
    sekarang: kini.toISOString(),
  }
}

/** POST /skp/:id/umpan-balik — a comment, any period, locked realisasi or not; the others are told. */
export async function tulisUmpanBalik(db: Db, ctx: Ctx, skpId: string, input: UmpanBalikCreate) {
  return db.transaction(async (tx) => {
    const { s, u, akses, rhk, judul } = await muatUtas(tx, ctx, skpId, input)
    if (!akses.peran)
      throw forbidden({
        id: 'Anda hanya dapat membaca umpan balik ini.',
        en: 'You may only read this feedback.',
      })
    if (s.status !== 'disetujui')
      throw conflict('UMPAN_BALIK.SKP_BELUM_DISETUJUI', {
        id: 'Umpan balik diberikan atas SKP yang telah disetujui.',
        en: 'Feedback is given on an approved SKP.',
      })
    const kini = sekarang()
    const penulisPegawaiId = ctx.actor.instansiId === s.instansiId ? ctx.actor.pegawaiId : null
    const row = await repo.insertKomentar(tx, {
      ...u,
      penulisAkunId: ctx.actor.akunId,
      penulisPegawaiId,
      peranPenulis: akses.peran,
      atasNama: akses.atasNama,
      isi: input.isi,
      createdAt: kini,
    })
    // The author has read their own thread up to their own comment.
    await repo.tandaiDibaca(tx, u, ctx.actor.akunId, kini)
    await catatAudit(tx, ctx, {
      instansiId: s.instansiId,
      aksi: 'umpan_balik_tulis',
      entitas: 'skp',
      entitasId: s.id,
      sesudah: { id: row.id, periode: u.periode, rhkId: u.rhkId, kodeNilai: u.kodeNilai, peran: akses.peran },
    })
    for (const penerima of penerimaUtas(s, rhk?.ketuaPegawaiId ?? null, penulisPegawaiId)) {
      await kirimNotifikasi(tx, {
        instansiId: s.instansiId,
        penerimaPegawaiId: penerima,
        tipe: 'UMPAN_BALIK_BARU',
        parameter: {
          nama: ctx.actor.nama.slice(0, 300) || '-',
          peran: akses.peran,
          periode: u.periode,
          tentang: judul.slice(0, 2000),
          cuplikan: input.isi.slice(0, 200),
        },
        tautan: tautanUtas(s.id, u.periode),
        perihal: perihalUtas(u),
        // the unread counts the realisasi pages show beside each RHK and each subordinate
        segarkan: [
          ['pelaksanaan', s.id],
          ['pelaksanaan', 'bawahan'],
        ],
      })
    }
    const [baru] = (await repo.listKomentar(tx, u)).filter((k) => k.id === row.id)
    return viewKomentar(ctx, baru, kini, kini)
  })
}

/** PATCH /umpan-balik/:id — the author corrects a comment within 15 minutes; the old text stays in the audit. */
export async function ubahUmpanBalik(db: Db, ctx: Ctx, id: string, input: UmpanBalikUpdate) {
  return db.transaction(async (tx) => {
    const k = await repo.findKomentar(tx, lingkupSkp(ctx.actor), id, true)
    if (!k) throw notFound(NAMA_KOMENTAR)
    if (k.penulisAkunId !== ctx.actor.akunId)
      throw forbidden({
        id: 'Hanya penulis yang dapat mengubah umpan balik ini.',
        en: 'Only the author may edit this feedback.',
      })
    const kini = sekarang()
    if (!bolehUbahUmpanBalik(k.createdAt, kini))
      throw conflict('UMPAN_BALIK.TIDAK_DAPAT_DIUBAH', {
        id: 'Umpan balik hanya dapat diubah 15 menit setelah dikirim. Tulis umpan balik baru untuk melengkapinya.',
        en: 'Feedback can only be edited for 15 minutes after posting. Write a new comment to add to it.',
      })
    await repo.updateIsi(tx, k.instansiId, k.id, input.isi, kini)
    await catatAudit(tx, ctx, {
      instansiId: k.instansiId,
      aksi: 'umpan_balik_ubah',
      entitas: 'skp',
      entitasId: k.skpId,
      sebelum: { id: k.id, isi: k.isi },
      sesudah: { id: k.id, isi: input.isi },
    })
    await segarkanPeserta(tx, k, ctx.actor.pegawaiId)
    const [row] = (await repo.listKomentar(tx, k)).filter((x) => x.id === k.id)
    return viewKomentar(ctx, row, kini, kini)
  })
}

/** An edit is no news (no notification), but the others' open threads show the new text at once. */
async function segarkanPeserta(tx: Db, u: repo.Utas, penulisPegawaiId: string | null) {
  const s = await repo.findSkpUtas(tx, u.instansiId, u.skpId)
  const rhk = u.rhkId ? await repo.findRhkUtas(tx, u.instansiId, u.skpId, u.rhkId) : undefined
  if (!s) return
  const penerima = penerimaUtas(s, rhk?.ketuaPegawaiId ?? null, penulisPegawaiId)
  if (penerima.length > 0) await segarkan(tx, penerima, [['umpan-balik', u.skpId]])
}

/** POST /skp/:id/umpan-balik/dibaca — the reader has read the thread; its notifications to them are done. */
export async function tandaiUtasDibaca(db: Db, ctx: Ctx, skpId: string, q: UtasQuery) {
  return db.transaction(async (tx) => {
    const { u } = await muatUtas(tx, ctx, skpId, q)
    await repo.tandaiDibaca(tx, u, ctx.actor.akunId, sekarang())
    if (ctx.actor.pegawaiId && ctx.actor.instansiId === u.instansiId)
      await selesaikanNotifikasi(tx, u.instansiId, {
        tipe: 'UMPAN_BALIK_BARU',
        perihal: perihalUtas(u),
        penerimaPegawaiId: ctx.actor.pegawaiId,
      })
    return { belumDibaca: 0 }
  })
}

/**
 * GET /skp/:id/umpan-balik/ringkasan — every thread of the SKP in the period with its unread count. The
 * ketua tim, who takes part only in the threads of the team's RHK, sees those.
 */
export async function ringkasanUmpanBalik(
  db: Db,
  ctx: Ctx,
  skpId: string,
  periode: string,
): Promise<RingkasanUmpanBalik> {
  const s = await muatSkp(db, ctx, skpId)
  let hanyaRhk: Set<string> | undefined
  try {
    await aksesUtas(db, ctx.actor, s)
  } catch (e) {
    const ketua =
      e instanceof AppError && e.status === 403 && ctx.actor.pegawaiId
        ? await repo.rhkKetua(db, s.instansiId, s.id, ctx.actor.pegawaiId)
        : []
    if (ketua.length === 0) throw e
    hanyaRhk = new Set(ketua)
  }
  await periksaPeriode(db, s, periode)
  const utas = (await repo.ringkasanUtas(db, s.instansiId, [s.id], periode, ctx.actor.akunId))
    .filter((r) => !hanyaRhk || (r.rhkId && hanyaRhk.has(r.rhkId)))
    .map(({ skpId: _s, ...r }) => r)
  return { skpId: s.id, periode, utas, belumDibaca: utas.reduce((n, r) => n + r.belumDibaca, 0) }
}
