import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditLog, jabatan } from '../src/db/schema/index.ts'
import { client, createTestApp, login, type TestApp } from './helpers/app.ts'
import { buatAkun, buatInstansi, buatPegawai, buatUnor, PASSWORD } from './helpers/factories.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const V = '/api/v1'
const jabatanInstansi = (instansiId: string) =>
  t.database.db.select().from(jabatan).where(eq(jabatan.instansiId, instansiId))

async function siapkan() {
  const inst = await buatInstansi(t.database)
  const unit = await buatUnor(t.database, { instansiId: inst.id, nama: 'Bidang Anggaran' })
  const a = await buatAkun(t.database, { instansiId: inst.id, peran: ['admin_instansi'] })
  return { inst, unit, c: client(t.app, await login(t.app, a.username, PASSWORD)) }
}

describe('jabatan', () => {
  it('creates, lists, searches, paginates and updates positions, audited', async () => {
    const { inst, unit, c } = await siapkan()
    const kepala = await c.post(`${V}/jabatan`, {
      nama: 'Kepala Bidang Anggaran',
      jenis: 'administrator',
      unorId: unit.id,
      isKepala: true,
      kode: 'KB-ANG',
    })
    expect(kepala.statusCode).toBe(201)
    expect(kepala.json()).toMatchObject({
      instansiId: inst.id,
      unor: { id: unit.id, nama: 'Bidang Anggaran' },
      isKepala: true,
      jenjang: null,
    })
    const jf = await c.post(`${V}/jabatan`, {
      nama: 'Analis Anggaran',
      jenis: 'fungsional',
      jenjang: 'ahli_muda',
      unorId: unit.id,
    })
    expect(jf.statusCode).toBe(201)
    for (let i = 0; i < 3; i++)
      await c.post(`${V}/jabatan`, { nama: `Pengadministrasi Umum ${i}`, jenis: 'pelaksana' })

    const page = await c.get(`${V}/jabatan?pageSize=2&page=2`)
    expect(page.json()).toMatchObject({ total: 5, page: 2, pageSize: 2 })
    expect(page.json().items).toHaveLength(2)
    expect((await c.get(`${V}/jabatan?q=analis`)).json().items.map((j: { nama: string }) => j.nama)).toEqual([
      'Analis Anggaran',
    ])
    expect((await c.get(`${V}/jabatan?q=KB-`)).json().items.map((j: { id: string }) => j.id)).toEqual([
      kepala.json().id,
    ])
    expect((await c.get(`${V}/jabatan?unorId=${unit.id}`)).json().total).toBe(2)
    expect((await c.get(`${V}/jabatan?jenis=fungsional`)).json().total).toBe(1)
    expect((await c.get(`${V}/jabatan?q=50%25`)).json().total).toBe(0)

    const upd = await c.patch(`${V}/jabatan/${jf.json().id}`, {
      nama: 'Analis Anggaran Ahli Muda',
      jenjang: 'ahli_madya',
    })
    expect(upd.json()).toMatchObject({
      nama: 'Analis Anggaran Ahli Muda',
      jenjang: 'ahli_madya',
      jenis: 'fungsional',
    })
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.entitasId, jf.json().id))
    expect(audit.map((a) => a.aksi).sort()).toEqual(['buat', 'ubah'])
  })

  it('requires jenjang for fungsional and forbids it otherwise (400 on jenjang, nothing written)', async () => {
    const { inst, c } = await siapkan()
    const tanpa = await c.post(`${V}/jabatan`, { nama: 'Pranata Komputer', jenis: 'fungsional' })
    expect(tanpa.statusCode).toBe(400)
    expect(tanpa.json().errors).toEqual([
      { path: 'jenjang', message: 'Jenjang wajib diisi untuk jabatan fungsional' },
    ])
    const salah = await c.post(`${V}/jabatan`, {
      nama: 'Kepala Seksi',
      jenis: 'pengawas',
      jenjang: 'ahli_muda',
    })
    expect(salah.json().errors[0].path).toBe('jenjang')
    const enumSalah = await c.post(`${V}/jabatan`, { nama: 'X Y', jenis: 'menteri' })
    expect(enumSalah.json().errors[0].path).toBe('jenis')
    expect(await jabatanInstansi(inst.id)).toHaveLength(0)

    const pel = await c.post(`${V}/jabatan`, {
      nama: 'Pranata Komputer',
      jenis: 'fungsional',
      jenjang: 'terampil',
    })
    const jadiPelaksana = await c.patch(`${V}/jabatan/${pel.json().id}`, { jenis: 'pelaksana' })
    expect(jadiPelaksana.json()).toMatchObject({ jenis: 'pelaksana', jenjang: null })
    const jadiFungsional = await c.patch(`${V}/jabatan/${pel.json().id}`, { jenis: 'fungsional' })
    expect(jadiFungsional.statusCode).toBe(400)
    expect(jadiFungsional.json().errors[0].path).toBe('jenjang')
  })

  it('allows one head position per unit; a head needs a unit', async () => {
    const { unit, c } = await siapkan()
    expect(
      (
        await c.post(`${V}/jabatan`, {
          nama: 'Kepala Bidang',
          jenis: 'administrator',
          unorId: unit.id,
          isKepala: true,
        })
      ).statusCode,
    ).toBe(201)
    const kedua = await c.post(`${V}/jabatan`, {
      nama: 'Kepala Bidang 2',
      jenis: 'administrator',
      unorId: unit.id,
      isKepala: true,
    })
    expect(kedua.statusCode).toBe(409)
    expect(kedua.json()).toMatchObject({ code: 'JABATAN.KEPALA_SUDAH_ADA', errors: [{ path: 'isKepala' }] })
    const staf = await c.post(`${V}/jabatan`, { nama: 'Staf Bidang', jenis: 'pelaksana', unorId: unit.id })
    expect((await c.patch(`${V}/jabatan/${staf.json().id}`, { isKepala: true })).statusCode).toBe(409)
    const tanpaUnit = await c.post(`${V}/jabatan`, {
      nama: 'Kepala Entah',
      jenis: 'administrator',
      isKepala: true,
    })
    expect(tanpaUnit.json().errors[0].path).toBe('unorId')
  })

  it('refuses a unit of another instansi and refuses moving a position that has been held', async () => {
    const { inst, unit, c } = await siapkan()
    const lain = await buatInstansi(t.database)
    const unitLain = await buatUnor(t.database, { instansiId: lain.id })
    const res = await c.post(`${V}/jabatan`, { nama: 'Analis', jenis: 'pelaksana', unorId: unitLain.id })
    expect(res.statusCode).toBe(400)
    expect(res.json().errors[0].path).toBe('unorId')
    const dipakai = await buatPegawai(t.database, { instansiId: inst.id, unorId: unit.id })
    const unit2 = await buatUnor(t.database, { instansiId: inst.id })
    const pindah = await c.patch(`${V}/jabatan/${dipakai.jabatan.id}`, { unorId: unit2.id })
    expect(pindah.statusCode).toBe(409)
    expect(pindah.json()).toMatchObject({ code: 'JABATAN.SUDAH_DIPAKAI', errors: [{ path: 'unorId' }] })
  })
})
