import type { Database, Db } from '../../db/client.ts'
import type {
  PenugasanCreate,
  PenugasanRingkas,
  PenugasanUpdate,
  PenugasanView,
} from '../../shared/pegawai.ts'
import type { Ctx } from '../../server/auth/actor.ts'
import { assertAdminInstansi } from '../../server/auth/policy.ts'
import { catatAudit } from '../../server/audit.ts'
import { AppError, fieldError, notFound } from '../../server/errors.ts'
import { hariIni as today } from '../../server/clock.ts'
import { lingkupObjek } from '../organisasi/organisasi.policy.ts'
import { findJabatan, findUnor } from '../organisasi/organisasi.baca.ts'
import { assertBacaPegawai } from './pegawai.policy.ts'
import { findPegawai, type PegawaiRow } from './pegawai.repository.ts'
import * as repo from './penugasan.repository.ts'
import { cariBentrok, rencanaMutasi, tumpangTindih, type Periode } from './penugasan.rules.ts'
import { segarkanSkpTerdampak } from '../skp/skp-snapshot.ts'

const NAMA = { id: 'Penugasan', en: 'Assignment' }
const PEGAWAI = { id: 'Pegawai', en: 'Employee' }

export const penugasanRingkas = (r: repo.PenugasanLengkap): PenugasanRingkas => ({
  id: r.penugasan.id,
  jabatan: r.jabatan,
  unor: r.unor,
  isKepala: r.penugasan.isKepala,
  jenis: r.penugasan.jenis,
  mulai: r.penugasan.mulai,
  selesai: r.penugasan.selesai,
  nomorSk: r.penugasan.nomorSk,
})

export const penugasanView = (r: repo.PenugasanLengkap, tanggal = today()): PenugasanView => ({
  ...penugasanRingkas(r),
  pegawaiId: r.penugasan.pegawaiId,
  aktif: r.penugasan.mulai <= tanggal && (r.penugasan.selesai === null || r.penugasan.selesai >= tanggal),
})

const bentrokError = (path: string, p: Periode) =>
  fieldError('PENUGASAN.TUMPANG_TINDIH', path, {
    id: `Bertumpang tindih dengan penugasan definitif ${p.mulai} s.d. ${p.selesai ?? 'sekarang'}.`,
    en: `Overlaps the definitive assignment ${p.mulai} to ${p.selesai ?? 'present'}.`,
  })

/** A unit's head position has one definitif holder at a time, or the derived atasan would be ambiguous. */
async function cekKepalaTunggal(db: Db, p: repo.PenugasanInsert, path: string, kecualiId?: string) {
  if (!p.isKepala || p.jenis !== 'definitif') return
  const lain = await repo.kepalaDefinitifLain(db, p.instansiId, p.unorId, p.pegawaiId)
  const bentrok = lain.find(
    (l) =>
      l.penugasan.id !== kecualiId &&
      tumpangTindih(l.penugasan, { mulai: p.mulai, selesai: p.selesai ?? null }),
  )
  if (!bentrok) return
  const teks = {
    id: `Jabatan kepala unit ini masih dipegang ${bentrok.nama} (definitif). Akhiri penugasannya terlebih dahulu, atau tugaskan sebagai Plt/Plh.`,
    en: `This unit's head position is still held by ${bentrok.nama} (definitive). End that assignment first, or assign as Plt/Plh.`,
  }
  throw new AppError(409, 'PENUGASAN.KEPALA_TERISI', teks, [{ path, message: teks }])
}

/** Jabatan and unit from the same instansi; the unit defaults to the jabatan's own. */
async function tentukanPosisi(db: Db, instansiId: string, input: PenugasanCreate, prefix: string) {
  const jabatan = await findJabatan(db, instansiId, input.jabatanId)
  const salah = (path: string, code: string, id: string, en: string) =>
    fieldError(`PENUGASAN.${code}`, prefix + path, { id, en })
  if (!jabatan)
    throw salah(
      'jabatanId',
      'JABATAN_TIDAK_ADA',
      'Jabatan tidak ditemukan di instansi ini.',
      'Position not found in this agency.',
    )
  const unorId = input.unorId ?? jabatan.jabatan.unorId
  if (!unorId)
    throw salah(
      'unorId',
      'UNOR_WAJIB',
      'Unit wajib diisi untuk jabatan ini.',
      'A unit is required for this position.',
    )
  if (jabatan.jabatan.unorId && jabatan.jabatan.unorId !== unorId) {
    throw salah(
      'unorId',
      'UNOR_BEDA',
      'Jabatan ini milik unit lain.',
      'This position belongs to another unit.',
    )
  }
  const unor = await findUnor(db, instansiId, unorId)
  if (!unor)
    throw salah(
      'unorId',
      'UNOR_TIDAK_ADA',
      'Unit tidak ditemukan di instansi ini.',
      'Unit not found in this agency.',
    )
  if (!unor.aktif) throw salah('unorId', 'UNOR_NONAKTIF', 'Unit sudah tidak aktif.', 'The unit is inactive.')
  return { unorId, isKepala: jabatan.jabatan.isKepala }
}

/**
 * Add an assignment (first one or a mutasi) inside the caller's transaction. A definitif one ends the
 * running definitif assignment the day before `mulai`; Plt/Plh are added alongside (DOMAIN.md §1).
 */
