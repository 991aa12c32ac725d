import { and, eq, inArray, isNull } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { peranHasil, rhk, skp, timKerja, timKerjaAnggota } from '../src/db/schema/index.ts'
import { DEMO_AKUN, DEMO_PASSWORD, seedDemo, type SeedDemoHasil } from '../src/db/seed/index.ts'
import { seedSkpDemo, type SkpDemoHasil } from '../src/db/seed/skp-demo.ts'
import { cekTimKerja } from '../src/modules/skp/rhk.repository.ts'
import { cariPenilai } from '../src/modules/pegawai/penilai.service.ts'
import { client, createTestApp, login, type TestApp } from './helpers/app.ts'

let t: TestApp
let demo: SeedDemoHasil
let hasil: SkpDemoHasil
const Y = new Date().getFullYear()

beforeAll(async () => {
  t = await createTestApp()
  demo = await seedDemo(t.database)
  hasil = await seedSkpDemo(t.database, demo.kabupaten, Y)
})
afterAll(() => t.close())

const skpInstansi = () =>
  t.database.db.select().from(skp).where(eq(skp.instansiId, demo.kabupaten.instansiId))

describe('seedSkpDemo', () => {
  it('writes SKPs of two whole dinas in every state', async () => {
    expect(hasil.jumlah.skp).toBeGreaterThan(100)
    for (const status of ['draft', 'diajukan', 'disetujui', 'dikembalikan'] as const)
      expect(hasil.perStatus[status]).toBeGreaterThan(0)
    const rows = await skpInstansi()
    expect(rows).toHaveLength(hasil.jumlah.skp)
    const kode = new Map(demo.kabupaten.pegawai.map((p) => [p.pegawaiId, p.unorKode]))
    const dinas = new Set(rows.map((r) => kode.get(r.pegawaiId)!.split('.')[0]))
    expect(dinas).toEqual(new Set(['SETDA', 'DISDIK', 'DINKES']))
    expect(rows.filter((r) => r.status === 'dikembalikan').every((r) => !!r.catatanPengembalian)).toBe(true)
  })

  it('cascades from the top leader: every other RHK intervenes an RHK of its penilai’s approved SKP', async () => {
    const rows = await skpInstansi()
    const perId = new Map(rows.map((r) => [r.id, r]))
    const rhkRows = await t.database.db
      .select()
      .from(rhk)
      .where(eq(rhk.instansiId, demo.kabupaten.instansiId))
    const rhkPerId = new Map(rhkRows.map((r) => [r.id, r]))
    const top = rows.find((r) => r.pegawaiId === demo.kabupaten.pimpinanTertinggiPegawaiId)!
    expect(top.status).toBe('disetujui')
    for (const r of rhkRows) {
      const milik = perId.get(r.skpId)!
      if (milik.id === top.id) {
        expect(r.intervensiRhkId).toBeNull()
        continue
      }
      const induk = rhkPerId.get(r.intervensiRhkId!)!
      const skpInduk = perId.get(induk.skpId)!
      expect(skpInduk.pegawaiId).toBe(milik.penilaiPegawaiId)
      expect(skpInduk.status).toBe('disetujui')
    }
  })

  it('stores the same penilai and snapshot the SKP module would', async () => {
    const rows = await skpInstansi()
    for (const r of rows.filter((_, i) => i % 15 === 0)) {
      const info = await cariPenilai(t.database.db, r.instansiId, r.pegawaiId, `${Y}-06-30`)
      expect(r.penilaiPegawaiId).toBe(info.penilai?.pegawaiId ?? null)
      expect((r.snapshot as { pegawai: { nip: string } }).pegawai.nip).toBe(info.pegawai?.nip)
    }
  })

  it('has one Matriks Peran Hasil cell and one Tim Kerja with a member still missing a team IKI', async () => {
    const [cell] = await t.database.db.select().from(peranHasil).where(eq(peranHasil.id, hasil.peranHasilId!))
    const [bawahan] = await t.database.db.select().from(rhk).where(eq(rhk.id, cell.rhkBawahanId!))
    expect(bawahan.intervensiRhkId).toBe(cell.rhkAtasanId)
    const [tim] = await t.database.db.select().from(timKerja).where(eq(timKerja.id, hasil.timKerjaId!))
    const anggota = await t.database.db
      .select()
      .from(timKerjaAnggota)
      .where(eq(timKerjaAnggota.timKerjaId, tim.id))
    expect(anggota.length).toBeGreaterThanOrEqual(3)
    const skpAnggota = await t.database.db
      .select()
      .from(skp)
      .where(
        and(
          inArray(
            skp.pegawaiId,
            anggota.map((a) => a.pegawaiId),
          ),
          eq(skp.tahun, Y),
        ),
      )
    const cek = await Promise.all(skpAnggota.map((s) => cekTimKerja(t.database.db, s.instansiId, s.id)))
    const terpenuhi = cek.map((c) => c.find((x) => x.timKerjaId === tim.id)?.terpenuhi)
    expect(terpenuhi.filter((x) => x === true).length).toBe(3)
    expect(terpenuhi).toContain(false)
  })

  it('the Sekda sees the alignment tree down to the staff, and the Dukcapil kepala dinas can cascade from her', async () => {
    const sesi = await login(t.app, DEMO_AKUN.sekda.username, DEMO_PASSWORD)
    const top = (await skpInstansi()).find((r) => r.pegawaiId === demo.kabupaten.pimpinanTertinggiPegawaiId)!
    const res = await client(t.app, sesi).get(`/api/v1/skp/${top.id}/keselarasan`)
    expect(res.statusCode).toBe(200)
    const kedalaman = (nodes: { anak: unknown[] }[]): number =>
      nodes.length === 0 ? 0 : 1 + Math.max(...nodes.map((n) => kedalaman(n.anak as { anak: unknown[] }[])))
    expect(
      Math.max(...res.json().items.map((i: { bawah: { anak: unknown[] }[] }) => kedalaman(i.bawah))),
    ).toBeGreaterThanOrEqual(4)
    const tanpa = await t.database.db
      .select()
      .from(rhk)
      .where(and(eq(rhk.skpId, top.id), isNull(rhk.intervensiRhkId)))
    expect(tanpa.length).toBeGreaterThan(0)

    const kadis = client(t.app, await login(t.app, DEMO_AKUN.kepalaDinas.username, DEMO_PASSWORD))
    const baru = await kadis.post('/api/v1/skp', { tahun: Y, pendekatan: 'kuantitatif', varian: 'jpt' })
    expect(baru.statusCode).toBe(201)
    const kandidat = (await kadis.get(`/api/v1/skp/${baru.json().id}/kandidat-intervensi`)).json()
    expect(kandidat.alasanKosong).toBeNull()
    expect(kandidat.kandidat.map((k: { rhkId: string }) => k.rhkId).sort()).toEqual(
      tanpa.map((r) => r.id).sort(),
    )
  })
})
