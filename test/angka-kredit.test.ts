import { and, eq, sql } from 'drizzle-orm'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { auditLog, jabatan, pengaturanTahun, penugasan, skp } from '../src/db/schema/index.ts'
import { angkaKreditTahun } from '../src/modules/angka-kredit/angka-kredit.baca.ts'
import { aturJam } from '../src/server/clock.ts'
import { client, createTestApp, type TestApp } from './helpers/app.ts'
import { buatEvaluasi } from './helpers/evaluasi-factories.ts'
import { buatAkun } from './helpers/factories.ts'
import { buatOrang, buatPohon, buatSkpDisetujui, masuk } from './helpers/skp-factories.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())
afterEach(() => aturJam(undefined))

const Y = 2043
const V = '/api/v1'

/** Staf is an Ahli Pertama (jabatan fungsional) with an approved SKP of Y; Kabid assesses; Kadis above. */
async function susun() {
  aturJam(`${Y}-06-01T02:00:00.000Z`)
  const p = await buatPohon(t.database)
  await t.database.db
    .update(jabatan)
    .set({ jenis: 'fungsional', jenjang: 'ahli_pertama', nama: 'Analis Kebijakan Ahli Pertama' })
    .where(eq(jabatan.id, p.staf.jabatan.id))
  const s = await buatSkpDisetujui(t.database, p.staf, { tahun: Y, intervensi: [null] })
  const lain = await buatOrang(t.database, { instansiId: p.instansi.id, unorId: p.bidang.id, nama: 'Rekan' })
  const k = async (a: { username: string }) => client(t.app, await masuk(t.app, a))
  return {
    p,
    skp: s.skp,
    pegawai: await k(p.staf.akun),
    atasan: await k(p.kepala.akun),
    pimpinan: await k(p.top.akun),
    rekan: await k(lain.akun),
    admin: await k(p.admin),
  }
}

/** A jenjang change on 1 July: the first SKP ends 30 June, an Ahli Muda position and SKP from 1 July. */
async function naikJenjang(w: Awaited<ReturnType<typeof susun>>, mulai = `${Y}-07-01`) {
  const sebelum = new Date(`${mulai}T00:00:00Z`)
  sebelum.setUTCDate(sebelum.getUTCDate() - 1)
  const akhir = sebelum.toISOString().slice(0, 10)
  await t.database.db.update(skp).set({ selesai: akhir }).where(eq(skp.id, w.skp.id))
  await t.database.db.update(penugasan).set({ selesai: akhir }).where(eq(penugasan.id, w.p.staf.penugasan.id))
  const [j] = await t.database.db
    .insert(jabatan)
    .values({
      instansiId: w.p.instansi.id,
      unorId: w.p.bidang.id,
      nama: 'Analis Kebijakan Ahli Muda',
      jenis: 'fungsional',
      jenjang: 'ahli_muda',
    })
    .returning()
  const [n] = await t.database.db
    .insert(penugasan)
    .values({
      instansiId: w.p.instansi.id,
      pegawaiId: w.p.staf.pegawai.id,
      unorId: w.p.bidang.id,
      jabatanId: j.id,
      mulai,
    })
    .returning()
  const { id: _id, createdAt: _c, updatedAt: _u, ...salin } = w.skp
  const [kedua] = await t.database.db
    .insert(skp)
    .values({ ...salin, penugasanId: n.id, mulai, selesai: `${Y}-12-31` })
    .returning()
  return kedua
}

const baca = (c: ReturnType<typeof client>, id: string, tahun = Y) =>
  c.get(`${V}/pegawai/${id}/angka-kredit?tahun=${tahun}`)

