import { writeFileSync } from 'node:fs'
import ExcelJS from 'exceljs'
import { eq } from 'drizzle-orm'
import { extractText, getDocumentProxy } from 'unpdf'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { evaluasi, keberatan } from '../src/db/schema/index.ts'
import type { RiwayatView } from '../src/shared/riwayat.ts'
import { client, createTestApp, type TestApp } from './helpers/app.ts'
import { buatEvaluasi, buatRantaiDisetujui } from './helpers/evaluasi-factories.ts'
import { buatOrang, buatPohon, masuk } from './helpers/skp-factories.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp({ publicUrl: 'https://kinerja.contoh.go.id' })
})
afterAll(() => t.close())

const Y = new Date().getFullYear()

async function susun() {
  const { p, staf } = await buatRantaiDisetujui(t.database, Y)
  const v1 = await buatEvaluasi(t.database, staf.skp.id, {
    periode: 'TW1',
    status: 'digantikan',
    ratingHasil: 'DI_BAWAH',
    ratingPerilaku: 'SESUAI',
  })
  const v2 = await buatEvaluasi(t.database, staf.skp.id, { periode: 'TW1', versi: 2, ratingHasil: 'SESUAI' })
  await t.database.db
    .update(evaluasi)
    .set({
      asal: { oleh: 'keberatan', alasan: '=HYPERLINK("http://x")', olehNama: 'Pimpinan', pada: `${Y}-04-20` },
    })
    .where(eq(evaluasi.id, v2.id))
  await t.database.db.insert(keberatan).values({
    instansiId: p.instansi.id,
    evaluasiId: v1.id,
    pegawaiId: p.staf.pegawai.id,
    alasan: 'Bukti dukung belum dipertimbangkan',
    status: 'diputuskan',
    keputusan: 'ubah',
    alasanKeputusan: 'Bukti dukung lengkap',
    ratingHasilBaru: 'SESUAI',
    ratingPerilakuBaru: 'SESUAI',
    predikatBaru: 'BAIK',
    diputuskanAt: new Date(),
    evaluasiBaruId: v2.id,
  })
  const fin = await buatEvaluasi(t.database, staf.skp.id, {
    periode: 'FINAL',
    ratingHasil: 'DI_ATAS',
    ratingPerilaku: 'DI_ATAS',
  })
  const draf = await buatEvaluasi(t.database, staf.skp.id, { periode: 'TW2', status: 'draft' })
  return { ...p, skpStaf: staf.skp, v1, v2, fin, draf }
}

const get = async (akun: { username: string }, url: string) =>
  client(t.app, await masuk(t.app, akun)).get(url)

describe('GET /riwayat/:pegawaiId', () => {
  it('lists the year: SKP, every evaluation version (current marked), predikat, keberatan', async () => {
    const d = await susun()
    const res = await get(d.staf.akun, `/api/v1/riwayat/${d.staf.pegawai.id}`)
    expect(res.statusCode).toBe(200)
    const v = res.json() as RiwayatView
    expect(v.pegawai.id).toBe(d.staf.pegawai.id)
    const y = v.tahun.find((x) => x.tahun === Y)!
    expect(y.skp).toHaveLength(1)
    expect(y.skp[0]).toMatchObject({ id: d.skpStaf.id, status: 'disetujui', penilai: 'Kepala Bidang' })
    const tw1 = y.evaluasi.filter((e) => e.periode === 'TW1')
    expect(tw1.map((e) => [e.versi, e.status, e.kini])).toEqual([
      [1, 'digantikan', false],
      [2, 'final', true],
    ])
    expect(tw1[1].asal).toMatchObject({ oleh: 'keberatan' })
    expect(y.predikatTahunan).toBe('SANGAT_BAIK')
    expect(y.keberatan).toHaveLength(1)
    expect(y.keberatan[0]).toMatchObject({ evaluasiId: d.v1.id, keputusan: 'ubah', predikatBaru: 'BAIK' })
    expect(y.evaluasi.find((e) => e.id === d.draf.id)?.status).toBe('draft')
  })

  it('is read by the pegawai, heads above and admins; not by a colleague; another instansi gets 404', async () => {
    const d = await susun()
    const url = `/api/v1/riwayat/${d.staf.pegawai.id}`
    expect((await get(d.kepala.akun, url)).statusCode).toBe(200)
    expect((await get(d.top.akun, url)).statusCode).toBe(200)
    expect((await get(d.admin, url)).statusCode).toBe(200)
    const rekan = await buatOrang(t.database, {
      instansiId: d.instansi.id,
      unorId: d.bidang.id,
      nama: 'Rekan',
    })
    expect((await get(rekan.akun, url)).statusCode).toBe(403)
    // a subordinate never reads the head's record
    expect((await get(d.staf.akun, `/api/v1/riwayat/${d.kepala.pegawai.id}`)).statusCode).toBe(403)
    const lain = await buatPohon(t.database, { tahun: [Y] })
    for (const akhir of ['', '/riwayat.xlsx', '/bundel.pdf']) {
      expect((await get(lain.admin, url + akhir)).statusCode).toBe(404)
      expect((await get(lain.staf.akun, url + akhir)).statusCode).toBe(404)
      expect((await get(rekan.akun, url + akhir)).statusCode).toBe(403)
    }
  })
})

