import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditLog } from '../src/db/schema/index.ts'
import { client, createTestApp, login, type TestApp } from './helpers/app.ts'
import { buatAkun, buatInstansi, buatPegawai, buatUnor, PASSWORD } from './helpers/factories.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const V = '/api/v1'
/** The audit date filter reads calendar days in WIB (UTC+7). */
import { hariIni as hariIniWib } from '../src/server/clock.ts'

async function admin(
  instansiId: string | null,
  peran: 'admin_instansi' | 'admin_nasional' = 'admin_instansi',
) {
  const a = await buatAkun(t.database, { instansiId, peran: [peran] })
  return { akun: a, c: client(t.app, await login(t.app, a.username, PASSWORD)) }
}

let urut = 0
/** Every write endpoint of this module, once, through the API. */
async function semuaTulis(c: ReturnType<typeof client>, instansiId: string) {
  const unit = (await c.post(`${V}/unor`, { nama: 'Bidang Audit' })).json()
  await c.patch(`${V}/unor/${unit.id}`, { nama: 'Bidang Audit Internal' })
  const kepala = (
    await c.post(`${V}/jabatan`, {
      nama: 'Kepala Bidang Audit',
      jenis: 'administrator',
      unorId: unit.id,
      isKepala: true,
    })
  ).json()
  const staf = (
    await c.post(`${V}/jabatan`, {
      nama: 'Auditor',
      jenis: 'fungsional',
      jenjang: 'ahli_pertama',
      unorId: unit.id,
    })
  ).json()
  await c.patch(`${V}/jabatan/${staf.id}`, { jenjang: 'ahli_muda' })
  const p = (
    await c.post(`${V}/pegawai`, {
      nip: `19880505201001200${urut++}`,
      nama: 'Rani',
      jenisAsn: 'pns',
      penugasan: { jabatanId: staf.id, mulai: '2020-01-01' },
    })
  ).json()
  await c.patch(`${V}/pegawai/${p.id}`, { golongan: 'III/c' })
  const mutasi = (
    await c.post(`${V}/pegawai/${p.id}/penugasan`, { jabatanId: kepala.id, mulai: '2025-01-01' })
  ).json()
  await c.patch(`${V}/penugasan/${mutasi.id}`, { nomorSk: 'SK-9' })
  const atasan = await buatPegawai(t.database, { instansiId })
  const o = (
    await c.post(`${V}/pegawai/${p.id}/atasan-override`, {
      atasanPegawaiId: atasan.pegawai.id,
      mulai: '2020-01-01',
      alasan: 'Uji audit',
    })
  ).json()
  await c.delete(`${V}/atasan-override/${o.id}`)
  await c.post(`${V}/pegawai/${p.id}/reset-password`)
  return { unit, p }
}

