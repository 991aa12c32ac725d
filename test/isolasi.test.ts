import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { atasanOverride, auditLog, jabatan, pegawai, penugasan, unor } from '../src/db/schema/index.ts'
import { client, createTestApp, login, type TestApp } from './helpers/app.ts'
import { buatAkun, buatInstansi, buatPegawai, buatUnor, PASSWORD } from './helpers/factories.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const V = '/api/v1'

/** One instansi with a unit, a head, a staff member, an override and an admin. */
async function instansiLengkap(nama: string) {
  const inst = await buatInstansi(t.database)
  const unit = await buatUnor(t.database, { instansiId: inst.id, nama: `Unit ${nama}` })
  const kepala = await buatPegawai(t.database, {
    instansiId: inst.id,
    unorId: unit.id,
    isKepala: true,
    nama: `Kepala ${nama}`,
  })
  const staf = await buatPegawai(t.database, { instansiId: inst.id, unorId: unit.id, nama: `Staf ${nama}` })
  const [override] = await t.database.db
    .insert(atasanOverride)
    .values({
      instansiId: inst.id,
      pegawaiId: staf.pegawai.id,
      atasanPegawaiId: kepala.pegawai.id,
      mulai: '2020-01-01',
      alasan: 'Uji isolasi',
    })
    .returning()
  const admin = await buatAkun(t.database, { instansiId: inst.id, peran: ['admin_instansi'] })
  return {
    inst,
    unit,
    kepala,
    staf,
    override,
    c: client(t.app, await login(t.app, admin.username, PASSWORD)),
  }
}

/** Everything an admin of A might try against B's objects: every one must answer 404. */
function seranganKe(b: Awaited<ReturnType<typeof instansiLengkap>>) {
  const p = b.staf.pegawai.id
  return [
    ['GET', `/unor?instansiId=${b.inst.id}`],
    ['GET', `/unor/${b.unit.id}`],
    ['PATCH', `/unor/${b.unit.id}`, { nama: 'Diretas' }],
    ['POST', '/unor', { instansiId: b.inst.id, nama: 'Unit Susupan' }],
    ['GET', `/jabatan?instansiId=${b.inst.id}`],
    ['GET', `/jabatan/${b.staf.jabatan.id}`],
    ['PATCH', `/jabatan/${b.staf.jabatan.id}`, { nama: 'Diretas' }],
    ['POST', '/jabatan', { instansiId: b.inst.id, nama: 'Jabatan Susupan', jenis: 'pelaksana' }],
    ['GET', `/pegawai?instansiId=${b.inst.id}`],
    ['GET', `/pegawai?unorId=${b.unit.id}`],
    ['GET', `/pegawai/${p}`],
    ['PATCH', `/pegawai/${p}`, { nama: 'Diretas' }],
    [
      'POST',
      '/pegawai',
      { instansiId: b.inst.id, nip: '199001012015031999', nama: 'Susupan', jenisAsn: 'pns' },
    ],
    ['POST', `/pegawai/${p}/reset-password`],
    ['GET', `/pegawai/${p}/penugasan`],
    ['POST', `/pegawai/${p}/penugasan`, { jabatanId: b.staf.jabatan.id, mulai: '2025-01-01' }],
    ['PATCH', `/penugasan/${b.staf.penugasan.id}`, { selesai: '2024-01-01' }],
    ['GET', `/pegawai/${p}/atasan`],
    [
      'POST',
      `/pegawai/${p}/atasan-override`,
      { atasanPegawaiId: b.kepala.pegawai.id, mulai: '2030-01-01', alasan: 'Uji isolasi' },
    ],
    ['DELETE', `/atasan-override/${b.override.id}`],
    ['GET', `/audit?instansiId=${b.inst.id}`],
  ] as const
}

async function kirim(c: ReturnType<typeof client>, [method, url, body]: readonly [string, string, object?]) {
  if (method === 'GET') return c.get(V + url)
  if (method === 'DELETE') return c.delete(V + url)
  return method === 'POST' ? c.post(V + url, body) : c.patch(V + url, body)
}

async function potret(b: Awaited<ReturnType<typeof instansiLengkap>>) {
  const db = t.database.db
  return {
    unor: await db.select().from(unor).where(eq(unor.instansiId, b.inst.id)),
    jabatan: await db.select().from(jabatan).where(eq(jabatan.instansiId, b.inst.id)),
    pegawai: await db.select().from(pegawai).where(eq(pegawai.instansiId, b.inst.id)),
    penugasan: await db.select().from(penugasan).where(eq(penugasan.instansiId, b.inst.id)),
    override: await db.select().from(atasanOverride).where(eq(atasanOverride.instansiId, b.inst.id)),
    audit: await db.select().from(auditLog).where(eq(auditLog.instansiId, b.inst.id)),
  }
}

