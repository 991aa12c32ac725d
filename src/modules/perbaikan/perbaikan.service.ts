import type { Db } from '../../db/client.ts'
import type { Ctx } from '../../server/auth/actor.ts'
import { isAdminInstansi } from '../../server/auth/policy.ts'
import { catatAudit } from '../../server/audit.ts'
import { hariIni, sekarang } from '../../server/clock.ts'
import { conflict, fieldError, notFound } from '../../server/errors.ts'
import type { AsalVersi } from '../../shared/penilaian.ts'
import {
  MAKS_TINDAK_LANJUT,
  type PerbaikanSelesai,
  type RencanaPerbaikanView,
  type StatusPerbaikan,
  type TindakLanjut,
  type TindakLanjutInput,
} from '../../shared/perbaikan.ts'
import { selesaikanNotifikasi } from '../notifikasi/notifikasi.service.ts'
import { lingkupSkp } from '../skp/skp.policy.ts'
import { perihalPerbaikan } from './perbaikan.catat.ts'
import { harusPencatat, peranPerbaikan, type PeranPerbaikan } from './perbaikan.policy.ts'
import * as repo from './perbaikan.repository.ts'

const NAMA = { id: 'Rencana perbaikan kinerja', en: 'Performance improvement record' }

/** A 'gugur' record points at the version that withdrew its basis: that version's predikat and origin. */
function dasarGugur(x: repo.PerbaikanDenganNama): RencanaPerbaikanView['dasarGugur'] {
  const asal = x.asal as AsalVersi | null
  if (x.r.status !== 'gugur' || !x.predikatEvaluasi) return null
  return {
    versi: x.versi,
    predikatBaru: x.predikatEvaluasi,
    oleh: asal?.oleh ?? 'buka_kembali',
    olehNama: asal?.olehNama ?? '',
    alasan: asal?.alasan ?? '',
    pada: asal?.pada ?? '',
  }
}

function view(x: repo.PerbaikanDenganNama, peran: PeranPerbaikan): RencanaPerbaikanView {
  const r = x.r
  const pencatat = peran === 'penilai' || peran === 'admin'
  const tindakLanjut = r.tindakLanjut as TindakLanjut[]
  const berjalan = r.status === 'berjalan'
  return {
    id: r.id,
    pegawai: { pegawaiId: r.pegawaiId, nama: x.namaPegawai, nip: x.nip },
    penilai: x.penilaiPegawaiId ? { pegawaiId: x.penilaiPegawaiId, nama: x.namaPenilai ?? '' } : null,
    evaluasiId: r.evaluasiId,
    tahun: x.tahun,
    periode: x.periode,
    predikat: r.predikat,
    mulai: r.mulai,
    selesai: r.selesai,
    status: r.status,
    dasarGugur: dasarGugur(x),
    tindakLanjut,
    hasil: r.hasil,
    peran,
    perluTindakLanjut: pencatat && berjalan && (tindakLanjut.length === 0 || r.selesai <= hariIni()),
    aksi: {
      tindakLanjut: pencatat && berjalan && tindakLanjut.length < MAKS_TINDAK_LANJUT,
      selesai: pencatat && berjalan,
    },
  }
}

/**
 * GET /rencana-perbaikan — the records the penilai follows up, the pegawai's own, or (admin instansi) the
 * whole instansi's; what needs a follow-up first, then running by end date, then the ended ones (selesai, gugur).
 */
export async function daftarPerbaikan(db: Db, ctx: Ctx, status?: StatusPerbaikan) {
  const { instansiId, pegawaiId } = ctx.actor
  if (!instansiId) return { items: [] }
  const semua = isAdminInstansi(ctx.actor, instansiId)
  const rows = await repo.listPerbaikan(db, { instansiId, semua, pegawaiId, status })
  const items = rows.map((x) =>
    view(
      x,
      pegawaiId && x.penilaiPegawaiId === pegawaiId
        ? 'penilai'
        : semua
          ? 'admin'
          : x.r.pegawaiId === pegawaiId
            ? 'pegawai'
            : 'pembaca',
    ),
  )
  // stable sort: the query's order holds within each group
  return { items: items.sort((a, b) => Number(b.perluTindakLanjut) - Number(a.perluTindakLanjut)) }
}

async function muat(db: Db, ctx: Ctx, id: string, kunci = false) {
  const x = await repo.findPerbaikan(db, lingkupSkp(ctx.actor), id, kunci)
  if (!x) throw notFound(NAMA)
  const peran = await peranPerbaikan(db, ctx.actor, {
    instansiId: x.r.instansiId,
    pegawaiId: x.r.pegawaiId,
    penilaiPegawaiId: x.penilaiPegawaiId,
  })
  return { x, peran }
}

