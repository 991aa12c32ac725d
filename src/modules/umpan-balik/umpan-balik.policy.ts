import type { Db } from '../../db/client.ts'
import type { PeranUmpanBalik } from '../../shared/enums.ts'
import type { Actor } from '../../server/auth/actor.ts'
import { hariIni } from '../../server/clock.ts'
import { forbidden } from '../../server/errors.ts'
import { dilihatDariAtas } from '../pegawai/hierarki.ts'
import { bertindakAtasNama, peranSkp } from '../skp/skp.policy.ts'
import type { SkpUtas } from './umpan-balik.repository.ts'

/**
 * Who takes part in a feedback thread (PermenPANRB 6/2022, DOMAIN §4): the SKP's owner and penilai (an admin
 * instansi acting for a non-ASN penilai, recorded as such, DOMAIN §1), and on an RHK of a Tim Kerja its
 * ketua tim, whose comments inform the penilai and never replace the rating. The atasan penilai and the
 * heads of the units above read. Nobody else: not even an admin, feedback is between people.
 */
export interface AksesUtas {
  /** The role the actor writes in; null = reads only. */
  peran: PeranUmpanBalik | null
  atasNama: boolean
}

export async function aksesUtas(
  db: Db,
  actor: Actor,
  s: SkpUtas,
  ketuaTimPegawaiId: string | null = null,
): Promise<AksesUtas> {
  const p = peranSkp(actor, s)
  if (p.includes('pemilik')) return { peran: 'pegawai', atasNama: false }
  if (p.includes('penilai')) return { peran: 'penilai', atasNama: bertindakAtasNama(p, s) }
  const sendiri = actor.instansiId === s.instansiId ? actor.pegawaiId : null
  if (sendiri && ketuaTimPegawaiId === sendiri) return { peran: 'ketua_tim', atasNama: false }
  if (await dariAtas(db, actor, s)) return { peran: null, atasNama: false }
  throw forbidden()
}

/** The atasan penilai named in the SKP, or the head of the SKP's unit or of a unit above it. */
export async function dariAtas(db: Db, actor: Actor, s: SkpUtas) {
  if (actor.instansiId !== s.instansiId || !actor.pegawaiId) return false
  if (s.snapshot.atasanPenilai?.pegawaiId === actor.pegawaiId) return true
  return dilihatDariAtas(db, {
    instansiId: s.instansiId,
    penugasanId: s.penugasanId,
    pegawaiId: s.pegawaiId,
    akunId: actor.akunId,
    pembacaPegawaiId: actor.pegawaiId,
    tanggal: hariIni(),
  })
}

/** The pegawai who hear of a new comment: the thread's other participants who have an account's person. */
export function penerimaUtas(s: SkpUtas, ketuaTimPegawaiId: string | null, penulisPegawaiId: string | null) {
  const semua = [s.pegawaiId, s.penilaiPegawaiId, ketuaTimPegawaiId]
  return [...new Set(semua.filter((x): x is string => !!x && x !== penulisPegawaiId))]
}