describe('isolation between instansi', () => {
  it('an admin of A gets 404 for every read, update and create aimed at B, and B is unchanged', async () => {
    const a = await instansiLengkap('A')
    const b = await instansiLengkap('B')
    const sebelum = await potret(b)
    for (const serangan of seranganKe(b)) {
      const res = await kirim(a.c, serangan)
      expect(`${serangan[0]} ${serangan[1]} → ${res.statusCode}`).toBe(`${serangan[0]} ${serangan[1]} → 404`)
      expect(res.json().code).toBe('NOT_FOUND')
    }
    const sesudah = await potret(b)
    // B's only new audit rows are the logins of its own admin (none from A)
    expect(sesudah).toEqual({ ...sebelum, audit: sesudah.audit })
    expect(sesudah.audit.filter((r) => r.aksi !== 'login')).toEqual(
      sebelum.audit.filter((r) => r.aksi !== 'login'),
    )
  })

  it("B's rows never appear in A's lists and searches, including a search by B's NIP or name", async () => {
    const a = await instansiLengkap('Alfa')
    const b = await instansiLengkap('Bravo')
    const idsB = new Set([
      b.unit.id,
      b.staf.pegawai.id,
      b.kepala.pegawai.id,
      b.staf.jabatan.id,
      b.kepala.jabatan.id,
    ])
    const lists = [
      '/unor',
      '/jabatan',
      '/jabatan?q=Kepala',
      '/pegawai',
      `/pegawai?q=${b.staf.pegawai.nip}`,
      `/pegawai?q=${b.staf.pegawai.nip.slice(0, 8)}`,
      '/pegawai?q=Bravo',
      '/audit',
    ]
    for (const url of lists) {
      const res = await a.c.get(V + url)
      expect(res.statusCode).toBe(200)
      const items = res.json().items as { id: string; instansiId?: string; entitasId?: string }[]
      for (const item of items) {
        expect(idsB.has(item.id) || idsB.has(String(item.entitasId))).toBe(false)
        if (item.instansiId !== undefined) expect(item.instansiId).toBe(a.inst.id)
      }
    }
    expect((await a.c.get(`${V}/pegawai?q=${b.staf.pegawai.nip}`)).json().total).toBe(0)
    expect((await a.c.get(`${V}/pegawai?q=Alfa`)).json().total).toBe(2)
  })

  it('refuses to link A objects to B objects (400 on the field, nothing written)', async () => {
    const a = await instansiLengkap('A')
    const b = await instansiLengkap('B')
    const cases = [
      ['POST', '/unor', { nama: 'Unit Anak', parentId: b.unit.id }, 'parentId'],
      ['PATCH', `/unor/${a.unit.id}`, { parentId: b.unit.id }, 'parentId'],
      ['POST', '/jabatan', { nama: 'Analis', jenis: 'pelaksana', unorId: b.unit.id }, 'unorId'],
      [
        'POST',
        `/pegawai/${a.staf.pegawai.id}/penugasan`,
        { jabatanId: b.staf.jabatan.id, mulai: '2025-01-01' },
        'jabatanId',
      ],
      [
        'POST',
        `/pegawai/${a.staf.pegawai.id}/atasan-override`,
        { atasanPegawaiId: b.kepala.pegawai.id, mulai: '2030-01-01', alasan: 'Lintas instansi' },
        'atasanPegawaiId',
      ],
    ] as const
    const sebelum = await potret(a)
    for (const [method, url, body, path] of cases) {
      const res = await kirim(a.c, [method, url, body])
      expect(res.statusCode).toBe(400)
      expect(res.json().errors[0].path).toBe(path)
    }
    const sesudah = await potret(a)
    expect({ ...sesudah, audit: [] }).toEqual({ ...sebelum, audit: [] })
  })

  it('a national admin reaches both instansi', async () => {
    const a = await instansiLengkap('A')
    const b = await instansiLengkap('B')
    const nas = await buatAkun(t.database, { peran: ['admin_nasional'] })
    const c = client(t.app, await login(t.app, nas.username, PASSWORD))
    expect((await c.get(`${V}/pegawai/${a.staf.pegawai.id}`)).statusCode).toBe(200)
    expect((await c.get(`${V}/pegawai/${b.staf.pegawai.id}`)).statusCode).toBe(200)
    expect((await c.get(`${V}/pegawai?instansiId=${b.inst.id}`)).json().total).toBe(2)
    expect((await c.get(`${V}/unor?instansiId=${a.inst.id}`)).json().items).toHaveLength(1)
  })
})
