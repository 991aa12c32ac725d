import { and, eq } from 'drizzle-orm'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { auditLog, evaluasi, notifikasi } from '../src/db/schema/index.ts'
import { keberatanTerbuka } from '../src/modules/keberatan/keberatan.baca.ts'
import { aturJam } from '../src/server/clock.ts'
import { client, createTestApp, type TestApp } from './helpers/app.ts'
import { buatEvaluasi } from './helpers/evaluasi-factories.ts'
import { alatKeberatan } from './helpers/keberatan-dunia.ts'
import { buatPohon, masuk } from './helpers/skp-factories.ts'

/** Keberatan (PP 30/2019 Pasal 59): hearing, the final decision, isolation (the window: keberatan-jendela.test.ts). */
let t: TestApp
beforeAll(async () => {
  // the clock moves over days within a test: sessions outlive it
  t = await createTestApp({ sessionTtlHours: 24 * 90 })
})
afterAll(() => t.close())
afterEach(() => aturJam(undefined))
const { Y, V, FINAL, susun, evaluasiStaf, ajukan, diajukan, putuskanAtasNama } = alatKeberatan(() => t)

describe('keberatan: hearing and the decision', () => {
  it('filing tells the atasan penilai; the parties comment, others cannot; pending blocks a reopen', async () => {
    const w = await susun()
    const e = await evaluasiStaf(w)
    aturJam(`${Y}-01-07T03:00:00Z`)
    const k = await diajukan(w, e.id)
    expect(await keberatanTerbuka(t.database.db, w.p.instansi.id, e.id)).toBe(true)
    // the atasan penilai cannot reopen the evaluation while the keberatan waits for his decision
    const buka = await w.top.post(`${V}/evaluasi/${e.id}/buka-kembali`, {
      alasan: 'Koreksi',
      revisi: e.revisi,
    })
    expect([buka.statusCode, buka.json().code]).toEqual([409, 'EVALUASI.KEBERATAN_TERBUKA'])
    const n = await t.database.db
      .select()
      .from(notifikasi)
      .where(and(eq(notifikasi.instansiId, w.p.instansi.id), eq(notifikasi.tipe, 'KEBERATAN_DIAJUKAN')))
    expect(n.map((x) => x.penerimaPegawaiId)).toEqual([w.p.top.pegawai.id])
    const putuskan = (await w.top.get(`${V}/keberatan?peran=putuskan`)).json().items
    expect(putuskan[0]).toMatchObject({ id: k.id, menunggu: true, pemutusNonAsn: false })
    expect((await w.top.get(`${V}/beranda?tahun=${Y}`)).json().atasan.keberatanMenunggu).toBe(1)
    expect((await w.staf.get(`${V}/keberatan`)).json().items[0]).toMatchObject({ id: k.id, menunggu: false })
    for (const [i, c] of [w.staf, w.kepala, w.top].entries()) {
      aturJam(`${Y}-01-07T03:0${i + 1}:00Z`)
      expect((await c.post(`${V}/keberatan/${k.id}/komentar`, { isi: 'Pernyataan.' })).statusCode).toBe(201)
    }
    for (const c of [w.rekan, w.admin])
      expect((await c.post(`${V}/keberatan/${k.id}/komentar`, { isi: 'x' })).statusCode).toBe(403)
    const d = (await w.kepala.get(`${V}/keberatan/${k.id}`)).json()
    expect(d.komentar.map((c: { peran: string }) => c.peran)).toEqual([
      'pegawai',
      'penilai',
      'atasan_penilai',
    ])
    expect(d.aksi).toMatchObject({ komentar: true, putuskan: false })
    expect((await w.admin.get(`${V}/keberatan/${k.id}`)).statusCode).toBe(200)
    expect((await w.rekan.get(`${V}/keberatan/${k.id}`)).statusCode).toBe(403)
    const kom = await t.database.db
      .select()
      .from(notifikasi)
      .where(and(eq(notifikasi.instansiId, w.p.instansi.id), eq(notifikasi.tipe, 'KEBERATAN_KOMENTAR')))
    expect(kom.filter((x) => x.penerimaPegawaiId === w.p.staf.pegawai.id)).toHaveLength(2)
  })

  it('only the atasan penilai decides; "tetap" keeps the evaluation; the decision is final', async () => {
    const w = await susun()
    const e = await evaluasiStaf(w)
    aturJam(`${Y}-01-07T03:00:00Z`)
    const k = await diajukan(w, e.id)
    const body = { keputusan: 'tetap', alasan: 'Capaian sesuai bukti dukung.' }
    for (const c of [w.staf, w.kepala, w.rekan, w.admin])
      expect((await c.post(`${V}/keberatan/${k.id}/putuskan`, body)).statusCode).toBe(403)
    const tanpaAlasan = await w.top.post(`${V}/keberatan/${k.id}/putuskan`, { keputusan: 'tetap' })
    expect([tanpaAlasan.statusCode, tanpaAlasan.json().errors[0].path]).toEqual([400, 'alasan'])
    const res = await w.top.post(`${V}/keberatan/${k.id}/putuskan`, body)
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json()).toMatchObject({
      status: 'diputuskan',
      putusan: { keputusan: 'tetap', predikat: 'BAIK', atasNama: false, evaluasiBaruId: null },
      aksi: { komentar: false, putuskan: false },
    })
    const [kini] = await t.database.db.select().from(evaluasi).where(eq(evaluasi.id, e.id))
    expect([kini.status, kini.versi]).toEqual(['final', 1])
    expect(await keberatanTerbuka(t.database.db, w.p.instansi.id, e.id)).toBe(false)
    expect((await w.top.post(`${V}/keberatan/${k.id}/putuskan`, body)).json().code).toBe(
      'KEBERATAN.SUDAH_DIPUTUSKAN',
    )
    expect((await w.staf.post(`${V}/keberatan/${k.id}/komentar`, { isi: 'x' })).statusCode).toBe(409)
    const diputuskan = await t.database.db
      .select()
      .from(notifikasi)
      .where(and(eq(notifikasi.instansiId, w.p.instansi.id), eq(notifikasi.tipe, 'KEBERATAN_DIPUTUSKAN')))
    expect(diputuskan.map((x) => x.penerimaPegawaiId).sort()).toEqual(
      [w.p.staf.pegawai.id, w.p.kepala.pegawai.id].sort(),
    )
    const [diajukanN] = await t.database.db
      .select()
      .from(notifikasi)
      .where(and(eq(notifikasi.instansiId, w.p.instansi.id), eq(notifikasi.tipe, 'KEBERATAN_DIAJUKAN')))
    expect(diajukanN.selesaiAt).not.toBeNull()
  })

  it('"ubah" writes version 2 (final, from the keberatan); version 1 stays readable; no keberatan on version 2', async () => {
    const w = await susun()
    const e = await evaluasiStaf(w)
    aturJam(`${Y}-01-07T03:00:00Z`)
    const k = await diajukan(w, e.id)
    const sama = await w.top.post(`${V}/keberatan/${k.id}/putuskan`, {
      keputusan: 'ubah',
      ratingHasil: 'SESUAI',
      ratingPerilaku: 'SESUAI',
      alasan: 'x',
    })
    expect([sama.statusCode, sama.json().code]).toEqual([400, 'KEBERATAN.TIDAK_BERUBAH'])
    const tanpaRating = await w.top.post(`${V}/keberatan/${k.id}/putuskan`, {
      keputusan: 'ubah',
      alasan: 'x',
    })
    expect(tanpaRating.json().errors.map((x: { path: string }) => x.path)).toEqual([
      'ratingHasil',
      'ratingPerilaku',
    ])
    const res = await w.top.post(`${V}/keberatan/${k.id}/putuskan`, {
      keputusan: 'ubah',
      ratingHasil: 'DI_ATAS',
      ratingPerilaku: 'DI_ATAS',
      alasan: 'Bukti dukung menunjukkan capaian di atas target.',
    })
    expect(res.statusCode, res.body).toBe(200)
    const d = res.json()
    expect(d).toMatchObject({
      predikatAwal: 'BAIK',
      predikatBaru: 'SANGAT_BAIK',
      evaluasi: { id: e.id, versi: 1, status: 'digantikan', predikat: 'BAIK' },
      putusan: { keputusan: 'ubah', predikat: 'SANGAT_BAIK' },
    })
    const versi = await t.database.db
      .select()
      .from(evaluasi)
      .where(and(eq(evaluasi.skpId, w.skpStaf.id), eq(evaluasi.periode, 'FINAL')))
    const v2 = versi.find((v) => v.versi === 2)!
    expect(v2).toMatchObject({ id: d.putusan.evaluasiBaruId, status: 'final', predikat: 'SANGAT_BAIK' })
    expect(v2.asal).toMatchObject({ oleh: 'keberatan', keberatanId: k.id })
    expect((await ajukan(w.staf, v2.id)).json().code).toBe('KEBERATAN.KEPUTUSAN_FINAL')
    expect((await ajukan(w.staf, e.id)).json().code).toBe('KEBERATAN.VERSI_LAMA')
    const audit = await t.database.db
      .select({ aksi: auditLog.aksi })
      .from(auditLog)
      .where(eq(auditLog.instansiId, w.p.instansi.id))
    expect(audit.map((a) => a.aksi)).toEqual(
      expect.arrayContaining(['keberatan_ajukan', 'keberatan_putuskan']),
    )
  })

  it('a unit head’s rating hasil kerja follows the predikat organisasi: only perilaku can change', async () => {
    const w = await susun()
    const e = await evaluasiStaf(w)
    await t.database.db
      .update(evaluasi)
      .set({ sumberRatingHasil: 'predikat_organisasi' })
      .where(eq(evaluasi.id, e.id))
    aturJam(`${Y}-01-07T03:00:00Z`)
    const k = await diajukan(w, e.id)
    const ubah = (ratingHasil: string) =>
      w.top.post(`${V}/keberatan/${k.id}/putuskan`, {
        keputusan: 'ubah',
        ratingHasil,
        ratingPerilaku: 'DI_ATAS',
        alasan: 'Perilaku kerja teladan.',
      })
    const hasil = await ubah('DI_ATAS')
    expect([hasil.statusCode, hasil.json().errors[0].path]).toEqual([400, 'ratingHasil'])
    expect((await ubah('SESUAI')).json()).toMatchObject({ predikatBaru: 'BAIK', status: 'diputuskan' })
  })

  it('a non-ASN atasan penilai: an admin records the decision with the signed letter (PDF or image only)', async () => {
    const w = await susun()
    const e = await buatEvaluasi(t.database, w.skpKepala.id, { periode: 'FINAL', difinalisasiAt: FINAL })
    aturJam(`${Y}-01-07T03:00:00Z`)
    const res = await ajukan(w.kepala, e.id)
    expect(res.statusCode, res.body).toBe(201)
    const k = res.json<{ id: string }>()
    expect(res.json()).toMatchObject({
      pemutusNonAsn: true,
      pemutus: { pegawaiId: null, nama: 'Bupati Contoh' },
    })
    const body = {
      keputusan: 'ubah',
      ratingHasil: 'DI_ATAS',
      ratingPerilaku: 'DI_ATAS',
      alasan: 'Sesuai SK Bupati.',
    }
    expect((await w.admin.post(`${V}/keberatan/${k.id}/putuskan`, body)).statusCode).toBe(403)
    const adminDetail = (await w.admin.get(`${V}/keberatan/${k.id}`)).json()
    expect(adminDetail.aksi).toMatchObject({ putuskanAtasNama: true, komentar: true, putuskan: false })
    expect((await w.admin.get(`${V}/beranda?tahun=${Y}`)).json().adminInstansi.keberatanAtasNama).toBe(1)
    expect(
      (await w.admin.post(`${V}/keberatan/${k.id}/komentar`, { isi: 'Diteruskan ke Bupati.' })).statusCode,
    ).toBe(201)
    const teks = await putuskanAtasNama(w.sesiAdmin, k.id, body, Buffer.from('bukan surat'), 'sk.txt')
    expect([teks.statusCode, teks.json().errors[0].path]).toEqual([400, 'file'])
    const tanpaAlasan = await putuskanAtasNama(w.sesiAdmin, k.id, { keputusan: 'tetap' })
    expect([tanpaAlasan.statusCode, tanpaAlasan.json().errors[0].path]).toEqual([400, 'alasan'])
    const kepalaSesi = await masuk(t.app, w.p.kepala.akun)
    expect((await putuskanAtasNama(kepalaSesi, k.id, body)).statusCode).toBe(403)
    const ok = await putuskanAtasNama(w.sesiAdmin, k.id, body)
    expect(ok.statusCode, ok.body).toBe(200)
    expect(ok.json()).toMatchObject({
      status: 'diputuskan',
      predikatBaru: 'SANGAT_BAIK',
      putusan: { atasNama: true, surat: { nama: 'sk.pdf' } },
      aksi: { unduhSurat: true },
    })
    const surat = await w.kepala.get(`${V}/keberatan/${k.id}/surat`)
    expect(surat.statusCode).toBe(200)
    expect(surat.headers['content-disposition']).toContain('attachment')
    expect(surat.headers['x-content-type-options']).toBe('nosniff')
    expect((await w.rekan.get(`${V}/keberatan/${k.id}/surat`)).statusCode).toBe(403)
    const audit = await t.database.db
      .select({ aksi: auditLog.aksi })
      .from(auditLog)
      .where(eq(auditLog.instansiId, w.p.instansi.id))
    expect(audit.map((a) => a.aksi)).toContain('keberatan_putuskan_atas_nama')
  })

  it('the riwayat lists and the admin list', async () => {
    const w = await susun()
    const e = await evaluasiStaf(w)
    aturJam(`${Y}-01-07T03:00:00Z`)
    const k = await diajukan(w, e.id)
    const admin = (await w.admin.get(`${V}/keberatan?peran=admin`)).json().items
    expect(admin.map((x: { id: string }) => x.id)).toEqual([k.id])
    expect((await w.staf.get(`${V}/keberatan?peran=admin`)).statusCode).toBe(403)
    const { keberatanPegawai, keberatanMenunggu } = await import('../src/modules/keberatan/keberatan.baca.ts')
    expect(await keberatanMenunggu(t.database.db, w.p.instansi.id, w.p.top.pegawai.id)).toBe(1)
    const r = await keberatanPegawai(t.database.db, w.p.instansi.id, w.p.staf.pegawai.id, Y - 1)
    expect(r).toMatchObject([{ id: k.id, status: 'diajukan', predikatAwal: 'BAIK' }])
  })
})

