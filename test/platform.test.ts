import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { client, createTestApp, type TestApp } from './helpers/app.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

describe('platform', () => {
  it('serves health and readiness', async () => {
    expect((await t.app.inject('/healthz')).json()).toEqual({ status: 'ok' })
    const ready = await t.app.inject('/readyz')
    expect(ready.statusCode).toBe(200)
    expect(ready.json().status).toBe('ready')
  })

  it('publishes an OpenAPI 3 document with the auth routes and a docs page', async () => {
    const res = await t.app.inject('/api/v1/openapi.json')
    expect(res.statusCode).toBe(200)
    const doc = res.json()
    expect(doc.openapi).toMatch(/^3\./)
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/auth/login', '/api/v1/me']))
    const docs = await t.app.inject('/api/docs/')
    expect(docs.statusCode).toBe(200)
    expect(docs.body).toContain('swagger')
  })

  it('answers unknown API routes with the error shape, in the requested language', async () => {
    const id = await client(t.app).get('/api/v1/tidak-ada')
    expect(id.statusCode).toBe(404)
    expect(id.json()).toEqual({ code: 'NOT_FOUND', message: 'Tidak ditemukan.', errors: [] })
    const en = await client(t.app, undefined, 'en').get('/api/v1/tidak-ada')
    expect(en.json().message).toBe('Not found.')
  })

  it('requires a session for the API (401) and echoes the request id', async () => {
    const res = await t.app.inject({ url: '/api/v1/me', headers: { 'x-request-id': 'req-uji-1' } })
    expect(res.statusCode).toBe(401)
    expect(res.json().code).toBe('UNAUTHENTICATED')
    expect(res.headers['x-request-id']).toBe('req-uji-1')
  })

  it('sets security headers', async () => {
    const res = await t.app.inject('/healthz')
    expect(res.headers['x-content-type-options']).toBe('nosniff')
    expect(res.headers['content-security-policy']).toContain("default-src 'self'")
  })
})
