import type { Db } from '../../db/client.ts'
import type {
  BatasKeberatanView,
  KeberatanInput,
  KeberatanQuery,
  KomentarKeberatanInput,
} from '../../shared/keberatan.ts'
import type { Ctx } from '../../server/auth/actor.ts'
import { hasPeran, isAdminInstansi, isAdminNasional, lingkupInstansi } from '../../server/auth/policy.ts'
import { catatAudit } from '../../server/audit.ts'
import { sekarang } from '../../server/clock.ts'
import { conflict, forbidden, notFound } from '../../server/errors.ts'
import { kirimNotifikasi, selesaikanNotifikasi } from '../notifikasi/notifikasi.service.ts'
import { lingkupSkp } from '../skp/skp.policy.ts'
import { alasanTidakBoleh, galatTidakBoleh, jendelaKeberatan } from './keberatan-jendela.ts'
import { batasView, detail, evaluasiView, pemutusDari, ringkas } from './keberatan-view.ts'
import { harusPihak, peranKeberatan, peranKomentar } from './keberatan.policy.ts'
import * as repo from './keberatan.repository.ts'

/** Keberatan (PP 30/2019 Pasal 59, DOMAIN §5): filing, hearing both sides, reading. Decisions: keberatan-putusan. */

export const NAMA_KEBERATAN = { id: 'Keberatan', en: 'Objection' }
const NAMA_EVALUASI = { id: 'Evaluasi kinerja', en: 'Performance evaluation' }
export const perihalKeberatan = (id: string) => `keberatan:${id}`
export const SEGARKAN = [['keberatan']]

export async function muatKeberatan(db: Db, ctx: Ctx, id: string, kunci = false) {
  const r = await repo.findKeberatan(db, lingkupSkp(ctx.actor), id, kunci)
  if (!r) throw notFound(NAMA_KEBERATAN)
  const peran = peranKeberatan(ctx.actor, r.k, r.e)
  harusPihak(peran)
  return { r, peran }
}

async function muatEvaluasi(db: Db, ctx: Ctx, id: string, kunci = false) {
  const e = await repo.findEvaluasi(db, lingkupSkp(ctx.actor), id, kunci)
  if (!e) throw notFound(NAMA_EVALUASI)
  return e
}

/** Parties of an evaluation for the window question: the pegawai, penilai, atasan penilai; and admins. */
function bolehLihatBatas(ctx: Ctx, e: repo.EvaluasiRow) {
  const a = ctx.actor
  const sendiri = a.instansiId === e.instansiId ? a.pegawaiId : null
  const pihak = [e.pegawaiId, e.penilaiPegawaiId, pemutusDari(e).pegawaiId]
  return (sendiri !== null && pihak.includes(sendiri)) || isAdminInstansi(a, e.instansiId)
}

/** GET /evaluasi/:id/keberatan/batas — may the pegawai still object to this version, and until when. */
export async function batasKeberatanEvaluasi(
  db: Db,
  ctx: Ctx,
  evaluasiId: string,
): Promise<BatasKeberatanView> {
  const e = await muatEvaluasi(db, ctx, evaluasiId)
  if (!bolehLihatBatas(ctx, e))
    throw forbidden({
      id: 'Hanya para pihak evaluasi dan admin yang dapat melihat ini.',
      en: 'Only the parties to the evaluation and the admins can see this.',
    })
  const jendela = await jendelaKeberatan(db, e)
  const ada = await repo.findKeberatanEvaluasi(db, e.instansiId, e.id)
  const pegawai = ctx.actor.instansiId === e.instansiId && ctx.actor.pegawaiId === e.pegawaiId
  const alasan = alasanTidakBoleh(e, { pegawai: true, ada, jendela })
  const p = pemutusDari(e)
  return {
    boleh: pegawai && alasan === null,
    alasan: pegawai ? alasan : 'bukan_pegawai',
    hariIni: jendela?.hariIni ?? '',
    batas: batasView(jendela),
    keberatanId: ada?.id ?? null,
    evaluasi: evaluasiView(e),
    pemutus: p.nama ? { pegawaiId: p.pegawaiId, nama: p.nama, jabatan: p.jabatan } : null,
    pemutusNonAsn: p.pegawaiId === null,
  }
}

/** Who hears the keberatan for the decider: the atasan penilai, or the admins for a non-ASN official. */
async function pemutusPenerima(tx: Db, k: repo.KeberatanRow) {
  return k.pemutusPegawaiId ? [k.pemutusPegawaiId] : repo.pegawaiAdminInstansi(tx, k.instansiId)
}

/**
 * POST /evaluasi/:id/keberatan — the pegawai objects to the current version of his final evaluation, within
 * the window; it goes to the atasan penilai named in the version (PP 30/2019 Pasal 59).
 */
