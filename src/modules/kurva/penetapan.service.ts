import type { Db } from '../../db/client.ts'
import type { KodePeriodePenilaian } from '../../shared/enums.ts'
import type { PenetapanBaris, PenetapanDetail } from '../../shared/kurva.ts'
import type { Ctx } from '../../server/auth/actor.ts'
import { catatAudit } from '../../server/audit.ts'
import { sekarang } from '../../server/clock.ts'
import { conflict, notFound } from '../../server/errors.ts'
import { gridKalibrasi, lihatKalibrasi } from './kurva.baca.ts'
import { adminNasional, harusKalibrasi, harusLihatUnit, muatUnit } from './kurva.policy.ts'
import * as repo from './kurva.repository.ts'
import { penetapanDetail, penetapanRingkas } from './kurva.view.ts'

/**
 * Calibration grid and the Penetapan Predikat Kinerja of a unit (SE MenPANRB 3/2023): the unit head sees every
 * proposed predikat with the curve and closes the period's predikat as a versioned record (the signed PDF is
 * the documents module's). The adjustments themselves write evaluations: penilaian/kalibrasi.service.ts.
 */

const NAMA_PENETAPAN = { id: 'Penetapan predikat kinerja', en: 'Performance rating determination' }

/** GET /kalibrasi/:unorId/:tahun/:periode, and /kalibrasi/:unorId/:tahun for the year's default period. */
export const bacaKalibrasi = (
  db: Db,
  ctx: Ctx,
  unorId: string,
  tahun: number,
  periode?: KodePeriodePenilaian,
) => lihatKalibrasi(db, ctx.actor, unorId, tahun, periode)

/**
 * POST /kalibrasi/:unorId/:tahun/:periode/tetapkan — the unit head closes the period's predikat: a
 * penetapan_predikat row (the next version when one exists) with every row and the curve at this moment.
 */
export async function tetapkanPredikat(
  db: Db,
  ctx: Ctx,
  unorId: string,
  tahun: number,
  periode: KodePeriodePenilaian,
): Promise<PenetapanDetail> {
  const { actor } = ctx
  return db.transaction(async (tx) => {
    const u = await muatUnit(tx, actor, unorId)
    await harusKalibrasi(tx, actor, u)
    const versi = await repo.versiPenetapanBerikut(tx, u.instansiId, u.id, tahun, periode)
    const g = await gridKalibrasi(tx, u.instansiId, u.id, tahun, periode)
    if (g.kurva.dihitung === 0)
      throw conflict('PENETAPAN.KOSONG', {
        id: 'Belum ada pegawai yang dinilai di unit ini pada periode tersebut.',
        en: 'No pegawai of this unit is evaluated in that period.',
      })
    if (g.kurva.belumDinilai > 0)
      throw conflict('PENETAPAN.BELUM_DINILAI', {
        id: `${g.kurva.belumDinilai} pegawai belum dinilai. Predikat ditetapkan setelah semua pegawai dinilai.`,
        en: `${g.kurva.belumDinilai} pegawai are not rated yet. The predikat is determined once everyone is rated.`,
      })
    const baris: PenetapanBaris[] = g.baris.map((a) => ({
      pegawaiId: a.pegawaiId,
      nama: a.nama,
      nip: a.nip,
      jabatan: a.jabatan,
      ratingHasil: a.ratingHasil,
      ratingPerilaku: a.ratingPerilaku,
      predikat: a.predikat,
      dikalibrasi: a.dikalibrasi,
    }))
    const row = await repo.insertPenetapan(tx, {
      instansiId: u.instansiId,
      unorId: u.id,
      tahun,
      periode,
      versi,
      baris,
      kurva: g.kurva,
      ditetapkanOlehAkunId: actor.akunId,
      ditetapkanOlehPegawaiId: actor.pegawaiId,
      createdAt: sekarang(),
    })
    await catatAudit(tx, ctx, {
      instansiId: u.instansiId,
      aksi: 'penetapan_predikat_tetapkan',
      entitas: 'penetapan_predikat',
      entitasId: row.id,
      sebelum: g.penetapan ? { id: g.penetapan.id, versi: g.penetapan.versi } : null,
      sesudah: {
        unorId: u.id,
        tahun,
        periode,
        versi,
        jumlah: g.kurva.jumlah,
        peringatan: g.kurva.peringatan,
      },
    })
    return penetapanDetail((await repo.findPenetapan(tx, u.instansiId, row.id))!)
  })
}

/** GET /penetapan-predikat?unorId&tahun&periode — every version, newest first. */
export async function daftarPenetapan(
  db: Db,
  ctx: Ctx,
  q: { unorId: string; tahun: number; periode: KodePeriodePenilaian },
) {
  const u = await muatUnit(db, ctx.actor, q.unorId)
  await harusLihatUnit(db, ctx.actor, u)
  return {
    items: (await repo.daftarPenetapan(db, u.instansiId, u.id, q.tahun, q.periode)).map(penetapanRingkas),
  }
}

/** GET /penetapan-predikat/:id */
export async function bacaPenetapan(db: Db, ctx: Ctx, id: string): Promise<PenetapanDetail> {
  const { actor } = ctx
  const lingkup = adminNasional(actor) ? null : actor.instansiId
  if (!lingkup && !adminNasional(actor)) throw notFound(NAMA_PENETAPAN)
  const p = await repo.findPenetapan(db, lingkup, id)
  if (!p) throw notFound(NAMA_PENETAPAN)
  await harusLihatUnit(db, actor, await muatUnit(db, actor, p.unorId))
  return penetapanDetail(p)
}
