import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditLog, penugasan } from '../src/db/schema/index.ts'
import { client, createTestApp, login, type TestApp } from './helpers/app.ts'
import { buatAkun, buatInstansi, buatPegawai, buatUnor, PASSWORD } from './helpers/factories.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const V = '/api/v1'
const penugasanPegawai = (pegawaiId: string) =>
  t.database.db.select().from(penugasan).where(eq(penugasan.pegawaiId, pegawaiId))

/** Staff in unit A (definitif since 2020-01-01); unit B with a staff position and a head position. */
async function siapkan() {
  const inst = await buatInstansi(t.database)
  const a = await buatUnor(t.database, { instansiId: inst.id, nama: 'Bidang A' })
  const b = await buatUnor(t.database, { instansiId: inst.id, nama: 'Bidang B' })
  const staf = await buatPegawai(t.database, { instansiId: inst.id, unorId: a.id })
  const posisiB = await buatPegawai(t.database, { instansiId: inst.id, unorId: b.id })
  const kepalaB = await buatPegawai(t.database, { instansiId: inst.id, unorId: b.id, isKepala: true })
  const admin = await buatAkun(t.database, { instansiId: inst.id, peran: ['admin_instansi'] })
  return {
    inst,
    a,
    b,
    staf,
    posisiB,
    kepalaB,
    c: client(t.app, await login(t.app, admin.username, PASSWORD)),
  }
}

describe('mutasi', () => {
  it('ends the current definitif assignment the day before and keeps the history, newest first', async () => {
    const { b, staf, posisiB, c } = await siapkan()
    const res = await c.post(`${V}/pegawai/${staf.pegawai.id}/penugasan`, {
      jabatanId: posisiB.jabatan.id,
      mulai: '2025-03-01',
      nomorSk: 'SK/25/03',
    })
    expect(res.statusCode).toBe(201)
    expect(res.json()).toMatchObject({
      unor: { id: b.id, nama: 'Bidang B' },
      jenis: 'definitif',
      mulai: '2025-03-01',
      selesai: null,
      aktif: true,
    })
    const hist = (await c.get(`${V}/pegawai/${staf.pegawai.id}/penugasan`)).json().items
    expect(
      hist.map((h: { mulai: string; selesai: string | null; aktif: boolean }) => [
        h.mulai,
        h.selesai,
        h.aktif,
      ]),
    ).toEqual([
      ['2025-03-01', null, true],
      ['2020-01-01', '2025-02-28', false],
    ])
    expect(hist[1]).toMatchObject({
      jabatan: { nama: 'Analis', jenis: 'pelaksana' },
      unor: { nama: 'Bidang A' },
    })
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.entitasId, staf.penugasan.id))
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({
      aksi: 'akhiri',
      sebelum: { selesai: null },
      sesudah: { selesai: '2025-02-28' },
    })
    expect(
      await t.database.db.select().from(auditLog).where(eq(auditLog.entitasId, res.json().id)),
    ).toHaveLength(1)
    const detail = (await c.get(`${V}/pegawai/${staf.pegawai.id}`)).json()
    expect(detail.penugasanSaatIni).toMatchObject({ id: res.json().id, unor: { id: b.id } })
  })

  it('adds a Plt assignment alongside without ending the definitif one', async () => {
    const { staf, kepalaB, c } = await siapkan()
    const res = await c.post(`${V}/pegawai/${staf.pegawai.id}/penugasan`, {
      jabatanId: kepalaB.jabatan.id,
      jenis: 'plt',
      mulai: '2025-06-01',
    })
    expect(res.statusCode).toBe(201)
    expect(res.json()).toMatchObject({ isKepala: true, jenis: 'plt' })
    const rows = await penugasanPegawai(staf.pegawai.id)
    expect(rows.find((r) => r.id === staf.penugasan.id)!.selesai).toBeNull()
    // the definitif position stays the one shown as current
    expect((await c.get(`${V}/pegawai/${staf.pegawai.id}`)).json().penugasanSaatIni.id).toBe(
      staf.penugasan.id,
    )
  })

  it('refuses overlapping definitif assignments with 400 on mulai, writing nothing', async () => {
    const { staf, posisiB, c } = await siapkan()
    for (const mulai of ['2020-01-01', '2019-06-01']) {
      const res = await c.post(`${V}/pegawai/${staf.pegawai.id}/penugasan`, {
        jabatanId: posisiB.jabatan.id,
        mulai,
      })
      expect(res.statusCode).toBe(400)
      expect(res.json()).toMatchObject({ code: 'PENUGASAN.TUMPANG_TINDIH', errors: [{ path: 'mulai' }] })
    }
    // a closed earlier period that ends before the current one starts is fine (back-filled history)
    const lama = await c.post(`${V}/pegawai/${staf.pegawai.id}/penugasan`, {
      jabatanId: posisiB.jabatan.id,
      mulai: '2018-01-01',
      selesai: '2019-12-31',
    })
    expect(lama.statusCode).toBe(201)
    expect(await penugasanPegawai(staf.pegawai.id)).toHaveLength(2)
  })

  it('refuses a jabatan or unit of another instansi and a jabatan of another unit (400 on the field)', async () => {
    const { a, staf, posisiB, c } = await siapkan()
    const lain = await buatInstansi(t.database)
    const asing = await buatPegawai(t.database, { instansiId: lain.id })
    const url = `${V}/pegawai/${staf.pegawai.id}/penugasan`
    const jab = await c.post(url, { jabatanId: asing.jabatan.id, mulai: '2025-01-01' })
    expect(jab.json().errors[0].path).toBe('jabatanId')
    const unit = await c.post(url, {
      jabatanId: posisiB.jabatan.id,
      unorId: asing.unorId,
      mulai: '2025-01-01',
    })
    expect(unit.json().errors[0].path).toBe('unorId')
    const beda = await c.post(url, { jabatanId: posisiB.jabatan.id, unorId: a.id, mulai: '2025-01-01' })
    expect(beda.json()).toMatchObject({ code: 'PENUGASAN.UNOR_BEDA', errors: [{ path: 'unorId' }] })
    const tanggal = await c.post(url, {
      jabatanId: posisiB.jabatan.id,
      mulai: '1-3-2025',
      selesai: '2020-01-01',
    })
    expect(tanggal.json().errors.map((e: { path: string }) => e.path)).toEqual(['mulai'])
    expect(await penugasanPegawai(staf.pegawai.id)).toHaveLength(1)
  })

  it('keeps one definitif holder of a head position at a time', async () => {
    const { staf, kepalaB, c } = await siapkan()
    const res = await c.post(`${V}/pegawai/${staf.pegawai.id}/penugasan`, {
      jabatanId: kepalaB.jabatan.id,
      mulai: '2025-01-01',
    })
    expect(res.statusCode).toBe(409)
    expect(res.json()).toMatchObject({ code: 'PENUGASAN.KEPALA_TERISI', errors: [{ path: 'jabatanId' }] })
    await c.patch(`${V}/penugasan/${kepalaB.penugasan.id}`, { selesai: '2024-12-31' })
    expect(
      (
        await c.post(`${V}/pegawai/${staf.pegawai.id}/penugasan`, {
          jabatanId: kepalaB.jabatan.id,
          mulai: '2025-01-01',
        })
      ).statusCode,
    ).toBe(201)
  })
})

