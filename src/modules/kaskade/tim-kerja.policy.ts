import type { Db } from '../../db/client.ts'
import type { Actor } from '../../server/auth/actor.ts'
import { assertInstansi, hasPeran, isAdminInstansi } from '../../server/auth/policy.ts'
import { AppError, forbidden } from '../../server/errors.ts'
import { adalahAtasan, dalamSubpohon } from '../pegawai/hierarki.ts'
import { hariIniWib, tanggalAcuan } from './tanggal.ts'
import type { TimKerjaRow } from './tim-kerja.repository.ts'

/**
 * Tim Kerja (DOMAIN §2): formed by someone with authority over its members (someone with subordinates) or an admin of the instansi;
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

/**
 * DOMAIN §2: a Tim Kerja is formed by someone with authority over its members. A member cannot refuse a
 * team, so only a pimpinan whose subtree holds every person named (ketua and members, on a day of the
 * team's year) or an admin of the instansi may put them in it; 403 naming who is outside otherwise.
 * `orang` maps each pegawai id to their name (all of the instansi, checked before).
 */
export async function assertWewenangAnggota(
  db: Db,
  actor: Actor,
  instansiId: string,
  tahun: number,
  orang: Map<string, string>,
) {
  if (isAdminInstansi(actor, instansiId) || orang.size === 0) return
  if (!actor.pegawaiId) throw forbidden()
  const tanggal = tanggalAcuan({ mulai: `${tahun}-01-01`, selesai: `${tahun}-12-31` })
  const dalam = await dalamSubpohon(db, instansiId, actor.pegawaiId, [...orang.keys()], tanggal)
  const luar = [...orang].filter(([id]) => !dalam.has(id)).map(([, nama]) => nama)
  if (luar.length === 0) return
  const daftar = luar.join(', ')
  throw new AppError(403, 'TIM.DI_LUAR_WEWENANG', {
    id: `Anda tidak berwenang atas ${daftar}: anggota tim kerja harus berada di bawah Anda dalam struktur organisasi, atau tim dibentuk oleh admin instansi.`,
    en: `You have no authority over ${daftar}: team members must be below you in the organisation, or the team is formed by an agency administrator.`,
  })
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
