import type { Actor } from '../../server/auth/actor.ts'
import { isAdminInstansi, isAdminNasional } from '../../server/auth/policy.ts'
import { AppError, forbidden, notFound, type FieldError, type Teks } from '../../server/errors.ts'
import type { StatusProgres } from '../../shared/enums.ts'
import type { ProgresRow } from './progres-harian.repository.ts'
import { transisiProgres, type AksiProgres, type PeranProgres } from './progres-harian.rules.ts'

/**
 * Who may do what with a day's entry: its owner writes and submits, the penilai named by its SKP reviews,
 * admins read. Another instansi's entry is never found (404), someone else's in the same instansi is 403.
 */
export const NAMA_PROGRES = { id: 'Progres harian', en: 'Daily progress entry' }

export function peranProgres(
  actor: Actor,
  r: Pick<ProgresRow, 'instansiId' | 'pegawaiId' | 'penilaiPegawaiId'>,
): PeranProgres {
  if (!actor.pegawaiId || actor.instansiId !== r.instansiId) return 'lain'
  if (actor.pegawaiId === r.pegawaiId) return 'pemilik'
  if (actor.pegawaiId === r.penilaiPegawaiId) return 'penilai'
  return 'lain'
}

/** The instansi an actor reads entries in: undefined for a national admin (any), else their own. */
export function lingkupProgres(actor: Actor): string | undefined {
  if (isAdminNasional(actor)) return undefined
  if (!actor.instansiId) throw notFound(NAMA_PROGRES)
  return actor.instansiId
}

export function assertBacaProgres(actor: Actor, r: ProgresRow) {
  if (peranProgres(actor, r) !== 'lain') return
  if (isAdminNasional(actor) || isAdminInstansi(actor, r.instansiId)) return
  throw forbidden()
}

/** Only someone with a pegawai record of an instansi keeps progres harian (an admin account has none). */
export function pemilikDari(actor: Actor) {
  if (!actor.instansiId || !actor.pegawaiId)
    throw forbidden({
      id: 'Hanya pegawai yang mengisi progres harian.',
      en: 'Only employees keep daily progress.',
    })
  return { instansiId: actor.instansiId, pegawaiId: actor.pegawaiId }
}

const TEKS_TRANSISI: Record<'PROGRES.BUKAN_WEWENANG' | 'PROGRES.TRANSISI_TIDAK_SAH', Teks> = {
  'PROGRES.BUKAN_WEWENANG': {
    id: 'Anda tidak berwenang atas entri progres harian ini.',
    en: 'You are not allowed to act on this daily progress entry.',
  },
  'PROGRES.TRANSISI_TIDAK_SAH': {
    id: 'Entri progres harian dalam status ini tidak dapat diproses dengan cara tersebut.',
    en: 'The daily progress entry cannot be processed this way in its current status.',
  },
}

/**
 * The status the action leads to, or the refusal: 403 without authority, 409 in a state that forbids it,
 * 409 when the entry changed since the reader saw it. `path` names the entry in a bulk request.
 */
export function keStatus(
  actor: Actor,
  r: ProgresRow,
  aksi: AksiProgres,
  versi: number | undefined,
  path?: string,
): StatusProgres {
  const hasil = transisiProgres(r.status, aksi, peranProgres(actor, r))
  const fe = (teks: Teks): FieldError[] => (path ? [{ path, message: teks }] : [])
  if (!hasil.ok) {
    const teks = TEKS_TRANSISI[hasil.code]
    throw new AppError(hasil.code === 'PROGRES.BUKAN_WEWENANG' ? 403 : 409, hasil.code, teks, fe(teks))
  }
  if (versi !== undefined && versi !== r.versi) {
    const teks = {
      id: 'Entri progres harian telah diubah oleh orang lain. Muat ulang lalu coba lagi.',
      en: 'The daily progress entry was changed by someone else. Reload and try again.',
    }
    throw new AppError(409, 'PROGRES.VERSI_USANG', teks, fe(teks))
  }
  return hasil.ke
}
