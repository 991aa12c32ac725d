import type { Database } from '../../db/client.ts'
import type { GantiPasswordInput, LoginInput, MeView, Peran } from '../../shared/akun.ts'
import type { Ctx } from '../../server/auth/actor.ts'
import { dummyHash, hashPassword, verifyPassword } from '../../server/auth/password.ts'
import { buatSesi, hapusSemuaSesiAkun, hapusSesi } from '../../server/auth/session.ts'
import { catatAudit } from '../../server/audit.ts'
import { catatGagal, resetGagal, sedangTerkunci } from '../../server/auth/throttle.ts'
import { hariIni } from '../../server/clock.ts'
import type { Config } from '../../server/config.ts'
import { AppError, fieldError, unauthorized } from '../../server/errors.ts'
import { findAkunById, findAkunByLogin, findProfil, simpanPassword } from './akun.repository.ts'

const GAGAL = () =>
  new AppError(401, 'AUTH.GAGAL', {
    id: 'Nama pengguna atau kata sandi salah.',
    en: 'Wrong username or password.',
  })
const TERKUNCI = () =>
  new AppError(429, 'AUTH.TERKUNCI', {
    id: 'Terlalu banyak percobaan masuk yang gagal. Coba lagi beberapa menit lagi.',
    en: 'Too many failed login attempts. Try again in a few minutes.',
  })

export function akunService(database: Database, config: Config) {
  const { db } = database

  async function login(input: LoginInput, meta: { ip: string; userAgent?: string; requestId: string }) {
    const username = input.username.trim().toLowerCase()
    const keys = [`akun:${username}`, `ip:${meta.ip}`]
    // Generic error either way: never reveal whether the account or the password was wrong.
    if (await sedangTerkunci(db, keys)) throw TERKUNCI()
    const found = await findAkunByLogin(db, username)
    const ok = found
      ? found.aktif && (await verifyPassword(found.passwordHash, input.password))
      : await verifyPassword(await dummyHash(), input.password).then(() => false)
    if (!found || !ok) {
      await catatGagal(db, keys[0], { maxGagal: config.loginMaxGagal, kunciMenit: config.loginKunciMenit })
      await catatGagal(db, keys[1], { maxGagal: config.loginMaxGagalIp, kunciMenit: config.loginKunciMenit })
      throw GAGAL()
    }
    await resetGagal(db, keys[0])
    const session = await buatSesi(db, config, found.id, meta)
    const actor = { akunId: found.id, username: found.username, nama: found.namaTampilan }
    await catatAudit(
      db,
      { actor: actor as never, ip: meta.ip, requestId: meta.requestId },
      {
        instansiId: found.instansiId,
        aksi: 'login',
        entitas: 'akun',
        entitasId: found.id,
      },
    )
    return session
  }

  async function me(ctx: Ctx, csrfToken: string): Promise<MeView> {
    const row = await findProfil(db, ctx.actor.akunId, hariIni())
    if (!row) throw unauthorized()
    const peran = new Set<Peran>(row.akun.peran as Peran[])
    if (row.akun.pegawaiId && row.akun.instansiId) {
      peran.add('pegawai')
      if (row.kepalaUnit || row.atasanOverride) peran.add('atasan')
      if (row.kepalaUnit) peran.add('pimpinan')
    }
    return {
      akun: {
        id: row.akun.id,
        username: row.akun.username,
        nama: row.akun.namaTampilan,
        bahasa: row.akun.bahasa,
      },
      peran: [...peran],
      instansi: row.instansi,
      pegawai: row.pegawai,
      wajibGantiPassword: row.akun.wajibGantiPassword,
      csrfToken,
    }
  }

  async function gantiPassword(ctx: Ctx, input: GantiPasswordInput, currentToken: string) {
    const found = await findAkunById(db, ctx.actor.akunId)
    if (!found) throw unauthorized()
    if (!(await verifyPassword(found.passwordHash, input.passwordLama))) {
      throw fieldError('AUTH.PASSWORD_LAMA_SALAH', 'passwordLama', {
        id: 'Kata sandi lama salah.',
        en: 'The current password is wrong.',
      })
    }
    const passwordHash = await hashPassword(input.passwordBaru)
    await db.transaction(async (tx) => {
      await simpanPassword(tx, found.id, passwordHash)
      // Other sessions of this account end: a changed password must lock out whoever had the old one.
      await hapusSemuaSesiAkun(tx, found.id, currentToken)
      await catatAudit(tx, ctx, {
        instansiId: found.instansiId,
        aksi: 'ganti_password',
        entitas: 'akun',
        entitasId: found.id,
      })
    })
  }

  async function logout(ctx: Ctx | null, token: string | undefined) {
    if (token) await hapusSesi(db, token)
    if (ctx)
      await catatAudit(db, ctx, {
        instansiId: ctx.actor.instansiId,
        aksi: 'logout',
        entitas: 'akun',
        entitasId: ctx.actor.akunId,
      })
  }

  return { login, me, gantiPassword, logout }
}
export type AkunService = ReturnType<typeof akunService>
