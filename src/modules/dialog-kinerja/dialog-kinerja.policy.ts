import type { Db } from '../../db/client.ts'
import type { PeranDialog } from '../../domain/dialog-kinerja.ts'
import type { Actor } from '../../server/auth/actor.ts'
import { forbidden } from '../../server/errors.ts'
import { muatSkp } from '../skp/skp-akses.ts'
import type { DialogRow } from './dialog-kinerja.repository.ts'

/**
 * Who sees a dialog kinerja and in which role: the pegawai and the atasan who held it (an admin instansi
 * holding the non-ASN penilai's hand, DOMAIN §1) take part; whoever may read the SKP (the atasan penilai, the
 * heads above, admins: it is a record of the pembinaan) reads it.
 */
export async function peranDialog(db: Db, actor: Actor, d: DialogRow): Promise<PeranDialog> {
  const sendiri = actor.instansiId === d.instansiId ? actor.pegawaiId : null
  if (sendiri && sendiri === d.pegawaiId) return 'pegawai'
  if (sendiri && sendiri === d.atasanPegawaiId) return 'atasan'
  const { peran } = await muatSkp(db, actor, d.skpId)
  if (d.atasanPegawaiId === null && peran.includes('penilai') && peran.includes('admin_instansi'))
    return 'atasan'
  return 'pembaca'
}

/** Only this side may do it (403 otherwise, before any question of state). */
export function harusPeran(peran: PeranDialog, boleh: PeranDialog) {
  if (peran !== boleh)
    throw forbidden(
      boleh === 'pegawai'
        ? {
            id: 'Hanya pegawai yang bersangkutan yang mengisi ini.',
            en: 'Only the employee concerned fills this in.',
          }
        : {
            id: 'Hanya atasan (pejabat penilai) yang dapat melakukan ini.',
            en: 'Only the superior (assessor) may do this.',
          },
    )
}
