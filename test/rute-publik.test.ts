import { randomUUID } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { FastifyInstance, HTTPMethods, RouteOptions } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../src/server/app.ts'
import { loadConfig } from '../src/server/config.ts'
import { openTestDatabase } from './helpers/db.ts'
import { buatAkun, buatInstansi } from './helpers/factories.ts'
import { masuk } from './helpers/skp-factories.ts'

/**
 * Deny by default (issue 7): a route answers without a session only when its definition says
 * `config: { public: true }`. Every route the app registers is enumerated here (onRoute), so a new route
 * that forgets its policy is caught, and so is a route that becomes public by accident.
 */
interface Rute {
  method: string
  url: string
  route: RouteOptions
}

const PUBLIK_YANG_DIHARAPKAN = [
  'GET /api/docs',
  'GET /api/v1/openapi.json',
  'POST /api/v1/auth/login',
  'POST /api/v1/auth/logout',
  'GET /api/v1/verifikasi/:kode',
  'GET /verifikasi/:kode',
  'GET /healthz',
  'GET /readyz',
  'GET /index.html',
  'GET /assets/app.js',
  'GET /',
]

let app: FastifyInstance
let database: Awaited<ReturnType<typeof openTestDatabase>>
let webDist: string
const rute: Rute[] = []

beforeAll(async () => {
  webDist = mkdtempSync(path.join(os.tmpdir(), 'kinerja-web-'))
  mkdirSync(path.join(webDist, 'assets'))
  writeFileSync(
    path.join(webDist, 'index.html'),
    '<!doctype html><title>Kinerja</title><div id="root"></div>',
  )
  writeFileSync(path.join(webDist, 'assets', 'app.js'), 'console.log("kinerja")')
  database = await openTestDatabase()
  const config = loadConfig({}, { seedDemo: false, webDist, logLevel: 'silent' })
  app = await buildApp({
    database,
    config,
    logger: false,
    onRoute: (route) => {
      for (const method of [route.method].flat()) rute.push({ method, url: route.url, route })
    },
  })
  await app.ready()
})
afterAll(async () => {
  await app.close()
  await database.dispose()
  rmSync(webDist, { recursive: true, force: true })
})

/** Path parameters filled with values of the right shape that name nothing. */
const isiParam = (url: string) =>
  url
    .replace(/:tahun/g, '2025')
    .replace(/:kode/g, 'AAAA-BBBB-CCCC-DDDD')
    .replace(/:[A-Za-z]+/g, () => randomUUID())
    .replace(/\*$/, '')
const publik = (r: Rute) => r.route.config?.public === true
const kunci = (r: Rute) => `${r.method} ${r.url}`

