import { randomUUID } from 'node:crypto'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { client, createTestApp, login, type TestApp } from './helpers/app.ts'
import { buatAkun, buatPegawai, PASSWORD } from './helpers/factories.ts'
import { barisCsv, csv, hitung, instansiDenganAdmin, nipBaru, rows, unggah } from './impor-helpers.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const url = (instansiId: string, mode = 'semua') =>
  `/api/v1/impor/pegawai?instansiId=${instansiId}&mode=${mode}`
const DINAS = 'Dinas Komunikasi dan Informatika'

describe('import access and isolation', () => {
  it('an admin of A cannot import into B (404) and nothing is written there', async () => {
    const a = await instansiDenganAdmin(t.app, t.database)
    const b = await instansiDenganAdmin(t.app, t.database)
    const res = await unggah(
      t.app,
      a.session,
      url(b.instansi.id),
      csv(barisCsv({ nip: nipBaru(), unor: DINAS })),
    )
    expect(res.statusCode).toBe(404)
    expect(await hitung(t.database, 'pegawai', b.instansi.id)).toBe(0)
    expect(await hitung(t.database, 'impor', b.instansi.id)).toBe(0)
  })

  it("a file with B's NIP cannot touch B's pegawai: a row error, also in valid_saja", async () => {
    const a = await instansiDenganAdmin(t.app, t.database)
    const b = await instansiDenganAdmin(t.app, t.database)
    const milikB = await buatPegawai(t.database, { instansiId: b.instansi.id, nama: 'Milik B' })
    const nipB = milikB.pegawai.nip
    const isi = csv(
      barisCsv({ nip: nipBaru(), unor: DINAS }),
      barisCsv({ nip: nipB, nama: 'Diubah A', unor: DINAS }),
    )
    const tolak = await unggah(t.app, a.session, url(a.instansi.id), isi)
    expect(tolak.statusCode).toBe(400)
    expect(tolak.json().errors).toEqual([{ path: 'baris.3.NIP', message: 'NIP terdaftar di instansi lain' }])
    const sebagian = await unggah(t.app, a.session, url(a.instansi.id, 'valid_saja'), isi)
    expect(sebagian.json()).toMatchObject({
      status: 'selesai',
      barisDitulis: 1,
      kesalahan: [{ baris: 3, kolom: 'NIP' }],
    })
    const [p] = await rows(t.database, sql`select instansi_id, nama from pegawai where nip = ${nipB}`)
    expect(p).toEqual({ instansi_id: b.instansi.id, nama: 'Milik B' })
    expect(await hitung(t.database, 'penugasan', b.instansi.id)).toBe(1)
    expect(await hitung(t.database, 'akun', a.instansi.id)).toBe(1) // only the admin: the import creates no accounts
  })

  it('a pegawai or pimpinan of the instansi gets 403, an anonymous caller 401', async () => {
    const a = await instansiDenganAdmin(t.app, t.database)
    for (const peran of [['pegawai'], ['pimpinan']] as const) {
      const akun = await buatAkun(t.database, { instansiId: a.instansi.id, peran: [...peran] })
      const s = await login(t.app, akun.username, PASSWORD)
      const res = await unggah(t.app, s, url(a.instansi.id), csv(barisCsv({ nip: nipBaru(), unor: DINAS })))
      expect(res.statusCode).toBe(403)
      expect((await client(t.app, s).get(`/api/v1/impor?instansiId=${a.instansi.id}`)).statusCode).toBe(403)
    }
    expect((await unggah(t.app, undefined, url(a.instansi.id), 'NIP\n')).statusCode).toBe(401)
    expect(await hitung(t.database, 'pegawai', a.instansi.id)).toBe(0)
  })

  it('a national admin imports into any instansi; an unknown instansi is 404', async () => {
    const a = await instansiDenganAdmin(t.app, t.database)
    const nasional = await buatAkun(t.database, { peran: ['admin_nasional'] })
    const s = await login(t.app, nasional.username, PASSWORD)
    const res = await unggah(t.app, s, url(a.instansi.id), csv(barisCsv({ nip: nipBaru(), unor: DINAS })))
    expect(res.statusCode).toBe(200)
    expect(
      (await unggah(t.app, s, url(randomUUID()), csv(barisCsv({ nip: nipBaru(), unor: DINAS })))).statusCode,
    ).toBe(404)
    const riwayat = await client(t.app, s).get(`/api/v1/impor?instansiId=${a.instansi.id}`)
    expect(riwayat.json()).toMatchObject({
      total: 1,
      items: [{ aktor: expect.any(String), status: 'selesai' }],
    })
  })

  it("the history and a run of B are invisible to A's admin", async () => {
    const a = await instansiDenganAdmin(t.app, t.database)
    const b = await instansiDenganAdmin(t.app, t.database)
    const run = await unggah(
      t.app,
      b.session,
      url(b.instansi.id),
      csv(barisCsv({ nip: nipBaru(), unor: DINAS })),
    )
    const id = run.json().id
    expect((await client(t.app, a.session).get(`/api/v1/impor/${id}`)).statusCode).toBe(404)
    expect((await client(t.app, a.session).get(`/api/v1/impor?instansiId=${b.instansi.id}`)).statusCode).toBe(
      404,
    )
    const sendiri = await client(t.app, a.session).get('/api/v1/impor')
    expect(sendiri.json().items.every((i: { instansiId: string }) => i.instansiId === a.instansi.id)).toBe(
      true,
    )
    expect((await client(t.app, b.session).get(`/api/v1/impor/${id}`)).json()).toMatchObject({
      id,
      status: 'selesai',
    })
  })

  it('rejects an upload without a file, and a write without the CSRF token', async () => {
    const a = await instansiDenganAdmin(t.app, t.database)
    const kosong = await client(t.app, a.session).post(url(a.instansi.id), {})
    expect(kosong.statusCode).toBe(400)
    expect(kosong.json().code).toBe('IMPOR.TANPA_BERKAS')
    const tanpaCsrf = await unggah(t.app, { ...a.session, csrf: 'palsu' }, url(a.instansi.id), 'NIP\n')
    expect(tanpaCsrf.statusCode).toBe(403)
  })
})
