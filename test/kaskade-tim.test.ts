import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { notifikasi, rhk } from '../src/db/schema/index.ts'
import { cekTimKerja } from '../src/modules/skp/rhk.repository.ts'
import { client, createTestApp, type TestApp } from './helpers/app.ts'
import { buatUnor } from './helpers/factories.ts'
import { buatOrang, buatPohon, buatSkp, buatSkpDisetujui, masuk, rhkBody } from './helpers/skp-factories.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const Y = new Date().getFullYear()

async function susun() {
  const p = await buatPohon(t.database, { tahun: [Y] })
  const skpTop = await buatSkpDisetujui(t.database, p.top, { tahun: Y, intervensi: [null], varian: 'jpt' })
  const skpKepala = await buatSkpDisetujui(t.database, p.kepala, { tahun: Y, intervensi: [skpTop.rhk[0].id] })
  const staf2 = await buatOrang(t.database, {
    instansiId: p.instansi.id,
    unorId: p.bidang.id,
    nama: 'Staf Dua',
  })
  const lain = await buatUnor(t.database, { instansiId: p.instansi.id, parentId: p.akar.id })
  const orangLain = await buatOrang(t.database, {
    instansiId: p.instansi.id,
    unorId: lain.id,
    nama: 'Orang Lain',
  })
  const c = client(t.app, await masuk(t.app, p.kepala.akun))
  return { ...p, skpTop, skpKepala, staf2, orangLain, c }
}

type Susunan = Awaited<ReturnType<typeof susun>>
const timBody = (s: Susunan, o: Record<string, unknown> = {}) => ({
  tahun: Y,
  nama: 'Tim Percepatan Data Pendidikan',
  deskripsi: 'Pemutakhiran Dapodik',
  ketuaPegawaiId: s.staf.pegawai.id,
  rhkId: s.skpKepala.rhk[0].id,
  anggota: [{ pegawaiId: s.staf2.pegawai.id, peran: 'Operator data' }],
  ...o,
})

