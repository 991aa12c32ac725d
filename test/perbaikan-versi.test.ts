import { and, eq } from 'drizzle-orm'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { auditLog, notifikasi, rencanaPerbaikan } from '../src/db/schema/index.ts'
import type { Rating } from '../src/domain/predikat.ts'
import { catatPerbaikanBila } from '../src/modules/perbaikan/perbaikan.catat.ts'
import { aturJam } from '../src/server/clock.ts'
import { createTestApp, type TestApp } from './helpers/app.ts'
import { buatEvaluasi } from './helpers/evaluasi-factories.ts'
import { alatKeberatan, type DuniaKeberatan } from './helpers/keberatan-dunia.ts'

/**
 * PP 30/2019 improvement record across evaluation versions: a keberatan decision or a corrected evaluation
 * (reopen, then finalise) that keeps Kurang / Sangat Kurang carries the record on to the new version; one that
 * lifts the predikat withdraws it ('gugur', read-only, reason kept, penilai and pegawai told). A reopened draft
 * leaves the record waiting.
 */
let t: TestApp
beforeAll(async () => {
  t = await createTestApp({ sessionTtlHours: 24 * 90 })
})
afterAll(() => t.close())
afterEach(() => aturJam(undefined))
const { Y, V, FINAL, susun, diajukan } = alatKeberatan(() => t)

type R = [Rating, Rating]
const KURANG: R = ['SESUAI', 'DI_BAWAH']
const SANGAT_KURANG: R = ['DI_BAWAH', 'DI_BAWAH']
const TL = { tanggal: `${Y}-01-20`, rencana: 'Pendampingan mingguan', catatan: null }

/** The staf's annual evaluation, final with these ratings: the record opens for Kabid (penilai). */
async function dibuka(w: DuniaKeberatan, [ratingHasil, ratingPerilaku]: R) {
  const e = await buatEvaluasi(t.database, w.skpStaf.id, {
    periode: 'FINAL',
    ratingHasil,
    ratingPerilaku,
    difinalisasiAt: FINAL,
  })
  await t.database.db.transaction((tx) => catatPerbaikanBila(tx, e))
  const [r] = await t.database.db.select().from(rencanaPerbaikan).where(eq(rencanaPerbaikan.evaluasiId, e.id))
  expect(r).toMatchObject({ status: 'berjalan' })
  const tl = await w.kepala.post(`${V}/rencana-perbaikan/${r.id}/tindak-lanjut`, TL)
  expect(tl.statusCode, tl.body).toBe(200)
  return { e, r }
}

async function putuskanUbah(w: DuniaKeberatan, evaluasiId: string, [ratingHasil, ratingPerilaku]: R) {
  aturJam(`${Y}-01-07T03:00:00Z`)
  const k = await diajukan(w, evaluasiId)
  const res = await w.top.post(`${V}/keberatan/${k.id}/putuskan`, {
    keputusan: 'ubah',
    ratingHasil,
    ratingPerilaku,
    alasan: 'Bukti dukung baru',
  })
  expect(res.statusCode, res.body).toBe(200)
  return res.json<{ putusan: { evaluasiBaruId: string } }>().putusan.evaluasiBaruId
}

/** The atasan penilai reopens (a draft version 2); the penilai corrects the ratings and finalises it. */
async function bukaKembali(w: DuniaKeberatan, evaluasiId: string) {
  const bk = await w.top.post(`${V}/evaluasi/${evaluasiId}/buka-kembali`, {
    alasan: 'Realisasi dikoreksi',
    revisi: 1,
  })
  expect(bk.statusCode, bk.body).toBe(200)
  return bk.json<{ id: string; revisi: number }>()
}
async function finalkan(
  w: DuniaKeberatan,
  d: { id: string; revisi: number },
  [ratingHasil, ratingPerilaku]: R,
) {
  const s = await w.kepala.put(`${V}/evaluasi/${d.id}`, { ratingHasil, ratingPerilaku, revisi: d.revisi })
  expect(s.statusCode, s.body).toBe(200)
  const f = await w.kepala.post(`${V}/evaluasi/${d.id}/finalisasi`, { revisi: s.json().revisi })
  expect(f.statusCode, f.body).toBe(200)
  return f.json<{ id: string; revisi: number }>()
}

