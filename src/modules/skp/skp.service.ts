import type { Db } from '../../db/client.ts'
import type { SkpCreate, SkpDaftar, SkpPatch, SkpRingkas, SkpView } from '../../shared/skp.ts'
import type { Ctx } from '../../server/auth/actor.ts'
import { catatAudit } from '../../server/audit.ts'
import { forbidden } from '../../server/errors.ts'
import { potongSkpMutasi } from '../../domain/periode.ts'
import type { Keterlambatan } from '../../domain/terlambat.ts'
import { statusTahun, tenggatTahun } from './pengaturan.service.ts'
import { buatSkpInti } from './skp-buat.ts'
import { muatUntukUbah } from './skp-akses.ts'
import { bacaSkpView, muatSkpView } from './skp-view.ts'
import { peranSkp } from './skp.policy.ts'
import * as repo from './skp.repository.ts'

const ringkas = (s: repo.SkpRow, telat: Keterlambatan): SkpRingkas => ({
  id: s.id,
  tahun: s.tahun,
  mulai: s.mulai,
  selesai: s.selesai,
  status: s.status,
  pendekatan: s.pendekatan,
  varian: s.varian,
  versi: s.versi,
  jabatan: s.snapshot.pegawai.jabatan,
  unor: s.snapshot.pegawai.unor,
  penilaiNama: s.snapshot.penilai?.nama ?? null,
  ...telat,
})

/** Only a pegawai has an SKP: accounts without one (national admins) are refused creating one. */
function pegawaiSaya(ctx: Ctx) {
  const { instansiId, pegawaiId } = ctx.actor
  if (!instansiId || !pegawaiId) {
    throw forbidden({
      id: 'Akun ini tidak terhubung ke data pegawai.',
      en: 'This account is not linked to an employee.',
    })
  }
  return { instansiId, pegawaiId }
}

/** GET /skp — my SKPs (of the year, when given), newest first; with the year, its assignments without one. */
export async function daftarSkpSaya(db: Db, ctx: Ctx, tahun?: number): Promise<SkpDaftar> {
  const { instansiId, pegawaiId } = ctx.actor
  if (!instansiId || !pegawaiId) return { items: [], tanpaSkp: [], tahunDitutup: false }
  const rows = await repo.listSkpPegawai(db, instansiId, pegawaiId, tahun)
  const telat = await tenggatTahun(
    db,
    instansiId,
    rows.map((r) => r.tahun),
  )
  const items = rows.map((r) => ringkas(r, telat(r)))
  if (!tahun) return { items, tanpaSkp: [], tahunDitutup: false }
  const [penugasan, status] = await Promise.all([
    repo.listPenugasanPegawai(db, instansiId, pegawaiId),
    statusTahun(db, instansiId, tahun),
  ])
  // the same split as creation (skp-buat.ts): definitive assignments first, one SKP per range
  const definitif = penugasan.filter((p) => p.jenis === 'definitif')
  const ada = new Set(rows.map((r) => r.penugasanId))
  const tanpaSkp = potongSkpMutasi(tahun, definitif.length > 0 ? definitif : penugasan)
    .filter((r) => !ada.has(r.penugasanId))
    .map((r) => {
      const p = penugasan.find((x) => x.id === r.penugasanId)!
      return {
        penugasanId: r.penugasanId,
        jabatan: p.jabatan,
        unor: p.unor,
        mulai: r.mulai,
        selesai: r.selesai,
      }
    })
  return { items, tanpaSkp, tahunDitutup: status === 'ditutup' }
}

/** GET /skp/:id — the SKP page, in one prepared query (see skp-view.ts). */
export const bacaSkp = (db: Db, ctx: Ctx, id: string): Promise<SkpView> => bacaSkpView(db, ctx.actor, id)

/** POST /skp — my SKP for the year and the assignment (a snapshot of pegawai, penilai, atasan penilai). */
export async function buatSkp(db: Db, ctx: Ctx, input: SkpCreate): Promise<SkpView> {
  const { instansiId, pegawaiId } = pegawaiSaya(ctx)
  return db.transaction(async (tx) => {
    const row = await buatSkpInti(tx, ctx, instansiId, pegawaiId, input)
    return muatSkpView(tx, row, peranSkp(ctx.actor, row))
  })
}

/** PATCH /skp/:id — pendekatan and lampiran, by the owner while editable, against the versi the client saw. */
export async function ubahSkp(db: Db, ctx: Ctx, id: string, input: SkpPatch): Promise<SkpView> {
  return db.transaction(async (tx) => {
    const { s, peran, ke } = await muatUntukUbah(tx, ctx, id, input.versi)
    const set = {
      status: ke,
      ...(input.pendekatan ? { pendekatan: input.pendekatan } : {}),
      ...(input.lampiran ? { lampiran: input.lampiran } : {}),
    }
    const row = await repo.updateSkp(tx, s.instansiId, s.id, set)
    await catatAudit(tx, ctx, {
      instansiId: s.instansiId,
      aksi: 'ubah',
      entitas: 'skp',
      entitasId: s.id,
      sebelum: { status: s.status, pendekatan: s.pendekatan, lampiran: s.lampiran, versi: s.versi },
      sesudah: { status: row.status, pendekatan: row.pendekatan, lampiran: row.lampiran, versi: row.versi },
    })
    return muatSkpView(tx, row, peran)
  })
}
