import type { Db } from '../../db/client.ts'
import { transisiEvaluasi, type AksiAlurEvaluasi, type PeranEvaluasi } from '../../domain/penilaian.ts'
import type { EvaluasiDetail, EvaluasiDiri, EvaluasiSimpan } from '../../shared/penilaian.ts'
import type { Ctx } from '../../server/auth/actor.ts'
import { catatAudit } from '../../server/audit.ts'
import { sekarang } from '../../server/clock.ts'
import { conflict, forbidden, notFound } from '../../server/errors.ts'
import { segarkan } from '../langsung/terbit.ts'
import { batasKeberatanEvaluasi, keberatanTerbuka } from '../keberatan/keberatan.baca.ts'
import { kirimNotifikasi, selesaikanNotifikasi } from '../notifikasi/notifikasi.service.ts'
import { catatPerbaikanBila } from '../perbaikan/perbaikan.catat.ts'
import { tolakTahunDitutup } from '../skp/pengaturan.service.ts'
import { lingkupSkp } from '../skp/skp.policy.ts'
import { muatSkp } from '../skp/skp-akses.ts'
import {
  cekBisaDinilai,
  dikecualikan,
  muatKonteks,
  periodeDari,
  susunSnapshot,
  tolakDikecualikan,
  type Konteks,
} from './evaluasi-konteks.ts'
import { gantiVersi } from './evaluasi-versi.ts'
import { susunDetail } from './evaluasi-view.ts'
import { adalahPenilai, peranEvaluasi, penilaiEfektif, type PenilaiEfektif } from './penilaian.policy.ts'
import * as repo from './penilaian.repository.ts'
import { isiFinalisasi, isiSimpan } from './rating.ts'

export const NAMA_EVALUASI = { id: 'Evaluasi kinerja', en: 'Performance evaluation' }
/** The matter of an evaluation's notifications: the SKP's period (it outlives versions). */
export const perihalEvaluasi = (e: Pick<repo.EvaluasiRow, 'skpId' | 'periode'>) =>
  `evaluasi:${e.skpId}:${e.periode}`

export interface Termuat {
  e: repo.EvaluasiRow
  k: Konteks
  ef: PenilaiEfektif | null
  peran: PeranEvaluasi[]
}

/** Load an evaluation within the actor's scope (another instansi's: 404), its year and the actor's sides. */
export async function muatEvaluasi(db: Db, ctx: Ctx, id: string, kunci = false): Promise<Termuat> {
  const e = await repo.findEvaluasi(db, lingkupSkp(ctx.actor), id, kunci)
  if (!e) throw notFound(NAMA_EVALUASI)
  const s = await repo.findSkpRingkas(db, e.instansiId, e.skpId)
  if (!s) throw notFound(NAMA_EVALUASI)
  const k = await muatKonteks(db, s)
  const ef = e.status === 'draft' ? await penilaiEfektif(db, s, k.hari) : null
  return { e, k, ef, peran: await peranEvaluasi(db, ctx.actor, e, s, ef) }
}

export async function bacaEvaluasi(db: Db, ctx: Ctx, id: string): Promise<EvaluasiDetail> {
  const t = await muatEvaluasi(db, ctx, id)
  return susunDetail(db, t.k, t.e, t.peran)
}

/**
 * POST /skp/:id/evaluasi/:periode — the current version of that period; the penilai opens the draft when there
 * is none (idempotent: a second call, or a concurrent one, answers the same row).
 */
