import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { iki, notifikasi, peranHasil, rhk, skp } from '../src/db/schema/index.ts'
import { client, createTestApp, type TestApp } from './helpers/app.ts'
import { buatAkun, buatUnor } from './helpers/factories.ts'
import { buatOrang, buatPohon, buatSkp, buatSkpDisetujui, masuk } from './helpers/skp-factories.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const Y = new Date().getFullYear()

/** top (approved) → kepala (approved, 2 RHK) → two staff without SKP, plus a staff of another unit. */
async function susun(o: { statusKepala?: 'disetujui' | 'diajukan' } = {}) {
  const p = await buatPohon(t.database, { tahun: [Y] })
  const skpTop = await buatSkpDisetujui(t.database, p.top, { tahun: Y, intervensi: [null], varian: 'jpt' })
  const kepala = await buatSkp(t.database, p.kepala, {
    tahun: Y,
    status: o.statusKepala ?? 'disetujui',
    intervensi: [skpTop.rhk[0].id, skpTop.rhk[0].id],
  })
  const staf2 = await buatOrang(t.database, {
    instansiId: p.instansi.id,
    unorId: p.bidang.id,
    nama: 'Staf Dua',
  })
  const lain = await buatUnor(t.database, {
    instansiId: p.instansi.id,
    parentId: p.akar.id,
    nama: 'Bidang Lain',
  })
  const orangLain = await buatOrang(t.database, {
    instansiId: p.instansi.id,
    unorId: lain.id,
    nama: 'Staf Bidang Lain',
  })
  const c = client(t.app, await masuk(t.app, p.kepala.akun))
  return { ...p, skpTop, kepala: { ...p.kepala, ...kepala }, staf2, orangLain, c }
}

const sel = (rhkAtasanId: string, pegawaiId: string, o: Record<string, unknown> = {}) => ({
  rhkAtasanId,
  pegawaiId,
  peran: 'Penyusun bahan',
  hasil: 'Laporan evaluasi program pendidikan',
  ...o,
})

const rhkPegawai = (pegawaiId: string) =>
  t.database.db
    .select({ rhk, skpStatus: skp.status })
    .from(rhk)
    .innerJoin(skp, eq(skp.id, rhk.skpId))
    .where(eq(skp.pegawaiId, pegawaiId))

