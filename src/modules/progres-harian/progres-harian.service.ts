import type { Db } from '../../db/client.ts'
import type { Ctx } from '../../server/auth/actor.ts'
import { hariIni, sekarang } from '../../server/clock.ts'
import { AppError, fieldError, notFound, type Teks } from '../../server/errors.ts'
import type {
  AjukanProgresInput,
  HasilBanyak,
  ProgresDaftar,
  ProgresInput,
  ProgresQuery,
  ProgresUbah,
  ProgresView,
} from '../../shared/progres-harian.ts'
import { kirimNotifikasiSekaliSehari, selesaikanNotifikasi } from '../notifikasi/notifikasi.service.ts'
import { tolakTahunDitutup } from '../skp/pengaturan.service.ts'
import type { SkpRow } from '../skp/skp-akses.ts'
import { periksaTanggalTerbuka } from './progres-harian.periode.ts'
import {
  assertBacaProgres,
  keStatus,
  lingkupProgres,
  NAMA_PROGRES,
  pemilikDari,
} from './progres-harian.policy.ts'
import * as repo from './progres-harian.repository.ts'
import { cariBertumpuk, keJam, keMenit } from './progres-harian.rules.ts'
import { kelompokkanHari, viewProgres } from './progres-harian.view.ts'

/** The matter of the progres notifications of one pegawai (resolved when nothing waits any more). */
export const perihalProgres = (pegawaiId: string) => `progres:${pegawaiId}`

/** GET /progres-harian — my days in a range, every day listed, with hours per day. */
export async function daftarProgres(db: Db, ctx: Ctx, q: ProgresQuery): Promise<ProgresDaftar> {
  const { instansiId, pegawaiId } = ctx.actor
  const milik = instansiId && pegawaiId
  const rows = milik ? await repo.listProgresPegawai(db, instansiId, pegawaiId, q.dari, q.sampai) : []
  const skps = milik ? await repo.skpDisetujuiRentang(db, instansiId, pegawaiId, q.dari, q.sampai) : []
  const entri = rows.map((r) => viewProgres(ctx.actor, r))
  const hari = kelompokkanHari(q.dari, q.sampai, entri, skps, hariIni())
  return {
    dari: q.dari,
    sampai: q.sampai,
    hariIni: hariIni(),
    totalMenit: hari.reduce((n, h) => n + h.totalMenit, 0),
    hari,
  }
}

async function muat(db: Db, ctx: Ctx, id: string) {
  const r = await repo.findProgres(db, lingkupProgres(ctx.actor), id)
  if (!r) throw notFound(NAMA_PROGRES)
  assertBacaProgres(ctx.actor, r)
  return r
}

async function tampil(db: Db, ctx: Ctx, id: string): Promise<ProgresView> {
  const r = await repo.findProgres(db, lingkupProgres(ctx.actor), id)
  if (!r) throw notFound(NAMA_PROGRES)
  return viewProgres(ctx.actor, r)
}

/** GET /progres-harian/:id */
export async function bacaProgres(db: Db, ctx: Ctx, id: string) {
  return viewProgres(ctx.actor, await muat(db, ctx, id))
}

const galatTanggal = (code: string, teks: Teks) => fieldError(code, 'tanggal', teks)

/**
 * The checks of a written entry: not after today, under an approved SKP covering the date, in an open
 * year and period, a rencana aksi of that SKP and period, no overlap with the day's other entries.
 * Answers the SKP the entry belongs to. The caller holds the day's lock.
 */