/** GET /rencana-perbaikan/:id */
export async function bacaPerbaikan(db: Db, ctx: Ctx, id: string) {
  const { x, peran } = await muat(db, ctx, id)
  return view(x, peran)
}

/** Only a running record takes follow-ups or is closed; a closed or gugur one is read-only. */
function harusBerjalan(x: repo.PerbaikanDenganNama) {
  if (x.r.status === 'gugur')
    throw conflict('PERBAIKAN.GUGUR', {
      id: 'Rencana perbaikan ini gugur: predikat yang mendasarinya telah diubah (keputusan keberatan atau koreksi evaluasi). Tidak ada tindak lanjut lagi.',
      en: 'This improvement record was withdrawn: the rating it was based on was changed (an objection decision or a corrected evaluation). No more follow-ups.',
    })
  if (x.r.status !== 'berjalan')
    throw conflict('PERBAIKAN.SELESAI', {
      id: 'Rencana perbaikan ini sudah ditutup.',
      en: 'This improvement record is already closed.',
    })
}

/** POST /rencana-perbaikan/:id/tindak-lanjut — a follow-up date, what is planned and what happened. */
export async function catatTindakLanjut(db: Db, ctx: Ctx, id: string, input: TindakLanjutInput) {
  return db.transaction(async (tx) => {
    const { x, peran } = await muat(tx, ctx, id, true)
    harusPencatat(peran)
    harusBerjalan(x)
    const lama = x.r.tindakLanjut as TindakLanjut[]
    if (lama.length >= MAKS_TINDAK_LANJUT)
      throw conflict('PERBAIKAN.TINDAK_LANJUT_PENUH', {
        id: `Paling banyak ${MAKS_TINDAK_LANJUT} tindak lanjut per rencana perbaikan.`,
        en: `At most ${MAKS_TINDAK_LANJUT} follow-ups per improvement record.`,
      })
    if (input.tanggal < x.r.mulai)
      throw fieldError('PERBAIKAN.TANGGAL_SEBELUM_MULAI', 'tanggal', {
        id: `Tanggal tidak boleh sebelum rencana perbaikan dimulai (${x.r.mulai}).`,
        en: `The date cannot be before the improvement record starts (${x.r.mulai}).`,
      })
    const baru: TindakLanjut = {
      tanggal: input.tanggal,
      rencana: input.rencana,
      catatan: input.catatan || null,
      dicatatOleh: ctx.actor.nama,
      dicatatPada: sekarang().toISOString(),
    }
    const tindakLanjut = [...lama, baru].sort((a, b) => a.tanggal.localeCompare(b.tanggal))
    await repo.updatePerbaikan(tx, x.r.instansiId, x.r.id, { tindakLanjut })
    await catatAudit(tx, ctx, {
      instansiId: x.r.instansiId,
      aksi: 'rencana_perbaikan_tindak_lanjut',
      entitas: 'rencana_perbaikan',
      entitasId: x.r.id,
      sesudah: baru,
    })
    return bacaPerbaikan(tx, ctx, x.r.id)
  })
}

/**
 * POST /rencana-perbaikan/:id/selesai — the penilai (or an admin) closes the record with what came of it.
 * PP 30/2019: any consequence is a separate decision; the record only records.
 */
export async function selesaikanPerbaikan(db: Db, ctx: Ctx, id: string, input: PerbaikanSelesai) {
  return db.transaction(async (tx) => {
    const { x, peran } = await muat(tx, ctx, id, true)
    harusPencatat(peran)
    harusBerjalan(x)
    await repo.updatePerbaikan(tx, x.r.instansiId, x.r.id, { status: 'selesai', hasil: input.hasil })
    await catatAudit(tx, ctx, {
      instansiId: x.r.instansiId,
      aksi: 'rencana_perbaikan_selesai',
      entitas: 'rencana_perbaikan',
      entitasId: x.r.id,
      sebelum: { status: x.r.status },
      sesudah: { status: 'selesai', hasil: input.hasil },
    })
    await selesaikanNotifikasi(tx, x.r.instansiId, {
      tipe: 'RENCANA_PERBAIKAN_DIBUKA',
      perihal: perihalPerbaikan(x.r.id),
    })
    return bacaPerbaikan(tx, ctx, x.r.id)
  })
}
