import { randomUUID } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditLog } from '../src/db/schema/index.ts'
import { SKP_AKSI } from '../src/domain/skp-workflow.ts'
import { ENTITAS_DIKENAL, objekAudit } from '../src/modules/audit/audit.repository.ts'
import type { AuditView } from '../src/shared/audit.ts'
import { JENIS_IMPOR } from '../src/shared/enums.ts'
import pesanAudit from '../src/web/src/features/audit/i18n.ts'
import { client, createTestApp, login, type TestApp } from './helpers/app.ts'
import { buatAkun, PASSWORD } from './helpers/factories.ts'
import { buatPohon, buatSkp, masuk } from './helpers/skp-factories.ts'

/** Issue 6, item 21: every audit row names its object by name, with a link, resolved on the server. */
let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const V = '/api/v1'
const Y = new Date().getFullYear()

async function baris(c: ReturnType<typeof client>, query: string) {
  const res = await c.get(`${V}/audit?pageSize=200&${query}`)
  expect(res.statusCode, res.body).toBe(200)
  return res.json<{ items: AuditView[] }>().items
}

describe('audit rows carry the object name and link', () => {
  it('names units, positions, pegawai, assignments, overrides, accounts and SKPs; a deleted one says so', async () => {
    const p = await buatPohon(t.database, { tahun: [Y] })
    const c = client(t.app, await masuk(t.app, p.admin))
    const unit = (await c.post(`${V}/unor`, { nama: 'Bidang Arsip', parentId: p.akar.id })).json()
    const jab = (
      await c.post(`${V}/jabatan`, {
        nama: 'Arsiparis',
        jenis: 'fungsional',
        jenjang: 'ahli_pertama',
        unorId: unit.id,
      })
    ).json()
    const peg = (
      await c.post(`${V}/pegawai`, {
        nip: '198805052010012001',
        nama: 'Rani Arsip',
        jenisAsn: 'pns',
        penugasan: { jabatanId: jab.id, mulai: '2020-01-01' },
      })
    ).json()
    const override = async (mulai: string) =>
      (
        await c.post(`${V}/pegawai/${peg.id}/atasan-override`, {
          atasanPegawaiId: p.kepala.pegawai.id,
          mulai,
          alasan: 'Uji nama objek',
        })
      ).json<{ id: string }>()
    // one that began in the past is ended (kept); one that starts in the future is deleted
    const berjalan = await override('2020-01-01')
    expect((await c.delete(`${V}/atasan-override/${berjalan.id}`)).statusCode).toBe(200)
    const rencana = await override(`${Y + 1}-01-01`)
    expect((await c.delete(`${V}/atasan-override/${rencana.id}`)).statusCode).toBe(200)
    await c.post(`${V}/pegawai/${peg.id}/reset-password`)
    // an SKP submitted through the API by its owner
    const s = await buatSkp(t.database, p.staf, { tahun: Y })
    const staf = client(t.app, await masuk(t.app, p.staf.akun))
    await staf.post(`${V}/skp/${s.skp.id}/tarik`, {})

    const items = await baris(c, `instansiId=${p.instansi.id}`)
    const objek = (entitas: string, aksi: string) =>
      items.find((i) => i.entitas === entitas && i.aksi === aksi)?.objek
    expect(objek('unor', 'buat')).toEqual({ nama: 'Bidang Arsip', tautan: `/admin/unor?unorId=${unit.id}` })
    expect(objek('jabatan', 'buat')).toEqual({
      nama: 'Arsiparis · Bidang Arsip',
      tautan: `/admin/unor?unorId=${unit.id}`,
    })
    expect(objek('pegawai', 'buat')).toEqual({ nama: 'Rani Arsip', tautan: `/admin/pegawai/${peg.id}` })
    expect(objek('penugasan', 'buat')).toEqual({
      nama: 'Arsiparis · Rani Arsip',
      tautan: `/admin/pegawai/${peg.id}`,
    })
    const namaOverride = { nama: 'Rani Arsip → Kepala Bidang', tautan: `/admin/pegawai/${peg.id}` }
    const barisOverride = (id: string) =>
      items
        .filter((i) => i.entitasId === id)
        .map((i) => [i.aksi, i.objek])
        .sort()
    expect(barisOverride(berjalan.id)).toEqual([
      ['akhiri', namaOverride],
      ['buat', namaOverride],
    ])
    // the deleted one: the rows keep the type and say the object is gone (objek null)
    expect(barisOverride(rencana.id)).toEqual([
      ['buat', null],
      ['hapus', null],
    ])
    const akunRani = objek('akun', 'reset_password')
    expect(akunRani?.tautan).toBe(`/admin/pegawai/${peg.id}`)
    expect(akunRani?.nama).toContain('(198805052010012001)')
    // no row of this instansi that names a living object is left without a name
    const tanpaNama = items.filter((i) => i.entitasId && !i.objek && i.entitasId !== rencana.id)
    expect(tanpaNama.map((i) => `${i.aksi} ${i.entitas}`)).toEqual([])

    // the SKP's own rows (created by the factory without an actor, withdrawn by its owner)
    const skpBaris = await baris(c, `instansiId=${p.instansi.id}&entitas=skp&entitasId=${s.skp.id}`)
    expect(skpBaris.length).toBeGreaterThan(0)
    for (const r of skpBaris)
      expect(r.objek).toEqual({ nama: `SKP ${Y} · Staf Satu`, tautan: `/skp/${s.skp.id}` })
  })

  it("an id that names nothing (or another instansi's object) gets no name; the national admin sees every name", async () => {
    const a = await buatPohon(t.database)
    const b = await buatPohon(t.database)
    // a row in A that (wrongly) names B's pegawai, and one naming nothing at all
    await t.database.db.insert(auditLog).values([
      { instansiId: a.instansi.id, aksi: 'ubah', entitas: 'pegawai', entitasId: b.staf.pegawai.id },
      { instansiId: a.instansi.id, aksi: 'ubah', entitas: 'pegawai', entitasId: 'bukan-uuid' },
      { instansiId: a.instansi.id, aksi: 'ubah', entitas: 'rhk', entitasId: crypto.randomUUID() },
      { instansiId: b.instansi.id, aksi: 'ubah', entitas: 'pegawai', entitasId: b.staf.pegawai.id },
    ])
    const adminA = client(t.app, await masuk(t.app, a.admin))
    const itemsA = await baris(adminA, 'aksi=ubah')
    expect(itemsA).toHaveLength(3)
    expect(itemsA.map((i) => i.objek)).toEqual([null, null, null])

    const nasional = await buatAkun(t.database, { peran: ['admin_nasional'] })
    const n = client(t.app, await login(t.app, nasional.username, PASSWORD))
    const itemsB = await baris(n, `instansiId=${b.instansi.id}&aksi=ubah&entitas=pegawai`)
    expect(itemsB.map((i) => i.objek)).toEqual([
      { nama: 'Staf Satu', tautan: `/admin/pegawai/${b.staf.pegawai.id}` },
    ])
  })
})

