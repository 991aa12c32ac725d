import type { Db } from '../../db/client.ts'
import type { Actor } from '../../server/auth/actor.ts'
import { hariIni } from '../../server/clock.ts'
import { forbidden } from '../../server/errors.ts'
import { isAdminInstansi } from '../../server/auth/policy.ts'
import { dilihatDariAtas } from '../pegawai/hierarki.ts'

/**
 * Who may download an evaluation document (DOMAIN §6): the pegawai, whoever rated or rates it (the penilai,
 * a delegate), the atasan penilai, heads above the pegawai's unit (pimpinan in their scope), admins. The
 * caller already answered 404 for another instansi.
 */
export async function assertBacaEvaluasi(
  db: Db,
  actor: Actor,
  o: { instansiId: string; pegawaiId: string; penugasanId: string; terkait: (string | null | undefined)[] },
) {
  if (isAdminInstansi(actor, o.instansiId)) return
  if (actor.pegawaiId && (actor.pegawaiId === o.pegawaiId || o.terkait.includes(actor.pegawaiId))) return
  const boleh = await dilihatDariAtas(db, {
    instansiId: o.instansiId,
    pegawaiId: o.pegawaiId,
    penugasanId: o.penugasanId,
    akunId: actor.akunId,
    pembacaPegawaiId: actor.pegawaiId,
    tanggal: hariIni(),
  })
  if (!boleh) throw forbidden()
}

/** A unit's penetapan: whoever made it, heads of the unit or above, pimpinan over it, admins. */
export async function assertBacaPenetapan(
  db: Db,
  actor: Actor,
  o: { instansiId: string; unorId: string; penetapPegawaiId: string | null },
) {
  if (isAdminInstansi(actor, o.instansiId)) return
  if (actor.pegawaiId && actor.pegawaiId === o.penetapPegawaiId) return
  const boleh = await dilihatDariAtas(db, {
    instansiId: o.instansiId,
    unorId: o.unorId,
    akunId: actor.akunId,
    pembacaPegawaiId: actor.pegawaiId,
    tanggal: hariIni(),
  })
  if (!boleh) throw forbidden()
}
