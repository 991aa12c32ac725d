import type { Db } from '../../db/client.ts'
import type { Actor } from '../../server/auth/actor.ts'
import { assertInstansi, hasPeran, isAdminInstansi } from '../../server/auth/policy.ts'
import { forbidden } from '../../server/errors.ts'
import { adalahAtasan } from '../pegawai/hierarki.ts'
import { hariIniWib } from './tanggal.ts'
import type { TimKerjaRow } from './tim-kerja.repository.ts'

/**
 * Tim Kerja (DOMAIN §2): formed by an atasan (someone with subordinates) or an admin of the instansi;
 * managed by whoever formed it, its ketua and admins; read by those plus its members and pimpinan.
 * Another instansi's team answers 404.
 */

export async function assertBolehBentuk(db: Db, actor: Actor, instansiId: string) {
  assertInstansi(actor, instansiId)
  if (isAdminInstansi(actor, instansiId)) return
  const atasan = actor.pegawaiId && (await adalahAtasan(db, instansiId, actor.pegawaiId, hariIniWib()))
  if (!atasan) {
    throw forbidden({
      id: 'Tim kerja dibentuk oleh atasan atau admin instansi.',
      en: 'A team is formed by a superior or an agency administrator.',
    })
  }
}

export function bolehKelola(actor: Actor, tim: TimKerjaRow): boolean {
  if (isAdminInstansi(actor, tim.instansiId)) return true
  if (actor.instansiId !== tim.instansiId || !actor.pegawaiId) return false
  return actor.pegawaiId === tim.dibuatOlehPegawaiId || actor.pegawaiId === tim.ketuaPegawaiId
}

export function assertKelola(actor: Actor, tim: TimKerjaRow) {
  assertInstansi(actor, tim.instansiId)
  if (!bolehKelola(actor, tim)) throw forbidden()
}

export function assertBaca(actor: Actor, tim: TimKerjaRow, anggotaIds: string[]) {
  assertInstansi(actor, tim.instansiId)
  if (bolehKelola(actor, tim) || hasPeran(actor, 'pimpinan')) return
  if (actor.pegawaiId && anggotaIds.includes(actor.pegawaiId)) return
  throw forbidden()
}
