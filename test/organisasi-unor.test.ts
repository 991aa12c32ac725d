import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditLog, penugasan, unor } from '../src/db/schema/index.ts'
import { client, createTestApp, login, type TestApp } from './helpers/app.ts'
import { buatAkun, buatInstansi, buatPegawai, buatUnor, PASSWORD } from './helpers/factories.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const V = '/api/v1'
async function admin(
  instansiId: string | null,
  peran: 'admin_instansi' | 'admin_nasional' = 'admin_instansi',
  lang?: 'en',
) {
  const a = await buatAkun(t.database, { instansiId, peran: [peran] })
  return client(t.app, await login(t.app, a.username, PASSWORD), lang)
}
const auditUntuk = (id: string) => t.database.db.select().from(auditLog).where(eq(auditLog.entitasId, id))
const unorInstansi = (instansiId: string) =>
  t.database.db.select().from(unor).where(eq(unor.instansiId, instansiId))

/** A small tree: dinas → bidang → seksi. */
async function pohon() {
  const inst = await buatInstansi(t.database)
  const dinas = await buatUnor(t.database, { instansiId: inst.id, nama: 'Dinas Pendidikan' })
  const bidang = await buatUnor(t.database, { instansiId: inst.id, parentId: dinas.id, nama: 'Bidang SD' })
  const seksi = await buatUnor(t.database, {
    instansiId: inst.id,
    parentId: bidang.id,
    nama: 'Seksi Kurikulum',
  })
  return { inst, dinas, bidang, seksi, c: await admin(inst.id) }
}

describe('unor tree', () => {
  it('creates units, lists the flat tree with head holder and headcount, and shows the path', async () => {
    const { inst, c } = await pohon()
    const root = await c.post(`${V}/unor`, {
      nama: 'Badan Kepegawaian',
      kode: 'BKPSDM',
      namaJabatanKepala: 'Kepala Badan',
    })
    expect(root.statusCode).toBe(201)
    const child = await c.post(`${V}/unor`, { nama: 'Bidang Mutasi', parentId: root.json().id })
    expect(child.statusCode).toBe(201)
    expect(child.json()).toMatchObject({
      instansiId: inst.id,
      parentId: root.json().id,
      aktif: true,
      kepala: null,
    })
    const kepala = await buatPegawai(t.database, {
      instansiId: inst.id,
      unorId: child.json().id,
      isKepala: true,
      nama: 'Siti Aminah',
    })
    await buatPegawai(t.database, { instansiId: inst.id, unorId: child.json().id })

    const list = await c.get(`${V}/unor`)
    expect(list.statusCode).toBe(200)
    const node = list.json().items.find((u: { id: string }) => u.id === child.json().id)
    expect(node.kepala).toEqual({
      pegawaiId: kepala.pegawai.id,
      nama: 'Siti Aminah',
      nip: kepala.pegawai.nip,
      jenis: 'definitif',
    })
    expect(node.jumlahPegawai).toBe(2)
    expect(list.json().items).toHaveLength(5)

    const detail = await c.get(`${V}/unor/${child.json().id}`)
    expect(detail.json().jalur).toEqual([{ id: root.json().id, nama: 'Badan Kepegawaian' }])
    expect((await auditUntuk(root.json().id)).map((a) => a.aksi)).toEqual(['buat'])
  })

  it('shows a Plt as head when the head position has no definitif holder', async () => {
    const { inst, bidang, c } = await pohon()
    const plt = await buatPegawai(t.database, {
      instansiId: inst.id,
      unorId: bidang.id,
      isKepala: true,
      jenisPenugasan: 'plt',
    })
    const res = await c.get(`${V}/unor/${bidang.id}`)
    expect(res.json().kepala).toMatchObject({ pegawaiId: plt.pegawai.id, jenis: 'plt' })
  })

  it('renames and changes kode and namaJabatanKepala, audited with before/after', async () => {
    const { seksi, c } = await pohon()
    const res = await c.patch(`${V}/unor/${seksi.id}`, {
      nama: 'Seksi Kurikulum SD',
      kode: 'K-01',
      namaJabatanKepala: 'Kepala Seksi',
    })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({
      nama: 'Seksi Kurikulum SD',
      kode: 'K-01',
      namaJabatanKepala: 'Kepala Seksi',
    })
    const [a] = await auditUntuk(seksi.id)
    expect(a).toMatchObject({
      aksi: 'ubah',
      entitas: 'unor',
      sebelum: { nama: 'Seksi Kurikulum' },
      sesudah: { nama: 'Seksi Kurikulum SD' },
    })
  })

  it('refuses a duplicate kode in the same instansi with 409 on kode', async () => {
    const { dinas, bidang, c } = await pohon()
    expect((await c.patch(`${V}/unor/${dinas.id}`, { kode: 'D1' })).statusCode).toBe(200)
    const res = await c.patch(`${V}/unor/${bidang.id}`, { kode: 'D1' })
    expect(res.statusCode).toBe(409)
    expect(res.json().errors[0].path).toBe('kode')
  })
})