describe('Tim Kerja', () => {
  it('an atasan forms a team: ketua + members, notified; members see it in their list', async () => {
    const s = await susun()
    const res = await s.c.post('/api/v1/tim-kerja', timBody(s))
    expect(res.statusCode).toBe(201)
    const tim = res.json()
    expect(tim).toMatchObject({
      nama: 'Tim Percepatan Data Pendidikan',
      ketua: { pegawaiId: s.staf.pegawai.id, nama: 'Staf Satu' },
      rhk: { id: s.skpKepala.rhk[0].id },
      dibuatOlehPegawaiId: s.kepala.pegawai.id,
      jumlahAnggota: 2,
    })
    expect(tim.anggota.map((a: { pegawaiId: string; peran: string }) => [a.pegawaiId, a.peran])).toEqual([
      [s.staf.pegawai.id, 'Ketua'],
      [s.staf2.pegawai.id, 'Operator data'],
    ])
    expect(
      tim.anggota.every(
        (a: { terpenuhi: boolean; skpStatus: string }) => !a.terpenuhi && a.skpStatus === 'belum_ada',
      ),
    ).toBe(true)
    const notif = await t.database.db
      .select()
      .from(notifikasi)
      .where(eq(notifikasi.penerimaPegawaiId, s.staf2.pegawai.id))
    expect(notif.map((n) => n.tipe)).toEqual(['TIM_ANGGOTA'])

    for (const akun of [s.staf2.akun, s.staf.akun, s.kepala.akun]) {
      const list = (await client(t.app, await masuk(t.app, akun)).get(`/api/v1/tim-kerja?tahun=${Y}`)).json()
      expect(list.items.map((x: { id: string }) => x.id)).toEqual([tim.id])
    }
    const bukan = (await client(t.app, await masuk(t.app, s.orangLain.akun)).get('/api/v1/tim-kerja')).json()
    expect(bukan.total).toBe(0)
    const admin = (await client(t.app, await masuk(t.app, s.admin)).get('/api/v1/tim-kerja')).json()
    expect(admin.items.map((x: { id: string }) => x.id)).toEqual([tim.id])
  })

  it('refuses a staff member as former, an RHK that is not mine, and people of another instansi', async () => {
    const s = await susun()
    const cStaf = client(t.app, await masuk(t.app, s.staf2.akun))
    expect((await cStaf.post('/api/v1/tim-kerja', timBody(s, { rhkId: null }))).statusCode).toBe(403)
    const rhkLain = await s.c.post('/api/v1/tim-kerja', timBody(s, { rhkId: s.skpTop.rhk[0].id }))
    expect(rhkLain.statusCode).toBe(400)
    expect(rhkLain.json().errors[0].path).toBe('rhkId')
    const other = await buatPohon(t.database)
    const asing = await s.c.post(
      '/api/v1/tim-kerja',
      timBody(s, { anggota: [{ pegawaiId: s.staf2.pegawai.id }, { pegawaiId: other.staf.pegawai.id }] }),
    )
    expect(asing.statusCode).toBe(400)
    expect(asing.json().errors.map((e: { path: string }) => e.path)).toEqual(['anggota.1.pegawaiId'])
  })

  it('edits the team, adds and removes members, keeps the ketua', async () => {
    const s = await susun()
    const tim = (await s.c.post('/api/v1/tim-kerja', timBody(s, { anggota: [] }))).json()
    const ubah = await s.c.patch(`/api/v1/tim-kerja/${tim.id}`, {
      nama: 'Tim Dapodik',
      ketuaPegawaiId: s.staf2.pegawai.id,
    })
    expect(ubah.statusCode).toBe(200)
    expect(ubah.json()).toMatchObject({
      nama: 'Tim Dapodik',
      ketua: { pegawaiId: s.staf2.pegawai.id },
      jumlahAnggota: 2,
    })
    // DOMAIN §2: only someone with authority over the member adds them (Orang Lain is in another unit)
    const luar = await s.c.post(`/api/v1/tim-kerja/${tim.id}/anggota`, { pegawaiId: s.orangLain.pegawai.id })
    expect(luar.statusCode).toBe(403)
    expect(luar.json()).toMatchObject({ code: 'TIM.DI_LUAR_WEWENANG' })
    expect(luar.json().message).toContain('Orang Lain')
    const staf3 = await buatOrang(t.database, {
      instansiId: s.instansi.id,
      unorId: s.bidang.id,
      nama: 'Staf Tiga',
    })
    const tambah = await s.c.post(`/api/v1/tim-kerja/${tim.id}/anggota`, {
      pegawaiId: staf3.pegawai.id,
      peran: 'Analis',
    })
    expect(tambah.statusCode).toBe(201)
    expect(tambah.json().jumlahAnggota).toBe(3)
    expect(
      (await s.c.post(`/api/v1/tim-kerja/${tim.id}/anggota`, { pegawaiId: staf3.pegawai.id })).statusCode,
    ).toBe(409)
    const ketua = await s.c.delete(`/api/v1/tim-kerja/${tim.id}/anggota/${s.staf2.pegawai.id}`)
    expect(ketua.statusCode).toBe(409)
    expect(ketua.json().code).toBe('TIM.KETUA')
    const keluar = await s.c.delete(`/api/v1/tim-kerja/${tim.id}/anggota/${staf3.pegawai.id}`)
    expect(keluar.json().anggota.map((a: { pegawaiId: string }) => a.pegawaiId)).not.toContain(
      staf3.pegawai.id,
    )
    expect((await s.c.delete(`/api/v1/tim-kerja/${tim.id}/anggota/${staf3.pegawai.id}`)).statusCode).toBe(404)
    // a member may read but not manage
    const cStaf = client(t.app, await masuk(t.app, s.staf.akun))
    expect((await cStaf.get(`/api/v1/tim-kerja/${tim.id}`)).statusCode).toBe(200)
    expect(
      (await client(t.app, await masuk(t.app, s.orangLain.akun)).get(`/api/v1/tim-kerja/${tim.id}`))
        .statusCode,
    ).toBe(403)
  })

  it('cekTimKerja: a member SKP is fulfilled once it has an RHK for the team with an IKI', async () => {
    const s = await susun()
    const tim = (await s.c.post('/api/v1/tim-kerja', timBody(s))).json()
    const skpStaf = await buatSkp(t.database, s.staf2, {
      tahun: Y,
      intervensi: [s.skpKepala.rhk[0].id, s.skpKepala.rhk[0].id],
    })
    expect(await cekTimKerja(t.database.db, skpStaf.skp.instansiId, skpStaf.skp.id)).toEqual([
      { timKerjaId: tim.id, nama: tim.nama, terpenuhi: false },
    ])
    await t.database.db.update(rhk).set({ timKerjaId: tim.id }).where(eq(rhk.id, skpStaf.rhk[1].id))
    expect(await cekTimKerja(t.database.db, skpStaf.skp.instansiId, skpStaf.skp.id)).toEqual([
      { timKerjaId: tim.id, nama: tim.nama, terpenuhi: true },
    ])

    const cStaf = client(t.app, await masuk(t.app, s.staf2.akun))
    const res = await cStaf.get(`/api/v1/skp/${skpStaf.skp.id}/tim-kerja`)
    expect(res.json()).toEqual({ items: [{ timKerjaId: tim.id, nama: tim.nama, terpenuhi: true }] })
    const detail = (await cStaf.get(`/api/v1/tim-kerja/${tim.id}`)).json()
    const anggota = detail.anggota.find((a: { pegawaiId: string }) => a.pegawaiId === s.staf2.pegawai.id)
    expect(anggota).toMatchObject({ skpId: skpStaf.skp.id, skpStatus: 'draft', terpenuhi: true })
    expect(anggota.iki.map((i: { target: string }) => i.target)).toEqual(['12 Dokumen', '80–100 %'])
    // the ketua has no SKP yet: not fulfilled
    expect(detail.anggota[0]).toMatchObject({ pegawaiId: s.staf.pegawai.id, terpenuhi: false, iki: [] })
  })

  it("isolation: another instansi's admin and pegawai get 404 for the team and the SKP check", async () => {
    const s = await susun()
    const tim = (await s.c.post('/api/v1/tim-kerja', timBody(s))).json()
    const skpStaf = await buatSkp(t.database, s.staf2, { tahun: Y, intervensi: [s.skpKepala.rhk[0].id] })
    const other = await buatPohon(t.database)
    for (const akun of [other.admin, other.kepala.akun]) {
      const c = client(t.app, await masuk(t.app, akun))
      expect((await c.get(`/api/v1/tim-kerja/${tim.id}`)).statusCode).toBe(404)
      expect((await c.patch(`/api/v1/tim-kerja/${tim.id}`, { nama: 'Diambil alih' })).statusCode).toBe(404)
      expect(
        (await c.post(`/api/v1/tim-kerja/${tim.id}/anggota`, { pegawaiId: other.staf.pegawai.id }))
          .statusCode,
      ).toBe(404)
      expect((await c.delete(`/api/v1/tim-kerja/${tim.id}/anggota/${s.staf2.pegawai.id}`)).statusCode).toBe(
        404,
      )
      expect((await c.get(`/api/v1/skp/${skpStaf.skp.id}/tim-kerja`)).statusCode).toBe(404)
      expect((await c.get('/api/v1/tim-kerja')).json().items.map((x: { id: string }) => x.id)).not.toContain(
        tim.id,
      )
      expect((await c.get(`/api/v1/tim-kerja?instansiId=${s.instansi.id}`)).statusCode).toBe(404)
    }
  })
})