async function periksaEntri(
  tx: Db,
  pemilik: { instansiId: string; pegawaiId: string },
  v: ProgresInput,
  kecuali?: string,
) {
  if (v.tanggal > hariIni())
    throw galatTanggal('PROGRES.TANGGAL_MENDATANG', {
      id: 'Progres harian tidak dapat diisi untuk tanggal yang akan datang.',
      en: 'Daily progress cannot be entered for a future date.',
    })
  const s = await repo.skpDisetujuiPada(tx, pemilik.instansiId, pemilik.pegawaiId, v.tanggal)
  if (!s)
    throw galatTanggal('PROGRES.TANPA_SKP', {
      id: 'Tidak ada SKP yang disetujui untuk tanggal ini; progres harian dicatat pada SKP yang disetujui.',
      en: 'No approved SKP covers this date; daily progress is kept under an approved SKP.',
    })
  await tolakTahunDitutup(tx, s.instansiId, s.tahun)
  const kode = await periksaTanggalTerbuka(tx, s, v.tanggal)
  if (v.rencanaAksiId) await periksaRencanaAksi(tx, s, v.rencanaAksiId, kode)
  const baru = { mulai: keMenit(v.jamMulai), selesai: keMenit(v.jamSelesai) }
  const lain = await repo.jamHari(tx, pemilik.instansiId, pemilik.pegawaiId, v.tanggal, kecuali)
  const x = cariBertumpuk(baru, lain)
  if (x) {
    const jam = `${keJam(x.mulai)}–${keJam(x.selesai)}`
    throw fieldError('PROGRES.JAM_BERTUMPUK', 'jamMulai', {
      id: `Waktu bertumpuk dengan kegiatan ${jam} "${x.kegiatan}" pada hari yang sama.`,
      en: `The time overlaps the activity ${jam} "${x.kegiatan}" on the same day.`,
    })
  }
  return { s, baru }
}

async function periksaRencanaAksi(tx: Db, s: SkpRow, id: string, kode: string | undefined) {
  const r = await repo.findRencanaAksi(tx, s.instansiId, id)
  if (!r || r.skpId !== s.id || r.periode !== kode)
    throw fieldError('PROGRES.RENCANA_AKSI', 'rencanaAksiId', {
      id: 'Rencana aksi harus milik SKP Anda pada periode tanggal ini.',
      en: "The rencana aksi must belong to your SKP, in this date's period.",
    })
}

const isian = (v: ProgresInput, baru: { mulai: number; selesai: number }) => ({
  tanggal: v.tanggal,
  jamMulai: baru.mulai,
  jamSelesai: baru.selesai,
  kegiatan: v.kegiatan,
  realisasi: v.realisasi ?? null,
  satuan: v.satuan ?? null,
  rencanaAksiId: v.rencanaAksiId ?? null,
  tautanBukti: v.tautanBukti ?? null,
})

/** POST /progres-harian — a new draft entry of mine. */
export async function buatProgres(db: Db, ctx: Ctx, v: ProgresInput) {
  const pemilik = pemilikDari(ctx.actor)
  return db.transaction(async (tx) => {
    await repo.kunciHari(tx, pemilik.pegawaiId, v.tanggal)
    const { s, baru } = await periksaEntri(tx, pemilik, v)
    const id = await repo.insertProgres(tx, { ...pemilik, skpId: s.id, ...isian(v, baru) })
    return tampil(tx, ctx, id)
  })
}

/** PUT /progres-harian/:id — the whole entry again; a returned entry becomes a draft. */
export async function ubahProgres(db: Db, ctx: Ctx, id: string, v: ProgresUbah) {
  return db.transaction(async (tx) => {
    const lama = await muat(tx, ctx, id)
    const pemilik = pemilikDari(ctx.actor)
    // both days are locked, in date order (two edits moving entries between days never deadlock)
    for (const t of [...new Set([lama.tanggal, v.tanggal])].sort())
      await repo.kunciHari(tx, pemilik.pegawaiId, t)
    const ke = keStatus(ctx.actor, lama, 'ubah', v.versi)
    const skpLama = await repo.findSkpById(tx, lama.instansiId, lama.skpId)
    if (skpLama && v.tanggal !== lama.tanggal) await periksaTanggalTerbuka(tx, skpLama, lama.tanggal)
    const { s, baru } = await periksaEntri(tx, pemilik, v, id)
    await repo.updateProgres(tx, lama.instansiId, id, { skpId: s.id, ...isian(v, baru), status: ke })
    return tampil(tx, ctx, id)
  })
}