describe('audit trail', () => {
  it('records every write with actor, before/after, IP and request id', async () => {
    const inst = await buatInstansi(t.database)
    const { akun, c } = await admin(inst.id)
    await semuaTulis(c, inst.id)
    const rows = (await c.get(`${V}/audit?pageSize=200`)).json().items as {
      aksi: string
      entitas: string
      aktorAkunId: string
      requestId: string
      ip: string
    }[]
    const pasangan = new Set(rows.map((r) => `${r.entitas}:${r.aksi}`))
    for (const p of [
      'unor:buat',
      'unor:ubah',
      'jabatan:buat',
      'jabatan:ubah',
      'pegawai:buat',
      'akun:buat',
      'pegawai:ubah',
      'penugasan:buat',
      'penugasan:akhiri',
      'penugasan:ubah',
      'atasan_override:buat',
      'atasan_override:akhiri',
      'akun:reset_password',
    ]) {
      expect(pasangan.has(p), p).toBe(true)
    }
    for (const r of rows.filter((x) => x.aksi !== 'login'))
      expect(r).toMatchObject({ aktorAkunId: akun.id, ip: '127.0.0.1', requestId: expect.any(String) })
  })

  it('filters by aksi, entitas, entitasId, actor name and date range; newest first; paginated', async () => {
    const inst = await buatInstansi(t.database)
    const { akun, c } = await admin(inst.id)
    const { unit, p } = await semuaTulis(c, inst.id)
    const get = async (qs: string) => (await c.get(`${V}/audit?${qs}`)).json()
    expect(
      (await get(`entitas=unor&entitasId=${unit.id}`)).items.map((r: { aksi: string }) => r.aksi),
    ).toEqual(['ubah', 'buat'])
    expect((await get('aksi=reset_password')).items).toHaveLength(1)
    expect((await get(`entitasId=${p.id}&entitas=pegawai`)).total).toBe(2)
    const byActor = await get(`aktor=${akun.namaTampilan.slice(5).toLowerCase()}`)
    expect(byActor.total).toBeGreaterThan(10)
    expect((await get('aktor=tidak-ada-orang-ini')).total).toBe(0)
    expect((await get(`dari=${hariIniWib()}&sampai=${hariIniWib()}&entitas=unor`)).total).toBe(2)
    expect((await get('sampai=2000-01-01')).total).toBe(0)
    const all = await get('pageSize=200')
    const times = all.items.map((r: { waktu: string }) => r.waktu)
    expect([...times].sort().reverse()).toEqual(times)
    const page2 = await get('pageSize=3&page=2')
    expect(page2.items.map((r: { id: number }) => r.id)).toEqual(
      all.items.slice(3, 6).map((r: { id: number }) => r.id),
    )
    const bad = await get('dari=2025-02-01&sampai=2025-01-01')
    expect(bad.errors[0].path).toBe('sampai')
  })

  it('an instansi admin sees only their instansi; a national admin sees all or one; others get 403', async () => {
    const a = await buatInstansi(t.database)
    const b = await buatInstansi(t.database)
    const adminA = await admin(a.id)
    const adminB = await admin(b.id)
    await adminA.c.post(`${V}/unor`, { nama: 'Unit A' })
    await adminB.c.post(`${V}/unor`, { nama: 'Unit B' })
    const itemsA = (await adminA.c.get(`${V}/audit?pageSize=200`)).json().items as { instansiId: string }[]
    expect(itemsA.length).toBeGreaterThan(0)
    expect(itemsA.every((r) => r.instansiId === a.id)).toBe(true)
    expect((await adminA.c.get(`${V}/audit?instansiId=${b.id}`)).statusCode).toBe(404)
    const nas = await admin(null, 'admin_nasional')
    const semua = (await nas.c.get(`${V}/audit?pageSize=200&entitas=unor`)).json().items as {
      instansiId: string
    }[]
    expect(semua.some((r) => r.instansiId === a.id) && semua.some((r) => r.instansiId === b.id)).toBe(true)
    const hanyaB = (await nas.c.get(`${V}/audit?instansiId=${b.id}`)).json().items as { instansiId: string }[]
    expect(hanyaB.every((r) => r.instansiId === b.id)).toBe(true)
    const unit = await buatUnor(t.database, { instansiId: a.id })
    const p = await buatPegawai(t.database, { instansiId: a.id, unorId: unit.id })
    const peg = await buatAkun(t.database, {
      instansiId: a.id,
      pegawaiId: p.pegawai.id,
      peran: ['pegawai', 'pimpinan'],
    })
    expect(
      (await client(t.app, await login(t.app, peg.username, PASSWORD)).get(`${V}/audit`)).statusCode,
    ).toBe(403)
  })

  it('keeps audit and change together: a refused write leaves no audit row', async () => {
    const inst = await buatInstansi(t.database)
    const { c } = await admin(inst.id)
    const before = (await t.database.db.select().from(auditLog)).length
    expect(
      (await c.post(`${V}/jabatan`, { nama: 'Jabatan Fungsional', jenis: 'fungsional' })).statusCode,
    ).toBe(400)
    expect((await t.database.db.select().from(auditLog)).length).toBe(before)
  })
})