describe('angka kredit of a pegawai', () => {
  it('DOMAIN example: Ahli Pertama, Sangat Baik, full year = 18.75; periodic before the annual', async () => {
    const w = await susun()
    const tw1 = await buatEvaluasi(t.database, w.skp.id, {
      periode: 'TW1',
      ratingHasil: 'SESUAI',
      ratingPerilaku: 'SESUAI',
    })
    let res = await baca(w.pegawai, w.p.staf.pegawai.id)
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json()).toMatchObject({
      tahunan: null,
      periodik: 3.125,
      periode: [{ periode: 'TW1', predikat: 'BAIK', bulan: 3, ak: 3.125 }],
      segmen: [{ jenjang: 'ahli_pertama', bulan: 12, koefisien: 12.5, ak: null }],
      kumulatif: 3.125,
      fungsional: true,
      aksi: { ubahAwal: false },
    })
    await buatEvaluasi(t.database, w.skp.id, {
      periode: 'FINAL',
      ratingHasil: 'DI_ATAS',
      ratingPerilaku: 'DI_ATAS',
    })
    res = await baca(w.atasan, w.p.staf.pegawai.id)
    expect(res.json()).toMatchObject({ predikatTahunan: 'SANGAT_BAIK', tahunan: 18.75, kumulatif: 18.75 })
    // shown on the evaluation itself (the same rule, sent by the server)
    const ev = await w.pegawai.get(`${V}/evaluasi/${tw1.id}`)
    expect(ev.statusCode, ev.body).toBe(200)
    expect(ev.json().angkaKredit).toEqual({ bulan: 3, nilai: 3.125, kumulatif: 18.75 })
  })

  it('a draft or a superseded version does not count; a non-JF position has none', async () => {
    const w = await susun()
    await buatEvaluasi(t.database, w.skp.id, { periode: 'FINAL', status: 'draft' })
    await buatEvaluasi(t.database, w.skp.id, { periode: 'TW1', status: 'digantikan' })
    expect((await baca(w.pegawai, w.p.staf.pegawai.id)).json()).toMatchObject({ tahunan: null, periode: [] })
    const k = await buatSkpDisetujui(t.database, w.p.kepala, { tahun: Y, intervensi: [null] })
    await buatEvaluasi(t.database, k.skp.id, { periode: 'FINAL' })
    const res = (await baca(w.atasan, w.p.kepala.pegawai.id)).json()
    expect(res).toMatchObject({ fungsional: false, tahunan: 0, segmen: [{ jenjang: null, ak: null }] })
  })

  it('mid-year jenjang change: Ahli Pertama Jan–Jun, Ahli Muda Jul–Dec, annual Baik on both', async () => {
    const w = await susun()
    const kedua = await naikJenjang(w)
    await buatEvaluasi(t.database, kedua.id, { periode: 'FINAL' })
    const res = (await baca(w.pegawai, w.p.staf.pegawai.id)).json()
    expect(
      res.segmen.map((s: { jenjang: string; bulan: number; ak: number }) => [s.jenjang, s.bulan, s.ak]),
    ).toEqual([
      ['ahli_pertama', 6, 6.25],
      ['ahli_muda', 6, 12.5],
    ])
    expect(res.tahunan).toBe(18.75)
  })

  it('a mid-month change under the hari convention (setting konvensiBulanAk)', async () => {
    const w = await susun()
    await t.database.db
      .update(pengaturanTahun)
      .set({ pengaturan: sql`${pengaturanTahun.pengaturan} || '{"konvensiBulanAk": "hari"}'::jsonb` })
      .where(and(eq(pengaturanTahun.instansiId, w.p.instansi.id), eq(pengaturanTahun.tahun, Y)))
    const kedua = await naikJenjang(w, `${Y}-03-16`)
    await buatEvaluasi(t.database, kedua.id, { periode: 'FINAL' })
    const res = (await baca(w.pegawai, w.p.staf.pegawai.id)).json()
    expect(res.konvensiBulan).toBe('hari')
    expect(res.segmen.map((s: { bulan: number }) => s.bulan)).toEqual([2.4839, 9.5161])
    expect(res.tahunan).toBe(22.412)
  })

  it('opening balance: admin instansi sets it (audited); the cumulative adds it; a published coefficient applies', async () => {
    const w = await susun()
    await buatEvaluasi(t.database, w.skp.id, { periode: 'FINAL' })
    const id = w.p.staf.pegawai.id
    const body = { nilai: 50.5, tanggal: `${Y - 1}-12-31`, jenjang: 'ahli_pertama', keterangan: 'Integrasi' }
    expect((await w.atasan.put(`${V}/pegawai/${id}/angka-kredit-awal`, body)).statusCode).toBe(403)
    expect((await w.pegawai.put(`${V}/pegawai/${id}/angka-kredit-awal`, body)).statusCode).toBe(403)
    const res = await w.admin.put(`${V}/pegawai/${id}/angka-kredit-awal`, body)
    expect(res.statusCode, res.body).toBe(200)
    expect((await baca(w.pegawai, id)).json()).toMatchObject({
      awal: { nilai: 50.5 },
      tahunan: 12.5,
      kumulatif: 63,
    })
    const ubah = await w.admin.put(`${V}/pegawai/${id}/angka-kredit-awal`, { ...body, nilai: 40 })
    expect(ubah.json().kumulatif).toBe(52.5)
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entitasId, id), eq(auditLog.aksi, 'angka_kredit_awal_ubah')))
    expect(audit.map((a) => (a.sesudah as { nilai: number }).nilai).sort()).toEqual([40, 50.5])

    // a coefficient published by the admin nasional from the year's start
    const nasional = client(
      t.app,
      await masuk(t.app, await buatAkun(t.database, { peran: ['admin_nasional'] })),
    )
    const koef = { jenjang: 'ahli_pertama', koefisien: 15, berlakuMulai: `${Y}-01-01`, dasarHukum: 'Uji' }
    expect((await w.admin.post(`${V}/referensi/koefisien-ak`, koef)).statusCode).toBe(403)
    const terbit = await nasional.post(`${V}/referensi/koefisien-ak`, koef)
    expect(terbit.statusCode, terbit.body).toBe(201)
    expect((await nasional.post(`${V}/referensi/koefisien-ak`, koef)).statusCode).toBe(409)
    const daftar = (await w.pegawai.get(`${V}/referensi/koefisien-ak`)).json()
    expect(daftar.bawaan.ahli_pertama).toBe(12.5)
    expect(daftar.items.some((k: { id: string }) => k.id === terbit.json().id)).toBe(true)
    expect((await baca(w.pegawai, id)).json()).toMatchObject({
      segmen: [{ koefisien: 15, ak: 15 }],
      kumulatif: 55,
    })
    const [a] = await t.database.db.select().from(auditLog).where(eq(auditLog.entitasId, terbit.json().id))
    expect(a).toMatchObject({ aksi: 'koefisien_ak_terbit', entitas: 'koefisien_ak', instansiId: null })
    // later tests of this file use Y + 1 and earlier: the coefficient stays for Y only
  })

  it('who may read: the pegawai, the penilai, the heads above, admins; not a colleague; another instansi 404', async () => {
    const w = await susun()
    const id = w.p.staf.pegawai.id
    for (const c of [w.pegawai, w.atasan, w.pimpinan, w.admin])
      expect((await baca(c, id)).statusCode).toBe(200)
    expect((await baca(w.rekan, id)).statusCode).toBe(403)
    const b = await buatPohon(t.database)
    const adminB = client(t.app, await masuk(t.app, b.admin))
    expect((await baca(adminB, id)).statusCode).toBe(404)
    const put = await adminB.put(`${V}/pegawai/${id}/angka-kredit-awal`, { nilai: 1, tanggal: `${Y}-01-01` })
    expect(put.statusCode).toBe(404)
    expect((await baca(w.pegawai, crypto.randomUUID())).statusCode).toBe(404)
  })

  it('bad input is refused with field errors', async () => {
    const w = await susun()
    const id = w.p.staf.pegawai.id
    for (const body of [
      { nilai: -1, tanggal: `${Y}-01-01` },
      { nilai: 1.2345, tanggal: `${Y}-01-01` },
      { nilai: 1, tanggal: `${Y}-02-30` },
      { nilai: 1, tanggal: `${Y}-01-01`, keterangan: 'x'.repeat(1001) },
    ]) {
      const res = await w.admin.put(`${V}/pegawai/${id}/angka-kredit-awal`, body)
      expect(res.statusCode, JSON.stringify(body)).toBe(400)
    }
    expect((await baca(w.pegawai, id, 1900)).statusCode).toBe(400)
  })

  it('public read angkaKreditTahun gives the same numbers', async () => {
    const w = await susun()
    await buatEvaluasi(t.database, w.skp.id, { periode: 'FINAL' })
    const h = await angkaKreditTahun(t.database.db, w.p.instansi.id, w.p.staf.pegawai.id, Y)
    // Baik for a full year = the coefficient in force (a test above may have published one for Y)
    expect(h.konvensiBulan).toBe('awal_bulan')
    expect(h.tahunan).toBe(h.segmen[0].koefisien)
  })
})
