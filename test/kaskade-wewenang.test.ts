import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { notifikasi, skp } from '../src/db/schema/index.ts'
import type { TipeNotifikasi } from '../src/shared/enums.ts'
import { client, createTestApp, type TestApp } from './helpers/app.ts'
import { buatUnor } from './helpers/factories.ts'
import { buatOrang, buatPohon, buatSkp, buatSkpDisetujui, masuk, rhkBody } from './helpers/skp-factories.ts'

/**
 * Issue 6 items 5, 7 and 9: who may form a Tim Kerja (authority over every member), what a member with an
 * approved SKP is told, the matrix's RHK without invented IKI and the real cascade in its grid, and an
 * intervened RHK of a reopened SKP (409 on removal naming who intervenes it, a notice on change).
 */
let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const Y = new Date().getFullYear()

/** top → kepala (heads Bidang) → staf, staf2; "Orang Lain" in another unit (penilai: top). */
async function susun(o: { statusKepala?: 'disetujui' | 'draft' } = {}) {
  const p = await buatPohon(t.database, { tahun: [Y] })
  const skpTop = await buatSkpDisetujui(t.database, p.top, { tahun: Y, intervensi: [null], varian: 'jpt' })
  const skpKepala = await buatSkp(t.database, p.kepala, {
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
    nama: 'Orang Lain',
  })
  const klien = async (akun: { username: string }) => client(t.app, await masuk(t.app, akun))
  return { ...p, skpTop, skpKepala, staf2, orangLain, klien }
}
type Susunan = Awaited<ReturnType<typeof susun>>

const notifUntuk = (pegawaiId: string, tipe: TipeNotifikasi) =>
  t.database.db
    .select()
    .from(notifikasi)
    .where(and(eq(notifikasi.penerimaPegawaiId, pegawaiId), eq(notifikasi.tipe, tipe)))