export async function tambahPenugasan(tx: Db, ctx: Ctx, p: PegawaiRow, input: PenugasanCreate, prefix = '') {
  const posisi = await tentukanPosisi(tx, p.instansiId, input, prefix)
  const values: repo.PenugasanInsert = {
    instansiId: p.instansiId,
    pegawaiId: p.id,
    jabatanId: input.jabatanId,
    ...posisi,
    jenis: input.jenis,
    mulai: input.mulai,
    selesai: input.selesai ?? null,
    nomorSk: input.nomorSk ?? null,
  }
  await cekKepalaTunggal(tx, values, prefix + 'jabatanId')
  const unorLama: string[] = []
  if (values.jenis === 'definitif') {
    const rencana = rencanaMutasi(await repo.definitifPegawai(tx, p.instansiId, p.id), {
      mulai: values.mulai,
      selesai: values.selesai ?? null,
    })
    if (!rencana.ok) throw bentrokError(prefix + 'mulai', rencana.bentrok)
    for (const a of rencana.akhiri) unorLama.push(await akhiri(tx, ctx, p.instansiId, a.id, a.selesai))
  }
  const row = await repo.insertPenugasan(tx, values)
  await catatAudit(tx, ctx, {
    instansiId: p.instansiId,
    aksi: 'buat',
    entitas: 'penugasan',
    entitasId: row.id,
    sesudah: row,
  })
  // DOMAIN §2: pending SKPs follow the new assignment (the mover's, their old and new unit's)
  await segarkanSkpTerdampak(tx, ctx, p.instansiId, {
    pegawaiIds: [p.id],
    unorIds: [row.unorId, ...unorLama],
  })
  return row
}

async function akhiri(tx: Db, ctx: Ctx, instansiId: string, id: string, selesai: string) {
  const before = (await repo.findPenugasan(tx, instansiId, id))!.penugasan
  const row = await repo.updatePenugasan(tx, instansiId, id, { selesai })
  await catatAudit(tx, ctx, {
    instansiId,
    aksi: 'akhiri',
    entitas: 'penugasan',
    entitasId: id,
    sebelum: before,
    sesudah: row,
  })
  return before.unorId
}

export function penugasanService({ db }: Database) {
  async function pegawaiTerlihat(ctx: Ctx, pegawaiId: string, tx: Db = db) {
    const p = await findPegawai(tx, lingkupObjek(ctx.actor), pegawaiId)
    if (!p) throw notFound(PEGAWAI)
    return p
  }

  async function riwayat(ctx: Ctx, pegawaiId: string) {
    const p = await pegawaiTerlihat(ctx, pegawaiId)
    await assertBacaPegawai(db, ctx.actor, p, ['diri'])
    const tanggal = today()
    return {
      items: (await repo.riwayatPenugasan(db, p.instansiId, p.id)).map((r) => penugasanView(r, tanggal)),
    }
  }

  async function mutasi(ctx: Ctx, pegawaiId: string, input: PenugasanCreate) {
    return db.transaction(async (tx) => {
      const p = await pegawaiTerlihat(ctx, pegawaiId, tx)
      assertAdminInstansi(ctx.actor, p.instansiId)
      const row = await tambahPenugasan(tx, ctx, p, input)
      return penugasanView((await repo.findPenugasan(tx, p.instansiId, row.id))!)
    })
  }

  async function ubah(ctx: Ctx, id: string, input: PenugasanUpdate) {
    return db.transaction(async (tx) => {
      const found = await repo.findPenugasan(tx, lingkupObjek(ctx.actor), id)
      if (!found) throw notFound(NAMA)
      const before = found.penugasan
      assertAdminInstansi(ctx.actor, before.instansiId)
      const next = { ...before, selesai: input.selesai === undefined ? before.selesai : input.selesai }
      if (next.selesai !== null && next.selesai < next.mulai) {
        throw fieldError('PENUGASAN.SELESAI_SEBELUM_MULAI', 'selesai', {
          id: 'Tanggal selesai tidak boleh sebelum tanggal mulai.',
          en: 'The end date cannot be before the start date.',
        })
      }
      if (next.jenis === 'definitif') {
        const bentrok = cariBentrok(
          await repo.definitifPegawai(tx, before.instansiId, before.pegawaiId),
          next,
        )
        if (bentrok) throw bentrokError('selesai', bentrok)
      }
      await cekKepalaTunggal(tx, next, 'selesai', id)
      const values = {
        selesai: next.selesai,
        ...(input.nomorSk !== undefined ? { nomorSk: input.nomorSk } : {}),
      }
      const row = await repo.updatePenugasan(tx, before.instansiId, id, values)
      await catatAudit(tx, ctx, {
        instansiId: before.instansiId,
        aksi: 'ubah',
        entitas: 'penugasan',
        entitasId: id,
        sebelum: before,
        sesudah: row,
      })
      await segarkanSkpTerdampak(tx, ctx, before.instansiId, {
        pegawaiIds: [before.pegawaiId],
        unorIds: [before.unorId],
      })
      return penugasanView((await repo.findPenugasan(tx, before.instansiId, id))!)
    })
  }

  return { riwayat, mutasi, ubah }
}
