import { hariIni } from '../../server/clock.ts'
import type { Db } from '../../db/client.ts'
import {
  transisiSkp,
  type SkpAksi,
  type SkpPeran,
  type SkpStatus,
  type SkpTransisiResult,
} from '../../domain/skp-workflow.ts'
import type { AksiSkp } from '../../shared/skp.ts'
import type { Actor } from '../../server/auth/actor.ts'
import { isAdminInstansi, isAdminNasional } from '../../server/auth/policy.ts'
import { forbidden, notFound } from '../../server/errors.ts'
import { dilihatDariAtas } from '../pegawai/hierarki.ts'
import type { SkpRow } from './skp.repository.ts'

/**
 * Who may do what with an SKP (PermenPANRB 6/2022, DOMAIN §2): the owner drafts and submits, the penilai
 * (as named in the SKP's snapshot) approves, returns and reopens, admins read and may reopen.
 */
export type SkpAkses = Pick<
  SkpRow,
  'instansiId' | 'pegawaiId' | 'penilaiPegawaiId' | 'penugasanId' | 'snapshot'
>

/** The instansi an actor reads SKPs in: undefined for a national admin (any), else their own. */
export function lingkupSkp(actor: Actor): string | undefined {
  if (isAdminNasional(actor)) return undefined
  if (!actor.instansiId) throw notFound()
  return actor.instansiId
}

/**
 * The penilai is the instansi's non-ASN official (Bupati, Menteri …: the top leader and the first ring under
 * them), recorded by name without an account (DOMAIN §1).
 */
export const penilaiNonAsn = (s: Pick<SkpAkses, 'penilaiPegawaiId' | 'snapshot'>) =>
  s.penilaiPegawaiId === null && !!s.snapshot?.penilai && s.snapshot.penilai.pegawaiId === null

/**
 * Every relation the actor has to this SKP (someone may be both penilai and admin instansi). DOMAIN §1:
 * "without an account, an admin acts on their behalf, recorded as such" — an admin instansi holds the
 * penilai's relation to an SKP whose penilai is the non-ASN official (the workflow records it: atasNama).
 */
export function peranSkp(
  actor: Actor,
  s: Pick<SkpAkses, 'instansiId' | 'pegawaiId' | 'penilaiPegawaiId'> & Partial<Pick<SkpAkses, 'snapshot'>>,
): SkpPeran[] {
  const peran: SkpPeran[] = []
  if (actor.pegawaiId && actor.instansiId === s.instansiId) {
    if (actor.pegawaiId === s.pegawaiId) peran.push('pemilik')
    if (actor.pegawaiId === s.penilaiPegawaiId) peran.push('penilai')
  }
  if (isAdminNasional(actor)) peran.push('admin_nasional')
  else if (isAdminInstansi(actor, s.instansiId)) {
    peran.push('admin_instansi')
    // never for the admin's own SKP: nobody approves their own plan
    if (s.snapshot && penilaiNonAsn({ ...s, snapshot: s.snapshot }) && actor.pegawaiId !== s.pegawaiId)
      peran.push('penilai')
  }
  return peran.length > 0 ? peran : ['lain']
}

/** The admin acts as the non-ASN official's hand here (DOMAIN §1): the SKP and the audit row say so. */
export const bertindakAtasNama = (peran: SkpPeran[], s: Pick<SkpAkses, 'penilaiPegawaiId' | 'snapshot'>) =>
  peran.includes('admin_instansi') && peran.includes('penilai') && penilaiNonAsn(s)

/** Allowed when any relation allows it; otherwise the most telling refusal (a wrong state beats no authority). */
export function cekAksi(status: SkpStatus, aksi: SkpAksi, peran: SkpPeran[]): SkpTransisiResult {
  const hasil = peran.map((p) => transisiSkp(status, aksi, p))
  return (
    hasil.find((h) => h.ok) ??
    hasil.find((h) => !h.ok && h.code === 'SKP.TRANSISI_TIDAK_SAH') ??
    hasil[0] ?? { ok: false, code: 'SKP.BUKAN_WEWENANG' }
  )
}

/**
 * The buttons of the SKP page for this actor, from the workflow rules. Only called for someone who may
 * read the SKP, so the PDF is always allowed. The penilai writes ekspektasi while the SKP is submitted; the
 * owner cascades an approved SKP to subordinates in the Matriks Peran Hasil (DOMAIN §2).
 */
export function aksiSkp(status: SkpStatus, peran: SkpPeran[], atasNama = false): AksiSkp {
  const boleh = (aksi: SkpAksi) => cekAksi(status, aksi, peran).ok
  return {
    ubah: boleh('ubah'),
    ajukan: boleh('ajukan'),
    tarik: boleh('tarik'),
    setujui: boleh('setujui'),
    kembalikan: boleh('kembalikan'),
    bukaKembali: boleh('buka'),
    ubahEkspektasi: peran.includes('penilai') && status === 'diajukan',
    unduh: true,
    matriks: peran.includes('pemilik') && status === 'disetujui',
    // DOMAIN §2: an admin can change the pejabat penilai of a pending SKP (with a reason)
    gantiPenilai: peran.includes('admin_instansi') && status !== 'disetujui',
    atasNama: atasNama && (boleh('setujui') || boleh('kembalikan')),
  }
}

/** Today in WIB: hierarchy questions are asked on the Indonesian calendar date. */
export { hariIni }

/**
 * Read access: owner, penilai, admins, the atasan penilai named in the snapshot, a pimpinan/kepala of the
 * SKP's unit or a unit above it, an override atasan. Another instansi never gets here (queries are scoped:
 * 404); someone of the same instansi without a relation gets 403.
 */
export async function assertBacaSkp(db: Db, actor: Actor, s: SkpAkses, peran = peranSkp(actor, s)) {
  if (!isAdminNasional(actor) && actor.instansiId !== s.instansiId) throw notFound()
  if (!peran.includes('lain')) return
  if (actor.pegawaiId && s.snapshot.atasanPenilai?.pegawaiId === actor.pegawaiId) return
  const boleh = await dilihatDariAtas(db, {
    instansiId: s.instansiId,
    penugasanId: s.penugasanId,
    pegawaiId: s.pegawaiId,
    akunId: actor.akunId,
    pembacaPegawaiId: actor.pegawaiId,
    tanggal: hariIni(),
  })
  if (!boleh) throw forbidden()
}
