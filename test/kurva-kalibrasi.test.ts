import { and, eq } from 'drizzle-orm'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { auditLog, evaluasi } from '../src/db/schema/index.ts'
import { aturJam } from '../src/server/clock.ts'
import type { KalibrasiGrid, PenetapanDaftar, PenetapanDetail } from '../src/shared/kurva.ts'
import { createTestApp, type TestApp } from './helpers/app.ts'
import { setPredikatOrganisasi } from './helpers/evaluasi-factories.ts'
import { susunKurva } from './helpers/kurva-dunia.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())
afterEach(() => aturJam(undefined))

const Y = 2045
const V = '/api/v1'

async function dunia() {
  aturJam(`${Y}-04-02T02:00:00.000Z`)
  const w = await susunKurva(t, Y)
  await setPredikatOrganisasi(t.database, {
    instansiId: w.p.instansi.id,
    unorId: w.p.bidang.id,
    tahun: Y,
    periode: 'TW1',
    predikat: 'BAIK',
    akunId: w.p.admin.id,
  })
  const e = [
    await w.nilai(w.staf[0], 'SESUAI', 'SESUAI'),
    await w.nilai(w.staf[1], 'SESUAI', 'SESUAI'),
    await w.nilai(w.staf[2], 'DI_ATAS', 'DI_ATAS'),
    await w.nilai(w.staf[3], 'SESUAI', 'SESUAI', 'final'),
  ]
  const grid = `${V}/kalibrasi/${w.p.bidang.id}/${Y}/TW1`
  return { ...w, e, grid }
}

