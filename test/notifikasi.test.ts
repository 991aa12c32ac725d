import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { kirimNotifikasi } from '../src/modules/notifikasi/notifikasi.service.ts'
import { client, createTestApp, login, type TestApp } from './helpers/app.ts'
import { buatAkun, PASSWORD } from './helpers/factories.ts'
import { buatPohon, masuk } from './helpers/skp-factories.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const kirim = (instansiId: string, penerimaPegawaiId: string, judul: string) =>
  kirimNotifikasi(t.database.db, {
    instansiId,
    penerimaPegawaiId,
    jenis: 'uji',
    judul,
    isi: 'Isi',
    tautan: '/skp',
  })

describe('notifikasi', () => {
  it('lists my notifications newest first, filters unread, marks one and all as read', async () => {
    const p = await buatPohon(t.database)
    const a = await kirim(p.instansi.id, p.staf.pegawai.id, 'Pertama')
    await kirim(p.instansi.id, p.staf.pegawai.id, 'Kedua')
    await kirim(p.instansi.id, p.kepala.pegawai.id, 'Untuk kepala')
    const c = client(t.app, await masuk(t.app, p.staf.akun))
    const list = (await c.get('/api/v1/notifikasi')).json()
    expect(list).toMatchObject({ total: 2, jumlahBelumDibaca: 2 })
    expect(list.items.map((n: { judul: string }) => n.judul).sort()).toEqual(['Kedua', 'Pertama'])
    const baca = await c.post(`/api/v1/notifikasi/${a.id}/baca`)
    expect(baca.json()).toMatchObject({ id: a.id, dibaca: true })
    const belum = (await c.get('/api/v1/notifikasi?belumDibaca=true')).json()
    expect(belum).toMatchObject({ total: 1, jumlahBelumDibaca: 1, items: [{ judul: 'Kedua' }] })
    expect((await c.post('/api/v1/notifikasi/baca-semua')).json()).toEqual({ jumlah: 1 })
    expect((await c.get('/api/v1/notifikasi')).json().jumlahBelumDibaca).toBe(0)
  })

  it("never shows or marks another person's or another instansi's notification", async () => {
    const p = await buatPohon(t.database)
    const q = await buatPohon(t.database)
    const milikKepala = await kirim(p.instansi.id, p.kepala.pegawai.id, 'Rahasia')
    const staf = client(t.app, await masuk(t.app, p.staf.akun))
    const asing = client(t.app, await masuk(t.app, q.kepala.akun))
    expect((await staf.post(`/api/v1/notifikasi/${milikKepala.id}/baca`)).statusCode).toBe(404)
    expect((await asing.post(`/api/v1/notifikasi/${milikKepala.id}/baca`)).statusCode).toBe(404)
    expect((await asing.get('/api/v1/notifikasi')).json().total).toBe(0)
    expect((await asing.post('/api/v1/notifikasi/baca-semua')).json()).toEqual({ jumlah: 0 })
    const nasional = await buatAkun(t.database, { peran: ['admin_nasional'] })
    const n = client(t.app, await login(t.app, nasional.username, PASSWORD))
    expect((await n.get('/api/v1/notifikasi')).json()).toMatchObject({ items: [], total: 0 })
    expect((await n.post(`/api/v1/notifikasi/${milikKepala.id}/baca`)).statusCode).toBe(404)
    expect(
      (
        await client(t.app, await masuk(t.app, p.kepala.akun)).get('/api/v1/notifikasi?belumDibaca=true')
      ).json().total,
    ).toBe(1)
  })

  it('requires a session and a valid id', async () => {
    expect((await client(t.app).get('/api/v1/notifikasi')).statusCode).toBe(401)
    const p = await buatPohon(t.database)
    const res = await client(t.app, await masuk(t.app, p.staf.akun)).post(
      '/api/v1/notifikasi/bukan-uuid/baca',
    )
    expect(res.statusCode).toBe(400)
    expect(res.json().errors[0].path).toBe('id')
  })
})
