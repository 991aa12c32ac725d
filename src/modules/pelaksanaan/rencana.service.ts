import type { Db } from '../../db/client.ts'
import type {
  KodePeriodeRealisasi,
  RencanaAksiInput,
  RencanaAksiUbah,
  RencanaAksiView,
  TargetPeriodeInput,
  TargetPeriodeView,
} from '../../shared/pelaksanaan.ts'
import type { Ctx } from '../../server/auth/actor.ts'
import { catatAudit } from '../../server/audit.ts'
import { fieldError, notFound } from '../../server/errors.ts'
import { muatSkp } from '../skp/skp-akses.ts'
import { periksaPeriodeTerbuka } from './kunci.ts'
import { assertDisetujui, assertPemilik } from './pelaksanaan.policy.ts'
import * as repo from './pelaksanaan.repository.ts'
import { NAMA_IKI } from './tulis-iki.ts'

/**
 * Rencana aksi per RHK per period and per-period targets (DOMAIN §4): the owner writes them on an approved
 * SKP while the period is open (the realisasi lock applies).
 */

const NAMA_RHK = { id: 'RHK', en: 'Work result' }
const NAMA_RENCANA = { id: 'Rencana aksi', en: 'Action plan' }

/** The SKP row-locked for a write by its owner, approved, the year open, the period open. */
async function muatTulis(tx: Db, ctx: Ctx, skpId: string, periode: KodePeriodeRealisasi) {
  const { s } = await muatSkp(tx, ctx.actor, skpId, true)
  assertPemilik(ctx.actor, s)
  assertDisetujui(s)
  await periksaPeriodeTerbuka(tx, s, periode)
  return s
}

type RencanaRow = NonNullable<Awaited<ReturnType<typeof repo.findRencanaAksi>>>

export const viewRencana = (r: RencanaRow): RencanaAksiView => ({
  id: r.id,
  rhkId: r.rhkId,
  periode: r.periode,
  urutan: r.urutan,
  uraian: r.uraian,
  target: r.target,
  satuan: r.satuan,
  targetTeks: r.targetTeks,
})

function bentukTarget(i: { target?: number | null; satuan?: string | null; targetTeks?: string | null }) {
  if (i.target != null && i.targetTeks)
    throw fieldError('RENCANA_AKSI.BENTUK', 'targetTeks', {
      id: 'Isi target berupa angka dan satuan, atau uraian; bukan keduanya.',
      en: 'Give the target as a number and unit, or in words; not both.',
    })
  if (i.target != null && !i.satuan)
    throw fieldError('RENCANA_AKSI.SATUAN', 'satuan', {
      id: 'Isi satuan target.',
      en: 'Enter the unit of the target.',
    })
  return {
    target: i.target ?? null,
    satuan: i.target != null ? i.satuan! : null,
    targetTeks: i.targetTeks ?? null,
  }
}

/** POST /skp/:id/rencana-aksi */
export function tambahRencanaAksi(db: Db, ctx: Ctx, skpId: string, input: RencanaAksiInput) {
  return db.transaction(async (tx) => {
    const s = await muatTulis(tx, ctx, skpId, input.periode)
    if (!(await repo.findRhkSkp(tx, s.instansiId, s.id, input.rhkId))) throw notFound(NAMA_RHK)
    const row = await repo.insertRencanaAksi(tx, {
      instansiId: s.instansiId,
      skpId: s.id,
      rhkId: input.rhkId,
      periode: input.periode,
      uraian: input.uraian,
      ...bentukTarget(input),
    })
    await catatAudit(tx, ctx, {
      instansiId: s.instansiId,
      aksi: 'tambah',
      entitas: 'rencana_aksi',
      entitasId: row.id,
      sesudah: viewRencana(row),
    })
    return viewRencana(row)
  })
}

async function muatRencana(tx: Db, ctx: Ctx, skpId: string, id: string) {
  const { s } = await muatSkp(tx, ctx.actor, skpId, true)
  const r = await repo.findRencanaAksi(tx, s.instansiId, s.id, id)
  if (!r) throw notFound(NAMA_RENCANA)
  assertPemilik(ctx.actor, s)
  assertDisetujui(s)
  await periksaPeriodeTerbuka(tx, s, r.periode)
  return { s, r }
}