export async function ajukanKeberatan(db: Db, ctx: Ctx, evaluasiId: string, input: KeberatanInput) {
  return db.transaction(async (tx) => {
    const e = await muatEvaluasi(tx, ctx, evaluasiId, true)
    const pegawai = ctx.actor.instansiId === e.instansiId && ctx.actor.pegawaiId === e.pegawaiId
    if (!pegawai)
      throw forbidden({
        id: 'Keberatan diajukan oleh pegawai yang dinilai.',
        en: 'An objection is filed by the employee evaluated.',
      })
    const jendela = await jendelaKeberatan(tx, e)
    const ada = await repo.findKeberatanEvaluasi(tx, e.instansiId, e.id)
    const alasan = alasanTidakBoleh(e, { pegawai, ada, jendela })
    if (alasan && alasan !== 'bukan_pegawai') throw galatTidakBoleh(alasan, jendela)
    const k = await repo.insertKeberatan(tx, {
      instansiId: e.instansiId,
      evaluasiId: e.id,
      pegawaiId: e.pegawaiId,
      pemutusPegawaiId: pemutusDari(e).pegawaiId,
      alasan: input.alasan,
      usulRatingHasil: input.usulRatingHasil ?? null,
      usulRatingPerilaku: input.usulRatingPerilaku ?? null,
      createdAt: sekarang(),
      updatedAt: sekarang(),
    })
    await catatAudit(tx, ctx, {
      instansiId: k.instansiId,
      aksi: 'keberatan_ajukan',
      entitas: 'keberatan',
      entitasId: k.id,
      sesudah: { ...k, evaluasi: { id: e.id, versi: e.versi, periode: e.periode, predikat: e.predikat } },
    })
    for (const penerima of await pemutusPenerima(tx, k))
      await kirimNotifikasi(tx, {
        instansiId: k.instansiId,
        penerimaPegawaiId: penerima,
        tipe: 'KEBERATAN_DIAJUKAN',
        parameter: { nama: ctx.actor.nama.slice(0, 300) || '-', tahun: e.tahun, periode: e.periode },
        tautan: `/keberatan/${k.id}`,
        perihal: perihalKeberatan(k.id),
        segarkan: SEGARKAN,
      })
    return bacaKeberatan(tx, ctx, k.id)
  })
}

/** GET /keberatan/:id */
export async function bacaKeberatan(db: Db, ctx: Ctx, id: string) {
  const { r, peran } = await muatKeberatan(db, ctx, id)
  return detail(db, r, peran, await jendelaKeberatan(db, r.e))
}

/** GET /keberatan — mine (filed or rated), to decide, or the instansi's (admins): what waits first. */
export async function daftarKeberatan(db: Db, ctx: Ctx, q: KeberatanQuery) {
  const a = ctx.actor
  let rows: repo.KeberatanDenganEvaluasi[]
  if (q.peran === 'admin') {
    if (!isAdminNasional(a) && !hasPeran(a, 'admin_instansi')) throw forbidden()
    rows = await repo.listKeberatan(db, lingkupInstansi(a), { tahun: q.tahun })
  } else {
    if (!a.instansiId || !a.pegawaiId) return { items: [] }
    rows = await repo.listKeberatan(db, a.instansiId, {
      pihak: q.peran,
      pegawaiId: a.pegawaiId,
      tahun: q.tahun,
    })
  }
  const items = rows.map((r) => ringkas(r, peranKeberatan(a, r.k, r.e)))
  // stable sort: newest first within each group; then what is still pending
  return {
    items: items.sort(
      (x, y) =>
        Number(y.menunggu) - Number(x.menunggu) ||
        Number(x.status !== 'diajukan') - Number(y.status !== 'diajukan'),
    ),
  }
}

/**
 * POST /keberatan/:id/komentar — hearing both sides: a statement by the pegawai, the penilai, the decider (or
 * the admin for a non-ASN one) while the keberatan is pending; the other parties are told.
 */
export async function komentariKeberatan(db: Db, ctx: Ctx, id: string, input: KomentarKeberatanInput) {
  return db.transaction(async (tx) => {
    const { r, peran } = await muatKeberatan(tx, ctx, id, true)
    const sisi = peranKomentar(peran, r.k)
    if (!sisi)
      throw forbidden({
        id: 'Tanggapan ditulis oleh para pihak keberatan.',
        en: 'Statements are written by the parties to the objection.',
      })
    if (r.k.status !== 'diajukan')
      throw conflict('KEBERATAN.SUDAH_DIPUTUSKAN', {
        id: 'Keberatan ini telah diputuskan; tanggapan tidak dapat ditambahkan.',
        en: 'This objection has been decided; no statement can be added.',
      })
    const c = await repo.insertKomentar(tx, {
      instansiId: r.k.instansiId,
      keberatanId: r.k.id,
      penulisAkunId: ctx.actor.akunId,
      peran: sisi,
      isi: input.isi,
      createdAt: sekarang(),
    })
    await catatAudit(tx, ctx, {
      instansiId: r.k.instansiId,
      aksi: 'keberatan_komentar',
      entitas: 'keberatan',
      entitasId: r.k.id,
      sesudah: { komentarId: c.id, peran: sisi, isi: c.isi },
    })
    const perihal = perihalKeberatan(r.k.id)
    const sendiri = ctx.actor.pegawaiId
    if (sendiri)
      await selesaikanNotifikasi(tx, r.k.instansiId, {
        tipe: 'KEBERATAN_KOMENTAR',
        perihal,
        penerimaPegawaiId: sendiri,
      })
    const pihak = [r.k.pegawaiId, r.e.penilaiPegawaiId, ...(await pemutusPenerima(tx, r.k))]
    for (const penerima of new Set(pihak.filter((x): x is string => !!x && x !== sendiri)))
      await kirimNotifikasi(tx, {
        instansiId: r.k.instansiId,
        penerimaPegawaiId: penerima,
        tipe: 'KEBERATAN_KOMENTAR',
        parameter: { nama: ctx.actor.nama.slice(0, 300) || '-', cuplikan: input.isi.slice(0, 200) },
        tautan: `/keberatan/${r.k.id}`,
        perihal,
        segarkan: SEGARKAN,
      })
    return bacaKeberatan(tx, ctx, r.k.id)
  })
}
