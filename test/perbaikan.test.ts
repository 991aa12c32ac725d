import { and, eq } from 'drizzle-orm'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { auditLog, notifikasi, rencanaPerbaikan } from '../src/db/schema/index.ts'
import { catatPerbaikanBila } from '../src/modules/perbaikan/perbaikan.catat.ts'
import { aturJam } from '../src/server/clock.ts'
import { client, createTestApp, type TestApp } from './helpers/app.ts'
import { buatEvaluasi } from './helpers/evaluasi-factories.ts'
import { buatOrang, buatPohon, buatSkpDisetujui, masuk } from './helpers/skp-factories.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())
afterEach(() => aturJam(undefined))

const Y = 2045
const V = '/api/v1'

/** The staf's TW1 becomes final Sangat Kurang: the record opens for Kabid (penilai). */
async function susun() {
  aturJam(`${Y}-04-10T02:00:00.000Z`)
  const p = await buatPohon(t.database)
  const s = await buatSkpDisetujui(t.database, p.staf, { tahun: Y, intervensi: [null] })
  const e = await buatEvaluasi(t.database, s.skp.id, {
    periode: 'TW1',
    ratingHasil: 'DI_BAWAH',
    ratingPerilaku: 'DI_BAWAH',
  })
  await t.database.db.transaction((tx) => catatPerbaikanBila(tx, e))
  const [r] = await t.database.db.select().from(rencanaPerbaikan).where(eq(rencanaPerbaikan.evaluasiId, e.id))
  const rekan = await buatOrang(t.database, { instansiId: p.instansi.id, unorId: p.bidang.id, nama: 'Rekan' })
  const k = async (a: { username: string }) => client(t.app, await masuk(t.app, a))
  return {
    p,
    e,
    r,
    pegawai: await k(p.staf.akun),
    atasan: await k(p.kepala.akun),
    pimpinan: await k(p.top.akun),
    rekan: await k(rekan.akun),
    admin: await k(p.admin),
  }
}

const TL = { tanggal: `${Y}-05-01`, rencana: 'Pendampingan mingguan', catatan: 'Target laporan bulanan' }

