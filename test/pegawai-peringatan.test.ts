import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pegawai } from '../src/db/schema/index.ts'
import { bandingkanDenganNip, isValidNip, type PeringatanNip } from '../src/domain/nip.ts'
import { client, createTestApp, login, type TestApp } from './helpers/app.ts'
import { buatAkun, buatInstansi, buatUnor, PASSWORD } from './helpers/factories.ts'
import { barisCsv, csv, instansiDenganAdmin, nipBaru, unggah } from './impor-helpers.ts'

/**
 * DOMAIN.md §1 (issue 6): a birth date or gender that disagrees with the NIP is a stored, visible warning
 * (`peringatanNip`), never an error — on create, update and import alike.
 */
let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const V = '/api/v1'

async function admin() {
  const inst = await buatInstansi(t.database)
  await buatUnor(t.database, { instansiId: inst.id, nama: 'Dinas Kesehatan' })
  const a = await buatAkun(t.database, { instansiId: inst.id, peran: ['admin_instansi'] })
  return { inst, c: client(t.app, await login(t.app, a.username, PASSWORD)) }
}

const simpanan = async (id: string) =>
  (await t.database.db.select().from(pegawai).where(eq(pegawai.id, id)))[0].peringatanNip

describe('peringatanNip', () => {
  it('create: a birth date and gender that disagree with the NIP are accepted, with a stored warning', async () => {
    const { c } = await admin()
    const nip = nipBaru('L', '1990-05-17')
    const res = await c.post(`${V}/pegawai`, {
      nip,
      nama: 'Budi',
      jenisAsn: 'pns',
      tanggalLahir: '1990-05-18',
      jenisKelamin: 'P',
    })
    expect(res.statusCode).toBe(201)
    expect(res.json()).toMatchObject({
      tanggalLahir: '1990-05-18',
      jenisKelamin: 'P',
      peringatanNip: ['TANGGAL_LAHIR', 'JENIS_KELAMIN'],
    })
    const id = res.json().id
    expect((await c.get(`${V}/pegawai/${id}`)).json().peringatanNip).toEqual([
      'TANGGAL_LAHIR',
      'JENIS_KELAMIN',
    ])
    expect(await simpanan(id)).toEqual(['TANGGAL_LAHIR', 'JENIS_KELAMIN'])

    const cocok = await c.post(`${V}/pegawai`, { nip: nipBaru('P'), nama: 'Sari', jenisAsn: 'pns' })
    expect(cocok.json().peringatanNip).toEqual([])
  })

  it('update: a correction that disagrees is kept and warned about; agreeing again clears the warning', async () => {
    const { c } = await admin()
    const nip = nipBaru('L', '1990-05-17')
    const id = (await c.post(`${V}/pegawai`, { nip, nama: 'Budi', jenisAsn: 'pns' })).json().id
    const beda = await c.patch(`${V}/pegawai/${id}`, { tanggalLahir: '1991-01-01' })
    expect(beda.statusCode).toBe(200)
    expect(beda.json()).toMatchObject({ tanggalLahir: '1991-01-01', peringatanNip: ['TANGGAL_LAHIR'] })
    const jk = await c.patch(`${V}/pegawai/${id}`, { tanggalLahir: '1990-05-17', jenisKelamin: 'P' })
    expect(jk.json().peringatanNip).toEqual(['JENIS_KELAMIN'])
    const pulih = await c.patch(`${V}/pegawai/${id}`, { jenisKelamin: 'L' })
    expect(pulih.json().peringatanNip).toEqual([])
    expect(await simpanan(id)).toEqual([])
  })

  it('import: a row whose columns disagree with the NIP is written, with the warning stored', async () => {
    const { instansi, session } = await instansiDenganAdmin(t.app, t.database)
    const nip = nipBaru('L', '1988-02-10')
    const baris = barisCsv({ nip, unor: 'Dinas Komunikasi dan Informatika' })
      .replace(',L,', ',P,')
      .replace('10-02-1988', '11-02-1988')
    const res = await unggah(t.app, session, `${V}/impor/pegawai?instansiId=${instansi.id}`, csv(baris))
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ status: 'selesai', barisDitulis: 1, kesalahan: [] })
    const [row] = await t.database.db.select().from(pegawai).where(eq(pegawai.nip, nip))
    expect(row).toMatchObject({
      jenisKelamin: 'P',
      tanggalLahir: '1988-02-11',
      peringatanNip: ['TANGGAL_LAHIR', 'JENIS_KELAMIN'],
    })
  })

  it('the database column and the domain function give the same answers', async () => {
    const inst = await buatInstansi(t.database)
    const kasus: [string, string, 'L' | 'P'][] = [
      [nipBaru('L', '1990-05-17'), '1990-05-17', 'L'],
      [nipBaru('L', '1990-05-17'), '1990-05-16', 'L'],
      [nipBaru('P', '1988-02-29'), '1988-02-29', 'L'],
      [nipBaru('P', '1979-12-31'), '1980-12-31', 'L'],
      ['199203062022211' + String(Date.now() % 1000).padStart(3, '0'), '1992-03-06', 'L'], // PPPK
    ]
    for (const [nip, tanggalLahir, jenisKelamin] of kasus) {
      const [row] = await t.database.db
        .insert(pegawai)
        .values({ instansiId: inst.id, nip, nama: 'Uji', jenisKelamin, tanggalLahir, jenisAsn: 'pns' })
        .returning()
      const harap: PeringatanNip[] = bandingkanDenganNip(nip, { tanggalLahir, jenisKelamin })
      expect(isValidNip(nip)).toBe(true)
      expect(row.peringatanNip, `${nip} ${tanggalLahir} ${jenisKelamin}`).toEqual(harap)
    }
  })
})
