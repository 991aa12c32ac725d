import Fastify from 'fastify'
import { buildApp } from '../src/server/app.ts'
import { loadConfig } from '../src/server/config.ts'
import { hashPassword } from '../src/server/auth/password.ts'
import { akun } from '../src/db/schema/index.ts'
import { scratchDatabase } from './pg-scratch.ts'

import { load } from './load.ts'

/** Login and GET /me throughput on PostgreSQL, against a bare Fastify route measured in the same run. */
export async function benchLogin() {
  const scratch = await scratchDatabase()
  const { database } = scratch
  const passwordHash = await hashPassword('bench-password-1')
  await database.db.insert(akun).values(
    Array.from({ length: 50 }, (_, i) => ({
      username: `bench${i}`,
      namaTampilan: `Bench ${i}`,
      passwordHash,
      peran: ['pegawai'],
    })),
  )
  const config = loadConfig(
    {},
    {
      logLevel: 'silent',
      seedDemo: false,
      webDist: '/nonexistent',
      loginMaxGagalIp: 1e9,
      loginRatePerMinute: 1e9,
    },
  )
  const app = await buildApp({ database, config, logger: false })
  await app.listen({ port: 0, host: '127.0.0.1' })
  const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`

  const bare = Fastify()
  bare.get('/bare', async () => ({ ok: true }))
  await bare.listen({ port: 0, host: '127.0.0.1' })
  const bareUrl = `http://127.0.0.1:${(bare.server.address() as { port: number }).port}/bare`

  try {
    const res = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'bench0', password: 'bench-password-1' }),
    })
    const cookie = res.headers.get('set-cookie')!.split(';')[0]
    const baseline = await load(bareUrl)
    const me = await load(`${base}/api/v1/me`, { headers: { cookie } })
    // Login is bound by argon2id (19 MiB, t=2) by design: its figure is the cost of safe password hashing.
    const login = await load(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'bench1', password: 'bench-password-1' }),
    })
    return { baseline, me, login, meRatio: me.rps / baseline.rps, loginRatio: login.rps / baseline.rps }
  } finally {
    await app.close()
    await bare.close()
    await scratch.dispose()
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  benchLogin().then((r) => console.log(JSON.stringify(r, null, 2)))
}
