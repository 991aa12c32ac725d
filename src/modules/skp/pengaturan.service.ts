import type { Db } from '../../db/client.ts'
import { mergePengaturan, pengaturanBawaan, type PengaturanTahun } from '../../domain/settings.ts'
import { terlambat } from '../../domain/terlambat.ts'
import type {
  PengaturanBuka,
  PengaturanBukaKembali,
  PengaturanParsial,
  PengaturanTutup,
  PengaturanUbah,
  PengaturanView,
} from '../../shared/pengaturan.ts'
import type { Ctx } from '../../server/auth/actor.ts'
import { assertAdminInstansi, assertInstansi, lingkupInstansi } from '../../server/auth/policy.ts'
import { catatAudit } from '../../server/audit.ts'
import { hariIni } from '../../server/clock.ts'
import { badRequest, conflict, fieldError, notFound, type FieldError } from '../../server/errors.ts'
import * as repo from './pengaturan.repository.ts'

const TAHUN_TIDAK_DIBUKA = { id: 'Tahun', en: 'Year' }

/** National admins must say which instansi; everyone else is pinned to their own (another → 404). */
function instansiDari(ctx: Ctx, diminta: string | undefined): string {
  const id = lingkupInstansi(ctx.actor, diminta)
  if (!id)
    throw fieldError('PENGATURAN.INSTANSI_WAJIB', 'instansiId', {
      id: 'Pilih instansi.',
      en: 'Choose an agency.',
    })
  assertInstansi(ctx.actor, id)
  return id
}

/** Rules zod cannot see alone: the deadline lies in the year, thresholds are ordered. */
function cekPengaturan(tahun: number, p: PengaturanTahun) {
  const salah: FieldError[] = []
  if (!p.batasSkp.startsWith(`${tahun}-`)) {
    salah.push({
      path: 'pengaturan.batasSkp',
      message: { id: `Batas SKP harus pada tahun ${tahun}.`, en: `The SKP deadline must be in ${tahun}.` },
    })
  }
  const a = p.ambangRating
  if (!(a.sesuaiMinSemua <= a.diAtasMinSemua && a.diAtasMinSemua <= a.diAtasMinSalahSatu)) {
    salah.push({
      path: 'pengaturan.ambangRating',
      message: {
        id: 'Ambang harus berurutan: sesuai ≤ di atas (semua) ≤ di atas (salah satu).',
        en: 'Thresholds must be ordered: meets ≤ above (all) ≤ above (one).',
      },
    })
  }
  if (salah.length)
    throw badRequest('VALIDATION', { id: 'Pengaturan tidak valid.', en: 'Invalid settings.' }, salah)
}

const gabung = (base: PengaturanTahun, parsial: PengaturanParsial | PengaturanTahun | undefined) =>
  mergePengaturan(base, (parsial ?? {}) as Parameters<typeof mergePengaturan>[1])

/** The stored statusBebasSkp list was validated against the known statuses on the way in. */
const tampil = (p: PengaturanTahun) => p as PengaturanView['pengaturan']

/** The settings in force for an instansi's year, or undefined when the year is not opened yet. */
export async function pengaturanBerlaku(db: Db, instansiId: string, tahun: number) {
  const row = await repo.findPengaturan(db, instansiId, tahun)
  return row ? gabung(pengaturanBawaan(tahun), row.pengaturan) : undefined
}

/** GET /pengaturan — the years opened in the instansi. */
export async function daftarPengaturan(db: Db, ctx: Ctx, instansiId: string | undefined) {
  const id = instansiDari(ctx, instansiId)
  const rows = await repo.listTahun(db, id)
  return {
    items: rows.map((r) => ({ tahun: r.tahun, status: r.status, updatedAt: r.updatedAt.toISOString() })),
  }
}

/** GET /pengaturan/:tahun — a year's settings, or the defaults of a year not opened yet. */
export async function bacaPengaturan(
  db: Db,
  ctx: Ctx,
  tahun: number,
  instansiId: string | undefined,
): Promise<PengaturanView> {
  const id = instansiDari(ctx, instansiId)
  const row = await repo.findPengaturan(db, id, tahun)
  if (!row)
    return {
      instansiId: id,
      tahun,
      status: 'belum_dibuka',
      dibuka: false,
      pengaturan: tampil(pengaturanBawaan(tahun)),
    }
  const pengaturan = gabung(pengaturanBawaan(tahun), row.pengaturan)
  return { instansiId: id, tahun, status: row.status, dibuka: true, pengaturan: tampil(pengaturan) }
}

