import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditLog, jabatan, pegawai, penugasan, skp } from '../src/db/schema/index.ts'
import { client, createTestApp, type TestApp } from './helpers/app.ts'
import { buatPohon, buatSkp, buatSkpDisetujui, masuk } from './helpers/skp-factories.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const Y = new Date().getFullYear()
const baru = { tahun: Y, pendekatan: 'kuantitatif', varian: 'administrasi_fungsional' }

describe('POST /skp', () => {
  it('creates my SKP for the year with a snapshot of pegawai, penilai and atasan penilai', async () => {
    const p = await buatPohon(t.database, { tahun: [Y] })
    const c = client(t.app, await masuk(t.app, p.staf.akun))
    const res = await c.post('/api/v1/skp', baru)
    expect(res.statusCode).toBe(201)
    const v = res.json()
    expect(v).toMatchObject({
      tahun: Y,
      status: 'draft',
      versi: 1,
      pegawaiId: p.staf.pegawai.id,
      mulai: `${Y}-01-01`,
      selesai: `${Y}-12-31`,
    })
    expect(v.snapshot.pegawai).toMatchObject({
      nama: p.staf.pegawai.nama,
      nip: p.staf.pegawai.nip,
      jabatan: 'Analis',
      unor: 'Bidang Uji',
      golongan: 'III/a',
    })
    expect(v.snapshot.penilai).toMatchObject({ pegawaiId: p.kepala.pegawai.id, nama: 'Kepala Bidang' })
    expect(v.snapshot.atasanPenilai).toMatchObject({ pegawaiId: p.top.pegawai.id })
    expect(v.perilaku).toHaveLength(7)
    expect(v.perilaku[1]).toMatchObject({
      kode: 'AKUNTABEL',
      nama: 'Akuntabel',
      namaEn: 'Accountable',
      ekspektasi: null,
    })
    expect(v.aksi).toEqual({
      ubah: true,
      ajukan: true,
      tarik: false,
      setujui: false,
      kembalikan: false,
      bukaKembali: false,
      ubahEkspektasi: false,
      unduh: true,
      matriks: false,
      gantiPenilai: false,
      atasNama: false,
    })
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.entitasId, v.id))
    expect(audit.map((a) => a.aksi)).toContain('buat')
  })

  it("gives the top leader the instansi's non-ASN official as penilai (no NIP)", async () => {
    const p = await buatPohon(t.database, { tahun: [Y] })
    const res = await client(t.app, await masuk(t.app, p.top.akun)).post('/api/v1/skp', {
      ...baru,
      varian: 'jpt',
    })
    expect(res.statusCode).toBe(201)
    expect(res.json().snapshot).toMatchObject({
      pimpinanTertinggi: true,
      penilai: { nama: 'Bupati Contoh', nip: null, jabatan: 'Bupati', pegawaiId: null },
      atasanPenilai: null,
    })
  })

  it('works in a year nobody opened (the defaults apply); refuses an exempt status and a duplicate', async () => {
    const p = await buatPohon(t.database)
    const c = client(t.app, await masuk(t.app, p.staf.akun))
    // issue 6 item 8: the first SKP of a year nobody opened opens it with the defaults (test/skp-tahun.test.ts)
    expect((await c.post('/api/v1/skp', baru)).statusCode).toBe(201)
    const dup = await c.post('/api/v1/skp', baru)
    expect(dup.statusCode).toBe(409)
    expect(dup.json().code).toBe('SKP.SUDAH_ADA')

    await t.database.db
      .update(pegawai)
      .set({ status: 'tugas_belajar' })
      .where(eq(pegawai.id, p.kepala.pegawai.id))
    const bebas = await client(t.app, await masuk(t.app, p.kepala.akun)).post('/api/v1/skp', baru)
    expect(bebas.statusCode).toBe(400)
    expect(bebas.json().code).toBe('SKP.BEBAS_SKP')
    expect(await t.database.db.select().from(skp).where(eq(skp.pegawaiId, p.kepala.pegawai.id))).toHaveLength(
      0,
    )
  })

  it('rejects bad input with field paths and writes nothing', async () => {
    const p = await buatPohon(t.database, { tahun: [Y] })
    const res = await client(t.app, await masuk(t.app, p.staf.akun)).post('/api/v1/skp', {
      tahun: 1999,
      pendekatan: 'x',
      varian: 'jpt',
    })
    expect(res.statusCode).toBe(400)
    expect(
      res
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['pendekatan', 'tahun'])
    expect(await t.database.db.select().from(skp).where(eq(skp.pegawaiId, p.staf.pegawai.id))).toHaveLength(0)
  })
})

