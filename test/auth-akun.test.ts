import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { akun, pegawai } from '../src/db/schema/index.ts'
import type { PeranAkun } from '../src/server/auth/actor.ts'
import { client, createTestApp, login, type Session, type TestApp } from './helpers/app.ts'
import { buatAkun, buatInstansi, buatPegawai, PASSWORD } from './helpers/factories.ts'
import { barisCsv, csv, instansiDenganAdmin, nipBaru, unggah } from './impor-helpers.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const V = '/api/v1'

/** A pegawai of the instansi with an account holding these roles. */
async function pegawaiBerakun(instansiId: string, peran: PeranAkun[] = ['pegawai']) {
  const p = await buatPegawai(t.database, { instansiId })
  const a = await buatAkun(t.database, {
    instansiId,
    pegawaiId: p.pegawai.id,
    peran,
    username: p.pegawai.nip,
  })
  return { ...p, akun: a }
}

async function adminInstansi(instansiId: string) {
  const admin = await pegawaiBerakun(instansiId, ['pegawai', 'admin_instansi'])
  return { ...admin, c: client(t.app, await login(t.app, admin.akun.username, PASSWORD)) }
}

async function adminNasional() {
  const a = await buatAkun(t.database, { peran: ['admin_nasional'] })
  return client(t.app, await login(t.app, a.username, PASSWORD))
}

describe('a temporary password must be changed before anything else', () => {
  it('allows only the password change, /me and logout; afterwards everything works', async () => {
    const inst = await buatInstansi(t.database)
    const { c: admin } = await adminInstansi(inst.id)
    const budi = await pegawaiBerakun(inst.id)
    const reset = await admin.post(`${V}/pegawai/${budi.pegawai.id}/reset-password`)
    expect(reset.statusCode).toBe(200)
    const sementara: string = reset.json().passwordSementara
    const s: Session = await login(t.app, budi.akun.username, sementara)
    const c = client(t.app, s)

    const me = await c.get(`${V}/me`)
    expect(me.statusCode).toBe(200)
    expect(me.json().wajibGantiPassword).toBe(true)
    for (const res of [
      await c.get(`${V}/pegawai/${budi.pegawai.id}`),
      await c.get(`${V}/notifikasi`),
      await c.patch(`${V}/pegawai/${budi.pegawai.id}`, { golongan: 'III/b' }),
    ]) {
      expect(res.statusCode).toBe(403)
      expect(res.json()).toMatchObject({
        code: 'AKUN.WAJIB_GANTI_PASSWORD',
        message: expect.stringContaining('kata sandi sementara'),
      })
    }
    const en = await client(t.app, s, 'en').get(`${V}/pegawai/${budi.pegawai.id}`)
    expect(en.json().message).toMatch(/temporary password/)

    const ganti = await c.post(`${V}/me/password`, {
      passwordLama: sementara,
      passwordBaru: 'milik-budi-123',
    })
    expect(ganti.statusCode).toBe(200)
    expect((await c.get(`${V}/me`)).json().wajibGantiPassword).toBe(false)
    expect((await c.get(`${V}/pegawai/${budi.pegawai.id}`)).statusCode).toBe(200)
    expect((await c.post(`${V}/auth/logout`)).statusCode).toBe(200)
  })

  it('lets the holder of a temporary password log out', async () => {
    const inst = await buatInstansi(t.database)
    const { c: admin } = await adminInstansi(inst.id)
    const budi = await pegawaiBerakun(inst.id)
    const sementara = (await admin.post(`${V}/pegawai/${budi.pegawai.id}/reset-password`)).json()
      .passwordSementara as string
    const c = client(t.app, await login(t.app, budi.akun.username, sementara))
    expect((await c.post(`${V}/auth/logout`)).statusCode).toBe(200)
    expect((await c.get(`${V}/me`)).statusCode).toBe(401)
  })
})

