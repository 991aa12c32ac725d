import type { Database } from '../../db/client.ts'
import type { GantiPasswordInput, LoginInput, MeView, Peran } from '../../shared/akun.ts'
import type { Ctx } from '../../server/auth/actor.ts'
import { dummyHash, hashPassword, verifyPassword } from '../../server/auth/password.ts'
import { buatSesi, hapusSemuaSesiAkun, hapusSesi } from '../../server/auth/session.ts'
import { catatAudit } from '../../server/audit.ts'
import {
  type AturanThrottle,
  catatGagal,
  hapusPercobaanLama,
  jedaAlamatDetik,
  kunciAkun,
  kunciIp,
  kunciIpAkun,
  resetGagal,
  TerlaluBanyakPercobaan,
  terkunciSampai,
} from '../../server/auth/throttle.ts'
import { hariIni, sekarang as jamSekarang } from '../../server/clock.ts'
import type { Config } from '../../server/config.ts'
import { AppError, fieldError, unauthorized } from '../../server/errors.ts'
import { findAkunById, findAkunByLogin, findProfil, simpanPassword } from './akun.repository.ts'

const GAGAL = () =>
  new AppError(401, 'AUTH.GAGAL', {
    id: 'Nama pengguna atau kata sandi salah.',
    en: 'Wrong username or password.',
  })
/** Locked account (or address + account): the one answer before the password is even checked. */
const TERKUNCI = (retryAfterDetik: number) =>
  new TerlaluBanyakPercobaan(
    'AUTH.TERKUNCI',
    {
      id: 'Terlalu banyak percobaan masuk yang gagal. Coba lagi beberapa menit lagi.',
      en: 'Too many failed login attempts. Try again in a few minutes.',
    },
    retryAfterDetik,
  )
/** A wrong attempt from an address past its threshold: still generic, and told to wait. */
const DIPERLAMBAT = (retryAfterDetik: number) =>
  new TerlaluBanyakPercobaan(
    'AUTH.DIPERLAMBAT',
    {
      id: `Nama pengguna atau kata sandi salah. Terlalu banyak percobaan gagal dari alamat jaringan ini; tunggu ${retryAfterDetik} detik sebelum mencoba lagi.`,
      en: `Wrong username or password. Too many failed attempts from this network address; wait ${retryAfterDetik} seconds before trying again.`,
    },
    retryAfterDetik,
  )

/** An address + account pair remembers its failures for a day (its locks grow, see throttle.ts). */
const INGAT_IP_AKUN_MENIT = 24 * 60
/** The per-address wait stays short: the people behind one office address mistype too. */
const JEDA_ALAMAT_MAKS_DETIK = 60

export function akunService(database: Database, config: Config) {
  const { db } = database
  const aturanAkun: AturanThrottle = {
    // At least one failure is allowed: 0 would lock every account at its first typo (and divide by zero).
    maks: Math.max(1, config.loginMaxGagal),
    kunciMenit: config.loginKunciMenit,
    ingatMenit: config.loginKunciMenit,
    bertingkat: false,
  }
  const aturanIpAkun: AturanThrottle = { ...aturanAkun, ingatMenit: INGAT_IP_AKUN_MENIT, bertingkat: true }
  const aturanIp: AturanThrottle = {
    ...aturanAkun,
    maks: Math.max(1, config.loginMaxGagalIp),
    tanpaKunci: true,
  }
  /** Old counters are swept at most once an hour per process, after a successful login. */
  let terakhirDibersihkan = 0

  async function login(input: LoginInput, meta: { ip: string; userAgent?: string; requestId: string }) {
    const username = input.username.trim().toLowerCase()
    const akunKey = kunciAkun(username)
    const ipAkunKey = kunciIpAkun(meta.ip, username)
    const sekarang = jamSekarang()
    // The address alone never locks (an office shares one): only the account and this address + account.
    const sampai = await terkunciSampai(db, [akunKey, ipAkunKey], sekarang)
    if (sampai) throw TERKUNCI(Math.ceil((sampai.getTime() - sekarang.getTime()) / 1000))
    const found = await findAkunByLogin(db, username)
    // Generic error either way: never reveal whether the account or the password was wrong.
    const ok = found
      ? found.aktif && (await verifyPassword(found.passwordHash, input.password))
      : await verifyPassword(await dummyHash(), input.password).then(() => false)
    if (!found || !ok) {
      // Counted one statement at a time, sequentially: each is atomic, and none shares a connection.
      await catatGagal(db, akunKey, aturanAkun, sekarang)
      await catatGagal(db, ipAkunKey, aturanIpAkun, sekarang)
      const alamat = await catatGagal(db, kunciIp(meta.ip), aturanIp, sekarang)
      const jeda = jedaAlamatDetik(alamat.gagal, aturanIp.maks, JEDA_ALAMAT_MAKS_DETIK)
      throw jeda ? DIPERLAMBAT(jeda) : GAGAL()
    }
    await resetGagal(db, [akunKey, ipAkunKey])
    if (sekarang.getTime() - terakhirDibersihkan > 3600_000) {
      terakhirDibersihkan = sekarang.getTime()
      await hapusPercobaanLama(db, sekarang, INGAT_IP_AKUN_MENIT)
    }
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
    const hari = hariIni()
    const row = await findProfil(db, ctx.actor.akunId, hari)
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
      hariIni: hari,
      csrfToken,
    }
  }

  async function gantiPassword(ctx: Ctx, input: GantiPasswordInput, currentToken: string) {
    const found = await findAkunById(db, ctx.actor.instansiId, ctx.actor.akunId)
    if (!found) throw unauthorized()
    if (!(await verifyPassword(found.passwordHash, input.passwordLama))) {
      throw fieldError('AUTH.PASSWORD_LAMA_SALAH', 'passwordLama', {
        id: 'Kata sandi lama salah.',
        en: 'The current password is wrong.',
      })
    }
    const passwordHash = await hashPassword(input.passwordBaru)
    await db.transaction(async (tx) => {
      await simpanPassword(tx, found.instansiId, found.id, passwordHash)
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
