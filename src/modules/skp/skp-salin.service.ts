import type { Db } from '../../db/client.ts'
import type { Ctx } from '../../server/auth/actor.ts'
import { catatAudit } from '../../server/audit.ts'
import { forbidden } from '../../server/errors.ts'
import * as rhkRepo from './rhk.repository.ts'
import { buatSkpInti } from './skp-buat.ts'
import { muatSkp } from './skp-akses.ts'
import { muatSkpView } from './skp-view.ts'
import * as repo from './skp.repository.ts'

/**
 * Copy an earlier SKP as the starting point of a new draft (issue 3): RHK, IKI, lampiran.
 * Intervensi links and teams are dropped: last year's RHK of the atasan are not this year's. The
 * ekspektasi khusus pimpinan are never copied: the penilai writes them for each SKP (DOMAIN.md §2).
 */
const CATATAN = {
  id: 'RHK dan IKI disalin. Pilih kembali RHK atasan yang diintervensi untuk setiap RHK, karena RHK atasan tahun lalu tidak berlaku tahun ini.',
  en: "RHK and IKI were copied. Choose the superior's RHK again for every RHK: last year's RHK of your superior do not apply this year.",
}

async function salinIsi(tx: Db, dari: repo.SkpRow, ke: repo.SkpRow) {
  const rhk = await rhkRepo.listRhkSkp(tx, dari.instansiId, dari.id)
  const iki = await rhkRepo.listIkiSkp(
    tx,
    dari.instansiId,
    rhk.map((r) => r.id),
  )
  for (const r of rhk) {
    const baru = await rhkRepo.insertRhk(tx, ke.instansiId, ke.id, {
      jenis: r.jenis,
      deskripsi: r.deskripsi,
      intervensiRhkId: null,
      klasifikasi: r.klasifikasi,
      penugasanDari: r.penugasanDari,
      // perspektif belongs to SKP JPT only
      perspektif: ke.varian === 'jpt' ? r.perspektif : null,
      timKerjaId: null,
    })
    const milik = iki.filter((x) => x.rhkId === r.id)
    await rhkRepo.gantiIki(
      tx,
      ke.instansiId,
      baru.id,
      milik.map((x) => ({
        ...x,
        targetMin: x.targetMin == null ? null : Number(x.targetMin),
        targetMax: x.targetMax == null ? null : Number(x.targetMax),
      })),
    )
  }
  return repo.updateSkp(tx, ke.instansiId, ke.id, { lampiran: dari.lampiran })
}

/** POST /skp/salin — a new draft for the year with the RHK, IKI and lampiran of one's own earlier SKP. */
export async function salinSkp(db: Db, ctx: Ctx, input: { dariSkpId: string; tahun: number }) {
  return db.transaction(async (tx) => {
    const { s: dari, peran } = await muatSkp(tx, ctx.actor, input.dariSkpId)
    if (!peran.includes('pemilik'))
      throw forbidden({
        id: 'Hanya SKP Anda sendiri yang dapat disalin.',
        en: 'Only your own SKP can be copied.',
      })
    const baru = await buatSkpInti(tx, ctx, dari.instansiId, dari.pegawaiId, {
      tahun: input.tahun,
      pendekatan: dari.pendekatan,
      // no varian: the form follows this year's position (DOMAIN §2), derived by buatSkpInti
    })
    const row = await salinIsi(tx, dari, baru)
    await catatAudit(tx, ctx, {
      instansiId: row.instansiId,
      aksi: 'salin',
      entitas: 'skp',
      entitasId: row.id,
      sebelum: { dariSkpId: dari.id },
    })
    return { skp: await muatSkpView(tx, row, peran), catatan: CATATAN[ctx.lang] }
  })
}
