import type { Db } from '../../db/client.ts'
import { hitungAnggota, ringkasKurva, type RingkasanKurva } from '../../domain/kurva.ts'
import { daftarPeriode } from '../../domain/periode.ts'
import { pilihPeriode as pilihPeriodeDomain, type PeriodePilihan } from '../../domain/periode-pilihan.ts'
import { pengaturanBawaan, type JenisPeriodePenilaian } from '../../domain/settings.ts'
import { hariIni } from '../../server/clock.ts'
import { JENIS_PERIODE_PENILAIAN, type KodePeriodePenilaian } from '../../shared/enums.ts'
import { muatPengaturanSkp } from '../pelaksanaan/kunci.ts'
import type { KalibrasiGrid } from '../../shared/kurva.ts'
import type { Actor } from '../../server/auth/actor.ts'
import { bolehKalibrasi, harusLihatUnit, muatUnit } from './kurva.policy.ts'
import * as repo from './kurva.repository.ts'
import { kalibrasiGrid } from './kurva.view.ts'

export { bolehKalibrasi, harusKalibrasi, harusLihatUnit, muatUnit } from './kurva.policy.ts'

/**
 * Public reads of the curve for other modules (the Penilaian Bawahan panel, documents) and benchmarks. Each
 * is a handful of set-based queries whatever the unit's size: the year's settings, the unit's predikat
 * organisasi, the pegawai with their current evaluation, the latest penetapan.
 */

/** A period code's dates (any code: B01…B12, TW1…TW4, S1, S2, FINAL), whatever the year's period setting. */
export function tanggalPeriode(tahun: number, periode: KodePeriodePenilaian) {
  for (const jenis of JENIS_PERIODE_PENILAIAN) {
    const p = daftarPeriode(tahun, jenis).find((x) => x.kode === periode)
    if (p) return { mulai: p.mulai, selesai: p.selesai }
  }
  return { mulai: `${tahun}-01-01`, selesai: `${tahun}-12-31` }
}

/**
 * The period asked for, else the year's default (src/domain/periode-pilihan.ts), with the year's periods for the
 * pickers. Any valid code is accepted (the predikat organisasi is kept per code, links made under an earlier
 * setting keep working); the list offers only those of the year's setting.
 */
export const pilihPeriode = (tahun: number, jenis: JenisPeriodePenilaian, periode?: KodePeriodePenilaian) =>
  pilihPeriodeDomain(tahun, jenis, periode, hariIni())

/** Outside any instansi (the national admin without one chosen): the default setting's periods. */
export const pilihPeriodeBawaan = (tahun: number, periode?: KodePeriodePenilaian) =>
  pilihPeriode(tahun, pengaturanBawaan(tahun).periodePenilaian, periode)

/**
 * The period (asked for, else the year's default), its dates, the exempt statuses, the curve rounding and the
 * year's periods of the instansi's year (1 query).
 */
export async function muatRentang(db: Db, instansiId: string, tahun: number, diminta?: KodePeriodePenilaian) {
  const { pengaturan } = await muatPengaturanSkp(db, { instansiId, tahun })
  const { periode, periodeTersedia } = pilihPeriode(tahun, pengaturan.periodePenilaian, diminta)
  const rentang: repo.RentangPeriode = {
    tahun,
    periode,
    ...tanggalPeriode(tahun, periode),
    statusBebas: [...pengaturan.statusBebasSkp],
  }
  return { rentang, pembulatan: pengaturan.pembulatanDistribusi, periodeTersedia }
}

/** The curve of some pegawai rows against an organisation predikat (DOMAIN §5: head and exempt out). */
export function kurvaDari(
  anggota: repo.AnggotaRow[],
  predikatOrganisasi: RingkasanKurva['predikatOrganisasi'],
  pembulatan: RingkasanKurva['pembulatan'],
): RingkasanKurva {
  return ringkasKurva(predikatOrganisasi, hitungAnggota(anggota), pembulatan)
}

export interface KurvaUnit {
  unorId: string
  rentang: repo.RentangPeriode
  periodeTersedia: PeriodePilihan[]
  predikatOrganisasi: repo.PredikatOrgRow | null
  anggota: repo.AnggotaRow[]
  kurva: RingkasanKurva
}

/** The whole unit's curve for the period (its head and exempt pegawai not counted). */
export async function pratinjauKurvaUnit(
  db: Db,
  instansiId: string,
  unorId: string,
  tahun: number,
  periode?: KodePeriodePenilaian,
): Promise<KurvaUnit> {
  const { rentang, pembulatan, periodeTersedia } = await muatRentang(db, instansiId, tahun, periode)
  const [po] = await repo.predikatOrganisasiPeriode(db, instansiId, tahun, rentang.periode, [unorId])
  const anggota = await repo.anggotaKurva(db, instansiId, rentang, { unorIds: [unorId] })
  return {
    unorId,
    rentang,
    periodeTersedia,
    predikatOrganisasi: po ?? null,
    anggota,
    kurva: kurvaDari(anggota, po?.predikat ?? null, pembulatan),
  }
}

/** The calibration grid: every counted pegawai's proposed predikat with the curve and the latest penetapan. */
export async function gridKalibrasi(
  db: Db,
  instansiId: string,
  unorId: string,
  tahun: number,
  periode?: KodePeriodePenilaian,
) {
  const unit = await pratinjauKurvaUnit(db, instansiId, unorId, tahun, periode)
  const [penetapan] = await repo.daftarPenetapan(db, instansiId, unorId, tahun, unit.rentang.periode)
  return {
    ...unit,
    baris: unit.anggota.filter((a) => !a.kepalaUnit && !a.bebas),
    penetapan: penetapan ?? null,
  }
}

/** The grid as this actor sees it (policy checked; no period: the year's default). Also the answer of an adjustment. */
export async function lihatKalibrasi(
  db: Db,
  actor: Actor,
  unorId: string,
  tahun: number,
  periode?: KodePeriodePenilaian,
): Promise<KalibrasiGrid> {
  const u = await muatUnit(db, actor, unorId)
  await harusLihatUnit(db, actor, u)
  const g = await gridKalibrasi(db, u.instansiId, u.id, tahun, periode)
  return kalibrasiGrid({ id: u.id, nama: u.nama }, tahun, g, await bolehKalibrasi(db, actor, u))
}
