import type { Db } from '../../db/client.ts'
import { PESAN_ERROR, type DomainCode } from '../../domain/pesan-error.ts'
import type { SkpAksi, SkpPeran, SkpStatus } from '../../domain/skp-workflow.ts'
import type { Actor, Ctx } from '../../server/auth/actor.ts'
import { AppError, conflict, notFound, type Teks } from '../../server/errors.ts'
import { tolakTahunDitutup } from './pengaturan.service.ts'
import { assertBacaSkp, cekAksi, hariIni, lingkupSkp, peranSkp } from './skp.policy.ts'
import { findSkp, type SkpRow } from './skp.repository.ts'

/** Shared steps of every SKP use case: load within the actor's scope, check read access, check the action. */

/** Other modules load an SKP through this file (lint: never through the skp repository). */
export type { SkpRow } from './skp.repository.ts'

export const NAMA_SKP = { id: 'SKP', en: 'SKP' }

/** A domain code as an HTTP error: no authority → 403, wrong state → 409, a rule about input → 400. */
export function galat(code: DomainCode, status = 400, path?: string): AppError {
  const teks = PESAN_ERROR[code] as Teks
  return new AppError(status, code, teks, path ? [{ path, message: teks }] : [])
}

export async function muatSkp(db: Db, actor: Actor, id: string, kunci = false) {
  const s = await findSkp(db, lingkupSkp(actor), id, kunci)
  if (!s) throw notFound(NAMA_SKP)
  const peran = peranSkp(actor, s)
  await assertBacaSkp(db, actor, s, peran)
  // the row is locked for a write: the one gate that keeps a closed year read-only (409)
  if (kunci) await tolakTahunDitutup(db, s.instansiId, s.tahun)
  return { s, peran }
}

/** The state the action leads to, or the refusal: 403 without authority, 409 in a state that forbids it. */
export function keStatus(s: SkpRow, aksi: SkpAksi, peran: SkpPeran[]): SkpStatus {
  const r = cekAksi(s.status, aksi, peran)
  if (r.ok) return r.ke
  throw galat(r.code, r.code === 'SKP.BUKAN_WEWENANG' ? 403 : 409)
}

export function cekVersi(s: SkpRow, versi: number | undefined) {
  if (versi !== undefined && versi !== s.versi) {
    throw conflict('SKP.VERSI_USANG', {
      id: 'SKP telah diubah oleh orang lain. Muat ulang lalu coba lagi.',
      en: 'The SKP was changed by someone else. Reload and try again.',
    })
  }
}

/** Load (row-locked) an SKP the actor may edit now; editing a returned SKP turns it into a draft. */
export async function muatUntukUbah(tx: Db, ctx: Ctx, id: string, versi?: number) {
  const { s, peran } = await muatSkp(tx, ctx.actor, id, true)
  const ke = keStatus(s, 'ubah', peran)
  cekVersi(s, versi)
  return { s, peran, ke }
}

export const tahunIni = () => Number(hariIni().slice(0, 4))
