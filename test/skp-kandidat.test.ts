import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { notifikasi, timKerja, timKerjaAnggota } from '../src/db/schema/index.ts'
import { client, createTestApp, type TestApp } from './helpers/app.ts'
import { buatOrang, buatPohon, buatSkp, buatSkpDisetujui, masuk, rhkBody } from './helpers/skp-factories.ts'
import { buatUnor } from './helpers/factories.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const Y = new Date().getFullYear()
const kandidat = async (akun: { username: string }, skpId: string) =>
  client(t.app, await masuk(t.app, akun)).get(`/api/v1/skp/${skpId}/kandidat-intervensi`)
const notifAtasan = (pegawaiId: string) =>
  t.database.db
    .select()
    .from(notifikasi)
    .where(and(eq(notifikasi.penerimaPegawaiId, pegawaiId), eq(notifikasi.tipe, 'ATASAN_BELUM_SKP')))

describe('GET /skp/:id/kandidat-intervensi', () => {
  it("lists the atasan's approved RHK and the RHK of my team", async () => {
    const p = await buatPohon(t.database)
    const top = await buatSkpDisetujui(t.database, p.top, {
      tahun: Y,
      intervensi: [null, null],
      varian: 'jpt',
    })
    const kepala = await buatSkpDisetujui(t.database, p.kepala, {
      tahun: Y,
      intervensi: [top.rhk[0].id, top.rhk[1].id],
    })
    const [tim] = await t.database.db
      .insert(timKerja)
      .values({
        instansiId: p.instansi.id,
        tahun: Y,
        nama: 'Tim Data',
        ketuaPegawaiId: p.kepala.pegawai.id,
        rhkId: top.rhk[1].id,
      })
      .returning()
    await t.database.db
      .insert(timKerjaAnggota)
      .values({ instansiId: p.instansi.id, timKerjaId: tim.id, pegawaiId: p.staf.pegawai.id })
    const staf = await buatSkp(t.database, p.staf, { tahun: Y, intervensi: [] })
    const res = await kandidat(p.staf.akun, staf.skp.id)
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual({
      kandidat: [
        {
          rhkId: kepala.rhk[0].id,
          deskripsi: kepala.rhk[0].deskripsi,
          jenis: 'utama',
          pegawaiNama: 'Kepala Bidang',
          sumber: 'atasan',
        },
        {
          rhkId: kepala.rhk[1].id,
          deskripsi: kepala.rhk[1].deskripsi,
          jenis: 'tambahan',
          pegawaiNama: 'Kepala Bidang',
          sumber: 'atasan',
        },
        {
          rhkId: top.rhk[1].id,
          deskripsi: top.rhk[1].deskripsi,
          jenis: 'tambahan',
          pegawaiNama: 'Pimpinan Tertinggi',
          sumber: 'ketua_tim',
        },
      ],
      alasanKosong: null,
      atasan: { nama: 'Kepala Bidang', nip: p.kepala.pegawai.nip },
    })
    // a team RHK is a valid intervensi; the top leader's other RHK is not
    const c = client(t.app, await masuk(t.app, p.staf.akun))
    expect((await c.post(`/api/v1/skp/${staf.skp.id}/rhk`, rhkBody(top.rhk[1].id))).statusCode).toBe(201)
    expect((await c.post(`/api/v1/skp/${staf.skp.id}/rhk`, rhkBody(top.rhk[0].id))).json().code).toBe(
      'INTERVENSI.BUKAN_ATASAN',
    )
  })

  it('says the atasan has not been approved yet and notifies the atasan once a day', async () => {
    const p = await buatPohon(t.database)
    await buatSkp(t.database, p.kepala, { tahun: Y, status: 'diajukan', intervensi: [null] })
    const staf = await buatSkp(t.database, p.staf, { tahun: Y, intervensi: [] })
    for (let i = 0; i < 3; i++) {
      const res = await kandidat(p.staf.akun, staf.skp.id)
      expect(res.json()).toMatchObject({
        kandidat: [],
        alasanKosong: 'ATASAN_BELUM_DISETUJUI',
        atasan: { nama: 'Kepala Bidang' },
      })
    }
    const n = await notifAtasan(p.kepala.pegawai.id)
    expect(n).toHaveLength(1)
    expect(n[0]).toMatchObject({
      instansiId: p.instansi.id,
      parameter: { nama: 'Staf Satu', tahun: Y, bawahanPegawaiId: p.staf.pegawai.id },
    })
    // a second subordinate waiting is a separate nudge; the atasan reading the list does not nudge
    const dua = await buatOrang(t.database, {
      instansiId: p.instansi.id,
      unorId: p.bidang.id,
      nama: 'Staf Dua',
    })
    const s2 = await buatSkp(t.database, dua, { tahun: Y, intervensi: [] })
    await kandidat(dua.akun, s2.skp.id)
    await kandidat(p.kepala.akun, s2.skp.id)
    expect(await notifAtasan(p.kepala.pegawai.id)).toHaveLength(2)
  })

  it('says the atasan has no SKP yet', async () => {
    const p = await buatPohon(t.database)
    const staf = await buatSkp(t.database, p.staf, { tahun: Y, intervensi: [] })
    expect((await kandidat(p.staf.akun, staf.skp.id)).json()).toMatchObject({
      kandidat: [],
      alasanKosong: 'ATASAN_BELUM_PUNYA_SKP',
    })
    expect(await notifAtasan(p.kepala.pegawai.id)).toHaveLength(1)
  })

  it('says the top leader needs none, and when nobody above can be found', async () => {
    const p = await buatPohon(t.database)
    const top = await buatSkp(t.database, p.top, { tahun: Y, intervensi: [], varian: 'jpt' })
    expect((await kandidat(p.top.akun, top.skp.id)).json()).toEqual({
      kandidat: [],
      alasanKosong: 'PIMPINAN_TERTINGGI',
      atasan: { nama: 'Bupati Contoh', nip: null },
    })
    // a unit outside the tree with nobody heading it or anything above it
    const lepas = await buatUnor(t.database, { instansiId: p.instansi.id, nama: 'Unit Lepas' })
    const sendiri = await buatOrang(t.database, { instansiId: p.instansi.id, unorId: lepas.id })
    const s = await buatSkp(t.database, sendiri, { tahun: Y, intervensi: [] })
    expect((await kandidat(sendiri.akun, s.skp.id)).json()).toEqual({
      kandidat: [],
      alasanKosong: 'TIDAK_ADA_ATASAN',
      atasan: null,
    })
  })
})
