import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { notifikasi } from '../src/db/schema/index.ts'
import { kirimNotifikasi } from '../src/modules/notifikasi/notifikasi.service.ts'
import { aturJam } from '../src/server/clock.ts'
import { client, createTestApp, login, type TestApp } from './helpers/app.ts'
import { buatAkun, PASSWORD } from './helpers/factories.ts'
import { buatOrang, buatPohon, buatSkp, buatSkpDisetujui, masuk } from './helpers/skp-factories.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const Y = 2040
const V = '/api/v1'

const kirim = (instansiId: string, penerimaPegawaiId: string, tahun: number) =>
  kirimNotifikasi(t.database.db, {
    instansiId,
    penerimaPegawaiId,
    tipe: 'SKP_DISETUJUI',
    parameter: { tahun },
    tautan: '/skp',
  })

/** Kepala (approved SKP) → staf, whose draft SKP draws on it and can be submitted. */
async function susun(tahun = Y) {
  const p = await buatPohon(t.database)
  const atasan = await buatSkpDisetujui(t.database, p.kepala, { tahun, intervensi: [null] })
  const { skp } = await buatSkp(t.database, p.staf, { tahun, intervensi: [atasan.rhk[0].id] })
  const staf = client(t.app, await masuk(t.app, p.staf.akun))
  const kepala = client(t.app, await masuk(t.app, p.kepala.akun))
  return { p, skp, staf, kepala }
}

const rowsOf = (pegawaiId: string) =>
  t.database.db.select().from(notifikasi).where(eq(notifikasi.penerimaPegawaiId, pegawaiId))

describe('notifikasi: stored as a type and parameters', () => {
  it('a submission stores the type, the parameters, the link and the matter, never a sentence', async () => {
    const { p, skp, staf } = await susun()
    expect((await staf.post(`${V}/skp/${skp.id}/ajukan`)).statusCode).toBe(200)
    const rows = await rowsOf(p.kepala.pegawai.id)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({
      instansiId: p.instansi.id,
      tipe: 'SKP_DIAJUKAN',
      parameter: { nama: 'Staf Satu', tahun: Y },
      judul: null,
      isi: null,
      tautan: `/skp/${skp.id}`,
      perihal: skp.id,
      dibacaAt: null,
      selesaiAt: null,
    })
  })

  it('GET answers the same data in Indonesian and in English: the type and its parameters', async () => {
    const { skp, staf, kepala, p } = await susun()
    await staf.post(`${V}/skp/${skp.id}/ajukan`)
    const sesi = await masuk(t.app, p.kepala.akun)
    const id = (await client(t.app, sesi, 'id').get(`${V}/notifikasi`)).json()
    const en = (await client(t.app, sesi, 'en').get(`${V}/notifikasi`)).json()
    expect(en).toEqual(id)
    expect(id).toMatchObject({ total: 1, jumlahBelumDibaca: 1 })
    expect(id.items[0]).toEqual({
      id: expect.any(String),
      pesan: { tipe: 'SKP_DIAJUKAN', parameter: { nama: 'Staf Satu', tahun: Y } },
      teks: null,
      tautan: `/skp/${skp.id}`,
      dibaca: false,
      dibacaAt: null,
      selesai: false,
      selesaiAt: null,
      createdAt: expect.any(String),
    })
    expect((await kepala.get(`${V}/notifikasi`)).json()).toEqual(id)
  })

  it('refuses parameters that do not fit the type', async () => {
    const p = await buatPohon(t.database)
    const salah = {
      instansiId: p.instansi.id,
      penerimaPegawaiId: p.staf.pegawai.id,
      tipe: 'MPH_SEL',
      parameter: { nama: 'X', jumlah: 'dua', hasil: [] },
    } as unknown as Parameters<typeof kirimNotifikasi>[1]
    await expect(kirimNotifikasi(t.database.db, salah)).rejects.toThrow()
    expect(await rowsOf(p.staf.pegawai.id)).toHaveLength(0)
  })

  it('a row from before types keeps its Indonesian text and is shown as it is', async () => {
    const p = await buatPohon(t.database)
    await t.database.db.insert(notifikasi).values({
      instansiId: p.instansi.id,
      penerimaPegawaiId: p.staf.pegawai.id,
      tipe: 'SKP_DISETUJUI',
      judul: 'SKP 2025 Anda disetujui',
      isi: 'SKP Anda telah disetujui pejabat penilai.',
      tautan: '/skp',
    })
    const c = client(t.app, await masuk(t.app, p.staf.akun), 'en')
    expect((await c.get(`${V}/notifikasi`)).json().items[0]).toMatchObject({
      pesan: null,
      teks: { judul: 'SKP 2025 Anda disetujui', isi: 'SKP Anda telah disetujui pejabat penilai.' },
    })
  })
})