describe('Tim Kerja: formed by someone with authority over every member (DOMAIN §2)', () => {
  type Peran = 'top' | 'kepala' | 'staf' | 'admin'
  type Nama = 'top' | 'kepala' | 'staf' | 'staf2' | 'orangLain'
  const kasus: [string, Peran, Nama, Nama[], number, string?][] = [
    ['the head of the unit, over its staff', 'kepala', 'staf', ['staf2'], 201],
    ['the top leader, over staff two levels down', 'top', 'staf', ['kepala', 'orangLain'], 201],
    ['the head, with a member of another unit', 'kepala', 'staf', ['orangLain'], 403, 'Orang Lain'],
    ['the head, with their own superior as ketua', 'kepala', 'top', ['staf'], 403, 'Pimpinan Tertinggi'],
    ['the head, naming themselves as ketua', 'kepala', 'kepala', ['staf'], 201],
    ['an admin of the instansi, over anyone', 'admin', 'orangLain', ['staf', 'top'], 201],
    ['a staff member with no subordinates', 'staf', 'staf', ['staf2'], 403],
  ]
  it.each(kasus)('%s', async (_d, oleh, ketua, anggota, status, disebut) => {
    const s = await susun()
    const orang = (n: Nama) => s[n].pegawai.id
    const akun = oleh === 'admin' ? s.admin : s[oleh].akun
    const c = await s.klien(akun)
    const res = await c.post('/api/v1/tim-kerja', {
      tahun: Y,
      nama: 'Tim Uji Wewenang',
      ketuaPegawaiId: orang(ketua),
      anggota: anggota.map((n) => ({ pegawaiId: orang(n) })),
    })
    expect(res.statusCode, res.body).toBe(status)
    if (disebut) {
      expect(res.json().code).toBe('TIM.DI_LUAR_WEWENANG')
      expect(res.json().message).toContain(disebut)
    }
  })

  it.each([
    ['top', ['Kepala Bidang', 'Orang Lain', 'Staf Dua', 'Staf Satu']],
    ['kepala', ['Staf Dua', 'Staf Satu']],
    ['staf', []],
  ] as const)('the picker offers %s exactly the people of their subtree', async (siapa, nama) => {
    const s = await susun()
    const c = await s.klien(s[siapa].akun)
    const res = await c.get(`/api/v1/tim-kerja/calon?tahun=${Y}`)
    expect(res.statusCode).toBe(200)
    expect(res.json().items.map((p: { nama: string }) => p.nama)).toEqual(nama)
    expect(res.json().terpotong).toBe(false)
  })

  it('the picker refuses a bad year (400)', async () => {
    const s = await susun()
    const c = await s.klien(s.kepala.akun)
    for (const q of ['', '?tahun=abc', '?tahun=1800']) {
      const res = await c.get(`/api/v1/tim-kerja/calon${q}`)
      expect(res.statusCode, q).toBe(400)
      expect(res.json().code).toBe('VALIDATION')
    }
  })

  it('adding a member or changing the ketua follows the same rule', async () => {
    const s = await susun()
    const c = await s.klien(s.kepala.akun)
    const tim = (
      await c.post('/api/v1/tim-kerja', { tahun: Y, nama: 'Tim Data', ketuaPegawaiId: s.staf.pegawai.id })
    ).json()
    const luar = await c.post(`/api/v1/tim-kerja/${tim.id}/anggota`, { pegawaiId: s.orangLain.pegawai.id })
    expect(luar.statusCode).toBe(403)
    expect(luar.json().message).toContain('Orang Lain')
    const ketua = await c.patch(`/api/v1/tim-kerja/${tim.id}`, { ketuaPegawaiId: s.orangLain.pegawai.id })
    expect(ketua.statusCode).toBe(403)
    expect(
      (await c.patch(`/api/v1/tim-kerja/${tim.id}`, { ketuaPegawaiId: s.staf2.pegawai.id })).statusCode,
    ).toBe(200)
    // the admin may add anyone of the instansi
    const admin = await s.klien(s.admin)
    expect(
      (await admin.post(`/api/v1/tim-kerja/${tim.id}/anggota`, { pegawaiId: s.orangLain.pegawai.id }))
        .statusCode,
    ).toBe(201)
  })

  it('a member whose SKP is approved is told to take the work into a revision; the SKP is untouched', async () => {
    const s = await susun()
    const disetujui = await buatSkpDisetujui(t.database, s.staf, {
      tahun: Y,
      intervensi: [s.skpKepala.rhk[0].id],
    })
    const c = await s.klien(s.kepala.akun)
    const res = await c.post('/api/v1/tim-kerja', {
      tahun: Y,
      nama: 'Tim Revisi',
      ketuaPegawaiId: s.staf2.pegawai.id,
      anggota: [{ pegawaiId: s.staf.pegawai.id }],
    })
    expect(res.statusCode).toBe(201)
    expect(await notifUntuk(s.staf.pegawai.id, 'TIM_ANGGOTA')).toHaveLength(0)
    const [n] = await notifUntuk(s.staf.pegawai.id, 'TIM_ANGGOTA_SKP_DISETUJUI')
    expect(n.parameter).toEqual({ namaTim: 'Tim Revisi', tahun: Y })
    // the ketua, without an approved SKP, gets the ordinary notice
    expect(await notifUntuk(s.staf2.pegawai.id, 'TIM_ANGGOTA')).toHaveLength(1)
    const [row] = await t.database.db.select().from(skp).where(eq(skp.id, disetujui.skp.id))
    expect({ status: row.status, versi: row.versi }).toEqual({
      status: 'disetujui',
      versi: disetujui.skp.versi,
    })
    // removing the member settles the notice
    await c.delete(`/api/v1/tim-kerja/${res.json().id}/anggota/${s.staf.pegawai.id}`)
    const [selesai] = await notifUntuk(s.staf.pegawai.id, 'TIM_ANGGOTA_SKP_DISETUJUI')
    expect(selesai.selesaiAt).not.toBeNull()
  })
})