describe('POST /matriks-peran-hasil', () => {
  it('creates a draft SKP with a linked RHK and no invented IKI, notifies the subordinate, shows in the grid', async () => {
    const s = await susun()
    const res = await s.c.post('/api/v1/matriks-peran-hasil', sel(s.kepala.rhk[0].id, s.staf.pegawai.id))
    expect(res.statusCode).toBe(201)
    const body = res.json()
    expect(body).toMatchObject({
      rhkAtasanId: s.kepala.rhk[0].id,
      pegawaiId: s.staf.pegawai.id,
      rhkBawahanDeskripsi: 'Laporan evaluasi program pendidikan',
    })

    const [r] = await rhkPegawai(s.staf.pegawai.id)
    expect(r.skpStatus).toBe('draft')
    expect(r.rhk).toMatchObject({
      id: body.rhkBawahanId,
      jenis: 'utama',
      deskripsi: 'Laporan evaluasi program pendidikan',
      intervensiRhkId: s.kepala.rhk[0].id,
    })
    // DOMAIN §2: the matrix never invents IKI text; the subordinate writes them
    expect(await t.database.db.select().from(iki).where(eq(iki.rhkId, r.rhk.id))).toEqual([])
    const notif = await t.database.db
      .select()
      .from(notifikasi)
      .where(eq(notifikasi.penerimaPegawaiId, s.staf.pegawai.id))
    expect(notif.map((n) => n.tipe).sort()).toEqual(['MPH_SEL', 'SKP_DIBUAT_DARI_MPH'])
    for (const n of notif) expect(n.tautan).toBe(`/skp/${r.rhk.skpId}`)
    expect(notif.find((n) => n.tipe === 'SKP_DIBUAT_DARI_MPH')!.parameter).toMatchObject({ tahun: Y })

    const grid = (await s.c.get(`/api/v1/skp/${s.kepala.skp.id}/matriks-peran-hasil`)).json()
    expect(grid.rhkAtasan.map((x: { id: string }) => x.id)).toEqual(s.kepala.rhk.map((x) => x.id))
    const byId = Object.fromEntries(grid.bawahan.map((b: { pegawaiId: string }) => [b.pegawaiId, b]))
    expect(byId[s.staf.pegawai.id]).toMatchObject({
      nama: 'Staf Satu',
      nip: s.staf.pegawai.nip,
      skpId: r.rhk.skpId,
      skpStatus: 'draft',
    })
    expect(byId[s.staf2.pegawai.id]).toMatchObject({ skpId: null, skpStatus: 'belum_ada' })
    expect(byId[s.orangLain.pegawai.id]).toBeUndefined()
    expect(grid.sel).toEqual([
      {
        rhkAtasanId: s.kepala.rhk[0].id,
        pegawaiId: s.staf.pegawai.id,
        peranHasilId: body.id,
        peran: 'Penyusun bahan',
        hasil: 'Laporan evaluasi program pendidikan',
        rhkBawahanId: body.rhkBawahanId,
        rhkBawahanDeskripsi: 'Laporan evaluasi program pendidikan',
      },
    ])
  })

  it('uses the IKI given, on the existing draft SKP', async () => {
    const s = await susun()
    const draft = await buatSkp(t.database, s.staf, { tahun: Y, intervensi: [s.kepala.rhk[1].id] })
    const ikiInput = [
      {
        aspek: 'kualitas',
        indikator: 'Persentase sekolah terverifikasi',
        targetMin: 80,
        targetMax: 100,
        satuan: '%',
      },
    ]
    const res = await s.c.post(
      '/api/v1/matriks-peran-hasil',
      sel(s.kepala.rhk[0].id, s.staf.pegawai.id, { iki: ikiInput }),
    )
    expect(res.statusCode).toBe(201)
    const rows = await rhkPegawai(s.staf.pegawai.id)
    expect(rows).toHaveLength(2)
    expect(new Set(rows.map((x) => x.rhk.skpId))).toEqual(new Set([draft.skp.id]))
    const ikiRows = await t.database.db.select().from(iki).where(eq(iki.rhkId, res.json().rhkBawahanId))
    expect(ikiRows).toMatchObject([{ aspek: 'kualitas', targetMin: 80, targetMax: 100, satuan: '%' }])
  })

  it('refuses to cascade from an RHK that is not approved', async () => {
    const s = await susun({ statusKepala: 'diajukan' })
    const res = await s.c.post('/api/v1/matriks-peran-hasil', sel(s.kepala.rhk[0].id, s.staf.pegawai.id))
    expect(res.statusCode).toBe(409)
    expect(res.json()).toMatchObject({
      code: 'MPH.RHK_ATASAN_BELUM_DISETUJUI',
      errors: [{ path: 'rhkAtasanId' }],
    })
    expect(await rhkPegawai(s.staf.pegawai.id)).toHaveLength(0)
  })

  it('refuses someone who is not my subordinate, and another person’s RHK', async () => {
    const s = await susun()
    const bukan = await s.c.post(
      '/api/v1/matriks-peran-hasil',
      sel(s.kepala.rhk[0].id, s.orangLain.pegawai.id),
    )
    expect(bukan.statusCode).toBe(403)
    expect(bukan.json()).toMatchObject({ code: 'MPH.BUKAN_BAWAHAN', errors: [{ path: 'pegawaiId' }] })
    const cTop = client(t.app, await masuk(t.app, s.top.akun))
    const bukanMilik = await cTop.post(
      '/api/v1/matriks-peran-hasil',
      sel(s.kepala.rhk[0].id, s.staf.pegawai.id),
    )
    expect(bukanMilik.statusCode).toBe(403)
    expect(bukanMilik.json().code).toBe('MPH.BUKAN_RHK_ANDA')
  })

  it('refuses when the subordinate SKP is already submitted, and says so', async () => {
    const s = await susun()
    await buatSkp(t.database, s.staf, { tahun: Y, status: 'diajukan', intervensi: [s.kepala.rhk[1].id] })
    const res = await s.c.post('/api/v1/matriks-peran-hasil', sel(s.kepala.rhk[0].id, s.staf.pegawai.id))
    expect(res.statusCode).toBe(409)
    expect(res.json().code).toBe('MPH.SKP_BAWAHAN_TERKUNCI')
    expect(res.json().message).toMatch(/Staf Satu.*diajukan/)
    const en = await client(t.app, await masuk(t.app, s.kepala.akun), 'en').post(
      '/api/v1/matriks-peran-hasil',
      sel(s.kepala.rhk[0].id, s.staf.pegawai.id),
    )
    expect(en.json().message).toMatch(/already submitted/)
    expect(await rhkPegawai(s.staf.pegawai.id)).toHaveLength(1)
  })

  it("answers 404 for another instansi's pegawai and RHK, 409 for a second cell of the same pair", async () => {
    const s = await susun()
    const other = await buatPohon(t.database, { tahun: [Y] })
    const asing = await s.c.post(
      '/api/v1/matriks-peran-hasil',
      sel(s.kepala.rhk[0].id, other.staf.pegawai.id),
    )
    expect(asing.statusCode).toBe(404)
    const otherTop = await buatSkpDisetujui(t.database, other.top, { tahun: Y, intervensi: [null] })
    expect(
      (await s.c.post('/api/v1/matriks-peran-hasil', sel(otherTop.rhk[0].id, s.staf.pegawai.id))).statusCode,
    ).toBe(404)
    expect(await rhkPegawai(other.staf.pegawai.id)).toHaveLength(0)

    expect(
      (await s.c.post('/api/v1/matriks-peran-hasil', sel(s.kepala.rhk[0].id, s.staf.pegawai.id))).statusCode,
    ).toBe(201)
    const lagi = await s.c.post('/api/v1/matriks-peran-hasil', sel(s.kepala.rhk[0].id, s.staf.pegawai.id))
    expect(lagi.statusCode).toBe(409)
    expect(lagi.json().code).toBe('MPH.SUDAH_ADA')
  })
})

