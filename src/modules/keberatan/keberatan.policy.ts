import type { KeberatanDetail, PeranKeberatan, PeranKomentar } from '../../shared/keberatan.ts'
import type { Actor } from '../../server/auth/actor.ts'
import { isAdminInstansi, isAdminNasional } from '../../server/auth/policy.ts'
import { forbidden } from '../../server/errors.ts'
import type { EvaluasiRow, KeberatanRow } from './keberatan.repository.ts'

/**
 * Who takes part in a keberatan (PP 30/2019 Pasal 59: the atasan penilai hears both sides): the pegawai who
 * objects, the penilai who rated, the atasan penilai who decides; where that is the non-ASN official (no
 * account), an admin instansi records the official's signed decision (DOMAIN §1). National admins read.
 */
export function peranKeberatan(
  actor: Actor,
  k: Pick<KeberatanRow, 'instansiId' | 'pegawaiId' | 'pemutusPegawaiId'>,
  e: Pick<EvaluasiRow, 'penilaiPegawaiId'>,
): PeranKeberatan[] {
  const peran: PeranKeberatan[] = []
  const sendiri = actor.instansiId === k.instansiId ? actor.pegawaiId : null
  if (sendiri) {
    if (sendiri === k.pegawaiId) peran.push('pegawai')
    if (sendiri === e.penilaiPegawaiId) peran.push('penilai')
    if (sendiri === k.pemutusPegawaiId) peran.push('pemutus')
  }
  if (isAdminNasional(actor)) peran.push('pembaca')
  // never on one's own keberatan: nobody records the decision on their own objection
  else if (isAdminInstansi(actor, k.instansiId) && sendiri !== k.pegawaiId) peran.push('admin')
  return peran
}

/** Only the parties and admins read a keberatan. */
export function harusPihak(peran: PeranKeberatan[]) {
  if (peran.length === 0)
    throw forbidden({
      id: 'Keberatan hanya dapat dibaca oleh para pihak dan admin.',
      en: 'An objection can only be read by the parties and the admins.',
    })
}

/** The admin holds the non-ASN official's hand here. */
const adminAtasNama = (peran: PeranKeberatan[], k: Pick<KeberatanRow, 'pemutusPegawaiId'>) =>
  peran.includes('admin') && k.pemutusPegawaiId === null

/** The side a statement is written from (someone with several parts writes as the first of these). */
export function peranKomentar(
  peran: PeranKeberatan[],
  k: Pick<KeberatanRow, 'pemutusPegawaiId'>,
): PeranKomentar | null {
  if (peran.includes('pegawai')) return 'pegawai'
  if (peran.includes('pemutus')) return 'atasan_penilai'
  if (peran.includes('penilai')) return 'penilai'
  if (adminAtasNama(peran, k)) return 'admin'
  return null
}

export function aksiKeberatan(
  peran: PeranKeberatan[],
  k: Pick<KeberatanRow, 'status' | 'pemutusPegawaiId' | 'suratBerkasId'>,
): KeberatanDetail['aksi'] {
  const terbuka = k.status === 'diajukan'
  return {
    komentar: terbuka && peranKomentar(peran, k) !== null,
    putuskan: terbuka && peran.includes('pemutus'),
    putuskanAtasNama: terbuka && adminAtasNama(peran, k),
    unduhSurat: k.suratBerkasId !== null,
  }
}

/** Something here waits for the reader: the decision. */
export const menungguKeberatan = (peran: PeranKeberatan[], k: Parameters<typeof aksiKeberatan>[1]) => {
  const a = aksiKeberatan(peran, k)
  return a.putuskan || a.putuskanAtasNama
}
