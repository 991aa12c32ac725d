import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PeranAkun } from '../src/server/auth/actor.ts'
import { client, createTestApp, login, type TestApp } from './helpers/app.ts'
import { buatAkun, buatInstansi, buatPegawai, buatUnor, PASSWORD } from './helpers/factories.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const V = '/api/v1'
let ip = 0
const PERAN = ['pegawai', 'atasan', 'pimpinan', 'admin', 'nasional', 'adminLain'] as const
type Peran = (typeof PERAN)[number]
type Api = ReturnType<typeof client>

/**
 * Dinas (Kadis, also pimpinan) → Bidang (Kabid) with staff Ani; Ani's penilai is Kabid and her atasan
 * penilai Kadis. Each role gets an account; "adminLain" administers another instansi.
 */
async function dunia() {
  const inst = await buatInstansi(t.database)
  const lain = await buatInstansi(t.database)
  const dinas = await buatUnor(t.database, { instansiId: inst.id, nama: 'Dinas' })
  const bidang = await buatUnor(t.database, { instansiId: inst.id, parentId: dinas.id, nama: 'Bidang' })
  const kadis = await buatPegawai(t.database, { instansiId: inst.id, unorId: dinas.id, isKepala: true })
  const kabid = await buatPegawai(t.database, { instansiId: inst.id, unorId: bidang.id, isKepala: true })
  const ani = await buatPegawai(t.database, { instansiId: inst.id, unorId: bidang.id, nama: 'Ani' })
  const budi = await buatPegawai(t.database, { instansiId: inst.id, unorId: bidang.id, nama: 'Budi' })
  const akun = async (instansiId: string | null, peran: PeranAkun[], pegawaiId?: string) => {
    const a = await buatAkun(t.database, { instansiId, peran, pegawaiId })
    // many logins in this file: one address each keeps the per-IP login rate limit out of the way
    ip += 1
    return client(t.app, await login(t.app, a.username, PASSWORD, `10.9.${ip >> 8}.${ip & 255}`))
  }
  const c: Record<Peran, Api> = {
    pegawai: await akun(inst.id, ['pegawai'], ani.pegawai.id),
    atasan: await akun(inst.id, ['pegawai'], kabid.pegawai.id),
    pimpinan: await akun(inst.id, ['pegawai', 'pimpinan'], kadis.pegawai.id),
    admin: await akun(inst.id, ['admin_instansi']),
    nasional: await akun(null, ['admin_nasional']),
    adminLain: await akun(lain.id, ['admin_instansi']),
  }
  return {
    inst,
    dinas,
    bidang,
    kadis,
    kabid,
    ani,
    budi,
    c,
    budiApi: await akun(inst.id, ['pegawai'], budi.pegawai.id),
  }
}
type Dunia = Awaited<ReturnType<typeof dunia>>

interface Kasus {
  nama: string
  kirim: (api: Api, w: Dunia, peran: Peran, i: number) => ReturnType<Api['get']>
  harap: Record<Peran, number>
}

const BACA_SEMUA = { pegawai: 200, atasan: 200, pimpinan: 200, admin: 200, nasional: 200, adminLain: 404 }
const ADMIN_SAJA = (ok: number) => ({
  pegawai: 403,
  atasan: 403,
  pimpinan: 403,
  admin: ok,
  nasional: ok,
  adminLain: 404,
})
const DIRI_DAN_ADMIN = { pegawai: 200, atasan: 403, pimpinan: 403, admin: 200, nasional: 200, adminLain: 404 }
const q = (w: Dunia) => `instansiId=${w.inst.id}`