describe('POST /matriks-peran-hasil/bulk', () => {
  it('creates every cell in one go', async () => {
    const s = await susun()
    const items = [
      sel(s.kepala.rhk[0].id, s.staf.pegawai.id),
      sel(s.kepala.rhk[1].id, s.staf.pegawai.id, { hasil: 'Data pokok pendidikan yang mutakhir' }),
      sel(s.kepala.rhk[0].id, s.staf2.pegawai.id, { hasil: 'Rekap capaian standar pelayanan minimal' }),
    ]
    const res = await s.c.post('/api/v1/matriks-peran-hasil/bulk', { items })
    expect(res.statusCode).toBe(201)
    expect(res.json().items).toHaveLength(3)
    expect(await rhkPegawai(s.staf.pegawai.id)).toHaveLength(2)
    expect((await rhkPegawai(s.staf2.pegawai.id)).map((r) => r.rhk.intervensiRhkId)).toEqual([
      s.kepala.rhk[0].id,
    ])
    // one notification per subordinate, not per cell (and one for the draft SKP made for them)
    const notif = await t.database.db
      .select()
      .from(notifikasi)
      .where(and(eq(notifikasi.penerimaPegawaiId, s.staf.pegawai.id), eq(notifikasi.tipe, 'MPH_SEL')))
    expect(notif).toHaveLength(1)
    expect(notif[0].parameter).toMatchObject({ jumlah: 2 })
  })

  it('is all-or-nothing: a bad field or a refused item saves nothing and names the item', async () => {
    const s = await susun()
    const kosong = await s.c.post('/api/v1/matriks-peran-hasil/bulk', {
      items: [
        sel(s.kepala.rhk[0].id, s.staf.pegawai.id),
        sel(s.kepala.rhk[1].id, s.staf.pegawai.id),
        sel(s.kepala.rhk[0].id, s.staf2.pegawai.id),
        sel(s.kepala.rhk[1].id, s.staf2.pegawai.id, { hasil: '' }),
      ],
    })
    expect(kosong.statusCode).toBe(400)
    expect(kosong.json().errors.map((e: { path: string }) => e.path)).toEqual(['items.3.hasil'])

    const ditolak = await s.c.post('/api/v1/matriks-peran-hasil/bulk', {
      items: [
        sel(s.kepala.rhk[0].id, s.staf.pegawai.id),
        sel(s.kepala.rhk[0].id, s.orangLain.pegawai.id),
        sel(s.kepala.rhk[0].id, s.staf.pegawai.id),
      ],
    })
    expect(ditolak.statusCode).toBe(400)
    expect(ditolak.json()).toMatchObject({
      code: 'MPH.ADA_KESALAHAN',
      errors: [{ path: 'items.1.pegawaiId' }, { path: 'items.2.pegawaiId' }],
    })
    expect(await rhkPegawai(s.staf.pegawai.id)).toHaveLength(0)
    const cells = await t.database.db
      .select()
      .from(peranHasil)
      .where(eq(peranHasil.instansiId, s.instansi.id))
    expect(cells).toHaveLength(0)
    const skps = await t.database.db
      .select()
      .from(skp)
      .where(and(eq(skp.pegawaiId, s.staf.pegawai.id)))
    expect(skps).toHaveLength(0)
  })
})