/** POST /pengaturan — the admin instansi opens a year (defaults merged with what is given), audited. */
export async function bukaTahun(db: Db, ctx: Ctx, input: PengaturanBuka): Promise<PengaturanView> {
  const id = instansiDari(ctx, input.instansiId)
  assertAdminInstansi(ctx.actor, id)
  const pengaturan = gabung(pengaturanBawaan(input.tahun), input.pengaturan)
  cekPengaturan(input.tahun, pengaturan)
  return db.transaction(async (tx) => {
    if (await repo.findPengaturan(tx, id, input.tahun)) {
      throw conflict('PENGATURAN.SUDAH_DIBUKA', {
        id: `Tahun ${input.tahun} sudah dibuka.`,
        en: `Year ${input.tahun} is already open.`,
      })
    }
    const row = await repo.insertPengaturan(tx, id, input.tahun, pengaturan)
    await catatAudit(tx, ctx, {
      instansiId: id,
      aksi: 'buka_tahun',
      entitas: 'pengaturan_tahun',
      entitasId: row.id,
      sesudah: row,
    })
    return {
      instansiId: id,
      tahun: row.tahun,
      status: row.status,
      dibuka: true,
      pengaturan: tampil(pengaturan),
    }
  })
}

/** PUT /pengaturan/:tahun — the admin instansi edits a year field by field, audited before/after. */
export async function ubahPengaturan(
  db: Db,
  ctx: Ctx,
  tahun: number,
  input: PengaturanUbah,
): Promise<PengaturanView> {
  const id = instansiDari(ctx, input.instansiId)
  assertAdminInstansi(ctx.actor, id)
  return db.transaction(async (tx) => {
    const before = await repo.findPengaturan(tx, id, tahun)
    if (!before) throw notFound(TAHUN_TIDAK_DIBUKA)
    if (before.status === 'ditutup') throw tahunDitutup(tahun)
    const berlaku = gabung(pengaturanBawaan(tahun), before.pengaturan)
    const pengaturan = gabung(berlaku, input.pengaturan)
    cekPengaturan(tahun, pengaturan)
    if (
      pengaturan.periodePenilaian !== berlaku.periodePenilaian &&
      (await repo.adaIsianPeriode(tx, id, tahun))
    )
      throw periodeTerpakai(tahun)
    const row = await repo.updatePengaturan(tx, id, before.id, pengaturan)
    await catatAudit(tx, ctx, {
      instansiId: id,
      aksi: 'ubah',
      entitas: 'pengaturan_tahun',
      entitasId: row.id,
      sebelum: before.pengaturan,
      sesudah: row.pengaturan,
    })
    return { instansiId: id, tahun, status: row.status, dibuka: true, pengaturan: tampil(pengaturan) }
  })
}

/**
 * 409: realisasi, rencana aksi and per-period targets are kept per period (TW1, B03 …); changing monthly to
 * quarterly under them would orphan what was entered, so the year's periods are fixed once anything exists.
 */
const periodeTerpakai = (tahun: number) =>
  conflict('PENGATURAN.PERIODE_TERPAKAI', {
    id: `Periode penilaian tahun ${tahun} tidak dapat diubah: realisasi atau rencana aksi per periode sudah diisi.`,
    en: `The assessment period of ${tahun} cannot change: realisation or action plans per period already exist.`,
  })

/** 409 for any write in a closed year: the year's SKPs are read-only until an admin reopens it. */
export const tahunDitutup = (tahun: number) =>
  conflict('PENGATURAN.TAHUN_DITUTUP', {
    id: `Tahun ${tahun} sudah ditutup; SKP tahun ini hanya dapat dibaca. Admin instansi dapat membukanya kembali.`,
    en: `Year ${tahun} is closed; its SKPs are read-only. The agency administrator can reopen it.`,
  })

/**
 * The gate of every SKP write (called where the SKP row is locked for a write, and before an SKP or a team
 * is created): refuses a closed year. The share lock makes a close wait for writes already under way.
 */