const KASUS: Kasus[] = [
  { nama: 'GET /unor', kirim: (c, w) => c.get(`${V}/unor?${q(w)}`), harap: BACA_SEMUA },
  { nama: 'GET /unor/:id', kirim: (c, w) => c.get(`${V}/unor/${w.bidang.id}`), harap: BACA_SEMUA },
  {
    nama: 'POST /unor',
    kirim: (c, w) =>
      c.post(`${V}/unor`, { instansiId: w.inst.id, nama: 'Seksi Baru', parentId: w.bidang.id }),
    harap: ADMIN_SAJA(201),
  },
  {
    nama: 'PATCH /unor/:id',
    kirim: (c, w) => c.patch(`${V}/unor/${w.bidang.id}`, { namaJabatanKepala: 'Kepala Bidang' }),
    harap: ADMIN_SAJA(200),
  },
  { nama: 'GET /jabatan', kirim: (c, w) => c.get(`${V}/jabatan?${q(w)}`), harap: BACA_SEMUA },
  {
    nama: 'POST /jabatan',
    kirim: (c, w) =>
      c.post(`${V}/jabatan`, { instansiId: w.inst.id, nama: 'Pengolah Data', jenis: 'pelaksana' }),
    harap: ADMIN_SAJA(201),
  },
  {
    nama: 'PATCH /jabatan/:id',
    kirim: (c, w) => c.patch(`${V}/jabatan/${w.ani.jabatan.id}`, { nama: 'Analis Data' }),
    harap: ADMIN_SAJA(200),
  },
  { nama: 'GET /pegawai', kirim: (c, w) => c.get(`${V}/pegawai?${q(w)}`), harap: ADMIN_SAJA(200) },
  {
    nama: 'GET /pegawai/:id (Ani: self, penilai, atasan penilai)',
    kirim: (c, w) => c.get(`${V}/pegawai/${w.ani.pegawai.id}`),
    harap: { pegawai: 200, atasan: 200, pimpinan: 200, admin: 200, nasional: 200, adminLain: 404 },
  },
  {
    nama: 'GET /pegawai/:id (Kabid: not readable by his subordinate)',
    kirim: (c, w) => c.get(`${V}/pegawai/${w.kabid.pegawai.id}`),
    harap: { pegawai: 403, atasan: 200, pimpinan: 200, admin: 200, nasional: 200, adminLain: 404 },
  },
  {
    nama: 'POST /pegawai',
    kirim: (c, w, _p, i) =>
      c.post(`${V}/pegawai`, {
        instansiId: w.inst.id,
        nip: `19900101201503100${i}`,
        nama: 'Pegawai Baru',
        jenisAsn: 'pns',
      }),
    harap: ADMIN_SAJA(201),
  },
  {
    nama: 'PATCH /pegawai/:id',
    kirim: (c, w) => c.patch(`${V}/pegawai/${w.ani.pegawai.id}`, { golongan: 'III/b' }),
    harap: ADMIN_SAJA(200),
  },
  {
    nama: 'POST /pegawai/:id/reset-password',
    kirim: (c, w) => c.post(`${V}/pegawai/${w.budi.pegawai.id}/reset-password`),
    harap: ADMIN_SAJA(200),
  },
  {
    nama: 'GET /pegawai/:id/penugasan',
    kirim: (c, w) => c.get(`${V}/pegawai/${w.ani.pegawai.id}/penugasan`),
    harap: DIRI_DAN_ADMIN,
  },
  {
    nama: 'POST /pegawai/:id/penugasan',
    kirim: (c, w, _p, i) =>
      c.post(`${V}/pegawai/${w.ani.pegawai.id}/penugasan`, {
        jabatanId: w.ani.jabatan.id,
        jenis: 'plh',
        mulai: `2025-0${i + 1}-01`,
        selesai: `2025-0${i + 1}-10`,
      }),
    harap: ADMIN_SAJA(201),
  },
  {
    nama: 'PATCH /penugasan/:id',
    kirim: (c, w) => c.patch(`${V}/penugasan/${w.ani.penugasan.id}`, { nomorSk: 'SK-123' }),
    harap: ADMIN_SAJA(200),
  },
  {
    nama: 'GET /pegawai/:id/atasan',
    kirim: (c, w) => c.get(`${V}/pegawai/${w.ani.pegawai.id}/atasan`),
    harap: DIRI_DAN_ADMIN,
  },
  {
    nama: 'POST /pegawai/:id/atasan-override',
    kirim: (c, w, _p, i) =>
      c.post(`${V}/pegawai/${w.ani.pegawai.id}/atasan-override`, {
        atasanPegawaiId: w.kadis.pegawai.id,
        mulai: `203${i}-01-01`,
        selesai: `203${i}-12-31`,
        alasan: 'Uji hak akses',
      }),
    harap: ADMIN_SAJA(201),
  },
  { nama: 'GET /audit', kirim: (c, w) => c.get(`${V}/audit?${q(w)}`), harap: ADMIN_SAJA(200) },
]

describe('role access table', () => {
  it.each(KASUS.map((k) => [k.nama, k] as const))('%s', async (_nama, kasus) => {
    const w = await dunia()
    const hasil: Record<string, number> = {}
    for (const [i, peran] of PERAN.entries())
      hasil[peran] = (await kasus.kirim(w.c[peran], w, peran, i)).statusCode
    expect(hasil).toEqual(kasus.harap)
  })

  it('DELETE /atasan-override/:id: admins only, 404 for another instansi', async () => {
    const w = await dunia()
    const hasil: Record<string, number> = {}
    for (const peran of PERAN) {
      const o = await w.c.admin.post(`${V}/pegawai/${w.ani.pegawai.id}/atasan-override`, {
        atasanPegawaiId: w.kadis.pegawai.id,
        mulai: '2099-01-01',
        alasan: 'Uji hak akses',
      })
      hasil[peran] = (await w.c[peran].delete(`${V}/atasan-override/${o.json().id}`)).statusCode
      if (hasil[peran] !== 200) await w.c.admin.delete(`${V}/atasan-override/${o.json().id}`)
    }
    expect(hasil).toEqual(ADMIN_SAJA(200))
  })

  it('a colleague in the same unit is neither self nor atasan: 403 on the detail, history and atasan', async () => {
    const w = await dunia()
    for (const url of ['', '/penugasan', '/atasan']) {
      expect((await w.budiApi.get(`${V}/pegawai/${w.ani.pegawai.id}${url}`)).statusCode).toBe(403)
    }
    expect((await client(t.app).get(`${V}/pegawai/${w.ani.pegawai.id}`)).statusCode).toBe(401)
  })
})