describe('Tim Kerja on the member SKP (DOMAIN §2)', () => {
  it('blocks submission until the member has an RHK with an IKI for the team; only members may link it', async () => {
    const s = await susun()
    const tim = (await s.c.post('/api/v1/tim-kerja', timBody(s))).json()
    const skpStaf2 = await buatSkp(t.database, s.staf2, { tahun: Y, intervensi: [s.skpKepala.rhk[0].id] })
    const c2 = client(t.app, await masuk(t.app, s.staf2.akun))

    const gagal = await c2.post(`/api/v1/skp/${skpStaf2.skp.id}/ajukan`, {})
    expect(gagal.statusCode).toBe(400)
    expect(gagal.json().code).toBe('SKP.BELUM_LENGKAP')
    expect(gagal.json().errors).toEqual([expect.objectContaining({ path: 'timKerja' })])

    const body = rhkBody(s.skpKepala.rhk[0].id, { jenis: 'tambahan', timKerjaId: tim.id })
    const orangLainSkp = await buatSkp(t.database, s.orangLain, { tahun: Y, intervensi: [null] })
    const bukanAnggota = await client(t.app, await masuk(t.app, s.orangLain.akun)).post(
      `/api/v1/skp/${orangLainSkp.skp.id}/rhk`,
      { ...body, intervensiRhkId: null },
    )
    expect(bukanAnggota.statusCode).toBe(400)

    const tambah = await c2.post(`/api/v1/skp/${skpStaf2.skp.id}/rhk`, body)
    expect(tambah.statusCode).toBe(201)
    expect(await cekTimKerja(t.database.db, skpStaf2.skp.instansiId, skpStaf2.skp.id)).toEqual([
      expect.objectContaining({ timKerjaId: tim.id, terpenuhi: true }),
    ])
    const ok = await c2.post(`/api/v1/skp/${skpStaf2.skp.id}/ajukan`, {})
    expect(ok.statusCode).toBe(200)
    expect(ok.json().status).toBe('diajukan')
  })
})