const baca = async (w: DuniaKeberatan, id: string) =>
  (await w.kepala.get(`${V}/rencana-perbaikan/${id}`)).json()
const kabar = (id: string, tipe: 'RENCANA_PERBAIKAN_DIBUKA' | 'RENCANA_PERBAIKAN_GUGUR') =>
  t.database.db
    .select()
    .from(notifikasi)
    .where(and(eq(notifikasi.tautan, `/perbaikan/${id}`), eq(notifikasi.tipe, tipe)))
const aksiAudit = async (id: string) =>
  (await t.database.db.select().from(auditLog).where(eq(auditLog.entitasId, id))).map((a) => a.aksi)

/** Each way a new version comes, each outcome: carried on (still Kurang / Sangat Kurang) or gugur. */
const KASUS: { nama: string; awal: R; baru: R; predikatBaru: string; oleh: 'keberatan' | 'buka_kembali' }[] =
  [
    {
      nama: 'keberatan Kurang → Baik',
      awal: KURANG,
      baru: ['SESUAI', 'SESUAI'],
      predikatBaru: 'BAIK',
      oleh: 'keberatan',
    },
    {
      nama: 'keberatan Sangat Kurang → Butuh Perbaikan',
      awal: SANGAT_KURANG,
      baru: ['DI_BAWAH', 'SESUAI'],
      predikatBaru: 'BUTUH_PERBAIKAN',
      oleh: 'keberatan',
    },
    {
      nama: 'keberatan Kurang → Sangat Kurang',
      awal: KURANG,
      baru: SANGAT_KURANG,
      predikatBaru: 'SANGAT_KURANG',
      oleh: 'keberatan',
    },
    {
      nama: 'correction Kurang → Baik',
      awal: KURANG,
      baru: ['SESUAI', 'SESUAI'],
      predikatBaru: 'BAIK',
      oleh: 'buka_kembali',
    },
    {
      nama: 'correction Sangat Kurang → Kurang',
      awal: SANGAT_KURANG,
      baru: KURANG,
      predikatBaru: 'KURANG',
      oleh: 'buka_kembali',
    },
  ]

