import type { Database } from '../../db/client.ts'
import { addDays } from '../../domain/iso-date.ts'
import type { AtasanOverrideCreate, AtasanOverrideView, AtasanView } from '../../shared/pegawai.ts'
import type { Ctx } from '../../server/auth/actor.ts'
import { assertAdminInstansi } from '../../server/auth/policy.ts'
import { catatAudit } from '../../server/audit.ts'
import { conflict, fieldError, notFound } from '../../server/errors.ts'
import { hariIni as today } from '../../server/clock.ts'
import { lingkupObjek } from '../organisasi/organisasi.policy.ts'
import * as repo from './atasan.repository.ts'
import { assertBacaPegawai } from './pegawai.policy.ts'
import { findPegawai } from './pegawai.repository.ts'
import { cariPenilai } from './penilai.service.ts'
import { cariBentrok } from './penugasan.rules.ts'
import { segarkanSkpTerdampak } from '../skp/skp-snapshot.ts'

const PEGAWAI = { id: 'Pegawai', en: 'Employee' }
const OVERRIDE = { id: 'Atasan pengganti', en: 'Superior override' }

const overrideView = ({ override: o, atasan }: repo.OverrideLengkap): AtasanOverrideView => ({
  id: o.id,
  pegawaiId: o.pegawaiId,
  atasan,
  mulai: o.mulai,
  selesai: o.selesai,
  alasan: o.alasan,
})

const salahAtasan = (id: string, en: string) =>
  fieldError('ATASAN.TIDAK_VALID', 'atasanPegawaiId', { id, en })

export function atasanService({ db }: Database) {
  async function pegawaiTerlihat(ctx: Ctx, pegawaiId: string) {
    const p = await findPegawai(db, lingkupObjek(ctx.actor), pegawaiId)
    if (!p) throw notFound(PEGAWAI)
    return p
  }

  async function lihat(ctx: Ctx, pegawaiId: string, tanggal = today()): Promise<AtasanView> {
    const p = await pegawaiTerlihat(ctx, pegawaiId)
    await assertBacaPegawai(db, ctx.actor, p, ['diri'])
    const [info, overrides] = await Promise.all([
      cariPenilai(db, p.instansiId, p.id, tanggal),
      repo.overridesPegawai(db, p.instansiId, p.id),
    ])
    return { ...info, overrides: overrides.map(overrideView) }
  }

  /** Admin override of the derived atasan (DOMAIN.md §8: a wrong atasan must be fixable fast). */
  async function buatOverride(ctx: Ctx, pegawaiId: string, input: AtasanOverrideCreate) {
    const p = await pegawaiTerlihat(ctx, pegawaiId)
    assertAdminInstansi(ctx.actor, p.instansiId)
    if (input.atasanPegawaiId === p.id) {
      throw salahAtasan(
        'Pegawai tidak dapat menjadi atasannya sendiri.',
        'An employee cannot be their own superior.',
      )
    }
    return db.transaction(async (tx) => {
      if (!(await findPegawai(tx, p.instansiId, input.atasanPegawaiId))) {
        throw salahAtasan(
          'Atasan harus pegawai instansi yang sama.',
          'The superior must be an employee of the same agency.',
        )
      }
      const ada = (await repo.overridesPegawai(tx, p.instansiId, p.id)).map((o) => o.override)
      const bentrok = cariBentrok(ada, { id: '', mulai: input.mulai, selesai: input.selesai ?? null })
      if (bentrok) {
        throw fieldError('ATASAN.OVERRIDE_TUMPANG_TINDIH', 'mulai', {
          id: `Sudah ada atasan pengganti ${bentrok.mulai} s.d. ${bentrok.selesai ?? 'sekarang'}; akhiri dulu.`,
          en: `An override already exists from ${bentrok.mulai} to ${bentrok.selesai ?? 'present'}; end it first.`,
        })
      }
      const row = await repo.insertOverride(tx, {
        instansiId: p.instansiId,
        pegawaiId: p.id,
        ...input,
        selesai: input.selesai ?? null,
      })
      await catatAudit(tx, ctx, {
        instansiId: p.instansiId,
        aksi: 'buat',
        entitas: 'atasan_override',
        entitasId: row.id,
        sesudah: row,
      })
      // DOMAIN §2: pending SKPs follow the override (theirs, and those they assess)
      await segarkanSkpTerdampak(tx, ctx, p.instansiId, { pegawaiIds: [p.id] })
      return overrideView((await repo.findOverride(tx, p.instansiId, row.id))!)
    })
  }

  /** Not started yet → deleted; otherwise it ends yesterday, so past assessments keep their penilai. */
  async function akhiriOverride(ctx: Ctx, id: string) {
    return db.transaction(async (tx) => {
      const found = await repo.findOverride(tx, lingkupObjek(ctx.actor), id)
      if (!found) throw notFound(OVERRIDE)
      const before = found.override
      assertAdminInstansi(ctx.actor, before.instansiId)
      const kemarin = addDays(today(), -1)
      const audit = {
        instansiId: before.instansiId,
        entitas: 'atasan_override',
        entitasId: id,
        sebelum: before,
      }
      const segarkan = () =>
        segarkanSkpTerdampak(tx, ctx, before.instansiId, { pegawaiIds: [before.pegawaiId] })
      if (before.mulai > kemarin) {
        await repo.hapusOverride(tx, before.instansiId, id)
        await catatAudit(tx, ctx, { ...audit, aksi: 'hapus' })
        await segarkan()
        return { id, tindakan: 'dihapus' as const, selesai: null }
      }
      if (before.selesai !== null && before.selesai <= kemarin) {
        throw conflict('ATASAN.OVERRIDE_SUDAH_BERAKHIR', {
          id: 'Atasan pengganti ini sudah berakhir.',
          en: 'This override has already ended.',
        })
      }
      const row = await repo.akhiriOverride(tx, before.instansiId, id, kemarin)
      await catatAudit(tx, ctx, { ...audit, aksi: 'akhiri', sesudah: row })
      await segarkan()
      return { id, tindakan: 'diakhiri' as const, selesai: kemarin }
    })
  }

  return { lihat, buatOverride, akhiriOverride }
}