describe('Matriks Peran Hasil: no invented IKI, the real cascade in the grid', () => {
  it('the subordinate must add an IKI to the cell’s RHK before submitting: the check names the RHK', async () => {
    const s = await susun()
    const c = await s.klien(s.kepala.akun)
    const sel = await c.post('/api/v1/matriks-peran-hasil', {
      rhkAtasanId: s.skpKepala.rhk[0].id,
      pegawaiId: s.staf.pegawai.id,
      peran: 'Penyusun',
      hasil: 'Rekap data sekolah',
    })
    expect(sel.statusCode).toBe(201)
    const [draf] = await t.database.db.select().from(skp).where(eq(skp.pegawaiId, s.staf.pegawai.id))
    const staf = await s.klien(s.staf.akun)
    // the SKP page reads the RHK with an empty IKI list
    const view = await staf.get(`/api/v1/skp/${draf.id}`)
    expect(view.statusCode).toBe(200)
    expect(view.json().rhk).toMatchObject([{ deskripsi: 'Rekap data sekolah', iki: [] }])
    const ajukan = await staf.post(`/api/v1/skp/${draf.id}/ajukan`, {})
    expect(ajukan.statusCode).toBe(400)
    const galat = ajukan.json().errors.find((e: { path: string }) => e.path === 'rhk.0.iki')
    expect(galat.message).toContain('Rekap data sekolah')
    // once the subordinate writes an IKI the RHK passes
    const ubah = await staf.patch(
      `/api/v1/rhk/${sel.json().rhkBawahanId}`,
      rhkBody(s.skpKepala.rhk[0].id, { deskripsi: 'Rekap data sekolah' }),
    )
    expect(ubah.statusCode, ubah.body).toBe(200)
    expect((await staf.post(`/api/v1/skp/${draf.id}/ajukan`, {})).statusCode).toBe(200)
  })

  it('shows subordinates’ RHK that intervene a row, made by the matrix or by hand; a draft made for them is told', async () => {
    const s = await susun()
    const tangan = await buatSkp(t.database, s.staf2, { tahun: Y, intervensi: [s.skpKepala.rhk[1].id] })
    const c = await s.klien(s.kepala.akun)
    const sel = (
      await c.post('/api/v1/matriks-peran-hasil', {
        rhkAtasanId: s.skpKepala.rhk[0].id,
        pegawaiId: s.staf.pegawai.id,
        peran: 'Penyusun',
        hasil: 'Rekap data sekolah',
      })
    ).json()
    const grid = (await c.get(`/api/v1/skp/${s.skpKepala.skp.id}/matriks-peran-hasil`)).json()
    const ringkas = grid.intervensi.map((r: Record<string, unknown>) => [
      r.rhkAtasanId,
      r.pegawaiId,
      r.rhkId,
      r.peranHasilId,
    ])
    expect(ringkas).toEqual(
      expect.arrayContaining([
        [s.skpKepala.rhk[0].id, s.staf.pegawai.id, sel.rhkBawahanId, sel.id],
        [s.skpKepala.rhk[1].id, s.staf2.pegawai.id, tangan.rhk[0].id, null],
      ]),
    )
    expect(grid.intervensi).toHaveLength(2)
    // Staf Satu had no SKP: one was made for them, and they are told; Staf Dua's existing draft was not new
    expect(await notifUntuk(s.staf.pegawai.id, 'SKP_DIBUAT_DARI_MPH')).toHaveLength(1)
    await c.post('/api/v1/matriks-peran-hasil', {
      rhkAtasanId: s.skpKepala.rhk[0].id,
      pegawaiId: s.staf2.pegawai.id,
      peran: 'Pengolah',
      hasil: 'Rekap lain',
    })
    expect(await notifUntuk(s.staf2.pegawai.id, 'SKP_DIBUAT_DARI_MPH')).toHaveLength(0)
  })

  it.each([
    ['not my RHK', (s: Susunan) => s.skpTop.rhk[0].id, 403, 'MPH.BUKAN_RHK_ANDA'],
    ['an RHK that does not exist', () => '0193a3a0-0000-7000-8000-0000000000ff', 404, 'NOT_FOUND'],
  ])('bulk: a row naming %s answers like the single-cell route', async (_d, rhkId, status, code) => {
    const s = await susun()
    const c = await s.klien(s.kepala.akun)
    const res = await c.post('/api/v1/matriks-peran-hasil/bulk', {
      items: [
        { rhkAtasanId: s.skpKepala.rhk[0].id, pegawaiId: s.staf.pegawai.id, peran: 'A', hasil: 'B' },
        { rhkAtasanId: rhkId(s), pegawaiId: s.staf.pegawai.id, peran: 'A', hasil: 'C' },
      ],
    })
    expect(res.statusCode).toBe(status)
    expect(res.json().code).toBe(code)
    expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual(['items.1.rhkAtasanId'])
    const [ada] = await t.database.db.select().from(skp).where(eq(skp.pegawaiId, s.staf.pegawai.id))
    expect(ada).toBeUndefined()
  })
})