describe('deny by default', () => {
  it('marks exactly the expected routes public', () => {
    const terbuka = new Set(rute.filter(publik).map(kunci))
    // HEAD routes mirror their GET route; swagger-ui's own asset routes live under /api/docs.
    const utama = [...terbuka].filter((k) => !k.startsWith('HEAD ') && !k.startsWith('GET /api/docs/'))
    expect(utama.sort()).toEqual([...PUBLIK_YANG_DIHARAPKAN].sort())
    expect(rute.filter((r) => !publik(r)).length).toBeGreaterThan(50)
  })

  it('answers every other route 401 without a session, before looking at the body', async () => {
    const tertutup = rute.filter((r) => !publik(r))
    const gagal: string[] = []
    for (const r of tertutup) {
      const url = isiParam(r.url)
      for (const cookie of [undefined, 'kinerja_sesi=bukan-sesi-yang-ada']) {
        const tulis = r.method !== 'GET' && r.method !== 'HEAD'
        const res = await app.inject({
          method: r.method as HTTPMethods,
          url,
          headers: cookie ? { cookie } : {},
          // An invalid body: a 401 must come before the 400 its validation would give.
          ...(tulis ? { payload: { rusak: 'a\u0000b', nama: 7, items: 'x'.repeat(20_000) } } : {}),
        })
        if (res.statusCode !== 401 || (r.method !== 'HEAD' && res.json().code !== 'UNAUTHENTICATED'))
          gagal.push(`${r.method} ${url} ${cookie ? '(stale cookie)' : ''}→ ${res.statusCode} ${res.body}`)
      }
    }
    expect(gagal).toEqual([])
    expect(tertutup.length).toBeGreaterThan(50)
  })

  it('answers 401 in the standard shape, in the requested language', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/pegawai',
      headers: { 'accept-language': 'en' },
    })
    expect(res.statusCode).toBe(401)
    expect(res.json()).toEqual({ code: 'UNAUTHENTICATED', message: 'Please log in first.', errors: [] })
  })

  it('serves the public routes without a session', async () => {
    expect((await app.inject('/healthz')).statusCode).toBe(200)
    expect((await app.inject('/readyz')).statusCode).toBe(200)
    expect((await app.inject('/api/v1/openapi.json')).statusCode).toBe(200)
    expect((await app.inject('/api/docs/')).statusCode).toBe(200)
    const js = await app.inject('/assets/app.js')
    expect(js.statusCode).toBe(200)
    expect(js.body).toContain('kinerja')
    expect((await app.inject('/verifikasi/AAAA-BBBB-CCCC-DDDD')).statusCode).toBe(404)
    expect((await app.inject('/api/v1/verifikasi/AAAA-BBBB-CCCC-DDDD')).json()).toEqual({ valid: false })
    const logout = await app.inject({ method: 'POST', url: '/api/v1/auth/logout' })
    expect(logout.statusCode).toBe(200)
    const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: '' } })
    expect(login.statusCode).toBe(400)
  })

  it('serves the SPA for deep links and 404 for unknown API paths', async () => {
    const deep = await app.inject('/skp/123/ubah')
    expect(deep.statusCode).toBe(200)
    expect(deep.headers['content-type']).toContain('text/html')
    expect(deep.body).toContain('<div id="root">')
    const api = await app.inject('/api/v1/tidak-ada')
    expect(api.statusCode).toBe(404)
    expect(api.json().code).toBe('NOT_FOUND')
  })

  it('lets a session through', async () => {
    const instansi = await buatInstansi(database)
    const admin = await buatAkun(database, { instansiId: instansi.id, peran: ['admin_instansi'] })
    const s = await masuk(app, admin)
    const res = await app.inject({ url: '/api/v1/me', headers: { cookie: `kinerja_sesi=${s.cookie}` } })
    expect(res.statusCode).toBe(200)
  })
})

