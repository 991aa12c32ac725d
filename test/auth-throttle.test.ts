import { eq, inArray } from 'drizzle-orm'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { percobaanLogin } from '../src/db/schema/index.ts'
import { aturJam, sekarang } from '../src/server/clock.ts'
import { createTestApp, type TestApp } from './helpers/app.ts'
import { buatAkun, buatInstansi, PASSWORD } from './helpers/factories.ts'

/** The defaults a real deployment runs with: 5 failures per account, 20 per address, 15 minutes. */
let t: TestApp
beforeAll(async () => {
  t = await createTestApp({ loginMaxGagal: 5, loginMaxGagalIp: 20, loginKunciMenit: 15 })
})
afterAll(() => t.close())
afterEach(() => {
  aturJam(undefined)
})

const coba = (app: TestApp, username: string, password: string, ip: string) =>
  app.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password },
    remoteAddress: ip,
  })

let alamat = 0
/** A fresh address per test: the tests share one database. */
const alamatBaru = () => `10.0.${Math.floor(++alamat / 250)}.${(alamat % 250) + 1}`

/** Moves the server's one clock forward (src/server/clock.ts); nothing sleeps. */
function majukanJam(menit: number) {
  aturJam(new Date(sekarang().getTime() + menit * 60_000))
}

async function akunBaru() {
  const inst = await buatInstansi(t.database)
  return buatAkun(t.database, { instansiId: inst.id })
}