/** PATCH /skp/:id/rencana-aksi/:rencanaAksiId */
export function ubahRencanaAksi(db: Db, ctx: Ctx, skpId: string, id: string, input: RencanaAksiUbah) {
  return db.transaction(async (tx) => {
    const { s, r } = await muatRencana(tx, ctx, skpId, id)
    const row = await repo.updateRencanaAksi(tx, s.instansiId, r.id, {
      uraian: input.uraian,
      ...bentukTarget(input),
    })
    await catatAudit(tx, ctx, {
      instansiId: s.instansiId,
      aksi: 'ubah',
      entitas: 'rencana_aksi',
      entitasId: r.id,
      sebelum: viewRencana(r),
      sesudah: viewRencana(row),
    })
    return viewRencana(row)
  })
}

/** DELETE /skp/:id/rencana-aksi/:rencanaAksiId */
export function hapusRencanaAksi(db: Db, ctx: Ctx, skpId: string, id: string) {
  return db.transaction(async (tx) => {
    const { s, r } = await muatRencana(tx, ctx, skpId, id)
    await repo.deleteRencanaAksi(tx, s.instansiId, r.id)
    await catatAudit(tx, ctx, {
      instansiId: s.instansiId,
      aksi: 'hapus',
      entitas: 'rencana_aksi',
      entitasId: r.id,
      sebelum: viewRencana(r),
    })
  })
}

/**
 * PUT /skp/:id/target-periode/:ikiId/:periode — the period's own target (a number or range for a
 * kuantitatif IKI, words for a kualitatif one); all fields empty resets it to the default.
 */
export function aturTargetPeriode(
  db: Db,
  ctx: Ctx,
  p: { id: string; ikiId: string; periode: KodePeriodeRealisasi },
  input: TargetPeriodeInput,
): Promise<TargetPeriodeView> {
  return db.transaction(async (tx) => {
    const s = await muatTulis(tx, ctx, p.id, p.periode)
    const i = await repo.findIkiSkp(tx, s.instansiId, s.id, p.ikiId)
    if (!i) throw notFound(NAMA_IKI)
    const kualitatif = i.targetMin === null
    const kosong = input.targetMin == null && input.targetMax == null && !input.targetTeks
    if (!kosong && kualitatif && (input.targetMin != null || input.targetMax != null || !input.targetTeks))
      throw fieldError('TARGET_PERIODE.BENTUK', 'targetTeks', {
        id: 'IKI kualitatif: isi target periode berupa uraian.',
        en: 'Qualitative indicator: give the period target in words.',
      })
    if (!kosong && !kualitatif && (input.targetMin == null || input.targetTeks))
      throw fieldError('TARGET_PERIODE.BENTUK', 'targetMin', {
        id: 'IKI kuantitatif: isi target periode berupa angka.',
        en: 'Quantitative indicator: give the period target as a number.',
      })
    const nilai = kosong
      ? { targetMin: null, targetMax: null, targetTeks: null }
      : kualitatif
        ? { targetMin: null, targetMax: null, targetTeks: input.targetTeks! }
        : { targetMin: input.targetMin!, targetMax: input.targetMax ?? null, targetTeks: null }
    if (kosong) await repo.hapusTargetPeriode(tx, s.instansiId, i.id, p.periode)
    else
      await repo.simpanTargetPeriode(tx, {
        instansiId: s.instansiId,
        ikiId: i.id,
        periode: p.periode,
        ...nilai,
      })
    await catatAudit(tx, ctx, {
      instansiId: s.instansiId,
      aksi: kosong ? 'hapus' : 'atur',
      entitas: 'iki_target_periode',
      entitasId: i.id,
      sesudah: { periode: p.periode, ...nilai },
    })
    return { ikiId: i.id, periode: p.periode, ...nilai }
  })
}
