import { and, eq } from 'drizzle-orm'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { auditLog, notifikasi } from '../src/db/schema/index.ts'
import { aturJam } from '../src/server/clock.ts'
import type { PredikatOrganisasiBaris, PredikatOrganisasiDaftar } from '../src/shared/kurva.ts'
import { createTestApp, type TestApp } from './helpers/app.ts'
import { susunKurva } from './helpers/kurva-dunia.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())
afterEach(() => aturJam(undefined))

const Y = 2044
const V = '/api/v1'
const url = (unorId: string, periode = 'TW1') => `${V}/unor/${unorId}/predikat-organisasi/${Y}/${periode}`

async function dunia() {
  aturJam(`${Y}-04-02T02:00:00.000Z`)
  return susunKurva(t, Y)
}

describe('predikat organisasi', () => {
  it('the head one level up sets it with a note: audited before/after, the unit head told', async () => {
    const w = await dunia()
    const daftar = (
      await w.top.get(`${V}/predikat-organisasi?tahun=${Y}&periode=TW1`)
    ).json<PredikatOrganisasiDaftar>()
    // what he must set comes first: the bidang below him, not his own (top) unit
    expect(daftar.items[0]).toMatchObject({
      unorId: w.p.bidang.id,
      perluDitetapkan: true,
      aksi: { tetapkan: true },
    })
    expect(daftar.items.find((i) => i.unorId === w.p.akar.id)?.aksi.tetapkan).toBe(false)

    const res = await w.top.put(url(w.p.bidang.id), { predikat: 'BAIK', catatan: 'Capaian IKU 95 %' })
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json<PredikatOrganisasiBaris>()).toMatchObject({
      predikat: 'BAIK',
      catatan: 'Capaian IKU 95 %',
      ditetapkanOlehNama: 'Pimpinan Tertinggi',
      perluDitetapkan: false,
    })
    const ubah = await w.top.put(url(w.p.bidang.id), { predikat: 'ISTIMEWA', catatan: null })
    expect(ubah.statusCode).toBe(200)
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.instansiId, w.p.instansi.id), eq(auditLog.aksi, 'predikat_organisasi_tetapkan')))
      .orderBy(auditLog.waktu)
    expect(audit).toHaveLength(2)
    expect(audit[0].sebelum).toBeNull()
    expect(audit[1].sebelum).toEqual({ predikat: 'BAIK', catatan: 'Capaian IKU 95 %' })
    expect(audit[1].sesudah).toMatchObject({ predikat: 'ISTIMEWA', catatan: null, periode: 'TW1' })
    const kabar = await t.database.db
      .select()
      .from(notifikasi)
      .where(eq(notifikasi.penerimaPegawaiId, w.p.kepala.pegawai.id))
    expect(kabar.map((n) => n.tipe)).toEqual([
      'PREDIKAT_ORGANISASI_DITETAPKAN',
      'PREDIKAT_ORGANISASI_DITETAPKAN',
    ])
    // the annual one is its own row
    expect((await w.top.put(url(w.p.bidang.id, 'FINAL'), { predikat: 'BAIK' })).statusCode).toBe(200)
    const kepala = (
      await w.kepala.get(`${V}/predikat-organisasi?tahun=${Y}&periode=FINAL`)
    ).json<PredikatOrganisasiDaftar>()
    expect(kepala.items).toEqual([
      expect.objectContaining({ unorId: w.p.bidang.id, predikat: 'BAIK', aksi: { tetapkan: false } }),
    ])
  })

  it("the unit's own head and a pegawai may not; the top unit only by an admin", async () => {
    const w = await dunia()
    expect((await w.kepala.put(url(w.p.bidang.id), { predikat: 'ISTIMEWA' })).statusCode).toBe(403)
    expect((await w.pegawai.put(url(w.p.bidang.id), { predikat: 'ISTIMEWA' })).statusCode).toBe(403)
    expect((await w.top.put(url(w.p.akar.id), { predikat: 'ISTIMEWA' })).statusCode).toBe(403)
    const admin = await w.admin.put(url(w.p.akar.id), { predikat: 'BAIK', catatan: 'Penilaian Bupati' })
    expect(admin.statusCode, admin.body).toBe(200)
    expect((await w.admin.put(url(w.p.bidang.id), { predikat: 'KURANG' })).statusCode).toBe(200)
  })

  it('bad input is a field error; another instansi is 404 and its list stays apart', async () => {
    const w = await dunia()
    const lain = await dunia()
    const bad = await w.admin.put(url(w.p.bidang.id), { predikat: 'LUAR_BIASA', catatan: 'x'.repeat(2001) })
    expect(bad.statusCode).toBe(400)
    expect(
      bad
        .json<{ errors: { path: string }[] }>()
        .errors.map((e) => e.path)
        .sort(),
    ).toEqual(['catatan', 'predikat'])
    expect((await w.admin.put(url(lain.p.bidang.id), { predikat: 'BAIK' })).statusCode).toBe(404)
    await lain.admin.put(url(lain.p.bidang.id), { predikat: 'KURANG' })
    const mine = (
      await w.admin.get(`${V}/predikat-organisasi?tahun=${Y}&periode=TW1`)
    ).json<PredikatOrganisasiDaftar>()
    expect(mine.items.map((i) => i.unorId).sort()).toEqual([w.p.akar.id, w.p.bidang.id].sort())
    expect(mine.items.every((i) => i.predikat === null)).toBe(true)
  })
})