describe('calibration', () => {
  it('the unit head sees every proposed predikat with the curve; the exempt and the head are not rows', async () => {
    const w = await dunia()
    const res = await w.kepala.get(w.grid)
    expect(res.statusCode, res.body).toBe(200)
    const g = res.json<KalibrasiGrid>()
    expect(g.baris.map((b) => b.nama).sort()).toEqual(['Staf Dua', 'Staf Empat', 'Staf Satu', 'Staf Tiga'])
    expect(g.baris.find((b) => b.evaluasiId === w.e[3].id)?.aksi.sesuaikan).toBe(false) // final
    expect(g.baris.find((b) => b.evaluasiId === w.e[0].id)).toMatchObject({
      penilaiNama: 'Kepala Bidang',
      predikat: 'BAIK',
      status: 'draft',
      aksi: { sesuaikan: true },
    })
    expect(g.kurva.peringatan.map((p) => p.code)).toEqual(['DISTRIBUSI.KURANG_DARI_MIN'])
    expect(g.aksi).toEqual({ sesuaikan: true, tetapkan: true })
    // the head above reads but does not adjust
    const top = (await w.top.get(w.grid)).json<KalibrasiGrid>()
    expect(top.aksi).toEqual({ sesuaikan: false, tetapkan: false })
    expect((await w.pegawai.get(w.grid)).statusCode).toBe(403)
  })

  it('adjusts a draft with a reason: predikat from the matrix, recorded on the evaluation, audited', async () => {
    const w = await dunia()
    const body = { evaluasiId: w.e[0].id, ratingHasil: 'DI_BAWAH', ratingPerilaku: 'SESUAI', revisi: 1 }
    const tanpa = await w.kepala.post(`${w.grid}/sesuaikan`, body)
    expect(tanpa.statusCode).toBe(400)
    expect(tanpa.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toEqual(['alasan'])
    const res = await w.kepala.post(`${w.grid}/sesuaikan`, { ...body, alasan: 'Target utama tidak tercapai' })
    expect(res.statusCode, res.body).toBe(200)
    const g = res.json<KalibrasiGrid>()
    expect(g.baris.find((b) => b.evaluasiId === w.e[0].id)).toMatchObject({
      predikat: 'BUTUH_PERBAIKAN',
      dikalibrasi: true,
      revisi: 2,
    })
    expect(g.kurva.peringatan).toEqual([])
    const [row] = await t.database.db.select().from(evaluasi).where(eq(evaluasi.id, w.e[0].id))
    expect(row.kalibrasi).toEqual([
      expect.objectContaining({
        alasan: 'Target utama tidak tercapai',
        dari: { ratingHasil: 'SESUAI', ratingPerilaku: 'SESUAI', predikat: 'BAIK' },
        ke: { ratingHasil: 'DI_BAWAH', ratingPerilaku: 'SESUAI', predikat: 'BUTUH_PERBAIKAN' },
      }),
    ])
    const [a] = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entitasId, w.e[0].id), eq(auditLog.aksi, 'evaluasi_kalibrasi')))
    expect(a.sebelum).toMatchObject({ predikat: 'BAIK', revisi: 1 })
    expect(a.sesudah).toMatchObject({ predikat: 'BUTUH_PERBAIKAN', alasan: 'Target utama tidak tercapai' })
    // a stale revisi is refused
    const usang = await w.kepala.post(`${w.grid}/sesuaikan`, { ...body, alasan: 'Lagi' })
    expect(usang.statusCode).toBe(409)
  })

  it('final evaluations are refused (409); only the head or an admin adjusts; another instansi 404', async () => {
    const w = await dunia()
    const lain = await dunia()
    const body = (id: string) => ({
      evaluasiId: id,
      ratingHasil: 'SESUAI',
      ratingPerilaku: 'DI_BAWAH',
      revisi: 1,
      alasan: 'Perilaku',
    })
    const final = await w.kepala.post(`${w.grid}/sesuaikan`, body(w.e[3].id))
    expect(final.statusCode).toBe(409)
    expect(final.json<{ code: string }>().code).toBe('KALIBRASI.SUDAH_FINAL')
    expect((await w.top.post(`${w.grid}/sesuaikan`, body(w.e[1].id))).statusCode).toBe(403)
    expect((await w.pegawai.post(`${w.grid}/sesuaikan`, body(w.e[1].id))).statusCode).toBe(403)
    expect((await w.admin.post(`${w.grid}/sesuaikan`, body(w.e[1].id))).statusCode).toBe(200)
    // another instansi's evaluation through my unit, and another instansi's unit
    expect((await w.kepala.post(`${w.grid}/sesuaikan`, body(lain.e[1].id))).statusCode).toBe(404)
    expect((await w.admin.get(lain.grid)).statusCode).toBe(404)
    expect((await w.admin.post(`${lain.grid}/sesuaikan`, body(lain.e[1].id))).statusCode).toBe(404)
  })

  it('tetapkan writes versioned penetapan rows with the rows and the curve; readable, audited', async () => {
    const w = await dunia()
    const a = await w.kepala.post(`${w.grid}/tetapkan`, {})
    expect(a.statusCode, a.body).toBe(201)
    const p1 = a.json<PenetapanDetail>()
    expect(p1).toMatchObject({
      versi: 1,
      unorNama: 'Bidang Uji',
      kurva: { predikatOrganisasi: 'BAIK', dihitung: 4 },
    })
    expect(p1.baris).toHaveLength(4)
    expect(p1.dokumenUrl).toBe(`/api/v1/penetapan-predikat/${p1.id}/dokumen.pdf`)
    const b = await w.admin.post(`${w.grid}/tetapkan`, {})
    expect(b.json<PenetapanDetail>().versi).toBe(2)
    const daftar = await w.top.get(`${V}/penetapan-predikat?unorId=${w.p.bidang.id}&tahun=${Y}&periode=TW1`)
    expect(daftar.json<PenetapanDaftar>().items.map((i) => i.versi)).toEqual([2, 1])
    expect((await w.kepala.get(`${V}/penetapan-predikat/${p1.id}`)).json<PenetapanDetail>().id).toBe(p1.id)
    expect((await w.pegawai.get(`${V}/penetapan-predikat/${p1.id}`)).statusCode).toBe(403)
    expect((await w.top.post(`${w.grid}/tetapkan`, {})).statusCode).toBe(403)
    const lain = await dunia()
    expect((await lain.admin.get(`${V}/penetapan-predikat/${p1.id}`)).statusCode).toBe(404)
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.instansiId, w.p.instansi.id), eq(auditLog.aksi, 'penetapan_predikat_tetapkan')))
    expect(audit).toHaveLength(2)
    expect(audit.find((x) => x.entitasId === p1.id)?.sebelum).toBeNull()
  })

  it('not while someone is still unrated', async () => {
    const w = await dunia()
    await w.nilai(w.cltn, null, null) // exempt: does not count
    const ok = await w.kepala.get(w.grid)
    expect(ok.json<KalibrasiGrid>().aksi.tetapkan).toBe(true)
    const baru = await susunKurva(t, Y)
    await baru.nilai(baru.staf[0], null, null)
    const res = await baru.kepala.post(`${V}/kalibrasi/${baru.p.bidang.id}/${Y}/TW1/tetapkan`, {})
    expect(res.statusCode).toBe(409)
  })
})