describe('mutasi splits the year', () => {
  it('ends the old SKP the day before the move; the new one starts on the move date with another snapshot', async () => {
    const p = await buatPohon(t.database, { tahun: [Y] })
    const c = client(t.app, await masuk(t.app, p.staf.akun))
    const lama = (await c.post('/api/v1/skp', baru)).json()
    expect(lama.selesai).toBe(`${Y}-12-31`)
    // the staff moves to the root unit on 1 July (definitif): the old assignment ends on 30 June
    const [j] = await t.database.db
      .insert(jabatan)
      .values({ instansiId: p.instansi.id, unorId: p.akar.id, nama: 'Analis Kebijakan', jenis: 'fungsional' })
      .returning()
    await t.database.db
      .update(penugasan)
      .set({ selesai: `${Y}-06-30` })
      .where(eq(penugasan.id, p.staf.penugasan.id))
    const [pindah] = await t.database.db
      .insert(penugasan)
      .values({
        instansiId: p.instansi.id,
        pegawaiId: p.staf.pegawai.id,
        unorId: p.akar.id,
        jabatanId: j.id,
        mulai: `${Y}-07-01`,
      })
      .returning()

    const res = await c.post('/api/v1/skp', { ...baru, penugasanId: pindah.id })
    expect(res.statusCode).toBe(201)
    const v = res.json()
    expect(v).toMatchObject({ mulai: `${Y}-07-01`, selesai: `${Y}-12-31`, penugasanId: pindah.id })
    expect(v.snapshot.pegawai).toMatchObject({ jabatan: 'Analis Kebijakan', unor: 'Sekretariat Daerah' })
    expect(v.snapshot.penilai.pegawaiId).toBe(p.top.pegawai.id)
    const old = (await c.get(`/api/v1/skp/${lama.id}`)).json()
    expect(old).toMatchObject({ mulai: `${Y}-01-01`, selesai: `${Y}-06-30`, versi: 2 })
    expect(old.snapshot.pegawai.unor).toBe('Bidang Uji')
    expect(old.snapshot.penilai.pegawaiId).toBe(p.kepala.pegawai.id)
    const list = (await c.get(`/api/v1/skp?tahun=${Y}`)).json().items
    expect(list.map((s: { mulai: string }) => s.mulai).sort()).toEqual([`${Y}-01-01`, `${Y}-07-01`])
    expect(list.find((s: { mulai: string }) => s.mulai === `${Y}-01-01`)).toMatchObject({
      jabatan: 'Analis',
      penilaiNama: 'Kepala Bidang',
    })
  })
})

