import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { client, createTestApp, login, type TestApp } from './helpers/app.ts'
import { buatAkun, buatInstansi, PASSWORD } from './helpers/factories.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp({ loginMaxGagal: 5, loginMaxGagalIp: 1000 })
})
afterAll(() => t.close())

describe('login', () => {
  it('logs in with username + password, sets an httpOnly SameSite=Lax cookie, returns me with a CSRF token', async () => {
    const inst = await buatInstansi(t.database)
    const a = await buatAkun(t.database, { instansiId: inst.id, peran: ['admin_instansi'] })
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: a.username, password: PASSWORD },
    })
    expect(res.statusCode).toBe(200)
    const cookie = res.cookies.find((c) => c.name === 'kinerja_sesi')!
    expect(cookie.httpOnly).toBe(true)
    expect(cookie.sameSite).toBe('Lax')
    expect(res.json()).toMatchObject({
      akun: { username: a.username },
      peran: ['admin_instansi'],
      instansi: { id: inst.id },
    })
    expect(res.json().csrfToken).toHaveLength(43)
  })

  it('gives the same generic 401 for a wrong password and an unknown user', async () => {
    const a = await buatAkun(t.database, {})
    const wrong = await client(t.app).post('/api/v1/auth/login', {
      username: a.username,
      password: 'salah-sekali',
    })
    const unknown = await client(t.app).post('/api/v1/auth/login', {
      username: 'tidak-ada',
      password: 'salah-sekali',
    })
    expect(wrong.statusCode).toBe(401)
    expect(unknown.statusCode).toBe(401)
    expect(wrong.json().message).toBe(unknown.json().message)
  })

  it('rejects an empty body with field errors, in English when asked', async () => {
    const res = await client(t.app, undefined, 'en').post('/api/v1/auth/login', {
      username: '',
      password: '',
    })
    expect(res.statusCode).toBe(400)
    expect(res.json().errors).toEqual([
      { path: 'username', message: 'Username is required' },
      { path: 'password', message: 'Password is required' },
    ])
    const id = await client(t.app).post('/api/v1/auth/login', {})
    expect(id.json().errors[0].message).toMatch(/diharapkan|wajib/)
  })

  it('locks an account after 5 failures, even for the right password, then /me is 401 without a session', async () => {
    const a = await buatAkun(t.database, {})
    for (let i = 0; i < 5; i++) {
      const r = await client(t.app).post('/api/v1/auth/login', { username: a.username, password: 'salah' })
      expect(r.statusCode).toBe(401)
    }
    const locked = await client(t.app).post('/api/v1/auth/login', {
      username: a.username,
      password: PASSWORD,
    })
    expect(locked.statusCode).toBe(429)
    expect((await client(t.app).get('/api/v1/me')).statusCode).toBe(401)
  })
})

describe('session', () => {
  it('requires the CSRF token on writes and ends at logout', async () => {
    const a = await buatAkun(t.database, {})
    const s = await login(t.app, a.username, PASSWORD)
    expect((await client(t.app, s).get('/api/v1/me')).statusCode).toBe(200)
    const noCsrf = await client(t.app, { ...s, csrf: 'palsu' }).post('/api/v1/auth/logout')
    expect(noCsrf.statusCode).toBe(403)
    expect(noCsrf.json().code).toBe('CSRF')
    expect((await client(t.app, s).post('/api/v1/auth/logout')).statusCode).toBe(200)
    expect((await client(t.app, s).get('/api/v1/me')).statusCode).toBe(401)
  })

  it('changes the password: old one stops working, wrong current password is a field error', async () => {
    const a = await buatAkun(t.database, {})
    const s = await login(t.app, a.username, PASSWORD)
    const bad = await client(t.app, s).post('/api/v1/me/password', {
      passwordLama: 'keliru',
      passwordBaru: 'baru-sekali-123',
    })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().errors[0].path).toBe('passwordLama')
    const ok = await client(t.app, s).post('/api/v1/me/password', {
      passwordLama: PASSWORD,
      passwordBaru: 'baru-sekali-123',
    })
    expect(ok.statusCode).toBe(200)
    await expect(login(t.app, a.username, PASSWORD)).rejects.toThrow()
    await login(t.app, a.username, 'baru-sekali-123')
  })
})