describe('keberatan: isolation', () => {
  it("another instansi's keberatan and evaluation answer 404", async () => {
    const w = await susun()
    const e = await evaluasiStaf(w)
    aturJam(`${Y}-01-07T03:00:00Z`)
    const k = await diajukan(w, e.id)
    const b = await buatPohon(t.database)
    for (const c of [
      client(t.app, await masuk(t.app, b.top.akun)),
      client(t.app, await masuk(t.app, b.admin)),
    ]) {
      expect((await c.get(`${V}/keberatan/${k.id}`)).statusCode).toBe(404)
      expect((await c.get(`${V}/keberatan/${k.id}/surat`)).statusCode).toBe(404)
      expect((await c.post(`${V}/keberatan/${k.id}/komentar`, { isi: 'x' })).statusCode).toBe(404)
      expect(
        (await c.post(`${V}/keberatan/${k.id}/putuskan`, { keputusan: 'tetap', alasan: 'x' })).statusCode,
      ).toBe(404)
      expect((await c.get(`${V}/evaluasi/${e.id}/keberatan/batas`)).statusCode).toBe(404)
      expect((await ajukan(c, e.id)).statusCode).toBe(404)
      expect((await c.get(`${V}/keberatan?peran=putuskan`)).json().items).toEqual([])
    }
    const adminB = client(t.app, await masuk(t.app, b.admin))
    expect((await adminB.get(`${V}/keberatan?peran=admin`)).json().items).toEqual([])
  })
})