export async function bukaEvaluasi(
  db: Db,
  ctx: Ctx,
  skpId: string,
  periode: string,
): Promise<EvaluasiDetail> {
  return db.transaction(async (tx) => {
    const inst = lingkupSkp(ctx.actor)
    const s = inst ? await repo.findSkpRingkas(tx, inst, skpId) : (await muatSkp(tx, ctx.actor, skpId)).s
    if (!s) throw notFound({ id: 'SKP', en: 'SKP' })
    const k = await muatKonteks(tx, s)
    const ef = await penilaiEfektif(tx, s, k.hari)
    if (!adalahPenilai(ctx.actor, s, ef)) {
      await muatSkp(tx, ctx.actor, s.id) // 404 / 403 for who may not even read the SKP
      throw forbidden({
        id: 'Evaluasi dibuka oleh pejabat penilai pegawai ini.',
        en: "An evaluation is opened by the pegawai's assessor.",
      })
    }
    const ada = await repo.findEvaluasiKini(tx, s.instansiId, s.id, periode)
    if (ada) return bacaEvaluasi(tx, ctx, ada.id)
    if (s.status !== 'disetujui')
      throw conflict('EVALUASI.SKP_BELUM_DISETUJUI', {
        id: 'Evaluasi dilakukan atas SKP yang telah disetujui.',
        en: 'An evaluation is done on an approved SKP.',
      })
    await tolakTahunDitutup(tx, s.instansiId, s.tahun)
    const p = periodeDari(k, periode)
    cekBisaDinilai(k, p)
    if (await dikecualikan(tx, k, p)) throw tolakDikecualikan(p)
    const snapshot = await susunSnapshot(tx, k, p, ef)
    const baru = await repo.insertEvaluasi(tx, {
      instansiId: s.instansiId,
      skpId: s.id,
      pegawaiId: s.pegawaiId,
      tahun: s.tahun,
      periode: p.kode,
      snapshot,
      penilaiPegawaiId: ef.pegawaiId,
    })
    // a concurrent open got there first: answer its row
    const e = baru ?? (await repo.findEvaluasiKini(tx, s.instansiId, s.id, periode))!
    if (baru) await catat(tx, ctx, e, 'evaluasi_buka', null)
    return bacaEvaluasi(tx, ctx, e.id)
  })
}

/** 403 without the side, 409 in a state that forbids the step or for a stale revision. */
function cekLangkah(t: Termuat, aksi: AksiAlurEvaluasi, revisi: number, keberatanTerbuka = false) {
  const h = transisiEvaluasi(
    { status: t.e.status, diriDiajukan: t.e.diriDiajukanAt !== null, keberatanTerbuka },
    aksi,
    t.peran,
  )
  if (!h.ok) {
    if (h.code === 'EVALUASI.BUKAN_WEWENANG')
      throw forbidden({
        id: 'Anda tidak berwenang melakukan langkah ini pada evaluasi ini.',
        en: 'You may not take this step on this evaluation.',
      })
    throw conflict(h.code, PESAN_TOLAK[h.code])
  }
  if (revisi !== t.e.revisi) throw versiUsang()
  if (t.k.ditutup)
    throw conflict('PENGATURAN.TAHUN_DITUTUP', {
      id: `Tahun ${t.e.tahun} telah ditutup.`,
      en: `The year ${t.e.tahun} is closed.`,
    })
}

const PESAN_TOLAK = {
  'EVALUASI.STATUS_TIDAK_SAH': {
    id: 'Langkah ini tidak dapat dilakukan pada status evaluasi saat ini.',
    en: 'This step is not possible in the current status of the evaluation.',
  },
  'EVALUASI.KEBERATAN_TERBUKA': {
    id: 'Evaluasi ini sedang dalam proses keberatan; putuskan keberatannya lebih dulu.',
    en: 'A keberatan on this evaluation is pending; decide it first.',
  },
  'EVALUASI.DIRI_SUDAH_DIAJUKAN': {
    id: 'Penilaian diri sudah diajukan.',
    en: 'The self-evaluation was already submitted.',
  },
}

const versiUsang = () =>
  conflict('EVALUASI.VERSI_USANG', {
    id: 'Evaluasi telah diubah oleh orang lain. Muat ulang lalu coba lagi.',
    en: 'The evaluation was changed by someone else. Reload and try again.',
  })

async function tulis(tx: Db, e: repo.EvaluasiRow, set: Parameters<typeof repo.updateEvaluasi>[2]) {
  const r = await repo.updateEvaluasi(tx, e, set)
  if (!r) throw versiUsang()
  return r
}