describe('PATCH /skp/:id', () => {
  it('saves lampiran with the current versi and answers 409 on a stale one', async () => {
    const p = await buatPohon(t.database, { tahun: [Y] })
    const c = client(t.app, await masuk(t.app, p.staf.akun))
    const v = (await c.post('/api/v1/skp', baru)).json()
    const lampiran = {
      dukunganSumberDaya: ['Laptop'],
      skemaPertanggungjawaban: ['Laporan bulanan'],
      konsekuensi: ['Teguran'],
    }
    const ok = await c.patch(`/api/v1/skp/${v.id}`, { lampiran, versi: 1 })
    expect(ok.statusCode).toBe(200)
    expect(ok.json()).toMatchObject({ lampiran, versi: 2 })
    const basi = await c.patch(`/api/v1/skp/${v.id}`, { pendekatan: 'kualitatif', versi: 1 })
    expect(basi.statusCode).toBe(409)
    expect(basi.json().code).toBe('SKP.VERSI_USANG')
    expect((await c.get(`/api/v1/skp/${v.id}`)).json().pendekatan).toBe('kuantitatif')
  })

  it('turns a returned SKP back into a draft when edited; an approved one is locked', async () => {
    const p = await buatPohon(t.database)
    const { skp: s } = await buatSkp(t.database, p.staf, { tahun: Y, status: 'dikembalikan' })
    const c = client(t.app, await masuk(t.app, p.staf.akun))
    const res = await c.patch(`/api/v1/skp/${s.id}`, { pendekatan: 'kualitatif', versi: s.versi })
    expect(res.json()).toMatchObject({ status: 'draft', pendekatan: 'kualitatif' })
    const q = await buatPohon(t.database)
    const { skp: d } = await buatSkpDisetujui(t.database, q.staf, { tahun: Y })
    const locked = await client(t.app, await masuk(t.app, q.staf.akun)).patch(`/api/v1/skp/${d.id}`, {
      pendekatan: 'kualitatif',
      versi: d.versi,
    })
    expect(locked.statusCode).toBe(409)
    expect(locked.json().code).toBe('SKP.TRANSISI_TIDAK_SAH')
  })
})

describe('POST /skp/salin', () => {
  it("copies last year's RHK, IKI and lampiran into a new draft, without intervensi or ekspektasi", async () => {
    const p = await buatPohon(t.database, { tahun: [Y - 1, Y] })
    const { rhk: atas } = await buatSkpDisetujui(t.database, p.kepala, { tahun: Y - 1, intervensi: [null] })
    const { skp: lalu } = await buatSkpDisetujui(t.database, p.staf, {
      tahun: Y - 1,
      intervensi: [atas[0].id, atas[0].id],
    })
    await t.database.db
      .update(skp)
      .set({ lampiran: { dukunganSumberDaya: ['Anggaran'], skemaPertanggungjawaban: [], konsekuensi: [] } })
      .where(eq(skp.id, lalu.id))
    const kepala = client(t.app, await masuk(t.app, p.kepala.akun))
    await t.database.db.update(skp).set({ status: 'diajukan' }).where(eq(skp.id, lalu.id))
    expect(
      (await kepala.put(`/api/v1/skp/${lalu.id}/perilaku/KOMPETEN`, { ekspektasi: 'Ikut pelatihan' }))
        .statusCode,
    ).toBe(200)

    const c = client(t.app, await masuk(t.app, p.staf.akun))
    const res = await c.post('/api/v1/skp/salin', { dariSkpId: lalu.id, tahun: Y })
    expect(res.statusCode).toBe(201)
    const { skp: v, catatan } = res.json()
    expect(catatan).toMatch(/intervensi/)
    expect(v).toMatchObject({ tahun: Y, status: 'draft', lampiran: { dukunganSumberDaya: ['Anggaran'] } })
    expect(v.rhk).toHaveLength(2)
    expect(v.rhk.every((r: { intervensi: unknown }) => r.intervensi === null)).toBe(true)
    expect(v.rhk[0].iki.map((i: { targetLabel: string }) => i.targetLabel)).toEqual([
      '12 Dokumen',
      '80–100 %',
    ])
    // DOMAIN.md §2: the ekspektasi khusus pimpinan are the penilai's to write, never copied
    expect(v.perilaku).toHaveLength(7)
    expect(v.perilaku.every((x: { ekspektasi: string | null }) => x.ekspektasi === null)).toBe(true)
    const other = await buatPohon(t.database, { tahun: [Y] })
    const asing = await client(t.app, await masuk(t.app, other.staf.akun)).post('/api/v1/skp/salin', {
      dariSkpId: lalu.id,
      tahun: Y,
    })
    expect(asing.statusCode).toBe(404)
  })
})
