import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SimpulKeselarasan } from '../src/shared/kaskade.ts'
import { client, createTestApp, type TestApp } from './helpers/app.ts'
import { buatAkun } from './helpers/factories.ts'
import { buatOrang, buatPohon, buatSkp, buatSkpDisetujui, masuk } from './helpers/skp-factories.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const Y = new Date().getFullYear()

/** top: A, B (B has no contributors) → kepala: K1→A, K2→A → staf: S1→K1, staf2: S2→K1. */
async function susun() {
  const p = await buatPohon(t.database, { tahun: [Y] })
  const top = await buatSkpDisetujui(t.database, p.top, { tahun: Y, intervensi: [null, null], varian: 'jpt' })
  const [A, B] = top.rhk
  const kepala = await buatSkpDisetujui(t.database, p.kepala, { tahun: Y, intervensi: [A.id, A.id] })
  const [K1, K2] = kepala.rhk
  const staf2 = await buatOrang(t.database, {
    instansiId: p.instansi.id,
    unorId: p.bidang.id,
    nama: 'Staf Dua',
  })
  const s1 = await buatSkp(t.database, p.staf, { tahun: Y, status: 'diajukan', intervensi: [K1.id] })
  const s2 = await buatSkp(t.database, staf2, { tahun: Y, intervensi: [K1.id] })
  return {
    ...p,
    staf2,
    skpTop: top,
    skpKepala: kepala,
    A,
    B,
    K1,
    K2,
    S1: s1.rhk[0],
    S2: s2.rhk[0],
    skpStaf: s1,
  }
}

const ids = (nodes: { rhkId: string }[]) => nodes.map((n) => n.rhkId)
const hitung = (nodes: SimpulKeselarasan[]): number => nodes.reduce((n, x) => n + 1 + hitung(x.anak), 0)