describe('an intervened RHK of an SKP being edited (issue 6 item 9)', () => {
  it('removal is a 409 naming who intervenes it; an RHK nobody intervenes goes', async () => {
    const s = await susun({ statusKepala: 'draft' })
    await buatSkp(t.database, s.staf, { tahun: Y, intervensi: [s.skpKepala.rhk[0].id] })
    await buatSkp(t.database, s.staf2, { tahun: Y, intervensi: [s.skpKepala.rhk[0].id] })
    const c = await s.klien(s.kepala.akun)
    const res = await c.delete(`/api/v1/rhk/${s.skpKepala.rhk[0].id}`)
    expect(res.statusCode).toBe(409)
    expect(res.json().code).toBe('RHK.DIINTERVENSI')
    expect(res.json().message).toContain('Staf Satu')
    expect(res.json().message).toContain('Staf Dua')
    const en = await client(t.app, await masuk(t.app, s.kepala.akun), 'en').delete(
      `/api/v1/rhk/${s.skpKepala.rhk[0].id}`,
    )
    expect(en.json().message).toMatch(/intervened by RHK of/)
    expect((await c.delete(`/api/v1/rhk/${s.skpKepala.rhk[1].id}`)).statusCode).toBe(200)
  })

  it('a change tells each subordinate whose RHK intervene it, naming their RHK; an unchanged save tells no one', async () => {
    const s = await susun({ statusKepala: 'draft' })
    const bawah = await buatSkp(t.database, s.staf, { tahun: Y, intervensi: [s.skpKepala.rhk[0].id] })
    const c = await s.klien(s.kepala.akun)
    const rhkId = s.skpKepala.rhk[0].id
    const tetap = rhkBody(s.skpTop.rhk[0].id, {
      deskripsi: s.skpKepala.rhk[0].deskripsi,
      iki: [
        { aspek: 'kuantitas', indikator: 'Jumlah dokumen', targetMin: 12, satuan: 'Dokumen' },
        { aspek: 'kualitas', indikator: 'Kualitas dokumen', targetMin: 80, targetMax: 100, satuan: '%' },
      ],
    })
    expect((await c.patch(`/api/v1/rhk/${rhkId}`, tetap)).statusCode).toBe(200)
    expect(await notifUntuk(s.staf.pegawai.id, 'RHK_ATASAN_DIUBAH')).toHaveLength(0)
    const res = await c.patch(`/api/v1/rhk/${rhkId}`, { ...tetap, deskripsi: 'Layanan data terpadu' })
    expect(res.statusCode).toBe(200)
    const [n] = await notifUntuk(s.staf.pegawai.id, 'RHK_ATASAN_DIUBAH')
    expect(n).toMatchObject({ tautan: `/skp/${bawah.skp.id}`, perihal: bawah.skp.id })
    expect(n.parameter).toEqual({
      nama: expect.any(String),
      tahun: Y,
      rhkAtasan: 'Layanan data terpadu',
      rhkAnda: [bawah.rhk[0].deskripsi],
    })
    expect(await notifUntuk(s.staf2.pegawai.id, 'RHK_ATASAN_DIUBAH')).toHaveLength(0)
  })
})

const skpTahun = async (pegawaiId: string, tahun: number) =>
  (
    await t.database.db
      .select()
      .from(skp)
      .where(and(eq(skp.pegawaiId, pegawaiId), eq(skp.tahun, tahun)))
  )[0]