describe('rencana perbaikan (PP 30/2019)', () => {
  it('opens for six months and tells the penilai; a second final Kurang while running opens none', async () => {
    const w = await susun()
    expect(w.r).toMatchObject({
      predikat: 'SANGAT_KURANG',
      mulai: `${Y}-04-10`,
      selesai: `${Y}-10-10`,
      status: 'berjalan',
    })
    const [n] = await t.database.db
      .select()
      .from(notifikasi)
      .where(
        and(eq(notifikasi.perihal, `perbaikan:${w.r.id}`), eq(notifikasi.tipe, 'RENCANA_PERBAIKAN_DIBUKA')),
      )
    expect(n).toMatchObject({ penerimaPegawaiId: w.p.kepala.pegawai.id, tautan: `/perbaikan/${w.r.id}` })
    const s2 = await buatEvaluasi(t.database, w.e.skpId, {
      periode: 'TW2',
      ratingHasil: 'SESUAI',
      ratingPerilaku: 'DI_BAWAH',
    })
    await t.database.db.transaction((tx) => catatPerbaikanBila(tx, s2))
    const semua = await t.database.db
      .select()
      .from(rencanaPerbaikan)
      .where(eq(rencanaPerbaikan.pegawaiId, w.p.staf.pegawai.id))
    expect(semua).toHaveLength(1)
  })

  it('the penilai records follow-ups and closes it (audited); the pegawai reads only', async () => {
    const w = await susun()
    let daftar = (await w.atasan.get(`${V}/rencana-perbaikan`)).json()
    expect(daftar.items).toHaveLength(1)
    expect(daftar.items[0]).toMatchObject({
      id: w.r.id,
      peran: 'penilai',
      perluTindakLanjut: true,
      aksi: { tindakLanjut: true, selesai: true },
    })
    const sendiri = (await w.pegawai.get(`${V}/rencana-perbaikan`)).json().items[0]
    expect(sendiri).toMatchObject({
      peran: 'pegawai',
      perluTindakLanjut: false,
      aksi: { tindakLanjut: false, selesai: false },
    })
    expect((await w.pegawai.post(`${V}/rencana-perbaikan/${w.r.id}/tindak-lanjut`, TL)).statusCode).toBe(403)

    const res = await w.atasan.post(`${V}/rencana-perbaikan/${w.r.id}/tindak-lanjut`, TL)
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json()).toMatchObject({
      tindakLanjut: [{ ...TL, dicatatOleh: expect.any(String) }],
      perluTindakLanjut: false,
    })
    const adminTl = await w.admin.post(`${V}/rencana-perbaikan/${w.r.id}/tindak-lanjut`, {
      ...TL,
      tanggal: `${Y}-04-20`,
      catatan: null,
    })
    expect(adminTl.json().tindakLanjut.map((x: { tanggal: string }) => x.tanggal)).toEqual([
      `${Y}-04-20`,
      `${Y}-05-01`,
    ])
    const sebelum = await w.atasan.post(`${V}/rencana-perbaikan/${w.r.id}/tindak-lanjut`, {
      ...TL,
      tanggal: `${Y}-01-01`,
    })
    expect(sebelum.statusCode).toBe(400)

    expect(
      (await w.pegawai.post(`${V}/rencana-perbaikan/${w.r.id}/selesai`, { hasil: 'x' })).statusCode,
    ).toBe(403)
    const tutup = await w.atasan.post(`${V}/rencana-perbaikan/${w.r.id}/selesai`, {
      hasil: 'Kinerja membaik',
    })
    expect(tutup.statusCode, tutup.body).toBe(200)
    expect(tutup.json()).toMatchObject({
      status: 'selesai',
      hasil: 'Kinerja membaik',
      aksi: { tindakLanjut: false, selesai: false },
    })
    expect(
      (await w.atasan.post(`${V}/rencana-perbaikan/${w.r.id}/selesai`, { hasil: 'lagi' })).statusCode,
    ).toBe(409)
    expect((await w.atasan.post(`${V}/rencana-perbaikan/${w.r.id}/tindak-lanjut`, TL)).statusCode).toBe(409)

    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.entitasId, w.r.id))
    expect(audit.map((a) => a.aksi).sort()).toEqual([
      'rencana_perbaikan_selesai',
      'rencana_perbaikan_tindak_lanjut',
      'rencana_perbaikan_tindak_lanjut',
    ])
    const [n] = await t.database.db
      .select()
      .from(notifikasi)
      .where(eq(notifikasi.perihal, `perbaikan:${w.r.id}`))
    expect(n.selesaiAt).not.toBeNull()
    daftar = (await w.admin.get(`${V}/rencana-perbaikan?status=selesai`)).json()
    expect(daftar.items.map((x: { id: string }) => x.id)).toEqual([w.r.id])
  })

  it('the Beranda counts the records waiting for the penilai', async () => {
    const w = await susun()
    const hitung = async () =>
      (await w.atasan.get(`${V}/beranda?tahun=${Y}`)).json().atasan?.perbaikanMenunggu
    expect(await hitung()).toBe(1)
    await w.atasan.post(`${V}/rencana-perbaikan/${w.r.id}/tindak-lanjut`, TL)
    expect(await hitung()).toBe(0)
    // the six months are over: close it
    await t.database.db
      .update(rencanaPerbaikan)
      .set({ selesai: `${Y}-04-10` })
      .where(eq(rencanaPerbaikan.id, w.r.id))
    expect(await hitung()).toBe(1)
  })

  it('who may read: pegawai, penilai, heads above, admin; not a colleague; another instansi 404', async () => {
    const w = await susun()
    const u = `${V}/rencana-perbaikan/${w.r.id}`
    expect((await w.pegawai.get(u)).json().peran).toBe('pegawai')
    expect((await w.atasan.get(u)).json().peran).toBe('penilai')
    expect((await w.pimpinan.get(u)).json().peran).toBe('pembaca')
    expect((await w.admin.get(u)).json().peran).toBe('admin')
    expect((await w.rekan.get(u)).statusCode).toBe(403)
    expect((await w.rekan.get(`${V}/rencana-perbaikan`)).json().items).toEqual([])
    expect((await w.pimpinan.post(`${u}/tindak-lanjut`, TL)).statusCode).toBe(403)
    const b = await buatPohon(t.database)
    const adminB = client(t.app, await masuk(t.app, b.admin))
    expect((await adminB.get(u)).statusCode).toBe(404)
    expect((await adminB.post(`${u}/tindak-lanjut`, TL)).statusCode).toBe(404)
    expect((await adminB.post(`${u}/selesai`, { hasil: 'x' })).statusCode).toBe(404)
    expect((await adminB.get(`${V}/rencana-perbaikan`)).json().items).toEqual([])
  })

  it('bad input is refused with field errors, oversize text too', async () => {
    const w = await susun()
    const u = `${V}/rencana-perbaikan/${w.r.id}`
    for (const body of [
      { ...TL, tanggal: 'kemarin' },
      { ...TL, rencana: '' },
      { ...TL, rencana: 'x'.repeat(2001) },
    ]) {
      expect((await w.atasan.post(`${u}/tindak-lanjut`, body)).statusCode).toBe(400)
    }
    expect((await w.atasan.post(`${u}/selesai`, { hasil: 'x'.repeat(4001) })).statusCode).toBe(400)
  })
})
