import type { Db } from '../../db/client.ts'
import type { CekTimKerjaItem } from '../../shared/kaskade.ts'
import type { IkiInput } from '../../shared/skp.ts'
import type { Actor, Ctx } from '../../server/auth/actor.ts'
import { catatAudit } from '../../server/audit.ts'
import { conflict, notFound } from '../../server/errors.ts'
import { tolakTahunDitutup } from './pengaturan.service.ts'
import * as rhkRepo from './rhk.repository.ts'
import { muatSkp, NAMA_SKP } from './skp-akses.ts'
import { findSkp, updateSkp, type SkpRow } from './skp.repository.ts'
import { cekBentukIki, galatBentukIki } from './skp-validasi.ts'

/**
 * The SKP module's use cases for the cascade (Matriks Peran Hasil, Tim Kerja): rows of skp, rhk and iki
 * are written only here. Each write takes the SKP's row lock first (`select … for update`), so it is
 * ordered against a submission or approval of the same SKP: whichever comes second sees the other's
 * result. Then it checks the SKP is still being drafted, writes, bumps the SKP's versi (open editors
 * reload) and writes the audit row, all in the caller's transaction.
 */

/** A cell's RHK follows the cascade only while the subordinate's SKP is being drafted (DOMAIN §2). */
export const bolehIkutiKaskade = (status: string) => status === 'draft' || status === 'dikembalikan'

export const skpBawahanTerkunci = () =>
  conflict('MPH.SKP_BAWAHAN_TERKUNCI', {
    id: 'SKP bawahan sudah diajukan atau disetujui; RHK tidak dapat ditambahkan.',
    en: "The subordinate's SKP is already submitted or approved; no RHK can be added.",
  })

const SUMBER = 'matriks_peran_hasil'

async function kunciSkp(tx: Db, instansiId: string, skpId: string): Promise<SkpRow> {
  const s = await findSkp(tx, instansiId, skpId, true)
  if (!s) throw notFound(NAMA_SKP)
  await tolakTahunDitutup(tx, instansiId, s.tahun) // a closed year is read-only (as in muatSkp)
  return s
}

/** The SKP of an RHK, row-locked; undefined when the RHK is gone. */
async function kunciSkpRhk(tx: Db, instansiId: string, rhkId: string) {
  const r = await rhkRepo.findRhk(tx, instansiId, rhkId)
  return r && { rhk: r, skp: await kunciSkp(tx, instansiId, r.skpId) }
}

export interface RhkKaskade {
  deskripsi: string
  intervensiRhkId: string
  iki: IkiInput[]
}

/** Adds a utama RHK linked to the superior's RHK, with its IKI; 409 when the SKP is no longer a draft. */
export async function tambahRhkDariKaskade(
  tx: Db,
  ctx: Ctx,
  instansiId: string,
  skpId: string,
  input: RhkKaskade,
) {
  const s = await kunciSkp(tx, instansiId, skpId)
  if (!bolehIkutiKaskade(s.status)) throw skpBawahanTerkunci()
  // the subordinate's SKP decides the IKI shape (kuantitatif or kualitatif, DOMAIN §2)
  const bentuk = cekBentukIki(s.pendekatan, input.iki, 'iki')
  if (bentuk.length > 0) throw galatBentukIki(s.pendekatan, bentuk)
  const row = await rhkRepo.insertRhk(tx, instansiId, s.id, {
    jenis: 'utama',
    deskripsi: input.deskripsi,
    intervensiRhkId: input.intervensiRhkId,
    klasifikasi: 'individu',
  })
  await rhkRepo.gantiIki(tx, instansiId, row.id, input.iki)
  await updateSkp(tx, instansiId, s.id, {})
  await catatAudit(tx, ctx, {
    instansiId,
    aksi: 'buat',
    entitas: 'rhk',
    entitasId: row.id,
    sesudah: { ...row, iki: input.iki, sumber: SUMBER },
  })
  return row
}

/**
 * The cell's result changed: its RHK follows while the SKP is a draft. A submitted or approved SKP
 * belongs to its workflow now and keeps its text (false).
 */
export async function ubahRhkDariKaskade(
  tx: Db,
  ctx: Ctx,
  instansiId: string,
  rhkId: string,
  deskripsi: string,
) {
  const t = await kunciSkpRhk(tx, instansiId, rhkId)
  if (!t || !bolehIkutiKaskade(t.skp.status)) return false
  await rhkRepo.updateDeskripsiRhk(tx, instansiId, rhkId, deskripsi)
  await updateSkp(tx, instansiId, t.skp.id, {})
  await catatAudit(tx, ctx, {
    instansiId,
    aksi: 'ubah',
    entitas: 'rhk',
    entitasId: rhkId,
    sebelum: { deskripsi: t.rhk.deskripsi },
    sesudah: { deskripsi, sumber: SUMBER },
  })
  return true
}

/** The cell was removed: its RHK goes too while the SKP is a draft (true when it was deleted). */
export async function hapusRhkDariKaskade(tx: Db, ctx: Ctx, instansiId: string, rhkId: string) {
  const t = await kunciSkpRhk(tx, instansiId, rhkId)
  if (!t || !bolehIkutiKaskade(t.skp.status)) return false
  await rhkRepo.deleteRhk(tx, instansiId, rhkId)
  await updateSkp(tx, instansiId, t.skp.id, {})
  await catatAudit(tx, ctx, {
    instansiId,
    aksi: 'hapus',
    entitas: 'rhk',
    entitasId: rhkId,
    sebelum: { ...t.rhk, sumber: SUMBER },
  })
  return true
}

/** GET /skp/:id/tim-kerja: for each team of the owner in the SKP's year, does the SKP carry an IKI for it? */
export async function cekTimKerjaSkp(db: Db, actor: Actor, skpId: string): Promise<CekTimKerjaItem[]> {
  const { s } = await muatSkp(db, actor, skpId)
  return rhkRepo.cekTimKerja(db, s.instansiId, s.id)
}
