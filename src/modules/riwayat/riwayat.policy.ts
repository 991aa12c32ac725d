import type { Db } from '../../db/client.ts'
import type { Actor } from '../../server/auth/actor.ts'
import { isAdminInstansi } from '../../server/auth/policy.ts'
import { hariIni } from '../../server/clock.ts'
import { forbidden } from '../../server/errors.ts'
import { dilihatDariAtas } from '../pegawai/hierarki.ts'

/**
 * Who reads a riwayat kinerja (DOMAIN §7): the pegawai, heads above them (and pimpinan over their unit, an
 * override atasan), admins. Another instansi's pegawai was already answered 404.
 */
export async function assertBacaRiwayat(db: Db, actor: Actor, p: { instansiId: string; id: string }) {
  if (isAdminInstansi(actor, p.instansiId)) return
  if (actor.pegawaiId === p.id) return
  const boleh = await dilihatDariAtas(db, {
    instansiId: p.instansiId,
    pegawaiId: p.id,
    akunId: actor.akunId,
    pembacaPegawaiId: actor.pegawaiId,
    tanggal: hariIni(),
  })
  if (!boleh) throw forbidden()
}