describe('PATCH / DELETE /matriks-peran-hasil/:id', () => {
  it('keeps the draft RHK in step with the cell, and leaves a submitted one alone', async () => {
    const s = await susun()
    const a = (
      await s.c.post('/api/v1/matriks-peran-hasil', sel(s.kepala.rhk[0].id, s.staf.pegawai.id))
    ).json()
    const b = (
      await s.c.post('/api/v1/matriks-peran-hasil', sel(s.kepala.rhk[0].id, s.staf2.pegawai.id))
    ).json()

    const ubah = await s.c.patch(`/api/v1/matriks-peran-hasil/${a.id}`, {
      peran: 'Koordinator',
      hasil: 'Laporan monitoring BOS',
    })
    expect(ubah.statusCode).toBe(200)
    expect(ubah.json()).toMatchObject({
      peran: 'Koordinator',
      hasil: 'Laporan monitoring BOS',
      rhkBawahanDeskripsi: 'Laporan monitoring BOS',
    })

    await t.database.db.update(skp).set({ status: 'diajukan' }).where(eq(skp.pegawaiId, s.staf2.pegawai.id))
    const ubahB = await s.c.patch(`/api/v1/matriks-peran-hasil/${b.id}`, {
      peran: 'Anggota',
      hasil: 'Teks baru',
    })
    expect(ubahB.json()).toMatchObject({
      hasil: 'Teks baru',
      rhkBawahanDeskripsi: 'Laporan evaluasi program pendidikan',
    })

    const hapusA = await s.c.delete(`/api/v1/matriks-peran-hasil/${a.id}`)
    expect(hapusA.json()).toEqual({ rhkDihapus: true })
    expect(await rhkPegawai(s.staf.pegawai.id)).toHaveLength(0)
    const hapusB = await s.c.delete(`/api/v1/matriks-peran-hasil/${b.id}`)
    expect(hapusB.json()).toEqual({ rhkDihapus: false })
    expect(await rhkPegawai(s.staf2.pegawai.id)).toHaveLength(1)
    expect((await s.c.delete(`/api/v1/matriks-peran-hasil/${b.id}`)).statusCode).toBe(404)
  })

  it('only the owner of the superior RHK may change a cell', async () => {
    const s = await susun()
    const a = (
      await s.c.post('/api/v1/matriks-peran-hasil', sel(s.kepala.rhk[0].id, s.staf.pegawai.id))
    ).json()
    const cStaf = client(t.app, await masuk(t.app, s.staf.akun))
    expect(
      (await cStaf.patch(`/api/v1/matriks-peran-hasil/${a.id}`, { peran: 'x', hasil: 'y' })).statusCode,
    ).toBe(403)
    expect((await cStaf.delete(`/api/v1/matriks-peran-hasil/${a.id}`)).statusCode).toBe(403)
  })
})

describe('isolation', () => {
  it("another instansi's admin and pegawai cannot read the grid or touch a cell (404)", async () => {
    const s = await susun()
    const a = (
      await s.c.post('/api/v1/matriks-peran-hasil', sel(s.kepala.rhk[0].id, s.staf.pegawai.id))
    ).json()
    const other = await buatPohon(t.database)
    for (const akun of [other.admin, other.kepala.akun]) {
      const c = client(t.app, await masuk(t.app, akun))
      expect((await c.get(`/api/v1/skp/${s.kepala.skp.id}/matriks-peran-hasil`)).statusCode).toBe(404)
      expect(
        (await c.patch(`/api/v1/matriks-peran-hasil/${a.id}`, { peran: 'x', hasil: 'y' })).statusCode,
      ).toBe(404)
      expect((await c.delete(`/api/v1/matriks-peran-hasil/${a.id}`)).statusCode).toBe(404)
    }
    // same instansi, unrelated: 403; own admin: may read
    const cLain = client(t.app, await masuk(t.app, s.orangLain.akun))
    expect((await cLain.get(`/api/v1/skp/${s.kepala.skp.id}/matriks-peran-hasil`)).statusCode).toBe(403)
    const cAdmin = client(t.app, await masuk(t.app, s.admin))
    expect((await cAdmin.get(`/api/v1/skp/${s.kepala.skp.id}/matriks-peran-hasil`)).statusCode).toBe(200)
    const nasional = await buatAkun(t.database, { peran: ['admin_nasional'] })
    expect(
      (
        await client(t.app, await masuk(t.app, nasional)).get(
          `/api/v1/skp/${s.kepala.skp.id}/matriks-peran-hasil`,
        )
      ).statusCode,
    ).toBe(200)
  })
})