export async function tolakTahunDitutup(tx: Db, instansiId: string, tahun: number) {
  if ((await repo.findStatusTahun(tx, instansiId, tahun)) === 'ditutup') throw tahunDitutup(tahun)
}

/**
 * The settings in force for a new SKP. A year nobody opened works with the defaults (DOMAIN §2: deadline
 * end of January): the row is created with them, audited as such, so later reads and the deadline agree.
 */
export async function pengaturanUntukTulis(tx: Db, ctx: Ctx | null, instansiId: string, tahun: number) {
  let row = await repo.findPengaturan(tx, instansiId, tahun)
  if (!row) {
    const baru = await repo.insertPengaturanJikaBelum(tx, instansiId, tahun, pengaturanBawaan(tahun))
    if (baru) {
      await catatAudit(tx, ctx, {
        instansiId,
        aksi: 'buka_tahun',
        entitas: 'pengaturan_tahun',
        entitasId: baru.id,
        sesudah: { ...baru, bawaan: true },
      })
    }
    row = baru ?? (await repo.findPengaturan(tx, instansiId, tahun))!
  }
  await tolakTahunDitutup(tx, instansiId, tahun)
  return gabung(pengaturanBawaan(tahun), row.pengaturan)
}

async function ubahStatus(
  db: Db,
  ctx: Ctx,
  tahun: number,
  instansiId: string | undefined,
  ke: 'dibuka' | 'ditutup',
  alasan?: string,
): Promise<PengaturanView> {
  const id = instansiDari(ctx, instansiId)
  assertAdminInstansi(ctx.actor, id)
  return db.transaction(async (tx) => {
    const before = await repo.findPengaturan(tx, id, tahun)
    if (!before) throw notFound(TAHUN_TIDAK_DIBUKA)
    if (before.status === ke) {
      throw conflict(ke === 'ditutup' ? 'PENGATURAN.SUDAH_DITUTUP' : 'PENGATURAN.TIDAK_DITUTUP', {
        id: ke === 'ditutup' ? `Tahun ${tahun} sudah ditutup.` : `Tahun ${tahun} tidak sedang ditutup.`,
        en: ke === 'ditutup' ? `Year ${tahun} is already closed.` : `Year ${tahun} is not closed.`,
      })
    }
    const row = await repo.updateStatus(tx, id, before.id, ke)
    await catatAudit(tx, ctx, {
      instansiId: id,
      aksi: ke === 'ditutup' ? 'tutup_tahun' : 'buka_kembali_tahun',
      entitas: 'pengaturan_tahun',
      entitasId: row.id,
      sebelum: { status: before.status },
      sesudah: { status: row.status, ...(alasan ? { alasan } : {}) },
    })
    const pengaturan = tampil(gabung(pengaturanBawaan(tahun), row.pengaturan))
    return { instansiId: id, tahun, status: row.status, dibuka: true, pengaturan }
  })
}

/** POST /pengaturan/:tahun/tutup — the admin instansi closes a year: its SKPs become read-only. */
export const tutupTahun = (db: Db, ctx: Ctx, tahun: number, input: PengaturanTutup) =>
  ubahStatus(db, ctx, tahun, input.instansiId, 'ditutup')

/** POST /pengaturan/:tahun/buka-kembali — only an admin, only with a reason (kept in the audit row). */
export const bukaKembaliTahun = (db: Db, ctx: Ctx, tahun: number, input: PengaturanBukaKembali) =>
  ubahStatus(db, ctx, tahun, input.instansiId, 'dibuka', input.alasan)

/** Every year's deadline of the SKP lists in one query: the stored batasSkp, or the default's. */
export async function tenggatTahun(db: Db, instansiId: string, tahun: number[]) {
  const rows = await repo.listBatasSkp(db, instansiId, [...new Set(tahun)])
  const batas = new Map(rows.map((r) => [r.tahun, r.batasSkp]))
  const hari = hariIni()
  /** The late flag of one list row, against the server's today. */
  return (s: { tahun: number; status: string; mulai: string }) =>
    terlambat(s, batas.get(s.tahun) ?? pengaturanBawaan(s.tahun).batasSkp, hari)
}

/** A year's status for a read: dibuka, ditutup, or undefined when nobody opened it. */
export async function statusTahun(db: Db, instansiId: string, tahun: number) {
  return (await repo.findPengaturan(db, instansiId, tahun))?.status
}
