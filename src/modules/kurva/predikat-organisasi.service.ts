import type { Db } from '../../db/client.ts'
import type { KodePeriodePenilaian } from '../../shared/enums.ts'
import type {
  PredikatOrganisasiBaris,
  PredikatOrganisasiDaftar,
  PredikatOrganisasiInput,
} from '../../shared/kurva.ts'
import type { Ctx } from '../../server/auth/actor.ts'
import { catatAudit } from '../../server/audit.ts'
import { hariIni, sekarang } from '../../server/clock.ts'
import { forbidden } from '../../server/errors.ts'
import { kirimNotifikasi } from '../notifikasi/notifikasi.service.ts'
import { muatRentang, pilihPeriodeBawaan } from './kurva.baca.ts'
import { adminInstansi, bolehTetapkanPredikat, lingkupMonitoring, muatUnit } from './kurva.policy.ts'
import * as repo from './kurva.repository.ts'
import { iso } from './kurva.view.ts'

/**
 * Predikat kinerja organisasi per unit per period and per year (FINAL), set by the head one level up or an
 * admin, with a note (SE MenPANRB 3/2023, DOMAIN §5). It sets the pattern of the unit's curve and, through the
 * leader rule, its head's rating hasil kerja.
 */

function baris(
  u: repo.UnitRow,
  po: repo.PredikatOrgRow | undefined,
  tetapkan: boolean,
): PredikatOrganisasiBaris {
  return {
    unorId: u.id,
    unorNama: u.nama,
    indukNama: u.indukNama,
    kepalaNama: u.kepalaNama,
    predikat: po?.predikat ?? null,
    catatan: po?.catatan ?? null,
    ditetapkanOlehNama: po?.ditetapkanOlehNama ?? null,
    ditetapkanPada: po ? iso(po.updatedAt) : null,
    aksi: { tetapkan },
    perluDitetapkan: tetapkan && !po,
  }
}

/**
 * GET /predikat-organisasi — the units the actor sets (children of the units they head; every unit for an admin
 * instansi) or sees (their own units and those below, their pimpinan scope), what still needs setting first.
 */
export async function daftarPredikatOrganisasi(
  db: Db,
  ctx: Ctx,
  tahun: number,
  diminta?: KodePeriodePenilaian,
): Promise<PredikatOrganisasiDaftar> {
  const { actor } = ctx
  const instansiId = actor.instansiId
  if (!instansiId) return { tahun, ...pilihPeriodeBawaan(tahun, diminta), items: [] }
  const { rentang, periodeTersedia } = await muatRentang(db, instansiId, tahun, diminta)
  const { periode } = rentang
  const units = await repo.daftarUnit(db, instansiId, hariIni())
  const admin = adminInstansi(actor)
  const dipimpin = new Set(
    actor.pegawaiId ? await repo.unitDipimpin(db, instansiId, actor.pegawaiId, hariIni()) : [],
  )
  const terlihat = admin ? null : new Set((await lingkupMonitoring(db, actor, instansiId)) ?? [])
  const po = new Map(
    (await repo.predikatOrganisasiPeriode(db, instansiId, tahun, periode)).map((p) => [p.unorId, p]),
  )
  const items = units
    .filter((u) => terlihat === null || terlihat.has(u.id))
    .map((u) => baris(u, po.get(u.id), admin || (u.parentId !== null && dipimpin.has(u.parentId))))
  const urutan = (b: PredikatOrganisasiBaris) => (b.perluDitetapkan ? 0 : b.predikat === null ? 1 : 2)
  items.sort((a, b) => urutan(a) - urutan(b))
  return { tahun, periode, periodeTersedia, items }
}

/** PUT /unor/:id/predikat-organisasi/:tahun/:periode — set or change it; audited; the unit's head is told. */
export async function tetapkanPredikatOrganisasi(
  db: Db,
  ctx: Ctx,
  unorId: string,
  tahun: number,
  periode: KodePeriodePenilaian,
  input: PredikatOrganisasiInput,
): Promise<PredikatOrganisasiBaris> {
  const { actor } = ctx
  return db.transaction(async (tx) => {
    const u = await muatUnit(tx, actor, unorId)
    if (!(await bolehTetapkanPredikat(tx, actor, u)))
      throw forbidden(
        u.parentId === null
          ? {
              id: 'Predikat unit tertinggi (dinilai pejabat non-ASN) ditetapkan oleh admin instansi.',
              en: "The top unit's predikat (assessed by the non-ASN official) is set by an instansi admin.",
            }
          : {
              id: 'Predikat kinerja organisasi ditetapkan oleh kepala unit satu tingkat di atasnya atau admin instansi.',
              en: 'The organisation predikat is set by the head one level up or an instansi admin.',
            },
      )
    const sebelum = await repo.kunciPredikatOrganisasi(tx, u.instansiId, u.id, tahun, periode)
    const row = await repo.simpanPredikatOrganisasi(tx, {
      instansiId: u.instansiId,
      unorId: u.id,
      tahun,
      periode,
      predikat: input.predikat,
      catatan: input.catatan || null,
      ditetapkanOlehAkunId: actor.akunId,
      ditetapkanOlehPegawaiId: actor.pegawaiId,
      createdAt: sekarang(),
      updatedAt: sekarang(),
    })
    await catatAudit(tx, ctx, {
      instansiId: u.instansiId,
      aksi: 'predikat_organisasi_tetapkan',
      entitas: 'predikat_organisasi',
      entitasId: row.id,
      sebelum: sebelum && { predikat: sebelum.predikat, catatan: sebelum.catatan },
      sesudah: { unorId: u.id, tahun, periode, predikat: row.predikat, catatan: row.catatan },
    })
    const unit = (await repo.daftarUnit(tx, u.instansiId, hariIni())).find((x) => x.id === u.id)!
    if (unit.kepalaPegawaiId && unit.kepalaPegawaiId !== actor.pegawaiId)
      await kirimNotifikasi(tx, {
        instansiId: u.instansiId,
        penerimaPegawaiId: unit.kepalaPegawaiId,
        tipe: 'PREDIKAT_ORGANISASI_DITETAPKAN',
        parameter: { unit: u.nama, tahun, periode, predikat: row.predikat },
        tautan: `/kalibrasi?unorId=${u.id}&tahun=${tahun}&periode=${periode}`,
        perihal: `predikat-organisasi:${u.id}:${tahun}:${periode}`,
        segarkan: [['kurva']],
      })
    const [po] = await repo.predikatOrganisasiPeriode(tx, u.instansiId, tahun, periode, [u.id])
    return baris(unit, po, true)
  })
}