/** Every `.ts` file under a folder (tests excluded). */
function sumber(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name)
    if (d.isDirectory()) return sumber(p)
    return d.name.endsWith('.ts') && !d.name.endsWith('.test.ts') ? [p] : []
  })
}

describe('every action and entity the server writes is named', () => {
  const kode = sumber('src/modules').map((f) => readFileSync(f, 'utf8'))
  const tertulis = (re: RegExp) => [...new Set(kode.flatMap((k) => [...k.matchAll(re)].map((m) => m[1])))]
  // literal writes (aksi: 'buat'); the SKP workflow writes its action (SKP_AKSI); unit changes and imports
  // name theirs by a rule (unor.service aksiUbah, impor_<jenis>)
  const aksi = [
    ...tertulis(/catatAudit\([^)]*?aksi: '([a-z_]+)'/gs),
    ...tertulis(/\baksi: '([a-z_]+)',\s*entitas:/g),
    ...SKP_AKSI,
    ...tertulis(/return '(aktifkan|nonaktifkan|pindah)'/g),
    ...tertulis(/input\.aktif \? '([a-z_]+)' : '[a-z_]+'/g),
    ...tertulis(/input\.aktif \? '[a-z_]+' : '([a-z_]+)'/g),
    ...JENIS_IMPOR.map((j) => `impor_${j}`),
  ]
  const entitas = tertulis(/entitas: '([a-z_]+)'/g)

  it('the scan finds the known writes', () => {
    expect(aksi).toEqual(
      expect.arrayContaining(['buat', 'login', 'tambah_anggota', 'ubah_ekspektasi', 'nonaktifkan', 'pindah']),
    )
    expect(entitas).toEqual(expect.arrayContaining(['skp', 'pegawai', 'unor', 'peran_hasil']))
  })

  it('every name lookup is a valid query (an id that names nothing answers no name)', async () => {
    const items = ENTITAS_DIKENAL.map((entitas) => ({ entitas, entitasId: randomUUID() }))
    expect((await objekAudit(t.database.db, randomUUID(), items)).size).toBe(0)
    expect((await objekAudit(t.database.db, undefined, items)).size).toBe(0)
  })

  it.each(['id', 'en'] as const)('every action has a label (%s)', (bahasa) => {
    const label = pesanAudit[bahasa].aksi as Record<string, string>
    expect(aksi.filter((a) => !label[a])).toEqual([])
  })

  it.each(['id', 'en'] as const)('every entity type has a label (%s) and a name lookup', (bahasa) => {
    const label = pesanAudit[bahasa].entitas as Record<string, string>
    expect(entitas.filter((e) => !label[e])).toEqual([])
    expect(entitas.filter((e) => !ENTITAS_DIKENAL.includes(e))).toEqual([])
  })
})