/** PUT /evaluasi/:id — the penilai saves the draft (snapshot refreshed, suggestion recomputed). */
export async function simpanEvaluasi(db: Db, ctx: Ctx, id: string, input: EvaluasiSimpan) {
  return db.transaction(async (tx) => {
    const t = await muatEvaluasi(tx, ctx, id, true)
    cekLangkah(t, 'simpan', input.revisi)
    const set = await isiSimpan(tx, t, input)
    const e = await tulis(tx, t.e, set)
    await catat(tx, ctx, e, 'evaluasi_simpan', t.e)
    return bacaEvaluasi(tx, ctx, e.id)
  })
}

/** POST /evaluasi/:id/finalisasi — both ratings, predikat by the matrix, frozen snapshot; the pegawai is told. */
export async function finalisasiEvaluasi(db: Db, ctx: Ctx, id: string, revisi: number) {
  return db.transaction(async (tx) => {
    const t = await muatEvaluasi(tx, ctx, id, true)
    cekLangkah(t, 'finalisasi', revisi)
    const p = periodeDari(t.k, t.e.periode)
    cekBisaDinilai(t.k, p)
    if (await dikecualikan(tx, t.k, p)) throw tolakDikecualikan(p)
    const set = await isiFinalisasi(tx, t, ctx.actor.akunId)
    const e = await tulis(tx, t.e, set)
    await catatPerbaikanBila(tx, e)
    await catat(tx, ctx, e, 'evaluasi_finalisasi', t.e)
    await selesaikanNotifikasi(tx, e.instansiId, {
      tipe: ['PENILAIAN_DIRI_DIAJUKAN', 'EVALUASI_DIBUKA_KEMBALI'],
      perihal: perihalEvaluasi(e),
    })
    await kirimNotifikasi(tx, {
      instansiId: e.instansiId,
      penerimaPegawaiId: e.pegawaiId,
      tipe: 'EVALUASI_DIFINALISASI',
      parameter: {
        tahun: e.tahun,
        periode: e.periode,
        predikat: e.predikat!,
        batas: (await batasKeberatanEvaluasi(tx, e, t.k.pengaturan))!,
      },
      tautan: `/evaluasi/${e.id}`,
      perihal: perihalEvaluasi(e),
    })
    return bacaEvaluasi(tx, ctx, e.id)
  })
}

/** POST /evaluasi/:id/terima — the pegawai acknowledges the final result (diterima: locked). */
export async function terimaEvaluasi(db: Db, ctx: Ctx, id: string, revisi: number) {
  return db.transaction(async (tx) => {
    const t = await muatEvaluasi(tx, ctx, id, true)
    cekLangkah(t, 'terima', revisi)
    const e = await tulis(tx, t.e, { status: 'diterima', diterimaAt: sekarang() })
    await catat(tx, ctx, e, 'evaluasi_terima', t.e)
    await selesaikanNotifikasi(tx, e.instansiId, {
      tipe: 'EVALUASI_DIFINALISASI',
      perihal: perihalEvaluasi(e),
    })
    return bacaEvaluasi(tx, ctx, e.id)
  })
}

/** POST /evaluasi/:id/buka-kembali — the atasan penilai reopens: a new draft version (the old one stays). */
export async function bukaKembaliEvaluasi(db: Db, ctx: Ctx, id: string, alasan: string, revisi: number) {
  return db.transaction(async (tx) => {
    const t = await muatEvaluasi(tx, ctx, id, true)
    const terbuka = await keberatanTerbuka(tx, t.e.instansiId, t.e.id)
    cekLangkah(t, 'buka_kembali', revisi, terbuka)
    const e = await gantiVersi(tx, t.e, {
      status: 'draft',
      asal: { oleh: 'buka_kembali', alasan, olehNama: ctx.actor.nama, pada: sekarang().toISOString() },
      akunId: ctx.actor.akunId,
    })
    await catat(tx, ctx, e, 'evaluasi_buka_kembali', t.e, { alasan })
    await selesaikanNotifikasi(tx, e.instansiId, {
      tipe: 'EVALUASI_DIFINALISASI',
      perihal: perihalEvaluasi(e),
    })
    const ef = await penilaiEfektif(tx, t.k.s, t.k.hari)
    const penerima = ef.pegawaiId ?? e.penilaiPegawaiId
    if (penerima)
      await kirimNotifikasi(tx, {
        instansiId: e.instansiId,
        penerimaPegawaiId: penerima,
        tipe: 'EVALUASI_DIBUKA_KEMBALI',
        parameter: { nama: ctx.actor.nama.slice(0, 300) || '-', tahun: e.tahun, periode: e.periode, alasan },
        tautan: `/evaluasi/${e.id}`,
        perihal: perihalEvaluasi(e),
      })
    return bacaEvaluasi(tx, ctx, e.id)
  })
}