describe('Keselarasan level by level, with search and counts (issue 6 item 22)', () => {
  /** top: A, B → kepala: K1→A, K2→A → staf: S1→K1, staf2: S2→K1. */
  async function pohon() {
    const s = await susun({ statusKepala: 'draft' })
    const [A] = s.skpTop.rhk
    const B = (await buatSkpDisetujui(t.database, s.top, { tahun: Y + 1, intervensi: [null] })).rhk[0]
    const kepala = await buatSkpDisetujui(t.database, s.kepala, { tahun: Y + 1, intervensi: [B.id, B.id] })
    const [K1, K2] = kepala.rhk
    const s1 = await buatSkp(t.database, s.staf, { tahun: Y + 1, intervensi: [K1.id] })
    const s2 = await buatSkp(t.database, s.staf2, { tahun: Y + 1, intervensi: [K1.id] })
    return { ...s, A, K1, K2, S1: s1.rhk[0], S2: s2.rhk[0], skpKepala2: kepala.skp }
  }

  it('opens one level at a time with counts; "no contributor" only where the owner has subordinates', async () => {
    const s = await pohon()
    const c = await s.klien(s.kepala.akun)
    const akar = await c.get(`/api/v1/skp/${s.skpKepala2.id}/keselarasan/level`)
    expect(akar.statusCode).toBe(200)
    const byId = Object.fromEntries(akar.json().items.map((n: { rhkId: string }) => [n.rhkId, n]))
    expect(akar.json().indukRhkId).toBeNull()
    // K1: two contributors (staff, who have no subordinates: their RHK are leaves, not gaps)
    expect(byId[s.K1.id]).toMatchObject({
      jumlahKontributor: 2,
      jumlahTurunan: 2,
      jumlahTanpaKontributor: 0,
      tanpaKontributor: false,
    })
    // K2: nobody contributes, and the head of Bidang has subordinates: a gap
    expect(byId[s.K2.id]).toMatchObject({
      jumlahKontributor: 0,
      jumlahTurunan: 0,
      jumlahTanpaKontributor: 1,
      tanpaKontributor: true,
    })
    const anak = await c.get(`/api/v1/rhk/${s.K1.id}/keselarasan/anak`)
    expect(anak.statusCode).toBe(200)
    expect(anak.json().indukRhkId).toBe(s.K1.id)
    expect(
      anak
        .json()
        .items.map((n: { rhkId: string }) => n.rhkId)
        .sort(),
    ).toEqual([s.S1.id, s.S2.id].sort())
    for (const n of anak.json().items)
      expect(n).toMatchObject({ tanpaKontributor: false, jumlahKontributor: 0 })
    // the top leader's first level counts the whole subtree
    const top = await s.klien(s.top.akun)
    const skpB = await skpTahun(s.top.pegawai.id, Y + 1)
    const [B] = (await top.get(`/api/v1/skp/${skpB.id}/keselarasan/level`)).json().items
    expect(B).toMatchObject({ jumlahKontributor: 2, jumlahTurunan: 4, jumlahTanpaKontributor: 1 })
  })

  it('finds RHK below by text or name, with the path to open', async () => {
    const s = await pohon()
    const c = await s.klien(s.top.akun)
    const skpB = await skpTahun(s.top.pegawai.id, Y + 1)
    const res = await c.get(`/api/v1/skp/${skpB.id}/keselarasan/cari?q=${encodeURIComponent('Staf Dua')}`)
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ lebih: false })
    const [hit] = res.json().items
    expect(hit).toMatchObject({
      rhkId: s.S2.id,
      pegawaiNama: 'Staf Dua',
      jalur: [expect.any(String), s.K1.id],
    })
    expect(hit.jalur).toHaveLength(2)
    // LIKE metacharacters match themselves
    expect((await c.get(`/api/v1/skp/${skpB.id}/keselarasan/cari?q=%25%25`)).json().items).toEqual([])
  })

  it.each([
    ['a search of one character', (id: string) => `/api/v1/skp/${id}/keselarasan/cari?q=a`, 400],
    ['a search without q', (id: string) => `/api/v1/skp/${id}/keselarasan/cari`, 400],
    ['a level of a bad id', () => `/api/v1/skp/bukan-uuid/keselarasan/level`, 400],
    ['children of a bad id', () => `/api/v1/rhk/bukan-uuid/keselarasan/anak`, 400],
    [
      'children of an unknown RHK',
      () => `/api/v1/rhk/0193a3a0-0000-7000-8000-0000000000ff/keselarasan/anak`,
      404,
    ],
  ])('bad input: %s', async (_d, url, status) => {
    const s = await susun()
    const c = await s.klien(s.kepala.akun)
    const res = await c.get(url(s.skpKepala.skp.id))
    expect(res.statusCode).toBe(status)
    if (status === 400) expect(res.json().code).toBe('VALIDATION')
  })
})