describe('GET /rhk/:id/keselarasan', () => {
  it('goes up to the top leader and down through every contributor, flagging RHK without contributors', async () => {
    const s = await susun()
    const cKepala = client(t.app, await masuk(t.app, s.kepala.akun))
    const res = await cKepala.get(`/api/v1/rhk/${s.K1.id}/keselarasan`)
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body.atas).toEqual([
      expect.objectContaining({
        rhkId: s.A.id,
        deskripsi: s.A.deskripsi,
        pegawaiNama: 'Pimpinan Tertinggi',
        jabatan: 'Kepala Unit',
        skpStatus: 'disetujui',
      }),
    ])
    expect(body.node).toMatchObject({ rhkId: s.K1.id, pegawaiNama: 'Kepala Bidang', tanpaKontributor: false })
    // children sorted by name
    expect(body.bawah).toEqual([
      expect.objectContaining({
        rhkId: s.S2.id,
        pegawaiNama: 'Staf Dua',
        skpStatus: 'draft',
        tanpaKontributor: false,
        anak: [],
      }),
      expect.objectContaining({
        rhkId: s.S1.id,
        pegawaiNama: 'Staf Satu',
        skpStatus: 'diajukan',
        tanpaKontributor: false,
        anak: [],
      }),
    ])
    expect(body.terpotong).toBe(false)

    const cStaf = client(t.app, await masuk(t.app, s.staf.akun))
    const naik = (await cStaf.get(`/api/v1/rhk/${s.S1.id}/keselarasan`)).json()
    expect(ids(naik.atas)).toEqual([s.K1.id, s.A.id])
    expect(naik.bawah).toEqual([])
    // issue 6 item 22: a staff member (no subordinates) has nobody to contribute: a leaf, not a gap
    expect(naik.node.tanpaKontributor).toBe(false)
  })

  it('from the top: the whole tree, three levels', async () => {
    const s = await susun()
    const cTop = client(t.app, await masuk(t.app, s.top.akun))
    const body = (await cTop.get(`/api/v1/rhk/${s.A.id}/keselarasan`)).json()
    expect(body.atas).toEqual([])
    expect(new Set(ids(body.bawah))).toEqual(new Set([s.K1.id, s.K2.id]))
    const simpulK1 = body.bawah.find((n: SimpulKeselarasan) => n.rhkId === s.K1.id)
    const simpulK2 = body.bawah.find((n: SimpulKeselarasan) => n.rhkId === s.K2.id)
    expect(ids(simpulK1.anak)).toEqual([s.S2.id, s.S1.id])
    expect(simpulK2).toMatchObject({ tanpaKontributor: true, anak: [] })
  })

  it('GET /skp/:id/keselarasan: every RHK of the SKP and those without contributors', async () => {
    const s = await susun()
    const cTop = client(t.app, await masuk(t.app, s.top.akun))
    const body = (await cTop.get(`/api/v1/skp/${s.skpTop.skp.id}/keselarasan`)).json()
    expect(body.items.map((i: { node: { rhkId: string } }) => i.node.rhkId)).toEqual([s.A.id, s.B.id])
    expect(hitung(body.items[0].bawah)).toBe(4)
    expect(body.tanpaKontributor).toEqual([{ rhkId: s.B.id, deskripsi: s.B.deskripsi }])
    const kepala = (
      await client(t.app, await masuk(t.app, s.kepala.akun)).get(
        `/api/v1/skp/${s.skpKepala.skp.id}/keselarasan`,
      )
    ).json()
    expect(kepala.tanpaKontributor).toEqual([{ rhkId: s.K2.id, deskripsi: s.K2.deskripsi }])
    expect(ids(kepala.items[0].atas)).toEqual([s.A.id])
  })

  it('who may see: owner, atasan chain, admins; not a subordinate looking up nor a stranger', async () => {
    const s = await susun()
    const cTop = client(t.app, await masuk(t.app, s.top.akun))
    expect((await cTop.get(`/api/v1/rhk/${s.S1.id}/keselarasan`)).statusCode).toBe(200)
    const cAdmin = client(t.app, await masuk(t.app, s.admin))
    expect((await cAdmin.get(`/api/v1/skp/${s.skpStaf.skp.id}/keselarasan`)).statusCode).toBe(200)
    const cStaf2 = client(t.app, await masuk(t.app, s.staf2.akun))
    expect((await cStaf2.get(`/api/v1/rhk/${s.S1.id}/keselarasan`)).statusCode).toBe(403)
    expect((await cStaf2.get(`/api/v1/rhk/${s.A.id}/keselarasan`)).statusCode).toBe(403)
  })

  it("isolation: another instansi's admin and pegawai get 404", async () => {
    const s = await susun()
    const other = await buatPohon(t.database)
    for (const akun of [other.admin, other.top.akun]) {
      const c = client(t.app, await masuk(t.app, akun))
      expect((await c.get(`/api/v1/rhk/${s.K1.id}/keselarasan`)).statusCode).toBe(404)
      expect((await c.get(`/api/v1/skp/${s.skpKepala.skp.id}/keselarasan`)).statusCode).toBe(404)
    }
    const nasional = await buatAkun(t.database, { peran: ['admin_nasional'] })
    expect(
      (await client(t.app, await masuk(t.app, nasional)).get(`/api/v1/rhk/${s.K1.id}/keselarasan`))
        .statusCode,
    ).toBe(200)
  })
})

describe('scale', () => {
  /** Adds `perInduk` children under every RHK of `induk`, on one SKP, in one statement. */
  async function tambahLevel(instansiId: string, skpId: string, induk: string[], perInduk: number) {
    const rows = await t.database.query<{ id: string }>(
      `insert into rhk (instansi_id, skp_id, jenis, deskripsi, intervensi_rhk_id)
       select $1, $2, 'utama', 'RHK turunan ' || g, p
       from unnest($3::uuid[]) as p, generate_series(1, $4) as g
       returning id`,
      [instansiId, skpId, induk, perInduk],
    )
    return rows.map((r) => r.id)
  }

  it('a whole-instansi tree of a thousand nodes comes back whole; past 5,000 it is cut and flagged', async () => {
    const s = await susun()
    const sk = s.skpStaf.skp
    const l1 = await tambahLevel(s.instansi.id, sk.id, [s.B.id], 10)
    const l2 = await tambahLevel(s.instansi.id, sk.id, l1, 10)
    const l3 = await tambahLevel(s.instansi.id, sk.id, l2, 10)
    const cTop = client(t.app, await masuk(t.app, s.top.akun))
    const res = await cTop.get(`/api/v1/rhk/${s.B.id}/keselarasan`)
    expect(res.statusCode).toBe(200)
    expect(hitung(res.json().bawah)).toBe(1110)
    expect(res.json().terpotong).toBe(false)

    await tambahLevel(s.instansi.id, sk.id, l3, 5)
    const besar = (await cTop.get(`/api/v1/rhk/${s.B.id}/keselarasan`)).json()
    expect(besar.terpotong).toBe(true)
    expect(hitung(besar.bawah)).toBe(5000)
  })
})