/** PUT /evaluasi/:id/diri — the pegawai's penilaian diri while the draft is open and not yet submitted. */
export async function simpanDiri(db: Db, ctx: Ctx, id: string, input: EvaluasiDiri) {
  return db.transaction(async (tx) => {
    const t = await muatEvaluasi(tx, ctx, id, true)
    cekLangkah(t, 'isi_diri', input.revisi)
    const e = await tulis(tx, t.e, {
      diriRatingHasil: input.ratingHasil === undefined ? t.e.diriRatingHasil : input.ratingHasil,
      diriRatingPerilaku: input.ratingPerilaku === undefined ? t.e.diriRatingPerilaku : input.ratingPerilaku,
      diriCatatan: input.catatan,
    })
    await catat(tx, ctx, e, 'evaluasi_diri_simpan', t.e)
    return bacaEvaluasi(tx, ctx, e.id)
  })
}

/** POST /evaluasi/:id/diri/ajukan — submitted to the penilai, who is told. */
export async function ajukanDiri(db: Db, ctx: Ctx, id: string, revisi: number) {
  return db.transaction(async (tx) => {
    const t = await muatEvaluasi(tx, ctx, id, true)
    cekLangkah(t, 'ajukan_diri', revisi)
    const e = await tulis(tx, t.e, { diriDiajukanAt: sekarang() })
    await catat(tx, ctx, e, 'evaluasi_diri_ajukan', t.e)
    const penerima = t.ef?.pegawaiId ?? null
    if (penerima)
      await kirimNotifikasi(tx, {
        instansiId: e.instansiId,
        penerimaPegawaiId: penerima,
        tipe: 'PENILAIAN_DIRI_DIAJUKAN',
        parameter: { nama: ctx.actor.nama.slice(0, 300) || '-', tahun: e.tahun, periode: e.periode },
        tautan: `/evaluasi/${e.id}`,
        perihal: perihalEvaluasi(e),
      })
    return bacaEvaluasi(tx, ctx, e.id)
  })
}

/** Audited on the evaluation (entitas 'evaluasi'), with what changed. */
async function catat(
  tx: Db,
  ctx: Ctx,
  e: repo.EvaluasiRow,
  aksi: string,
  sebelum: repo.EvaluasiRow | null,
  tambahan: Record<string, unknown> = {},
) {
  const isi = (x: repo.EvaluasiRow) => ({
    skpId: x.skpId,
    periode: x.periode,
    versi: x.versi,
    status: x.status,
    ratingHasil: x.ratingHasil,
    sumberRatingHasil: x.sumberRatingHasil,
    alasanRatingHasil: x.alasanRatingHasil,
    ratingPerilaku: x.ratingPerilaku,
    predikat: x.predikat,
    diriRatingHasil: x.diriRatingHasil,
    diriRatingPerilaku: x.diriRatingPerilaku,
    bertindakSebagai: (x.snapshot as { bertindakSebagai?: string } | null)?.bertindakSebagai ?? null,
  })
  // the other side's open pages (the pegawai's, the penilai's) follow live
  const pihak = [e.pegawaiId, e.penilaiPegawaiId].filter((x): x is string => !!x && x !== ctx.actor.pegawaiId)
  if (pihak.length > 0) await segarkan(tx, pihak, [['penilaian']])
  await catatAudit(tx, ctx, {
    instansiId: e.instansiId,
    aksi,
    entitas: 'evaluasi',
    entitasId: e.id,
    sebelum: sebelum ? { id: sebelum.id, ...isi(sebelum) } : null,
    sesudah: { id: e.id, ...isi(e), ...tambahan },
  })
}
