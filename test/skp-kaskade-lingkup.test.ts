import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  iki,
  pengaturanTahun,
  peranHasil,
  rhk,
  skp,
  timKerja,
  timKerjaAnggota,
} from '../src/db/schema/index.ts'
import * as mphRepo from '../src/modules/kaskade/matriks-peran-hasil.repository.ts'
import * as timRepo from '../src/modules/kaskade/tim-kerja.repository.ts'
import { findPengaturan, updatePengaturan } from '../src/modules/skp/pengaturan.repository.ts'
import * as rhkRepo from '../src/modules/skp/rhk.repository.ts'
import { updateSkp } from '../src/modules/skp/skp.repository.ts'
import { client, createTestApp, type TestApp } from './helpers/app.ts'
import { buatSkp, buatSkpDisetujui, buatPohon, masuk } from './helpers/skp-factories.ts'

/**
 * Tenant scope in the skp and kaskade repositories: every by-id write takes the instansi, so an id of
 * another instansi changes nothing even when a caller forgot to load the row first.
 */
let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const Y = new Date().getFullYear()

async function susun() {
  const p = await buatPohon(t.database, { tahun: [Y] })
  const skpTop = await buatSkpDisetujui(t.database, p.top, { tahun: Y, intervensi: [null], varian: 'jpt' })
  const kepala = await buatSkpDisetujui(t.database, p.kepala, { tahun: Y, intervensi: [skpTop.rhk[0].id] })
  const stafSkp = await buatSkp(t.database, p.staf, { tahun: Y, intervensi: [kepala.rhk[0].id] })
  const c = client(t.app, await masuk(t.app, p.kepala.akun))
  return { ...p, kepala, stafSkp, c }
}

describe('by-id writes of another instansi change nothing', () => {
  it('skp, rhk, iki, pengaturan', async () => {
    const a = await susun()
    const b = await susun()
    const db = t.database.db
    const s = a.stafSkp.skp
    const r = a.stafSkp.rhk[0]

    expect(await updateSkp(db, b.instansi.id, s.id, { catatanPengembalian: 'x' })).toBeUndefined()
    await rhkRepo.updateRhk(db, b.instansi.id, r.id, {
      jenis: 'utama',
      deskripsi: 'diubah',
      intervensiRhkId: null,
      klasifikasi: 'individu',
    })
    await rhkRepo.updateDeskripsiRhk(db, b.instansi.id, r.id, 'diubah')
    await rhkRepo.setCatatanRhk(db, b.instansi.id, s.id, r.id, 'catatan')
    await rhkRepo.setUrutan(db, b.instansi.id, s.id, [r.id, r.id])
    await rhkRepo.gantiIki(db, b.instansi.id, r.id, [])
    await rhkRepo.deleteRhk(db, b.instansi.id, r.id)

    const [skpRow] = await db.select().from(skp).where(eq(skp.id, s.id))
    expect(skpRow).toMatchObject({ versi: s.versi, catatanPengembalian: null })
    const [rhkRow] = await db.select().from(rhk).where(eq(rhk.id, r.id))
    expect(rhkRow).toMatchObject({ deskripsi: r.deskripsi, catatanPengembalian: null, urutan: 0 })
    expect(await db.select().from(iki).where(eq(iki.rhkId, r.id))).toHaveLength(2)
    expect(await rhkRepo.cekTimKerja(db, b.instansi.id, s.id)).toEqual([])

    const pengaturan = (await findPengaturan(db, a.instansi.id, Y))!
    const diubah = { ...pengaturan.pengaturan, hariKunciRealisasi: 99 }
    expect(await updatePengaturan(db, b.instansi.id, pengaturan.id, diubah)).toBeUndefined()
    const [p] = await db.select().from(pengaturanTahun).where(eq(pengaturanTahun.id, pengaturan.id))
    expect(p.pengaturan).toEqual(pengaturan.pengaturan)
  })

  it('matrix cells and teams', async () => {
    const a = await susun()
    const b = await susun()
    const db = t.database.db
    const cell = (
      await a.c.post('/api/v1/matriks-peran-hasil', {
        rhkAtasanId: a.kepala.rhk[0].id,
        pegawaiId: a.staf.pegawai.id,
        peran: 'Penyusun',
        hasil: 'Laporan',
      })
    ).json()
    expect(
      await mphRepo.updatePeranHasil(db, b.instansi.id, cell.id, { peran: 'x', hasil: 'y' }),
    ).toBeUndefined()
    await mphRepo.deletePeranHasil(db, b.instansi.id, cell.id)
    expect(await db.select().from(peranHasil).where(eq(peranHasil.id, cell.id))).toMatchObject([
      { peran: 'Penyusun', hasil: 'Laporan' },
    ])
    expect(await mphRepo.findSel(db, b.instansi.id, cell.id)).toBeUndefined()

    const tim = (
      await a.c.post('/api/v1/tim-kerja', {
        tahun: Y,
        nama: 'Tim Data',
        ketuaPegawaiId: a.staf.pegawai.id,
        anggota: [],
      })
    ).json()
    expect(await timRepo.updateTim(db, b.instansi.id, tim.id, { nama: 'Dibajak' })).toBeUndefined()
    expect(await timRepo.deleteAnggota(db, b.instansi.id, tim.id, a.staf.pegawai.id)).toBeUndefined()
    expect(await timRepo.ringkasanTim(db, b.instansi.id, [tim.id])).toEqual([])
    const [row] = await db.select().from(timKerja).where(eq(timKerja.id, tim.id))
    expect(row.nama).toBe('Tim Data')
    expect(
      await db.select().from(timKerjaAnggota).where(eq(timKerjaAnggota.timKerjaId, tim.id)),
    ).toHaveLength(1)
  })
})

describe('GET /tim-kerja?q=', () => {
  it('matches % and _ literally, as the other searches do', async () => {
    const s = await susun()
    const buat = (nama: string) =>
      s.c.post('/api/v1/tim-kerja', { tahun: Y, nama, ketuaPegawaiId: s.staf.pegawai.id, anggota: [] })
    expect((await buat('Tim Data 100%')).statusCode).toBe(201)
    expect((await buat('Tim Data_Pendidikan')).statusCode).toBe(201)
    expect((await buat('Tim Lain')).statusCode).toBe(201)
    const cari = async (q: string) =>
      (await s.c.get(`/api/v1/tim-kerja?q=${encodeURIComponent(q)}`))
        .json()
        .items.map((i: { nama: string }) => i.nama)
    expect(await cari('%')).toEqual(['Tim Data 100%'])
    expect(await cari('_')).toEqual(['Tim Data_Pendidikan'])
    expect(await cari('\\')).toEqual([])
    expect((await cari('tim')).sort()).toEqual(['Tim Data 100%', 'Tim Data_Pendidikan', 'Tim Lain'])
  })
})
