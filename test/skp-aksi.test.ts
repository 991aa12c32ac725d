import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { client, createTestApp, type TestApp } from './helpers/app.ts'
import { buatOrang, buatPohon, buatSkp, buatSkpDisetujui, masuk } from './helpers/skp-factories.ts'

/**
 * The server sends what each actor may do (SkpView.aksi, the MPH grid's aksi, SKP Bawahan rows); the web
 * app shows buttons from it. Expected values are written out per state and actor (PermenPANRB 6/2022,
 * DOMAIN §2), not recomputed from the workflow.
 */
let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const Y = new Date().getFullYear()
const STATUS = ['draft', 'diajukan', 'disetujui', 'dikembalikan'] as const
type Status = (typeof STATUS)[number]

const tidak = {
  ubah: false,
  ajukan: false,
  tarik: false,
  setujui: false,
  kembalikan: false,
  bukaKembali: false,
  ubahEkspektasi: false,
  unduh: true,
  matriks: false,
  gantiPenilai: false,
  atasNama: false,
}

const HARAPAN: Record<'pemilik' | 'penilai' | 'admin', Record<Status, Partial<typeof tidak>>> = {
  pemilik: {
    draft: { ubah: true, ajukan: true },
    diajukan: { tarik: true },
    disetujui: { matriks: true },
    dikembalikan: { ubah: true, ajukan: true },
  },
  penilai: {
    draft: {},
    diajukan: { setujui: true, kembalikan: true, ubahEkspektasi: true },
    disetujui: { bukaKembali: true },
    dikembalikan: {},
  },
  // DOMAIN §2: the admin changes the pejabat penilai while the SKP is pending
  admin: {
    draft: { gantiPenilai: true },
    diajukan: { gantiPenilai: true },
    disetujui: { bukaKembali: true },
    dikembalikan: { gantiPenilai: true },
  },
}

describe('SkpView.aksi', () => {
  for (const status of STATUS) {
    it(`owner, penilai and admin instansi on a ${status} SKP`, async () => {
      const p = await buatPohon(t.database, { tahun: [Y] })
      const s = await buatSkp(t.database, p.staf, { tahun: Y, status })
      const aksi = async (akun: { username: string }) => {
        const res = await client(t.app, await masuk(t.app, akun)).get(`/api/v1/skp/${s.skp.id}`)
        expect(res.statusCode).toBe(200)
        return res.json().aksi
      }
      expect(await aksi(p.staf.akun)).toEqual({ ...tidak, ...HARAPAN.pemilik[status] })
      expect(await aksi(p.kepala.akun)).toEqual({ ...tidak, ...HARAPAN.penilai[status] })
      expect(await aksi(p.admin)).toEqual({ ...tidak, ...HARAPAN.admin[status] })
    })
  }

  it('a workflow step answers the SKP with the aksi of the new state', async () => {
    const p = await buatPohon(t.database, { tahun: [Y] })
    const s = await buatSkp(t.database, p.staf, { tahun: Y, status: 'diajukan' })
    const c = client(t.app, await masuk(t.app, p.staf.akun))
    const res = await c.post(`/api/v1/skp/${s.skp.id}/tarik`, {})
    expect(res.statusCode).toBe(200)
    expect(res.json().aksi).toEqual({ ...tidak, ...HARAPAN.pemilik.draft })
  })
})