describe('rencana perbaikan follows the evaluation versions (PP 30/2019)', () => {
  it.each(KASUS)('$nama', async ({ awal, baru, predikatBaru, oleh }) => {
    const w = await susun()
    const { e, r } = await dibuka(w, awal)
    let baruId: string
    if (oleh === 'keberatan') baruId = await putuskanUbah(w, e.id, baru)
    else {
      const draf = await bukaKembali(w, e.id)
      // while the draft is corrected the record waits on the replaced version
      expect(await baca(w, r.id)).toMatchObject({
        status: 'berjalan',
        evaluasiId: e.id,
        predikat: r.predikat,
      })
      await finalkan(w, draf, baru)
      baruId = draf.id
    }
    const d = await baca(w, r.id)
    const tetap = predikatBaru === 'KURANG' || predikatBaru === 'SANGAT_KURANG'
    // dates and follow-ups are kept either way; the record always points at the new version
    expect(d).toMatchObject({ mulai: r.mulai, selesai: r.selesai, evaluasiId: baruId, tindakLanjut: [TL] })
    const semua = await t.database.db
      .select()
      .from(rencanaPerbaikan)
      .where(eq(rencanaPerbaikan.pegawaiId, w.p.staf.pegawai.id))
    expect(semua).toHaveLength(1)
    const [dibukaN] = await kabar(r.id, 'RENCANA_PERBAIKAN_DIBUKA')
    if (tetap) {
      expect(d).toMatchObject({ status: 'berjalan', predikat: predikatBaru, dasarGugur: null })
      expect(d.aksi).toEqual({ tindakLanjut: true, selesai: true })
      expect(await kabar(r.id, 'RENCANA_PERBAIKAN_GUGUR')).toEqual([])
      expect(dibukaN.selesaiAt).toBeNull()
      expect(await aksiAudit(r.id)).toContain('rencana_perbaikan_ikut_versi')
      const lagi = await w.kepala.post(`${V}/rencana-perbaikan/${r.id}/tindak-lanjut`, TL)
      expect(lagi.statusCode, lagi.body).toBe(200)
      return
    }
    // gugur: the predikat that opened it stays, the reason is the replacing version's
    expect(d).toMatchObject({
      status: 'gugur',
      predikat: r.predikat,
      perluTindakLanjut: false,
      aksi: { tindakLanjut: false, selesai: false },
      dasarGugur: {
        versi: 2,
        predikatBaru,
        oleh,
        alasan: oleh === 'keberatan' ? 'Bukti dukung baru' : 'Realisasi dikoreksi',
        olehNama: expect.any(String),
      },
    })
    const tl = await w.kepala.post(`${V}/rencana-perbaikan/${r.id}/tindak-lanjut`, TL)
    expect([tl.statusCode, tl.json().code]).toEqual([409, 'PERBAIKAN.GUGUR'])
    expect(tl.json().message).toMatch(/gugur/)
    const tutup = await w.kepala.post(`${V}/rencana-perbaikan/${r.id}/selesai`, { hasil: 'x' })
    expect([tutup.statusCode, tutup.json().code]).toEqual([409, 'PERBAIKAN.GUGUR'])
    expect(dibukaN.selesaiAt).not.toBeNull()
    const gugurN = await kabar(r.id, 'RENCANA_PERBAIKAN_GUGUR')
    expect(gugurN.map((n) => n.penerimaPegawaiId).sort()).toEqual(
      [w.p.kepala.pegawai.id, w.p.staf.pegawai.id].sort(),
    )
    expect(gugurN[0].parameter).toMatchObject({ predikat: r.predikat, predikatBaru, oleh })
    expect(await aksiAudit(r.id)).toContain('rencana_perbaikan_gugur')
    // the Beranda no longer counts it for the penilai
    expect((await w.kepala.get(`${V}/beranda?tahun=${Y}`)).json().atasan?.perbaikanMenunggu ?? 0).toBe(0)
  })

  it('after a gugur, a later correction back to Kurang opens a new record; the list puts ended ones last', async () => {
    const w = await susun()
    const { e, r } = await dibuka(w, KURANG)
    const v2 = await bukaKembali(w, e.id)
    const f2 = await finalkan(w, v2, ['SESUAI', 'SESUAI'])
    expect((await baca(w, r.id)).status).toBe('gugur')
    const v3 = await w.top.post(`${V}/evaluasi/${v2.id}/buka-kembali`, {
      alasan: 'Koreksi lagi',
      revisi: f2.revisi,
    })
    expect(v3.statusCode, v3.body).toBe(200)
    await finalkan(w, v3.json(), SANGAT_KURANG)
    const semua = await t.database.db
      .select()
      .from(rencanaPerbaikan)
      .where(eq(rencanaPerbaikan.pegawaiId, w.p.staf.pegawai.id))
    const baru = semua.find((x) => x.id !== r.id)
    expect(baru).toMatchObject({ status: 'berjalan', predikat: 'SANGAT_KURANG', evaluasiId: v3.json().id })
    const daftar = (await w.kepala.get(`${V}/rencana-perbaikan`)).json().items
    expect(daftar.map((x: { id: string; status: string }) => [x.id, x.status])).toEqual([
      [baru!.id, 'berjalan'],
      [r.id, 'gugur'],
    ])
    const gugur = (await w.admin.get(`${V}/rencana-perbaikan?status=gugur`)).json().items
    expect(gugur.map((x: { id: string }) => x.id)).toEqual([r.id])
  })
})
