import type { Db } from '../../db/client.ts'
import type { KodePeriodeRealisasi } from '../../shared/pelaksanaan.ts'
import type { Ctx } from '../../server/auth/actor.ts'
import { sekarang } from '../../server/clock.ts'
import { notFound, type AppError } from '../../server/errors.ts'
import { NAMA_SKP } from '../skp/skp-akses.ts'
import { lingkupSkp } from '../skp/skp.policy.ts'
import { cekPeriodeTerbuka, gabungPengaturan } from './kunci.ts'
import { assertDisetujui, assertPemilik, assertSudahDimulai } from './pelaksanaan.policy.ts'
import * as repo from './pelaksanaan.repository.ts'

/**
 * The checks of every write under one IKI in one period (a realisasi, a bukti link), public to the bukti
 * module: one prepared query loads the SKP, the IKI, the year's settings and an unlock in force; then the
 * owner, an approved SKP, the IKI in this SKP, the period open (409 locked) and begun. The month-end path:
 * no transaction and no row lock — the write that follows re-checks the SKP's status in its own statement.
 */

export const NAMA_IKI = { id: 'IKI', en: 'Indicator' }

type Dimuat = NonNullable<Awaited<ReturnType<typeof repo.muatUntukRealisasi>>>

export async function muatTulisIki(
  db: Db,
  ctx: Ctx,
  p: { id: string; ikiId: string; periode: KodePeriodeRealisasi },
  o: { ikiTidakAda?: () => AppError; belumDisetujui?: () => AppError } = {},
) {
  const r = await repo.muatUntukRealisasi(db, lingkupSkp(ctx.actor), p.id, p.ikiId, p.periode)
  if (!r) throw notFound(NAMA_SKP)
  assertPemilik(ctx.actor, r)
  if (!r.ikiId) throw o.ikiTidakAda?.() ?? notFound(NAMA_IKI)
  if (o.belumDisetujui && r.status !== 'disetujui') throw o.belumDisetujui()
  assertDisetujui(r)
  const now = sekarang()
  const ps = gabungPengaturan(r.tahun, r.pengaturan, r.statusTahun)
  const buka = r.dibukaSampai ? [{ periode: p.periode, berlakuSampai: r.dibukaSampai }] : []
  const periode = cekPeriodeTerbuka(r, p.periode, ps, now, buka)
  assertSudahDimulai(periode)
  return { r: r as Dimuat & { ikiId: string }, ps, now }
}

export type MuatTulisIki = Awaited<ReturnType<typeof muatTulisIki>>
