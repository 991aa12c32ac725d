import type { Db } from '../../db/client.ts'
import { bobotPeringatan } from '../../domain/kurva.ts'
import type { KodePeriodePenilaian } from '../../shared/enums.ts'
import type { KurvaPratinjau, MonitoringKurva } from '../../shared/kurva.ts'
import type { Ctx } from '../../server/auth/actor.ts'
import { hariIni } from '../../server/clock.ts'
import { fieldError, forbidden, notFound } from '../../server/errors.ts'
import { kurvaDari, muatRentang, pilihPeriodeBawaan, pratinjauKurvaUnit } from './kurva.baca.ts'
import { adminInstansi, adminNasional, harusLihatUnit, lingkupMonitoring, muatUnit } from './kurva.policy.ts'
import * as repo from './kurva.repository.ts'

/**
 * The live curve (SE MenPANRB 3/2023, DOMAIN §5): for a penilai's subordinates, for a unit, and Monitoring
 * Kurva over the units in the actor's scope. Warnings only; a unit without a predikat organisasi yet gets an
 * info state (no pattern), never an error.
 */

/** The year and, optionally, the period (none: the year's default, named in the answer). */
interface Pilihan {
  tahun: number
  periode?: KodePeriodePenilaian
  unorId?: string
}

/** GET /kurva/pratinjau — without unorId the actor's subordinates as penilai; with it the whole unit. */
export async function pratinjauKurva(db: Db, ctx: Ctx, q: Pilihan): Promise<KurvaPratinjau> {
  const { tahun } = q
  if (q.unorId) {
    const u = await muatUnit(db, ctx.actor, q.unorId)
    await harusLihatUnit(db, ctx.actor, u)
    const k = await pratinjauKurvaUnit(db, u.instansiId, u.id, tahun, q.periode)
    const { periode } = k.rentang
    const unor = { id: u.id, nama: u.nama }
    return { tahun, periode, lingkup: 'unit', periodeTersedia: k.periodeTersedia, unor, kurva: k.kurva }
  }
  const { instansiId, pegawaiId } = ctx.actor
  if (!instansiId || !pegawaiId)
    return {
      tahun,
      ...pilihPeriodeBawaan(tahun, q.periode),
      lingkup: 'bawahan',
      unor: null,
      kurva: kurvaDari([], null, 'terdekat'),
    }
  const { rentang, pembulatan, periodeTersedia } = await muatRentang(db, instansiId, tahun, q.periode)
  const { periode } = rentang
  const unorId = await unitPenilai(db, instansiId, pegawaiId, rentang)
  const unit = unorId ? await repo.namaUnit(db, instansiId, unorId) : null
  const [po] = unorId ? await repo.predikatOrganisasiPeriode(db, instansiId, tahun, periode, [unorId]) : []
  const anggota = await repo.anggotaKurva(db, instansiId, rentang, { penilaiPegawaiId: pegawaiId })
  return {
    tahun,
    periode,
    periodeTersedia,
    lingkup: 'bawahan',
    unor: unit ? { id: unit.id, nama: unit.nama } : null,
    kurva: kurvaDari(anggota, po?.predikat ?? null, pembulatan),
  }
}

/**
 * The unit whose organisation predikat sets the pattern of a penilai's subordinates: the one they headed during
 * the period (a head moved since then is compared with the unit they led then), else the one they head today.
 */
async function unitPenilai(db: Db, instansiId: string, pegawaiId: string, r: repo.RentangPeriode) {
  const selama = await repo.unitDipimpinSelama(db, instansiId, pegawaiId, r)
  if (selama) return selama
  const [kini] = await repo.unitDipimpin(db, instansiId, pegawaiId, hariIni())
  return kini ?? null
}

/** The units below `akar` (itself included). */
function subpohon(units: repo.UnitRow[], akar: string): Set<string> {
  const hasil = new Set([akar])
  let tambah = true
  while (tambah) {
    tambah = false
    for (const u of units)
      if (u.parentId && hasil.has(u.parentId) && !hasil.has(u.id)) {
        hasil.add(u.id)
        tambah = true
      }
  }
  return hasil
}

/**
 * GET /kurva/monitoring — Monitoring Kurva: one row per unit in scope (pimpinan and heads: their subtree; admin
 * instansi: every unit; admin nasional: the instansi named), units breaking the curve first. Five queries.
 */
export async function monitoringKurva(
  db: Db,
  ctx: Ctx,
  q: Pilihan & { instansiId?: string },
): Promise<MonitoringKurva> {
  const { actor } = ctx
  // another instansi named by anyone but the national admin: as if it did not exist
  if (!adminNasional(actor) && q.instansiId && q.instansiId !== actor.instansiId)
    throw notFound({ id: 'Instansi', en: 'Agency' })
  const instansiId = adminNasional(actor) ? (q.instansiId ?? null) : actor.instansiId
  if (!instansiId)
    throw fieldError('KURVA.INSTANSI_WAJIB', 'instansiId', {
      id: 'Pilih instansi.',
      en: 'Choose an instansi.',
    })
  const units = await repo.daftarUnit(db, instansiId, hariIni())
  let lingkup: Set<string>
  if (adminNasional(actor) || adminInstansi(actor)) lingkup = new Set(units.map((u) => u.id))
  else {
    const ids = await lingkupMonitoring(db, actor, instansiId)
    if (!ids)
      throw forbidden({
        id: 'Monitoring Kurva untuk pimpinan unit dan admin.',
        en: 'Curve monitoring is for unit leaders and admins.',
      })
    lingkup = new Set(ids)
  }
  if (q.unorId) {
    const bawah = subpohon(units, q.unorId)
    lingkup = new Set([...lingkup].filter((id) => bawah.has(id)))
  }
  const dipilih = units.filter((u) => lingkup.has(u.id))
  const { rentang, pembulatan, periodeTersedia } = await muatRentang(db, instansiId, q.tahun, q.periode)
  const { periode } = rentang
  const po = new Map(
    (await repo.predikatOrganisasiPeriode(db, instansiId, q.tahun, periode)).map((p) => [p.unorId, p]),
  )
  const perUnit = new Map<string, repo.AnggotaRow[]>()
  if (dipilih.length > 0)
    for (const a of await repo.anggotaKurva(db, instansiId, rentang, { unorIds: dipilih.map((u) => u.id) }))
      perUnit.set(a.unorId, [...(perUnit.get(a.unorId) ?? []), a])
  const items = dipilih.map((u) => ({
    unorId: u.id,
    unorNama: u.nama,
    indukNama: u.indukNama,
    kepalaNama: u.kepalaNama,
    kurva: kurvaDari(perUnit.get(u.id) ?? [], po.get(u.id)?.predikat ?? null, pembulatan),
  }))
  // stable: units keep their name order within the same weight
  items.sort((a, b) => bobotPeringatan(b.kurva) - bobotPeringatan(a.kurva))
  return { tahun: q.tahun, periode, periodeTersedia, items }
}