describe('notifikasi: resolved when the matter is done', () => {
  const daftar = async (c: ReturnType<typeof client>) => (await c.get(`${V}/notifikasi`)).json()

  it('a request to approve leaves "new" once the SKP is approved; the pegawai is told', async () => {
    const { p, skp, staf, kepala } = await susun()
    await staf.post(`${V}/skp/${skp.id}/ajukan`)
    expect((await daftar(kepala)).jumlahBelumDibaca).toBe(1)
    expect((await kepala.post(`${V}/skp/${skp.id}/setujui`, {})).statusCode).toBe(200)
    const l = await daftar(kepala)
    expect(l).toMatchObject({ total: 1, jumlahBelumDibaca: 0 })
    expect(l.items[0]).toMatchObject({ dibaca: false, selesai: true, selesaiAt: expect.any(String) })
    const baru = (await kepala.get(`${V}/notifikasi?belumDibaca=true`)).json()
    expect(baru).toMatchObject({ total: 0, items: [], jumlahBelumDibaca: 0 })
    expect((await daftar(staf)).items.map((n: { pesan: { tipe: string } }) => n.pesan)).toEqual([
      { tipe: 'SKP_DISETUJUI', parameter: { tahun: Y } },
    ])
    expect((await rowsOf(p.staf.pegawai.id))[0].selesaiAt).toBeNull()
  })

  it('after a return the request is resolved; the return itself is resolved by the next submission', async () => {
    const { skp, staf, kepala } = await susun()
    await staf.post(`${V}/skp/${skp.id}/ajukan`)
    const r = await kepala.post(`${V}/skp/${skp.id}/kembalikan`, { catatan: 'Lengkapi target' })
    expect(r.statusCode).toBe(200)
    expect((await daftar(kepala)).items[0]).toMatchObject({ selesai: true })
    const kembali = await daftar(staf)
    expect(kembali).toMatchObject({ jumlahBelumDibaca: 1 })
    expect(kembali.items[0]).toMatchObject({
      pesan: { tipe: 'SKP_DIKEMBALIKAN', parameter: { tahun: Y, catatan: 'Lengkapi target' } },
      selesai: false,
    })
    expect((await staf.post(`${V}/skp/${skp.id}/ajukan`)).statusCode).toBe(200)
    expect((await daftar(staf)).items[0]).toMatchObject({ selesai: true })
    // the second request to approve is new again; the first stays resolved
    const k = await daftar(kepala)
    expect(k.jumlahBelumDibaca).toBe(1)
    expect(k.items.map((n: { selesai: boolean }) => n.selesai)).toEqual([false, true])
  })

  it('a withdrawn submission resolves the request; new RHK from the matrix resolve on submission', async () => {
    const { p, skp, staf, kepala } = await susun()
    await kirimNotifikasi(t.database.db, {
      instansiId: p.instansi.id,
      penerimaPegawaiId: p.staf.pegawai.id,
      tipe: 'MPH_SEL',
      parameter: { nama: 'Kepala Bidang', jumlah: 1, hasil: ['Laporan'] },
      tautan: `/skp/${skp.id}`,
      perihal: skp.id,
    })
    expect((await daftar(staf)).jumlahBelumDibaca).toBe(1)
    await staf.post(`${V}/skp/${skp.id}/ajukan`)
    expect((await daftar(staf)).jumlahBelumDibaca).toBe(0)
    expect((await staf.post(`${V}/skp/${skp.id}/tarik`)).statusCode).toBe(200)
    expect((await daftar(kepala)).items[0]).toMatchObject({ selesai: true })
  })

  it('"a subordinate waits for your SKP" is resolved when the atasan\'s SKP of that year is approved', async () => {
    const p = await buatPohon(t.database)
    const top = await buatSkpDisetujui(t.database, p.top, { tahun: Y, intervensi: [null], varian: 'jpt' })
    const kepalaSkp = await buatSkp(t.database, p.kepala, {
      tahun: Y,
      status: 'diajukan',
      intervensi: [top.rhk[0].id],
    })
    const stafSkp = await buatSkp(t.database, p.staf, { tahun: Y, intervensi: [] })
    const staf = client(t.app, await masuk(t.app, p.staf.akun))
    expect((await staf.get(`${V}/skp/${stafSkp.skp.id}/kandidat-intervensi`)).statusCode).toBe(200)
    const kepala = client(t.app, await masuk(t.app, p.kepala.akun))
    const sebelum = await daftar(kepala)
    expect(sebelum.items[0]).toMatchObject({
      pesan: {
        tipe: 'ATASAN_BELUM_SKP',
        parameter: { nama: 'Staf Satu', tahun: Y, bawahanPegawaiId: p.staf.pegawai.id },
      },
      selesai: false,
    })
    const pimpinan = client(t.app, await masuk(t.app, p.top.akun))
    expect((await pimpinan.post(`${V}/skp/${kepalaSkp.skp.id}/setujui`, {})).statusCode).toBe(200)
    const sesudah = await daftar(kepala)
    expect(sesudah.jumlahBelumDibaca).toBe(1) // the approval itself
    const menunggu = sesudah.items.find(
      (n: { pesan: { tipe: string } }) => n.pesan.tipe === 'ATASAN_BELUM_SKP',
    )
    expect(menunggu).toMatchObject({ selesai: true })
  })

  it('a member who leaves a Tim Kerja has that notice resolved; the other members keep theirs', async () => {
    const p = await buatPohon(t.database, { tahun: [Y] })
    const top = await buatSkpDisetujui(t.database, p.top, { tahun: Y, intervensi: [null], varian: 'jpt' })
    const kepalaSkp = await buatSkpDisetujui(t.database, p.kepala, { tahun: Y, intervensi: [top.rhk[0].id] })
    const dua = await buatOrang(t.database, {
      instansiId: p.instansi.id,
      unorId: p.bidang.id,
      nama: 'Staf Dua',
    })
    const kepala = client(t.app, await masuk(t.app, p.kepala.akun))
    const tim = await kepala.post(`${V}/tim-kerja`, {
      tahun: Y,
      nama: 'Tim Data',
      ketuaPegawaiId: p.staf.pegawai.id,
      rhkId: kepalaSkp.rhk[0].id,
      anggota: [{ pegawaiId: dua.pegawai.id }],
    })
    expect(tim.statusCode).toBe(201)
    const keluar = await kepala.delete(`${V}/tim-kerja/${tim.json().id}/anggota/${dua.pegawai.id}`)
    expect(keluar.statusCode).toBe(200)
    const [milikDua] = await rowsOf(dua.pegawai.id)
    const [milikKetua] = await rowsOf(p.staf.pegawai.id)
    expect(milikDua).toMatchObject({ tipe: 'TIM_ANGGOTA', parameter: { namaTim: 'Tim Data', tahun: Y } })
    expect(milikDua.selesaiAt).not.toBeNull()
    expect(milikKetua).toMatchObject({ tipe: 'TIM_ANGGOTA', selesaiAt: null })
  })

  it('"mark all read" counts and marks only the new ones', async () => {
    const { p, skp, staf, kepala } = await susun()
    await staf.post(`${V}/skp/${skp.id}/ajukan`)
    await kepala.post(`${V}/skp/${skp.id}/setujui`, {})
    await kirim(p.instansi.id, p.kepala.pegawai.id, Y)
    expect((await kepala.post(`${V}/notifikasi/baca-semua`)).json()).toEqual({ jumlah: 1 })
    const l = await daftar(kepala)
    expect(l.jumlahBelumDibaca).toBe(0)
    expect(l.items.map((n: { dibaca: boolean; selesai: boolean }) => [n.dibaca, n.selesai])).toEqual([
      [true, false],
      [false, true],
    ])
  })
})