describe('admin password reset', () => {
  it("refuses an admin_instansi resetting another admin's password, with a clear reason", async () => {
    const inst = await buatInstansi(t.database)
    const { c } = await adminInstansi(inst.id)
    const adminLain = await pegawaiBerakun(inst.id, ['pegawai', 'admin_instansi'])
    const nasional = await pegawaiBerakun(inst.id, ['pegawai', 'admin_nasional'])
    for (const target of [adminLain, nasional]) {
      const res = await c.post(`${V}/pegawai/${target.pegawai.id}/reset-password`)
      expect(res.statusCode).toBe(403)
      expect(res.json()).toMatchObject({
        code: 'AKUN.RESET_ADMIN_DILARANG',
        message: 'Kata sandi akun admin hanya dapat diatur ulang oleh admin nasional.',
      })
    }
    // Nothing changed: the other admin still logs in with their own password.
    await login(t.app, adminLain.akun.username, PASSWORD)
  })

  it("lets an admin_nasional reset an instansi admin's password", async () => {
    const inst = await buatInstansi(t.database)
    const adminInst = await pegawaiBerakun(inst.id, ['pegawai', 'admin_instansi'])
    const res = await (await adminNasional()).post(`${V}/pegawai/${adminInst.pegawai.id}/reset-password`)
    expect(res.statusCode).toBe(200)
    await login(t.app, adminInst.akun.username, res.json().passwordSementara)
  })

  it('refuses resetting one’s own password (that is a password change)', async () => {
    const inst = await buatInstansi(t.database)
    const { c, pegawai: diri } = await adminInstansi(inst.id)
    const sendiri = await c.post(`${V}/pegawai/${diri.id}/reset-password`)
    expect(sendiri.statusCode).toBe(403)
    expect(sendiri.json().code).toBe('AKUN.RESET_DIRI_SENDIRI')
  })

  it('lifts the login locks of the account, so the temporary password works at once', async () => {
    const inst = await buatInstansi(t.database)
    const { c } = await adminInstansi(inst.id)
    const budi = await pegawaiBerakun(inst.id)
    const meja = '198.51.100.9'
    for (let i = 0; i < 5; i++) {
      await t.app.inject({
        method: 'POST',
        url: `${V}/auth/login`,
        payload: { username: budi.akun.username, password: 'lupa' },
        remoteAddress: meja,
      })
    }
    await expect(login(t.app, budi.akun.username, PASSWORD, meja)).rejects.toThrow(/429/)
    const res = await c.post(`${V}/pegawai/${budi.pegawai.id}/reset-password`)
    await login(t.app, budi.akun.username, res.json().passwordSementara, meja)
  })

  it('answers 404 for another instansi’s pegawai', async () => {
    const inst = await buatInstansi(t.database)
    const lain = await buatInstansi(t.database)
    const { c } = await adminInstansi(inst.id)
    const asing = await pegawaiBerakun(lain.id)
    expect((await c.post(`${V}/pegawai/${asing.pegawai.id}/reset-password`)).statusCode).toBe(404)
  })
})

describe('accounts of added and imported pegawai: one way', () => {
  const akunDariNip = async (nip: string) =>
    (await t.database.db.select().from(akun).where(eq(akun.username, nip)))[0]

  it('adding a pegawai creates no account; the first password an admin issues does', async () => {
    const inst = await buatInstansi(t.database)
    const { c } = await adminInstansi(inst.id)
    const nip = nipBaru()
    const dibuat = await c.post(`${V}/pegawai`, { nip, nama: 'Sari Wulandari', jenisAsn: 'pns' })
    expect(dibuat.statusCode).toBe(201)
    expect(dibuat.json().akun).toBeNull()
    expect(await akunDariNip(nip)).toBeUndefined()

    const res = await c.post(`${V}/pegawai/${dibuat.json().id}/reset-password`)
    expect(res.statusCode).toBe(200)
    expect(res.json().username).toBe(nip)
    expect(await akunDariNip(nip)).toMatchObject({
      instansiId: inst.id,
      pegawaiId: dibuat.json().id,
      peran: ['pegawai'],
      wajibGantiPassword: true,
    })
    const s = await login(t.app, nip, res.json().passwordSementara)
    expect((await client(t.app, s).get(`${V}/me`)).json().wajibGantiPassword).toBe(true)
    expect((await c.get(`${V}/pegawai/${dibuat.json().id}`)).json().akun).toMatchObject({ username: nip })
  })

  it('importing a pegawai does the same', async () => {
    const { instansi, dinas, session } = await instansiDenganAdmin(t.app, t.database)
    const nip = nipBaru()
    const impor = await unggah(
      t.app,
      session,
      `${V}/impor/pegawai?instansiId=${instansi.id}`,
      csv(barisCsv({ nip, unor: dinas.nama })),
    )
    expect(impor.statusCode).toBe(200)
    expect(await akunDariNip(nip)).toBeUndefined()
    const [p] = await t.database.db.select().from(pegawai).where(eq(pegawai.nip, nip))
    const res = await client(t.app, session).post(`${V}/pegawai/${p.id}/reset-password`)
    expect(res.statusCode).toBe(200)
    expect(await akunDariNip(nip)).toMatchObject({ pegawaiId: p.id, wajibGantiPassword: true })
    await login(t.app, nip, res.json().passwordSementara)
  })
})