describe('Matriks Peran Hasil aksi', () => {
  it('the owner of an approved SKP fills rows of subordinates still drafting; others only look', async () => {
    const p = await buatPohon(t.database, { tahun: [Y] })
    const skpTop = await buatSkpDisetujui(t.database, p.top, { tahun: Y, intervensi: [null], varian: 'jpt' })
    const kepala = await buatSkpDisetujui(t.database, p.kepala, { tahun: Y, intervensi: [skpTop.rhk[0].id] })
    const staf2 = await buatOrang(t.database, {
      instansiId: p.instansi.id,
      unorId: p.bidang.id,
      nama: 'Staf Dua',
    })
    const staf3 = await buatOrang(t.database, {
      instansiId: p.instansi.id,
      unorId: p.bidang.id,
      nama: 'Staf Tiga',
    })
    await buatSkp(t.database, p.staf, { tahun: Y, status: 'diajukan', intervensi: [kepala.rhk[0].id] })
    await buatSkp(t.database, staf3, { tahun: Y, status: 'dikembalikan', intervensi: [kepala.rhk[0].id] })
    const grid = async (akun: { username: string }) => {
      const res = await client(t.app, await masuk(t.app, akun)).get(
        `/api/v1/skp/${kepala.skp.id}/matriks-peran-hasil`,
      )
      expect(res.statusCode).toBe(200)
      const g = res.json()
      return {
        aksi: g.aksi,
        baris: Object.fromEntries(g.bawahan.map((b: { nama: string; aksi: unknown }) => [b.nama, b.aksi])),
      }
    }
    expect(await grid(p.kepala.akun)).toEqual({
      aksi: { isi: true, ubahSel: true },
      baris: {
        'Staf Satu': { isi: false, terkunci: true },
        'Staf Dua': { isi: true, terkunci: false },
        'Staf Tiga': { isi: true, terkunci: false },
      },
    })
    const admin = await grid(p.admin)
    expect(admin.aksi).toEqual({ isi: false, ubahSel: false })
    expect(Object.values(admin.baris)).toEqual([
      { isi: false, terkunci: false },
      { isi: false, terkunci: false },
      { isi: false, terkunci: false },
    ])
    expect(staf2.pegawai.id).toBeTruthy()
  })

  it('nothing to fill while the owner’s own SKP is not approved', async () => {
    const p = await buatPohon(t.database, { tahun: [Y] })
    const kepala = await buatSkp(t.database, p.kepala, { tahun: Y, status: 'diajukan' })
    const res = await client(t.app, await masuk(t.app, p.kepala.akun)).get(
      `/api/v1/skp/${kepala.skp.id}/matriks-peran-hasil`,
    )
    expect(res.json().aksi).toEqual({ isi: false, ubahSel: true })
    expect(res.json().bawahan).toMatchObject([{ nama: 'Staf Satu', aksi: { isi: false, terkunci: false } }])
  })
})

describe('SKP Bawahan rows aksi', () => {
  it('the penilai may approve or return a submitted SKP and reopen an approved one', async () => {
    const p = await buatPohon(t.database, { tahun: [Y] })
    const staf2 = await buatOrang(t.database, {
      instansiId: p.instansi.id,
      unorId: p.bidang.id,
      nama: 'Staf Dua',
    })
    const staf3 = await buatOrang(t.database, {
      instansiId: p.instansi.id,
      unorId: p.bidang.id,
      nama: 'Staf Tiga',
    })
    await buatSkp(t.database, p.staf, { tahun: Y, status: 'diajukan' })
    await buatSkp(t.database, staf2, { tahun: Y, status: 'disetujui' })
    const res = await client(t.app, await masuk(t.app, p.kepala.akun)).get(`/api/v1/skp-bawahan?tahun=${Y}`)
    expect(res.statusCode).toBe(200)
    const per = Object.fromEntries(
      res.json().items.map((i: { pegawai: { nama: string }; aksi: unknown }) => [i.pegawai.nama, i.aksi]),
    )
    expect(per).toEqual({
      'Staf Satu': { setujui: true, kembalikan: true, bukaKembali: false },
      'Staf Dua': { setujui: false, kembalikan: false, bukaKembali: true },
      'Staf Tiga': { setujui: false, kembalikan: false, bukaKembali: false },
    })
    expect(staf3.pegawai.id).toBeTruthy()
  })
})

describe('Tim Kerja aksi', () => {
  it('who formed it, its ketua and the admin manage it; a member only reads', async () => {
    const p = await buatPohon(t.database, { tahun: [Y] })
    const staf2 = await buatOrang(t.database, {
      instansiId: p.instansi.id,
      unorId: p.bidang.id,
      nama: 'Staf Dua',
    })
    const cKepala = client(t.app, await masuk(t.app, p.kepala.akun))
    const tim = await cKepala.post('/api/v1/tim-kerja', {
      tahun: Y,
      nama: 'Tim Data',
      ketuaPegawaiId: p.staf.pegawai.id,
      anggota: [{ pegawaiId: staf2.pegawai.id }],
    })
    expect(tim.statusCode).toBe(201)
    expect(tim.json().aksi).toEqual({ kelola: true })
    const kelola = async (akun: { username: string }) => {
      const res = await client(t.app, await masuk(t.app, akun)).get(`/api/v1/tim-kerja/${tim.json().id}`)
      expect(res.statusCode).toBe(200)
      return res.json().aksi.kelola
    }
    expect(await kelola(p.staf.akun)).toBe(true)
    expect(await kelola(staf2.akun)).toBe(false)
    expect(await kelola(p.admin)).toBe(true)
  })
})
