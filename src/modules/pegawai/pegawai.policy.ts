import type { Db } from '../../db/client.ts'
import type { Actor } from '../../server/auth/actor.ts'
import { assertInstansi, hasPeran, isAdminInstansi, isAdminNasional } from '../../server/auth/policy.ts'
import { forbidden } from '../../server/errors.ts'
import { hariIni as today } from '../../server/clock.ts'
import { dilihatDariAtas } from './hierarki.ts'
import { resolveUntuk } from './penilai.service.ts'

/**
 * Non-admin ways to read a pegawai: oneself, or from above today — their penilai / atasan penilai, the head
 * of their unit or of a unit above it, a pimpinan over it (DOMAIN §8: drill down to a person).
 */
export type AksesBaca = 'diri' | 'atasan'

/** Subordinate = the actor is their penilai or atasan penilai today (derived from the tree or an override). */
export async function adalahAtasan(db: Db, instansiId: string, atasanPegawaiId: string, pegawaiId: string) {
  const hasil = await resolveUntuk(db, instansiId, pegawaiId, today())
  return hasil.penilai?.pegawaiId === atasanPegawaiId || hasil.atasanPenilai?.pegawaiId === atasanPegawaiId
}

/** Another instansi → 404 (never confirm it exists); same instansi without a right → 403. */
export async function assertBacaPegawai(
  db: Db,
  actor: Actor,
  p: { id: string; instansiId: string },
  boleh: AksesBaca[],
) {
  assertInstansi(actor, p.instansiId)
  if (isAdminInstansi(actor, p.instansiId)) return
  if (boleh.includes('diri') && actor.pegawaiId === p.id) return
  if (boleh.includes('atasan') && (await dariAtas(db, actor, p))) return
  throw forbidden()
}

async function dariAtas(db: Db, actor: Actor, p: { id: string; instansiId: string }) {
  if (actor.pegawaiId && (await adalahAtasan(db, p.instansiId, actor.pegawaiId, p.id))) return true
  return dilihatDariAtas(db, {
    instansiId: p.instansiId,
    pegawaiId: p.id,
    akunId: actor.akunId,
    pembacaPegawaiId: actor.pegawaiId,
    tanggal: today(),
  })
}

/** Lists and searches of a whole instansi are for admins. */
export const bolehDaftarInstansi = (actor: Actor) =>
  isAdminNasional(actor) || hasPeran(actor, 'admin_instansi')

/**
 * Anyone else lists only the pegawai of a unit they see from above — a head of it or of a unit above it, a
 * pimpinan over it: the list behind the Beranda's completion counts (DOMAIN §8: drill down to a person).
 */
export async function assertDaftarUnit(
  db: Db,
  actor: Actor,
  unit: { id: string; instansiId: string } | null,
) {
  if (bolehDaftarInstansi(actor)) return
  const boleh =
    unit !== null &&
    (await dilihatDariAtas(db, {
      instansiId: unit.instansiId,
      unorId: unit.id,
      akunId: actor.akunId,
      pembacaPegawaiId: actor.pegawaiId,
      tanggal: today(),
    }))
  if (!boleh) throw forbidden()
}
