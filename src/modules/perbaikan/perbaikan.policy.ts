import type { Db } from '../../db/client.ts'
import type { Actor } from '../../server/auth/actor.ts'
import { isAdminInstansi } from '../../server/auth/policy.ts'
import { hariIni } from '../../server/clock.ts'
import { forbidden } from '../../server/errors.ts'
import type { PERAN_PERBAIKAN } from '../../shared/perbaikan.ts'
import { dilihatDariAtas } from '../pegawai/hierarki.ts'

export type PeranPerbaikan = (typeof PERAN_PERBAIKAN)[number]

/**
 * PP 30/2019: the penilai who gave the predikat follows the improvement up and an admin instansi may record
 * for them; the pegawai reads their own; the heads above read (DOMAIN §8). Anyone else: 403.
 */
export async function peranPerbaikan(
  db: Db,
  actor: Actor,
  r: { instansiId: string; pegawaiId: string; penilaiPegawaiId: string | null },
): Promise<PeranPerbaikan> {
  const sendiri = actor.instansiId === r.instansiId ? actor.pegawaiId : null
  if (sendiri && sendiri === r.penilaiPegawaiId) return 'penilai'
  if (isAdminInstansi(actor, r.instansiId)) return 'admin'
  if (sendiri && sendiri === r.pegawaiId) return 'pegawai'
  const atas = await dilihatDariAtas(db, {
    instansiId: r.instansiId,
    pegawaiId: r.pegawaiId,
    akunId: actor.akunId,
    pembacaPegawaiId: actor.pegawaiId,
    tanggal: hariIni(),
  })
  if (atas) return 'pembaca'
  throw forbidden()
}

/** Recording (follow-ups, closing) is for the penilai and an admin instansi. */
export function harusPencatat(peran: PeranPerbaikan) {
  if (peran !== 'penilai' && peran !== 'admin')
    throw forbidden({
      id: 'Tindak lanjut rencana perbaikan dicatat oleh pejabat penilai atau admin instansi.',
      en: 'Improvement plan follow-ups are recorded by the assessor or an agency admin.',
    })
}