describe('edges of every request', () => {
  it('keeps an incoming request id only in a safe form', async () => {
    const aman = await app.inject({ url: '/healthz', headers: { 'x-request-id': 'lb-01.req_42-x' } })
    expect(aman.headers['x-request-id']).toBe('lb-01.req_42-x')
    for (const buruk of ['a b', 'a\r\nx', '<script>', 'x'.repeat(65), 'ä', '']) {
      const res = await app.inject({ url: '/healthz', headers: { 'x-request-id': buruk } })
      expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/)
    }
  })

  it('answers a too long URL 414 in the standard shape', async () => {
    const url = `/api/v1/pegawai/${'a'.repeat(300)}`
    const id = await app.inject({ url })
    expect(id.statusCode).toBe(414)
    expect(id.json()).toEqual({
      code: 'URI_TERLALU_PANJANG',
      message: 'Alamat (URL) terlalu panjang.',
      errors: [],
    })
    const en = await app.inject({ url, headers: { 'accept-language': 'en' } })
    expect(en.json()).toEqual({ code: 'URI_TERLALU_PANJANG', message: 'The URL is too long.', errors: [] })
  })

  it('answers a request line over 16 KB in the standard shape, from the HTTP parser itself', async () => {
    const alamat = await app.listen({ port: 0, host: '127.0.0.1' })
    const res = await fetch(`${alamat}/api/v1/pegawai?q=${'a'.repeat(20_000)}`)
    expect(res.status).toBe(431)
    expect(await res.json()).toEqual({
      code: 'HEADER_TERLALU_BESAR',
      message: 'Alamat (URL) atau header permintaan terlalu besar.',
      errors: [],
    })
  })

  it('answers a rate limit 429 in the standard shape, with Retry-After', async () => {
    const kirim = (lang: string) =>
      app.inject({
        url: '/api/v1/verifikasi/AAAA-BBBB-CCCC-DDDD',
        remoteAddress: '10.7.7.7',
        headers: { 'accept-language': lang },
      })
    for (let i = 0; i < 60; i++) expect((await kirim('id')).statusCode).toBe(404)
    const id = await kirim('id')
    expect(id.statusCode).toBe(429)
    expect(id.headers['retry-after']).toBeDefined()
    expect(id.json()).toMatchObject({ code: 'TERLALU_BANYAK_PERMINTAAN', errors: [] })
    expect(id.json().message).toMatch(/^Terlalu banyak permintaan\. Coba lagi dalam \d+ detik\.$/)
    expect((await kirim('en')).json().message).toMatch(/^Too many requests\. Try again in \d+ seconds\.$/)
  })

  it('answers a malformed URL, malformed JSON and an unknown content type in the standard shape', async () => {
    const instansi = await buatInstansi(database)
    const admin = await buatAkun(database, { instansiId: instansi.id, peran: ['admin_instansi'] })
    const s = await masuk(app, admin)
    const headers = { cookie: `kinerja_sesi=${s.cookie}`, 'x-csrf-token': s.csrf }
    const url = await app.inject({ url: '/api/v1/pegawai/%E0%A4%A', headers })
    expect(url.statusCode).toBe(400)
    expect(url.json()).toMatchObject({ code: 'URL_TIDAK_VALID', errors: [] })
    const json = await app.inject({
      method: 'POST',
      url: '/api/v1/unor',
      headers: { ...headers, 'content-type': 'application/json', 'accept-language': 'en' },
      payload: '{"nama": ',
    })
    expect(json.statusCode).toBe(400)
    expect(json.json()).toEqual({
      code: 'JSON_TIDAK_VALID',
      message: 'The request body is not valid JSON.',
      errors: [],
    })
    const teks = await app.inject({
      method: 'POST',
      url: '/api/v1/unor',
      headers: { ...headers, 'content-type': 'application/xml' },
      payload: '<unor><nama>Unit</nama></unor>',
    })
    expect(teks.statusCode).toBe(415)
    expect(teks.json()).toMatchObject({
      code: 'JENIS_ISI_TIDAK_DIDUKUNG',
      message: 'Jenis isi permintaan tidak didukung.',
    })
  })

  it('refuses a write with a wrong or missing CSRF token', async () => {
    const instansi = await buatInstansi(database)
    const admin = await buatAkun(database, { instansiId: instansi.id, peran: ['admin_instansi'] })
    const s = await masuk(app, admin)
    const cookie = `kinerja_sesi=${s.cookie}`
    for (const token of [undefined, '', s.csrf.slice(1), `${s.csrf}x`, s.csrf.replace(/.$/, '#')]) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/unor',
        headers: { cookie, ...(token === undefined ? {} : { 'x-csrf-token': token }) },
        payload: { nama: 'Unit' },
      })
      expect(res.statusCode).toBe(403)
      expect(res.json().code).toBe('CSRF')
    }
    const ok = await app.inject({
      method: 'POST',
      url: '/api/v1/unor',
      headers: { cookie, 'x-csrf-token': s.csrf },
      payload: { nama: 'Unit Sah' },
    })
    expect(ok.statusCode).toBe(201)
  })
})