describe('riwayat.xlsx', () => {
  it('has one sheet per kind, every version, and text that would run as a formula guarded', async () => {
    const d = await susun()
    const res = await get(d.staf.akun, `/api/v1/riwayat/${d.staf.pegawai.id}/riwayat.xlsx`)
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toContain('spreadsheetml')
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer)
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'SKP',
      'Evaluasi',
      'Keberatan',
      'Angka Kredit',
      'Dokumen',
    ])
    const ev = wb.getWorksheet('Evaluasi')!
    const nilai = ev
      .getSheetValues()
      .flat()
      .filter((x) => typeof x === 'string') as string[]
    expect(nilai).toContain('Digantikan')
    expect(nilai).toContain('TAHUNAN')
    expect(nilai).toContain('Sangat Baik')
    const asal = nilai.find((x) => x.includes('HYPERLINK'))!
    expect(asal.startsWith('=')).toBe(false)
    for (const w of wb.worksheets)
      w.eachRow((row) => row.eachCell((c) => expect(c.formula ?? null).toBeNull()))
  })
})

describe('bundel.pdf', () => {
  it('holds every final evaluation summary in order, each with its verification code', async () => {
    const d = await susun()
    const res = await get(d.kepala.akun, `/api/v1/riwayat/${d.staf.pegawai.id}/bundel.pdf`)
    expect(res.statusCode).toBe(200)
    if (process.env.H6_PNG) writeFileSync(`${process.env.H6_PNG}/bundel.pdf`, res.rawPayload)
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(res.rawPayload)), {
      mergePages: true,
    })
    const isi = text.replace(/\s+/g, ' ')
    // TW1 v1 (replaced), TW1 v2, FINAL: not the draft
    expect(isi.match(/DOKUMEN EVALUASI KINERJA PEGAWAI/g)).toHaveLength(3)
    expect(isi.indexOf('TRIWULAN I')).toBeLessThan(isi.indexOf('TAHUNAN'))
    expect(isi).toContain('Versi ini telah digantikan')
    expect(isi.match(/Kode verifikasi: [0-9A-Z]{4}-/g)).toHaveLength(3)
    // the summaries are issued documents: the riwayat lists them
    const v = (await get(d.staf.akun, `/api/v1/riwayat/${d.staf.pegawai.id}`)).json() as RiwayatView
    expect(v.tahun[0].dokumen.filter((x) => x.jenis === 'dokumen_evaluasi')).toHaveLength(3)
    // a second bundle issues nothing new
    await get(d.kepala.akun, `/api/v1/riwayat/${d.staf.pegawai.id}/bundel.pdf`)
    const v2 = (await get(d.staf.akun, `/api/v1/riwayat/${d.staf.pegawai.id}`)).json() as RiwayatView
    expect(v2.tahun[0].dokumen).toHaveLength(3)
  })
})
