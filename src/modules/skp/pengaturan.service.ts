import type { Db } from '../../db/client.ts'
import { mergePengaturan, pengaturanBawaan, type PengaturanTahun } from '../../domain/settings.ts'
import type {
  PengaturanBuka,
  PengaturanParsial,
  PengaturanUbah,
  PengaturanView,
} from '../../shared/pengaturan.ts'
import type { Ctx } from '../../server/auth/actor.ts'
import { assertAdminInstansi, assertInstansi, lingkupInstansi } from '../../server/auth/policy.ts'
import { catatAudit } from '../../server/audit.ts'
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
    const pengaturan = gabung(gabung(pengaturanBawaan(tahun), before.pengaturan), input.pengaturan)
    cekPengaturan(tahun, pengaturan)
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