/** DELETE /progres-harian/:id — a draft or returned entry of mine. */
export async function hapusProgres(db: Db, ctx: Ctx, id: string, versi: number | undefined) {
  return db.transaction(async (tx) => {
    const lama = await muat(tx, ctx, id)
    keStatus(ctx.actor, lama, 'hapus', versi)
    const s = await repo.findSkpById(tx, lama.instansiId, lama.skpId)
    if (s) {
      await tolakTahunDitutup(tx, s.instansiId, s.tahun)
      await periksaTanggalTerbuka(tx, s, lama.tanggal)
    }
    await repo.deleteProgres(tx, lama.instansiId, id)
    await selesaikanJikaTuntas(tx, lama.instansiId, lama.pegawaiId)
  })
}

/** A returned entry fixed and submitted (or deleted): once none is left, the return notice is settled. */
async function selesaikanJikaTuntas(tx: Db, instansiId: string, pegawaiId: string) {
  if ((await repo.jumlahStatus(tx, instansiId, pegawaiId, 'dikembalikan')) === 0)
    await selesaikanNotifikasi(tx, instansiId, {
      tipe: 'PROGRES_HARIAN_DIKEMBALIKAN',
      perihal: perihalProgres(pegawaiId),
    })
}

/**
 * Several entries named with the versions the reader saw, row-locked: every one found, or 404 naming
 * the first missing (all-or-nothing).
 */
export async function muatBanyak(tx: Db, ctx: Ctx, entri: { id: string; versi: number }[]) {
  const ids = entri.map((e) => e.id)
  const rows = await repo.kunciProgres(tx, lingkupProgres(ctx.actor), ids)
  const perId = new Map(rows.map((r) => [r.id, r]))
  return entri.map((e, i) => {
    const r = perId.get(e.id)
    if (!r) {
      const teks = { id: `${NAMA_PROGRES.id} tidak ditemukan`, en: `${NAMA_PROGRES.en} not found` }
      throw new AppError(404, 'NOT_FOUND', teks, [{ path: `entri.${i}.id`, message: teks }])
    }
    return { r, versi: e.versi, path: `entri.${i}` }
  })
}

/**
 * POST /progres-harian/ajukan — submit a day or a week: every named entry, or none. The penilai of each
 * SKP hears of it at most once a day per pegawai.
 */
export async function ajukanProgres(db: Db, ctx: Ctx, input: AjukanProgresInput): Promise<HasilBanyak> {
  return db.transaction(async (tx) => {
    const daftar = await muatBanyak(tx, ctx, input.entri)
    const pemilik = pemilikDari(ctx.actor)
    for (const { r, versi, path } of daftar) keStatus(ctx.actor, r, 'ajukan', versi, path)
    const ids = daftar.map((d) => d.r.id)
    for (const skpId of new Set(daftar.map((d) => d.r.skpId))) {
      const milik = daftar.filter((d) => d.r.skpId === skpId)
      const s = await repo.findSkpById(tx, pemilik.instansiId, skpId)
      if (!s) continue
      await tolakTahunDitutup(tx, s.instansiId, s.tahun)
      for (const { r } of milik) await periksaTanggalTerbuka(tx, s, r.tanggal)
      if (!s.penilaiPegawaiId) continue
      await kirimNotifikasiSekaliSehari(tx, {
        instansiId: pemilik.instansiId,
        penerimaPegawaiId: s.penilaiPegawaiId,
        tipe: 'PROGRES_HARIAN_DIAJUKAN',
        parameter: { nama: s.snapshot.pegawai.nama, jumlah: milik.length },
        tautan: `/progres-harian/tinjauan?pegawaiId=${pemilik.pegawaiId}`,
        perihal: perihalProgres(pemilik.pegawaiId),
      })
    }
    await repo.updateStatusBanyak(tx, pemilik.instansiId, ids, { status: 'diajukan', diajukanAt: sekarang() })
    await selesaikanJikaTuntas(tx, pemilik.instansiId, pemilik.pegawaiId)
    const hasil = await repo.kunciProgres(tx, pemilik.instansiId, ids)
    return { entri: hasil.map((r) => viewProgres(ctx.actor, r)) }
  })
}