describe('notifikasi: reading', () => {
  it('lists my notifications newest first, filters new ones, marks one and all as read', async () => {
    const p = await buatPohon(t.database)
    // one second apart: two notifications of the same millisecond have no defined order
    aturJam('2026-03-02T01:00:00Z')
    const a = await kirim(p.instansi.id, p.staf.pegawai.id, 2030)
    aturJam('2026-03-02T01:00:01Z')
    await kirim(p.instansi.id, p.staf.pegawai.id, 2031)
    await kirim(p.instansi.id, p.kepala.pegawai.id, 2032)
    aturJam(undefined)
    const c = client(t.app, await masuk(t.app, p.staf.akun))
    const list = (await c.get(`${V}/notifikasi`)).json()
    expect(list).toMatchObject({ total: 2, jumlahBelumDibaca: 2 })
    expect(
      list.items.map((n: { pesan: { parameter: { tahun: number } } }) => n.pesan.parameter.tahun),
    ).toEqual([2031, 2030])
    const baca = await c.post(`${V}/notifikasi/${a.id}/baca`)
    expect(baca.json()).toMatchObject({ id: a.id, dibaca: true })
    const belum = (await c.get(`${V}/notifikasi?belumDibaca=true`)).json()
    expect(belum).toMatchObject({ total: 1, jumlahBelumDibaca: 1 })
    expect(belum.items[0].pesan.parameter.tahun).toBe(2031)
    expect((await c.post(`${V}/notifikasi/baca-semua`)).json()).toEqual({ jumlah: 1 })
    expect((await c.get(`${V}/notifikasi`)).json().jumlahBelumDibaca).toBe(0)
  })

  it("never shows or marks another person's or another instansi's notification", async () => {
    const p = await buatPohon(t.database)
    const q = await buatPohon(t.database)
    const milikKepala = await kirim(p.instansi.id, p.kepala.pegawai.id, 2030)
    const staf = client(t.app, await masuk(t.app, p.staf.akun))
    const asing = client(t.app, await masuk(t.app, q.kepala.akun))
    expect((await staf.post(`${V}/notifikasi/${milikKepala.id}/baca`)).statusCode).toBe(404)
    expect((await staf.get(`${V}/notifikasi`)).json().total).toBe(0)
    expect((await asing.post(`${V}/notifikasi/${milikKepala.id}/baca`)).statusCode).toBe(404)
    expect((await asing.get(`${V}/notifikasi`)).json().total).toBe(0)
    expect((await asing.post(`${V}/notifikasi/baca-semua`)).json()).toEqual({ jumlah: 0 })
    const admin = client(t.app, await login(t.app, p.admin.username, PASSWORD))
    expect((await admin.post(`${V}/notifikasi/${milikKepala.id}/baca`)).statusCode).toBe(404)
    const nasional = await buatAkun(t.database, { peran: ['admin_nasional'] })
    const n = client(t.app, await login(t.app, nasional.username, PASSWORD))
    expect((await n.get(`${V}/notifikasi`)).json()).toMatchObject({ items: [], total: 0 })
    expect((await n.post(`${V}/notifikasi/${milikKepala.id}/baca`)).statusCode).toBe(404)
    const [row] = await t.database.db.select().from(notifikasi).where(eq(notifikasi.id, milikKepala.id))
    expect(row.dibacaAt).toBeNull()
    const kepala = client(t.app, await masuk(t.app, p.kepala.akun))
    expect((await kepala.get(`${V}/notifikasi?belumDibaca=true`)).json().total).toBe(1)
  })

  it('resolving one matter leaves another instansi alone', async () => {
    const a = await susun()
    const b = await susun()
    await a.staf.post(`${V}/skp/${a.skp.id}/ajukan`)
    await b.staf.post(`${V}/skp/${b.skp.id}/ajukan`)
    await a.kepala.post(`${V}/skp/${a.skp.id}/setujui`, {})
    expect((await b.kepala.get(`${V}/notifikasi`)).json().items[0]).toMatchObject({ selesai: false })
  })

  it('requires a session and answers bad input with a 400 naming the field', async () => {
    expect((await client(t.app).get(`${V}/notifikasi`)).statusCode).toBe(401)
    const p = await buatPohon(t.database)
    const c = client(t.app, await masuk(t.app, p.staf.akun), 'en')
    const kasus: [string, string][] = [
      ['/notifikasi/bukan-uuid/baca', 'id'],
      ['/notifikasi?belumDibaca=ya', 'belumDibaca'],
      ['/notifikasi?page=0', 'page'],
      ['/notifikasi?pageSize=1000', 'pageSize'],
      ['/notifikasi?page=1e400', 'page'],
    ]
    for (const [url, path] of kasus) {
      const res = url.endsWith('/baca') ? await c.post(`${V}${url}`) : await c.get(`${V}${url}`)
      expect(res.statusCode, url).toBe(400)
      expect(res.json().errors[0].path, url).toBe(path)
    }
    const tidakAda = await c.post(`${V}/notifikasi/00000000-0000-4000-8000-000000000000/baca`)
    expect(tidakAda.statusCode).toBe(404)
  })
})
