import type { Db } from '../../db/client.ts'
import type { Ctx } from '../../server/auth/actor.ts'
import { conflict, forbidden } from '../../server/errors.ts'
import { periksaPeriodeTerbuka } from '../pelaksanaan/kunci.ts'
import { muatSkp, type SkpRow } from '../skp/skp-akses.ts'
import type { KodePeriode } from './bukti.repository.ts'

/**
 * Who may do what with bukti dukung (DOMAIN §4): whoever may read the SKP reads and downloads its
 * evidence; only its owner adds or deletes, on an approved SKP, while the period is open for realisasi.
 */
export const bolehUbah = (ctx: Ctx, s: SkpRow) =>
  !!ctx.actor.pegawaiId && ctx.actor.pegawaiId === s.pegawaiId && ctx.actor.instansiId === s.instansiId

export const belumDisetujui = () =>
  conflict('BUKTI.SKP_BELUM_DISETUJUI', {
    id: 'Bukti dukung hanya dapat ditambahkan pada SKP yang sudah disetujui.',
    en: 'Evidence can only be added to an approved SKP.',
  })

/**
 * The SKP when the actor may change its evidence in this period now: 403 / 409 otherwise. Row-locked
 * (`kunci`) for a write that is several statements; the one-statement link write re-checks in its statement.
 */
export async function muatUntukUbahBukti(
  tx: Db,
  ctx: Ctx,
  skpId: string,
  periode: KodePeriode,
  kunci = true,
) {
  const { s } = await muatSkp(tx, ctx.actor, skpId, kunci)
  if (!bolehUbah(ctx, s)) throw forbidden()
  if (s.status !== 'disetujui') throw belumDisetujui()
  await periksaPeriodeTerbuka(tx, s, periode)
  return s
}