describe('PATCH /penugasan/:id', () => {
  it('sets the end date and SK number; refuses an end before the start and a reopened overlap', async () => {
    const { staf, posisiB, c } = await siapkan()
    const ok = await c.patch(`${V}/penugasan/${staf.penugasan.id}`, {
      selesai: '2024-06-30',
      nomorSk: 'SK-7',
    })
    expect(ok.statusCode).toBe(200)
    expect(ok.json()).toMatchObject({ selesai: '2024-06-30', nomorSk: 'SK-7', aktif: false })
    const sebelum = await c.patch(`${V}/penugasan/${staf.penugasan.id}`, { selesai: '2019-01-01' })
    expect(sebelum.json().errors[0].path).toBe('selesai')
    await c.post(`${V}/pegawai/${staf.pegawai.id}/penugasan`, {
      jabatanId: posisiB.jabatan.id,
      mulai: '2024-07-01',
    })
    const buka = await c.patch(`${V}/penugasan/${staf.penugasan.id}`, { selesai: null })
    expect(buka.statusCode).toBe(400)
    expect(buka.json()).toMatchObject({ code: 'PENUGASAN.TUMPANG_TINDIH', errors: [{ path: 'selesai' }] })
    const [row] = (await penugasanPegawai(staf.pegawai.id)).filter((r) => r.id === staf.penugasan.id)
    expect(row.selesai).toBe('2024-06-30')
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.entitasId, staf.penugasan.id))
    expect(audit.map((x) => x.aksi)).toEqual(['ubah'])
  })
})
