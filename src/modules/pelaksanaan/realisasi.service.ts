import type { Db } from '../../db/client.ts'
import { hitungCapaian, targetPeriodeBawaan, type Target } from '../../domain/capaian.ts'
import { bulat2 } from '../../domain/capaian.ts'
import type {
  RealisasiInput,
  RealisasiParams,
  RealisasiTersimpan,
  KodePeriodeRealisasi,
} from '../../shared/pelaksanaan.ts'
import type { Ctx } from '../../server/auth/actor.ts'
import { catatAudit } from '../../server/audit.ts'
import { conflict, fieldError } from '../../server/errors.ts'
import { gabungPengaturan, hitungPeriodeSkp } from './kunci.ts'
import { muatTulisIki, type MuatTulisIki } from './tulis-iki.ts'
import * as repo from './pelaksanaan.repository.ts'

/**
 * The month-end write path (issue 8 benchmark: ≥ 1,000 writes/s on PostgreSQL). One short transaction:
 * one query loads and checks everything (SKP, IKI, settings, target, unlock), one upsert, one audit row.
 */

/** A kuantitatif IKI takes a number, a kualitatif one words; never both, never neither. */
export function nilaiRealisasi(kualitatif: boolean, input: RealisasiInput): repo.NilaiRealisasi {
  const catatan = input.catatan ?? null
  if (kualitatif) {
    if (input.nilai != null)
      throw fieldError('REALISASI.BENTUK', 'nilai', {
        id: 'IKI kualitatif diisi dengan uraian, bukan angka.',
        en: 'A qualitative indicator takes a description, not a number.',
      })
    if (!input.nilaiTeks)
      throw fieldError('REALISASI.WAJIB', 'nilaiTeks', {
        id: 'Isi uraian realisasi.',
        en: 'Describe the realisation.',
      })
    return { nilai: null, nilaiTeks: input.nilaiTeks, catatan }
  }
  if (input.nilaiTeks)
    throw fieldError('REALISASI.BENTUK', 'nilaiTeks', {
      id: 'IKI kuantitatif diisi dengan angka.',
      en: 'A quantitative indicator takes a number.',
    })
  if (input.nilai == null)
    throw fieldError('REALISASI.WAJIB', 'nilai', { id: 'Isi nilai realisasi.', en: 'Enter the value.' })
  return { nilai: input.nilai, nilaiTeks: null, catatan }
}

export const versiUsang = () =>
  conflict('REALISASI.VERSI_USANG', {
    id: 'Realisasi telah diubah di tempat lain. Muat ulang lalu coba lagi.',
    en: 'The realisation was changed elsewhere. Reload and try again.',
  })

type Dimuat = MuatTulisIki['r']

/** The period's capaian from what the write path loaded (the default target needs the period count). */
function capaianPeriode(r: Dimuat, ps: ReturnType<typeof gabungPengaturan>, now: Date, nilai: number | null) {
  if (nilai === null || r.targetMin === null || r.polaritas === null || r.akumulasi === null) return null
  const ukuran = {
    targetMin: r.targetMin,
    targetMax: r.targetMax,
    polaritas: r.polaritas,
    akumulasi: r.akumulasi,
  }
  const target: Target | null =
    r.overrideMin !== null
      ? { min: r.overrideMin, max: r.overrideMax }
      : targetPeriodeBawaan(ukuran, hitungPeriodeSkp(r, ps.pengaturan, now, []).length)
  const c = target && hitungCapaian(target, nilai, r.polaritas, ps.pengaturan)
  return c == null ? null : bulat2(c)
}

/**
 * PUT /skp/:id/realisasi/:ikiId/:periode — two round trips and no explicit transaction: the checks' one
 * prepared query, then one statement that writes the row and its audit row together (atomic on its own).
 */
export async function isiRealisasi(
  db: Db,
  ctx: Ctx,
  p: RealisasiParams,
  input: RealisasiInput,
): Promise<RealisasiTersimpan> {
  const { r, ps, now } = await muatTulisIki(db, ctx, p)
  const v = nilaiRealisasi(r.targetMin === null, input)
  const row = await repo.simpanRealisasi(
    db,
    { instansiId: r.instansiId, skpId: r.skpId, ikiId: r.ikiId, periode: p.periode },
    v,
    input.versi,
    { akunId: ctx.actor.akunId, nama: ctx.actor.nama, ip: ctx.ip, requestId: ctx.requestId },
  )
  if (!row) throw versiUsang()
  return {
    ikiId: r.ikiId,
    periode: p.periode,
    realisasi: {
      nilai: row.nilai,
      nilaiTeks: row.nilaiTeks,
      catatan: row.catatan,
      versi: row.versi,
      updatedAt: row.updatedAt.toISOString(),
    },
    capaian: capaianPeriode(r, ps, now, row.nilai),
  }
}

/** DELETE /skp/:id/realisasi/:ikiId/:periode — empties the period's value (same rules as writing it). */
export function hapusRealisasi(db: Db, ctx: Ctx, p: RealisasiParams): Promise<void> {
  return db.transaction(async (tx) => {
    const { r } = await muatTulisIki(tx, ctx, p)
    const row = await repo.hapusRealisasi(
      tx,
      r.instansiId,
      r.skpId,
      r.ikiId,
      p.periode as KodePeriodeRealisasi,
    )
    if (!row) return
    await catatAudit(tx, ctx, {
      instansiId: r.instansiId,
      aksi: 'hapus',
      entitas: 'realisasi',
      entitasId: row.id,
      sebelum: {
        skpId: r.skpId,
        ikiId: r.ikiId,
        periode: p.periode,
        nilai: row.nilai,
        nilaiTeks: row.nilaiTeks,
      },
    })
  })
}
