import type { Db } from '../../db/client.ts'
import { kunciUkuran, type UkuranIkiLengkap } from '../../domain/iki-ukuran.ts'
import type { RhkInput, SkpView } from '../../shared/skp.ts'
import type { Ctx } from '../../server/auth/actor.ts'
import { catatAudit } from '../../server/audit.ts'
import { fieldError, notFound } from '../../server/errors.ts'
import { galatIntervensi, konteksIntervensi, periksaIntervensi } from './intervensi.service.ts'
import { beriTahuRhkDiubah, tolakHapusRhkDirujuk } from './rhk-intervensi.ts'
import * as rhkRepo from './rhk.repository.ts'
import { muatUntukUbah } from './skp-akses.ts'
import { cekBentukIki, galatBentukIki } from './skp-validasi.ts'
import { muatSkpView } from './skp-view.ts'
import { lingkupSkp } from './skp.policy.ts'
import { updateSkp, type SkpRow } from './skp.repository.ts'

const NAMA_RHK = { id: 'RHK', en: 'RHK' }

/**
 * DOMAIN §2 rules on one RHK: each IKI in the shape of the SKP's pendekatan; perspektif only in SKP JPT;
 * the intervensi link must be allowed.
 */
async function validasiRhk(tx: Db, s: SkpRow, rhkId: string | null, input: RhkInput) {
  const bentuk = cekBentukIki(s.pendekatan, input.iki, 'iki')
  if (bentuk.length > 0) throw galatBentukIki(s.pendekatan, bentuk)
  if (input.perspektif && s.varian !== 'jpt') {
    throw fieldError('RHK.PERSPEKTIF_HANYA_JPT', 'perspektif', {
      id: 'Perspektif hanya diisi pada SKP JPT.',
      en: 'Perspektif is only used in an SKP for JPT.',
    })
  }
  // A draft may wait for its intervensi (the atasan's SKP may not be approved yet); submission requires it.
  // A link that IS given must be valid now.
  if (input.intervensiRhkId) {
    const kode = await periksaIntervensi(tx, s, await konteksIntervensi(tx, s), rhkId, input.intervensiRhkId)
    if (kode) throw galatIntervensi(kode, 'intervensiRhkId')
  }
  if (
    input.timKerjaId &&
    !(await rhkRepo.anggotaTim(tx, s.instansiId, input.timKerjaId, s.pegawaiId, s.tahun))
  ) {
    throw fieldError('RHK.BUKAN_ANGGOTA_TIM', 'timKerjaId', {
      id: 'Anda bukan anggota tim kerja ini (pada tahun SKP).',
      en: 'You are not a member of this team (in the SKP year).',
    })
  }
}

/** Each RHK change is an edit of its SKP: same checks, the SKP's versi bumps, a returned SKP becomes draft. */
async function ubahSkp(
  tx: Db,
  ctx: Ctx,
  skpId: string,
  ubah: (s: SkpRow) => Promise<void>,
): Promise<SkpView> {
  const { s, peran, ke } = await muatUntukUbah(tx, ctx, skpId)
  await ubah(s)
  return muatSkpView(tx, await updateSkp(tx, s.instansiId, s.id, { status: ke }), peran)
}

async function muatRhk(tx: Db, ctx: Ctx, id: string) {
  const row = await rhkRepo.findRhk(tx, lingkupSkp(ctx.actor), id)
  if (!row) throw notFound(NAMA_RHK)
  return row
}

/** POST /skp/:id/rhk — the owner adds an RHK with its IKI. */
export const tambahRhk = (db: Db, ctx: Ctx, skpId: string, input: RhkInput) =>
  db.transaction((tx) =>
    ubahSkp(tx, ctx, skpId, async (s) => {
      await validasiRhk(tx, s, null, input)
      const row = await rhkRepo.insertRhk(tx, s.instansiId, s.id, input)
      await rhkRepo.gantiIki(tx, s.instansiId, row.id, input.iki)
      await catatAudit(tx, ctx, {
        instansiId: s.instansiId,
        aksi: 'buat',
        entitas: 'rhk',
        entitasId: row.id,
        sesudah: { ...row, iki: input.iki },
      })
    }),
  )

/** What subordinates who intervene the RHK care about: its text and its indicators' measures (order aside). */
const isiBerubah = (deskripsi: string, ikiLama: UkuranIkiLengkap[], input: RhkInput) =>
  deskripsi !== input.deskripsi ||
  JSON.stringify(ikiLama.map(kunciUkuran)) !== JSON.stringify(input.iki.map(kunciUkuran))

/** PATCH /rhk/:id — the owner edits an RHK; its IKI list is replaced whole. */
export const ubahRhk = (db: Db, ctx: Ctx, id: string, input: RhkInput) =>
  db.transaction(async (tx) => {
    const before = await muatRhk(tx, ctx, id)
    return ubahSkp(tx, ctx, before.skpId, async (s) => {
      await validasiRhk(tx, s, id, input)
      const ikiLama = await rhkRepo.listIkiSkp(tx, s.instansiId, [id])
      const row = await rhkRepo.updateRhk(tx, s.instansiId, id, input)
      await rhkRepo.gantiIki(tx, s.instansiId, id, input.iki)
      if (isiBerubah(before.deskripsi, ikiLama, input)) await beriTahuRhkDiubah(tx, ctx, s, id, row.deskripsi)
      await catatAudit(tx, ctx, {
        instansiId: s.instansiId,
        aksi: 'ubah',
        entitas: 'rhk',
        entitasId: id,
        sebelum: { ...before, iki: ikiLama },
        sesudah: { ...row, iki: input.iki },
      })
    })
  })

/** DELETE /rhk/:id */
export const hapusRhk = (db: Db, ctx: Ctx, id: string) =>
  db.transaction(async (tx) => {
    const before = await muatRhk(tx, ctx, id)
    return ubahSkp(tx, ctx, before.skpId, async (s) => {
      await tolakHapusRhkDirujuk(tx, s.instansiId, id)
      await rhkRepo.deleteRhk(tx, s.instansiId, id)
      await catatAudit(tx, ctx, {
        instansiId: s.instansiId,
        aksi: 'hapus',
        entitas: 'rhk',
        entitasId: id,
        sebelum: before,
      })
    })
  })

/** POST /skp/:id/rhk/urutan — the new order must name every RHK of the SKP exactly once. */
export const urutkanRhk = (db: Db, ctx: Ctx, skpId: string, ids: string[]) =>
  db.transaction((tx) =>
    ubahSkp(tx, ctx, skpId, async (s) => {
      const ada = (await rhkRepo.listRhkSkp(tx, s.instansiId, s.id)).map((r) => r.id)
      const sama =
        ids.length === ada.length && new Set(ids).size === ids.length && ids.every((id) => ada.includes(id))
      if (!sama) {
        throw fieldError('RHK.URUTAN_TIDAK_LENGKAP', 'ids', {
          id: 'Urutan harus memuat setiap RHK SKP ini tepat satu kali.',
          en: 'The order must list every RHK of this SKP exactly once.',
        })
      }
      await rhkRepo.setUrutan(tx, s.instansiId, s.id, ids)
      await catatAudit(tx, ctx, {
        instansiId: s.instansiId,
        aksi: 'urutkan',
        entitas: 'skp',
        entitasId: s.id,
        sesudah: { ids },
      })
    }),
  )
