import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hariIni } from '../src/server/clock.ts'
import { client, createTestApp, login, type TestApp } from './helpers/app.ts'
import { buatAkun, buatInstansi, buatPegawai, buatUnor, PASSWORD } from './helpers/factories.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const V = '/api/v1'
let alamat = 0

/**
 * Dinas (Kadis) → Bidang A (Kabid A: staff Ani, Seksi A1 below with Sari) and Bidang B (Kabid B, staff Bayu).
 * DOMAIN §8: a pimpinan drills down to a person — the list behind the Beranda's completion per unit.
 */
async function dunia() {
  const inst = await buatInstansi(t.database)
  const dinas = await buatUnor(t.database, { instansiId: inst.id, nama: 'Dinas' })
  const a = await buatUnor(t.database, { instansiId: inst.id, parentId: dinas.id, nama: 'Bidang A' })
  const a1 = await buatUnor(t.database, { instansiId: inst.id, parentId: a.id, nama: 'Seksi A1' })
  const b = await buatUnor(t.database, { instansiId: inst.id, parentId: dinas.id, nama: 'Bidang B' })
  const orang = (nama: string, unorId: string, isKepala = false) =>
    buatPegawai(t.database, { instansiId: inst.id, unorId, isKepala, nama })
  const kadis = await orang('Kadis', dinas.id, true)
  const kabidA = await orang('Kabid A', a.id, true)
  const kabidB = await orang('Kabid B', b.id, true)
  const ani = await orang('Ani', a.id)
  const sari = await orang('Sari', a1.id)
  await orang('Bayu', b.id)
  const sesi = async (pegawaiId: string) => {
    const akun = await buatAkun(t.database, { instansiId: inst.id, peran: ['pegawai'], pegawaiId })
    alamat += 1
    return client(t.app, await login(t.app, akun.username, PASSWORD, `10.21.0.${alamat}`))
  }
  return {
    inst,
    a,
    a1,
    b,
    ani,
    sari,
    kadis: await sesi(kadis.pegawai.id),
    kabidA: await sesi(kabidA.pegawai.id),
    kabidB: await sesi(kabidB.pegawai.id),
    aniApi: await sesi(ani.pegawai.id),
  }
}

const nama = (res: { json(): { items: { nama: string }[] } }) =>
  res
    .json()
    .items.map((p) => p.nama)
    .sort()

describe('a unit list for those who see the unit from above', () => {
  it.each([
    // who, unit, sub-units, expected status, expected names
    ['Kadis, Bidang A with sub-units', 'kadis', 'a', true, 200, ['Ani', 'Kabid A', 'Sari']],
    ['Kadis, Bidang B', 'kadis', 'b', false, 200, ['Bayu', 'Kabid B']],
    ['Kabid A, own unit only', 'kabidA', 'a', false, 200, ['Ani', 'Kabid A']],
    ['Kabid A, the seksi below', 'kabidA', 'a1', false, 200, ['Sari']],
    ['Kabid B, the sibling Bidang A', 'kabidB', 'a', false, 403, null],
    ['Ani (staff), her own unit', 'aniApi', 'a', false, 403, null],
  ] as const)('%s', async (_label, siapa, unit, sub, status, harapNama) => {
    const w = await dunia()
    const res = await w[siapa].get(
      `${V}/pegawai?instansiId=${w.inst.id}&unorId=${w[unit].id}&termasukSubUnit=${sub}`,
    )
    expect(res.statusCode).toBe(status)
    if (harapNama) expect(nama(res)).toEqual(harapNama)
  })

  it('without a unit the whole instansi stays an admin list (403); another instansi`s unit is 404', async () => {
    const w = await dunia()
    expect((await w.kadis.get(`${V}/pegawai?instansiId=${w.inst.id}`)).statusCode).toBe(403)
    const lain = await dunia()
    const res = await w.kadis.get(`${V}/pegawai?unorId=${lain.a.id}`)
    expect(res.statusCode).toBe(404)
  })

  it('the Beranda filters apply: pegawai of the unit who have no SKP yet', async () => {
    const w = await dunia()
    const tahun = Number(hariIni().slice(0, 4))
    const res = await w.kadis.get(
      `${V}/pegawai?unorId=${w.a.id}&termasukSubUnit=false&statusSkp=belum_ada&tahun=${tahun}`,
    )
    expect(res.statusCode).toBe(200)
    expect(nama(res)).toEqual(['Ani', 'Kabid A'])
  })

  it('bad input: an unknown unit is 404, a malformed one a 400 naming the field', async () => {
    const w = await dunia()
    const unknown = await w.kadis.get(`${V}/pegawai?unorId=00000000-0000-4000-8000-000000000000`)
    expect(unknown.statusCode).toBe(404)
    const bad = await w.kadis.get(`${V}/pegawai?unorId=bukan-uuid`)
    expect(bad.statusCode).toBe(400)
    expect(bad.json().errors[0].path).toBe('unorId')
  })
})