describe('unor move', () => {
  it('moves a unit to another parent (aksi pindah)', async () => {
    const { dinas, seksi, c } = await pohon()
    const res = await c.patch(`${V}/unor/${seksi.id}`, { parentId: dinas.id })
    expect(res.statusCode).toBe(200)
    expect(res.json().parentId).toBe(dinas.id)
    expect((await auditUntuk(seksi.id))[0].aksi).toBe('pindah')
  })

  it('refuses a move under itself or its own descendant with 400 on parentId, changing nothing', async () => {
    const { inst, dinas, bidang, seksi, c } = await pohon()
    for (const parentId of [dinas.id, bidang.id, seksi.id]) {
      const res = await c.patch(`${V}/unor/${dinas.id}`, { parentId, nama: 'Nama Baru' })
      expect(res.statusCode).toBe(400)
      expect(res.json().code).toBe('UNOR.SIKLUS')
      expect(res.json().errors).toEqual([{ path: 'parentId', message: expect.stringMatching(/sendiri/) }])
    }
    const rows = await unorInstansi(inst.id)
    expect(rows.find((u) => u.id === dinas.id)).toMatchObject({ parentId: null, nama: 'Dinas Pendidikan' })
    expect(await auditUntuk(dinas.id)).toHaveLength(0)
  })

  it('refuses a parent in another instansi with 400, in English when asked', async () => {
    const { bidang, inst } = await pohon()
    const lain = await pohon()
    const c = await admin(inst.id, 'admin_instansi', 'en')
    const move = await c.patch(`${V}/unor/${bidang.id}`, { parentId: lain.dinas.id })
    expect(move.statusCode).toBe(400)
    expect(move.json().errors).toEqual([
      { path: 'parentId', message: 'Parent unit not found in this agency.' },
    ])
    const create = await c.post(`${V}/unor`, { nama: 'Unit Asing', parentId: lain.dinas.id })
    expect(create.statusCode).toBe(400)
    expect(create.json().errors[0].path).toBe('parentId')
    expect((await unorInstansi(inst.id)).map((u) => u.nama)).not.toContain('Unit Asing')
  })
})

describe('unor deactivation', () => {
  it('refuses while the unit has active pegawai, then while it has active sub-units', async () => {
    const { inst, bidang, seksi, c } = await pohon()
    const p = await buatPegawai(t.database, { instansiId: inst.id, unorId: seksi.id })
    const withPegawai = await c.patch(`${V}/unor/${seksi.id}`, { aktif: false })
    expect(withPegawai.statusCode).toBe(409)
    expect(withPegawai.json()).toMatchObject({ code: 'UNOR.MASIH_ADA_PEGAWAI', errors: [{ path: 'aktif' }] })
    expect(withPegawai.json().message).toMatch(/1 pegawai aktif/)
    const withChild = await c.patch(`${V}/unor/${bidang.id}`, { aktif: false })
    expect(withChild.statusCode).toBe(409)
    expect(withChild.json().code).toBe('UNOR.MASIH_ADA_SUBUNIT')
    // once the pegawai has moved out (assignment ended yesterday) the unit can close
    await t.database.db
      .update(penugasan)
      .set({ selesai: '2021-01-01' })
      .where(eq(penugasan.id, p.penugasan.id))
    expect((await c.patch(`${V}/unor/${seksi.id}`, { aktif: false })).statusCode).toBe(200)
  })

  it('deactivates an empty unit; no new units under it; reactivates', async () => {
    const { seksi, c } = await pohon()
    const res = await c.patch(`${V}/unor/${seksi.id}`, { aktif: false })
    expect(res.statusCode).toBe(200)
    expect(res.json().aktif).toBe(false)
    expect((await auditUntuk(seksi.id))[0].aksi).toBe('nonaktifkan')
    const under = await c.post(`${V}/unor`, { nama: 'Sub Seksi', parentId: seksi.id })
    expect(under.statusCode).toBe(400)
    expect(under.json().code).toBe('UNOR.INDUK_NONAKTIF')
    expect((await c.patch(`${V}/unor/${seksi.id}`, { aktif: true })).json().aktif).toBe(true)
  })
})

describe('unor bad input', () => {
  it('400 with field paths and nothing written', async () => {
    const { inst, c } = await pohon()
    const before = (await unorInstansi(inst.id)).length
    const res = await c.post(`${V}/unor`, { nama: '', parentId: 'bukan-uuid' })
    expect(res.statusCode).toBe(400)
    expect(
      res
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['nama', 'parentId'])
    expect((await unorInstansi(inst.id)).length).toBe(before)
    expect((await client(t.app).get(`${V}/unor`)).statusCode).toBe(401)
  })

  it('a national admin must name the instansi for the tree and for a create', async () => {
    const { inst } = await pohon()
    const nas = await admin(null, 'admin_nasional')
    expect((await nas.get(`${V}/unor`)).json().errors[0].path).toBe('instansiId')
    expect((await nas.post(`${V}/unor`, { nama: 'Unit Nasional' })).json().errors[0].path).toBe('instansiId')
    const ok = await nas.post(`${V}/unor`, { nama: 'Unit Nasional', instansiId: inst.id })
    expect(ok.statusCode).toBe(201)
    expect((await nas.get(`${V}/unor?instansiId=${inst.id}`)).json().items).toHaveLength(4)
  })
})