describe('login throttling: one office behind one address', () => {
  it('after 30 failures over 10 accounts from one address, an 11th account logs in from it', async () => {
    const kantor = alamatBaru()
    const akun = await Promise.all(Array.from({ length: 11 }, () => akunBaru()))
    const status: number[] = []
    const jeda: number[] = []
    for (let putaran = 0; putaran < 3; putaran++) {
      for (const a of akun.slice(0, 10)) {
        const res = await coba(t, a.username, 'salah-ketik', kantor)
        status.push(res.statusCode)
        if (res.statusCode === 429) {
          expect(res.json().code).toBe('AUTH.DIPERLAMBAT')
          jeda.push(Number(res.headers['retry-after']))
        }
      }
    }
    // The first 20 are ordinary wrong passwords; past the address threshold, wrong ones are slowed down
    // with a growing wait.
    expect(status.slice(0, 20)).toEqual(Array(20).fill(401))
    expect(status.slice(20)).toEqual(Array(10).fill(429))
    expect(jeda[0]).toBeGreaterThan(0)
    expect(jeda[9]).toBeGreaterThan(jeda[0])

    // Correct credentials from the same address still log in: the 11th account, and one that failed 3 times.
    const sebelas = await coba(t, akun[10].username, PASSWORD, kantor)
    expect(sebelas.statusCode).toBe(200)
    expect((await coba(t, akun[0].username, PASSWORD, kantor)).statusCode).toBe(200)
  })

  it('locks an account after 5 failures, from every address, and the lock expires', async () => {
    const a = await akunBaru()
    const penyerang = alamatBaru()
    const pemilik = alamatBaru()
    for (let i = 0; i < 5; i++) expect((await coba(t, a.username, 'salah', penyerang)).statusCode).toBe(401)
    const terkunci = await coba(t, a.username, PASSWORD, pemilik)
    expect(terkunci.statusCode).toBe(429)
    expect(terkunci.json().code).toBe('AUTH.TERKUNCI')
    const retryAfter = Number(terkunci.headers['retry-after'])
    expect(retryAfter).toBeGreaterThan(14 * 60)
    expect(retryAfter).toBeLessThanOrEqual(15 * 60)

    majukanJam(14)
    expect((await coba(t, a.username, PASSWORD, pemilik)).statusCode).toBe(429)
    majukanJam(2)
    expect((await coba(t, a.username, PASSWORD, pemilik)).statusCode).toBe(200)
  })

  it('holds off one address that keeps guessing one account longer, while the owner waits only 15 minutes', async () => {
    const a = await akunBaru()
    const penyerang = alamatBaru()
    const pemilik = alamatBaru()
    for (let i = 0; i < 5; i++) await coba(t, a.username, 'salah', penyerang)
    majukanJam(16)
    // The account's count started again; this address + account remembers its 5 and locks for 30 minutes.
    for (let i = 0; i < 5; i++) expect((await coba(t, a.username, 'salah', penyerang)).statusCode).toBe(401)
    expect((await coba(t, a.username, PASSWORD, pemilik)).statusCode).toBe(429)
    majukanJam(16)
    expect((await coba(t, a.username, PASSWORD, pemilik)).statusCode).toBe(200)
    const diTahan = await coba(t, a.username, PASSWORD, penyerang)
    expect(diTahan.statusCode).toBe(429)
    expect(Number(diTahan.headers['retry-after'])).toBeGreaterThan(13 * 60)
    majukanJam(15)
    expect((await coba(t, a.username, PASSWORD, penyerang)).statusCode).toBe(200)
  })

  it('forgets counters after a day, and keeps a lock that is still running', async () => {
    const lama = await akunBaru()
    const terkunci = await akunBaru()
    const ip = alamatBaru()
    await coba(t, lama.username, 'salah', ip)
    majukanJam(25 * 60)
    for (let i = 0; i < 5; i++) await coba(t, terkunci.username, 'salah', ip)
    const a = await akunBaru()
    expect((await coba(t, a.username, PASSWORD, alamatBaru())).statusCode).toBe(200)
    const sisa = await t.database.db
      .select({ kunci: percobaanLogin.kunci })
      .from(percobaanLogin)
      .where(inArray(percobaanLogin.kunci, [`akun:${lama.username}`, `akun:${terkunci.username}`]))
    expect(sisa.map((r) => r.kunci)).toEqual([`akun:${terkunci.username}`])
  })

  it('treats an unknown username like an existing one (same answer, same lock)', async () => {
    const ip = alamatBaru()
    const statusAda: number[] = []
    const statusTiada: number[] = []
    const a = await akunBaru()
    for (let i = 0; i < 6; i++) {
      statusAda.push((await coba(t, a.username, 'salah', ip)).statusCode)
      statusTiada.push((await coba(t, `tidak-ada-${a.username}`, 'salah', ip)).statusCode)
    }
    expect(statusAda).toEqual([401, 401, 401, 401, 401, 429])
    expect(statusTiada).toEqual(statusAda)
  })

  it('locks after 20 wrong passwords sent in parallel', async () => {
    const a = await akunBaru()
    const ip = alamatBaru()
    const hasil = await Promise.all(Array.from({ length: 20 }, () => coba(t, a.username, 'salah', ip)))
    expect(hasil.every((r) => r.statusCode === 401 || r.statusCode === 429)).toBe(true)
    const [row] = await t.database.db
      .select()
      .from(percobaanLogin)
      .where(eq(percobaanLogin.kunci, `akun:${a.username}`))
    // Every attempt that got past the lock check was counted; at least the 5 that lock.
    expect(row.gagal).toBe(hasil.filter((r) => r.statusCode === 401).length)
    expect(row.gagal).toBeGreaterThanOrEqual(5)
    expect((await coba(t, a.username, PASSWORD, alamatBaru())).statusCode).toBe(429)
  })
})

describe('login throttling: counting is atomic', () => {
  // A threshold out of reach, so that no attempt is refused before its failure is counted.
  let u: TestApp
  beforeAll(async () => {
    u = await createTestApp({ loginMaxGagal: 1000, loginMaxGagalIp: 1000, loginRatePerMinute: 1000 })
  })
  afterAll(() => u.close())

  it('counts 20 wrong passwords sent in parallel as 20, per account, per address + account and per address', async () => {
    const inst = await buatInstansi(u.database)
    const a = await buatAkun(u.database, { instansiId: inst.id })
    const ip = '192.0.2.7'
    const hasil = await Promise.all(Array.from({ length: 20 }, () => coba(u, a.username, 'salah', ip)))
    expect(hasil.map((r) => r.statusCode)).toEqual(Array(20).fill(401))
    const rows = await u.database.db
      .select({ kunci: percobaanLogin.kunci, gagal: percobaanLogin.gagal })
      .from(percobaanLogin)
      .where(inArray(percobaanLogin.kunci, [`akun:${a.username}`, `ip-akun:${ip}|${a.username}`, `ip:${ip}`]))
    expect(rows.map((r) => r.gagal)).toEqual([20, 20, 20])
  })
})
