import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import { and, eq, gt, lt, ne, sql } from 'drizzle-orm'
import type { FastifyInstance } from 'fastify'
import type { Db } from '../../db/client.ts'
import { akun, sesi } from '../../db/schema/index.ts'
import { sekarang } from '../clock.ts'
import type { Config } from '../config.ts'
import { AppError } from '../errors.ts'
import type { Actor, PeranAkun } from './actor.ts'

export const COOKIE = 'kinerja_sesi'
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex')
const token = () => randomBytes(32).toString('base64url')
/** Constant-time comparison, so response timing reveals nothing about how much of a guess was right. */
const samaRahasia = (dikirim: unknown, disimpan: string) => {
  const a = Buffer.from(typeof dikirim === 'string' ? dikirim : '')
  const b = Buffer.from(disimpan)
  return a.length === b.length && timingSafeEqual(a, b)
}

export async function buatSesi(
  db: Db,
  config: Config,
  akunId: string,
  meta: { ip: string; userAgent?: string },
) {
  const raw = token()
  const csrfToken = token()
  const mulai = sekarang()
  const kedaluwarsaAt = new Date(mulai.getTime() + config.sessionTtlHours * 3600_000)
  await db.insert(sesi).values({
    tokenHash: sha256(raw),
    akunId,
    csrfToken,
    ip: meta.ip,
    userAgent: meta.userAgent?.slice(0, 300),
    createdAt: mulai,
    kedaluwarsaAt,
  })
  // Housekeeping: drop this account's expired sessions.
  await db.delete(sesi).where(and(eq(sesi.akunId, akunId), lt(sesi.kedaluwarsaAt, mulai)))
  return { token: raw, csrfToken, kedaluwarsaAt }
}

export async function hapusSesi(db: Db, raw: string) {
  await db.delete(sesi).where(eq(sesi.tokenHash, sha256(raw)))
}

/** Ends every session of an account (password changed or reset), optionally keeping the current one. */
export async function hapusSemuaSesiAkun(db: Db, akunId: string, kecuali?: string) {
  const kecualikan = kecuali ? ne(sesi.tokenHash, sha256(kecuali)) : undefined
  await db.delete(sesi).where(and(eq(sesi.akunId, akunId), kecualikan))
}

/** The session lookup runs on every request: a named prepared statement (planned once per connection). */
const siapkanCariActor = (db: Db) =>
  db
    .select({
      akunId: akun.id,
      username: akun.username,
      nama: akun.namaTampilan,
      instansiId: akun.instansiId,
      pegawaiId: akun.pegawaiId,
      peran: akun.peran,
      aktif: akun.aktif,
      wajibGantiPassword: akun.wajibGantiPassword,
      csrfToken: sesi.csrfToken,
    })
    .from(sesi)
    .innerJoin(akun, eq(akun.id, sesi.akunId))
    .where(
      and(
        eq(sesi.tokenHash, sql.placeholder('tokenHash')),
        gt(sesi.kedaluwarsaAt, sql.placeholder('sekarang')),
      ),
    )
    .limit(1)
    .prepare('cari_actor')
const prepared = new WeakMap<Db, ReturnType<typeof siapkanCariActor>>()

export async function cariActor(db: Db, raw: string): Promise<Actor | null> {
  let query = prepared.get(db)
  if (!query) prepared.set(db, (query = siapkanCariActor(db)))
  const [row] = await query.execute({ tokenHash: sha256(raw), sekarang: sekarang().toISOString() })
  if (!row || !row.aktif) return null
  const { aktif: _aktif, ...actor } = row
  return { ...actor, peran: actor.peran as PeranAkun[] }
}

/**
 * With a temporary password (an admin's reset) an account may only change it, read /me and log out:
 * whoever learnt the temporary password on the way to its owner cannot use the account for anything else.
 */
const BOLEH_SAAT_WAJIB_GANTI = new Set([
  'POST /api/v1/me/password',
  'GET /api/v1/me',
  'POST /api/v1/auth/logout',
  'POST /api/v1/auth/login',
])
const WAJIB_GANTI_PASSWORD = () =>
  new AppError(403, 'AKUN.WAJIB_GANTI_PASSWORD', {
    id: 'Anda masuk dengan kata sandi sementara dari admin. Ganti kata sandi terlebih dahulu (Profil → Ganti kata sandi).',
    en: 'You logged in with a temporary password from an admin. Change your password first (Profile → Change password).',
  })

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])
const CSRF_EXEMPT = new Set(['/api/v1/auth/login'])

/** Resolves the session cookie into req.actor and enforces the CSRF token on every cookie-authenticated write. */
export function registerSessionHooks(app: FastifyInstance, db: Db, config: Config) {
  app.decorateRequest('actor', null)
  app.addHook('onRequest', async (req) => {
    const raw = req.cookies[COOKIE]
    if (!raw) return
    req.actor = await cariActor(db, raw)
    const path = req.url.split('?')[0]
    if (req.actor && UNSAFE.has(req.method) && !CSRF_EXEMPT.has(path)) {
      if (!samaRahasia(req.headers['x-csrf-token'], req.actor.csrfToken)) {
        throw new AppError(403, 'CSRF', {
          id: 'Token CSRF tidak valid. Muat ulang halaman lalu coba lagi.',
          en: 'Invalid CSRF token. Reload the page and try again.',
        })
      }
    }
    if (
      req.actor?.wajibGantiPassword &&
      path.startsWith('/api/') &&
      !BOLEH_SAAT_WAJIB_GANTI.has(`${req.method} ${path}`)
    ) {
      throw WAJIB_GANTI_PASSWORD()
    }
  })
  void config
}

export const cookieOptions = (config: Config, expires?: Date) => ({
  httpOnly: true,
  sameSite: 'lax' as const,
  secure: config.cookieSecure,
  path: '/',
  expires,
})
