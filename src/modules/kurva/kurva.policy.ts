import { sql } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import { rows } from '../../db/rows.ts'
import type { Actor } from '../../server/auth/actor.ts'
import { hariIni } from '../../server/clock.ts'
import { forbidden, notFound } from '../../server/errors.ts'
import { dilihatDariAtas } from '../pegawai/hierarki.ts'
import { unitDipimpin } from './kurva.repository.ts'

/**
 * Who may do what with the organisation predikat, the curve and the calibration (SE MenPANRB 3/2023,
 * DOMAIN §5). The predikat organisasi of a unit is set by the head one level up (the head of its parent unit,
 * definitif, Plt or Plh) or an admin instansi; the top unit's, assessed by the non-ASN official, by an admin.
 * The unit's head calibrates and closes the Penetapan Predikat Kinerja (or an admin instansi); the heads
 * above, pimpinan over the unit and admins read.
 */

const NAMA_UNIT = { id: 'Unit organisasi', en: 'Organisation unit' }

export const adminInstansi = (a: Actor) => a.peran.includes('admin_instansi') && a.instansiId !== null
export const adminNasional = (a: Actor) => a.peran.includes('admin_nasional')

export interface UnitDilihat {
  id: string
  instansiId: string
  nama: string
  parentId: string | null
}

/** The unit, in the actor's instansi (another instansi's answers 404; the national admin sees all). */
export async function muatUnit(db: Db, actor: Actor, unorId: string): Promise<UnitDilihat> {
  const lingkup = adminNasional(actor) ? null : actor.instansiId
  if (!lingkup && !adminNasional(actor)) throw notFound(NAMA_UNIT)
  const [u] = await rows<UnitDilihat>(
    db,
    sql`select id, instansi_id as "instansiId", nama, parent_id as "parentId" from unor
      where id = ${unorId} ${lingkup ? sql`and instansi_id = ${lingkup}` : sql``}`,
  )
  if (!u) throw notFound(NAMA_UNIT)
  return u
}

/** The actor heads this unit today. */
export async function memimpin(db: Db, actor: Actor, instansiId: string, unorId: string) {
  if (!actor.pegawaiId) return false
  return (await unitDipimpin(db, instansiId, actor.pegawaiId, hariIni())).includes(unorId)
}

/** May set the unit's predikat organisasi: the parent's head, or an admin instansi (always for the top unit). */
export async function bolehTetapkanPredikat(db: Db, actor: Actor, u: UnitDilihat) {
  if (adminInstansi(actor) && actor.instansiId === u.instansiId) return true
  return u.parentId !== null && (await memimpin(db, actor, u.instansiId, u.parentId))
}

/** May read the unit's curve and calibration grid: its head or a head above, pimpinan over it, admins. */
export async function bolehLihatUnit(db: Db, actor: Actor, u: UnitDilihat) {
  if (adminNasional(actor) || (adminInstansi(actor) && actor.instansiId === u.instansiId)) return true
  return dilihatDariAtas(db, {
    instansiId: u.instansiId,
    unorId: u.id,
    akunId: actor.akunId,
    pembacaPegawaiId: actor.pegawaiId,
    tanggal: hariIni(),
  })
}

export async function harusLihatUnit(db: Db, actor: Actor, u: UnitDilihat) {
  if (!(await bolehLihatUnit(db, actor, u)))
    throw forbidden({
      id: 'Kurva unit ini dilihat oleh kepala unit, atasannya, pimpinan, dan admin.',
      en: "This unit's curve is seen by the unit head, the heads above, leaders and admins.",
    })
}

/** May calibrate and close the penetapan: the unit's head or an admin instansi. */
export async function bolehKalibrasi(db: Db, actor: Actor, u: UnitDilihat) {
  if (adminInstansi(actor) && actor.instansiId === u.instansiId) return true
  return memimpin(db, actor, u.instansiId, u.id)
}

export async function harusKalibrasi(db: Db, actor: Actor, u: UnitDilihat) {
  if (!(await bolehKalibrasi(db, actor, u)))
    throw forbidden({
      id: 'Kalibrasi dan penetapan predikat dilakukan oleh kepala unit atau admin instansi.',
      en: 'Calibration and the penetapan are done by the unit head or an instansi admin.',
    })
}

/**
 * The units whose curves the actor monitors: every unit for admins; otherwise the subtrees of the units they
 * head today and of their pimpinan scope (akun.lingkup_unor_id). Null: no scope at all.
 */
export async function lingkupMonitoring(db: Db, actor: Actor, instansiId: string): Promise<string[] | null> {
  const [r] = await rows<{ ids: string[] | null }>(
    db,
    sql`with recursive akar as (
        select n.unor_id as id from penugasan n where n.instansi_id = ${instansiId}
          and n.pegawai_id = ${actor.pegawaiId} and n.is_kepala
          and n.mulai <= ${hariIni()} and (n.selesai is null or n.selesai >= ${hariIni()})
        union
        select a.lingkup_unor_id from akun a where a.id = ${actor.akunId} and a.instansi_id = ${instansiId}
          and 'pimpinan' = any(a.peran) and a.lingkup_unor_id is not null
      ), turun(id) as (
        select id from akar
        union
        select u.id from unor u join turun on u.parent_id = turun.id where u.instansi_id = ${instansiId}
      )
      select array_agg(id::text) as ids from turun`,
  )
  return r?.ids && r.ids.length > 0 ? r.ids : null
}
