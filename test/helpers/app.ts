import { tmpdir } from 'node:os'
import path from 'node:path'
import type { FastifyInstance, InjectOptions } from 'fastify'
import { buildApp } from '../../src/server/app.ts'
import { loadConfig, type Config } from '../../src/server/config.ts'
import type { Database } from '../../src/db/client.ts'
import { openTestDatabase } from './db.ts'

export interface TestApp {
  app: FastifyInstance
  database: Database
  config: Config
  close(): Promise<void>
}

/** One app + database per test file (migrate once per file, fresh instansi per test — STYLE.md). */
export async function createTestApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  const database = await openTestDatabase()
  const config = loadConfig(
    {},
    {
      seedDemo: false,
      webDist: '/nonexistent',
      logLevel: 'silent',
      // uploads of a test app never land in the repository's data folder
      berkasDir: path.join(tmpdir(), `kinerja-uji-berkas-${process.pid}`),
      ...overrides,
    },
  )
  const app = await buildApp({ database, config, logger: false })
  await app.ready()
  return {
    app,
    database,
    config,
    close: async () => {
      await app.close()
      await database.dispose()
    },
  }
}

export interface Session {
  cookie: string
  csrf: string
}

/** A small client over app.inject that carries the session cookie and CSRF token. */
export function client(app: FastifyInstance, session?: Session, lang?: 'id' | 'en') {
  const call = (
    method: InjectOptions['method'],
    url: string,
    payload?: unknown,
    headers: Record<string, string> = {},
  ) =>
    app.inject({
      method,
      url,
      payload: payload as InjectOptions['payload'],
      headers: {
        ...(session ? { cookie: `kinerja_sesi=${session.cookie}`, 'x-csrf-token': session.csrf } : {}),
        ...(lang ? { 'accept-language': lang } : {}),
        ...headers,
      },
    })
  return {
    get: (url: string) => call('GET', url),
    post: (url: string, body?: unknown, headers?: Record<string, string>) =>
      call('POST', url, body ?? {}, headers),
    patch: (url: string, body?: unknown) => call('PATCH', url, body ?? {}),
    put: (url: string, body?: unknown) => call('PUT', url, body ?? {}),
    delete: (url: string) => call('DELETE', url),
  }
}

export async function login(
  app: FastifyInstance,
  username: string,
  password: string,
  ip = '127.0.0.1',
): Promise<Session> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password },
    remoteAddress: ip,
  })
  if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`)
  const cookie = res.cookies.find((c) => c.name === 'kinerja_sesi')!.value
  return { cookie, csrf: res.json().csrfToken }
}
