import { randomInt } from 'node:crypto'
import { eq } from 'drizzle-orm'
import type { Database, Db } from '../../db/client.ts'
import { akun } from '../../db/schema/index.ts'
import type { ResetPasswordView } from '../../shared/pegawai.ts'
import type { Ctx } from '../../server/auth/actor.ts'
import { hashPassword } from '../../server/auth/password.ts'
import { assertAdminInstansi, isAdminNasional } from '../../server/auth/policy.ts'
import { hapusSemuaSesiAkun } from '../../server/auth/session.ts'
import { resetGagalAkun } from '../../server/auth/throttle.ts'
import { catatAudit } from '../../server/audit.ts'
import { AppError, conflict, notFound } from '../../server/errors.ts'
import { lingkupObjek } from '../organisasi/organisasi.policy.ts'
import {
  findAkunPegawai,
  findPegawai,
  simpanPasswordSementara,
  type PegawaiRow,
} from './pegawai.repository.ts'

// No 0/O, 1/l/I: the temporary password is read out or copied by hand.
const HURUF = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789'
export const passwordSementara = (panjang = 14) =>
  Array.from({ length: panjang }, () => HURUF[randomInt(HURUF.length)]).join('')

export const NIP_DIPAKAI = () =>
  conflict('PEGAWAI.NIP_TERDAFTAR', { id: 'NIP sudah terdaftar.', en: 'This NIP is already registered.' })

/** What the audit log may show of an account: never the password hash. */
const akunAudit = (a: typeof akun.$inferSelect) => ({
  id: a.id,
  username: a.username,
  pegawaiId: a.pegawaiId,
  peran: a.peran,
  aktif: a.aktif,
})

/**
 * A pegawai's account (username = NIP) is created with the first password an admin issues, the same way
 * whether the pegawai was added in the app or imported (docs/IMPORT.md, docs/PANDUAN.md): nobody holds an
 * account they cannot use, and the import writes no accounts in bulk.
 */
async function buatAkunPegawai(tx: Db, ctx: Ctx, p: PegawaiRow, passwordHash: string) {
  const [dipakai] = await tx.select({ id: akun.id }).from(akun).where(eq(akun.username, p.nip))
  if (dipakai) throw NIP_DIPAKAI()
  const [row] = await tx
    .insert(akun)
    .values({
      instansiId: p.instansiId,
      pegawaiId: p.id,
      username: p.nip,
      namaTampilan: p.nama,
      passwordHash,
      peran: ['pegawai'],
    })
    .returning()
  await catatAudit(tx, ctx, {
    instansiId: p.instansiId,
    aksi: 'buat',
    entitas: 'akun',
    entitasId: row.id,
    sesudah: akunAudit(row),
  })
  return row
}

/**
 * Who may issue a temporary password for an account. One's own password is changed, never reset (the
 * reset would skip the current-password check and end one's own session). An instansi admin must not take
 * over another admin's account (instansi or national) through its pegawai record: only a national admin
 * resets an admin's password.
 */
function assertBolehReset(ctx: Ctx, target: { id: string; peran: string[] }) {
  if (target.id === ctx.actor.akunId) throw RESET_DIRI_SENDIRI()
  const targetAdmin = target.peran.includes('admin_instansi') || target.peran.includes('admin_nasional')
  if (targetAdmin && !isAdminNasional(ctx.actor)) throw RESET_ADMIN()
}

const RESET_DIRI_SENDIRI = () =>
  new AppError(403, 'AKUN.RESET_DIRI_SENDIRI', {
    id: 'Kata sandi sendiri tidak diatur ulang di sini: gunakan Profil → Ganti kata sandi.',
    en: 'Your own password is not reset here: use Profile → Change password.',
  })
const RESET_ADMIN = () =>
  new AppError(403, 'AKUN.RESET_ADMIN_DILARANG', {
    id: 'Kata sandi akun admin hanya dapat diatur ulang oleh admin nasional.',
    en: "Only a national admin can reset an admin account's password.",
  })

export function pegawaiAkunService({ db }: Database) {
  /** Admin password reset (DOMAIN.md §8: passwords were only resettable elsewhere). */
  async function resetPassword(ctx: Ctx, pegawaiId: string): Promise<ResetPasswordView> {
    const p = await findPegawai(db, lingkupObjek(ctx.actor), pegawaiId)
    if (!p) throw notFound({ id: 'Pegawai', en: 'Employee' })
    assertAdminInstansi(ctx.actor, p.instansiId)
    const plain = passwordSementara()
    const passwordHash = await hashPassword(plain)
    return db.transaction(async (tx) => {
      const ada = await findAkunPegawai(tx, p.instansiId, p.id)
      if (ada) assertBolehReset(ctx, ada)
      const target = ada ?? (await buatAkunPegawai(tx, ctx, p, passwordHash))
      // A temporary password: the owner is asked to change it at the next login.
      await simpanPasswordSementara(tx, p.instansiId, target.id, passwordHash)
      await hapusSemuaSesiAkun(tx, target.id)
      await resetGagalAkun(tx, target.username)
      await catatAudit(tx, ctx, {
        instansiId: p.instansiId,
        aksi: 'reset_password',
        entitas: 'akun',
        entitasId: target.id,
        sesudah: { username: target.username, pegawaiId: p.id },
      })
      return { username: target.username, passwordSementara: plain }
    })
  }

  return { resetPassword }
}
