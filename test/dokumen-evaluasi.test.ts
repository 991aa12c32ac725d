import { createHash } from 'node:crypto'
import { and, eq } from 'drizzle-orm'
import { extractText, getDocumentProxy } from 'unpdf'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dokumen, evaluasi, penetapanPredikat } from '../src/db/schema/index.ts'
import { client, createTestApp, type TestApp } from './helpers/app.ts'
import { buatEvaluasi, buatRantaiDisetujui, setPredikatOrganisasi } from './helpers/evaluasi-factories.ts'
import { buatOrang, buatPohon, buatSkpDisetujui, masuk } from './helpers/skp-factories.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp({ publicUrl: 'https://kinerja.contoh.go.id' })
})
afterAll(() => t.close())

const Y = new Date().getFullYear()

async function susun() {
  const { p, staf } = await buatRantaiDisetujui(t.database, Y)
  const e = await buatEvaluasi(t.database, staf.skp.id, {
    periode: 'TW1',
    ratingHasil: 'DI_ATAS',
    ratingPerilaku: 'DI_ATAS',
  })
  // the snapshot as the evaluation service writes it: the unit, for the predikat organisasi and the curve
  await t.database.db
    .update(evaluasi)
    .set({
      snapshot: {
        ...(e.snapshot as object),
        unorId: p.bidang.id,
        unorNama: p.bidang.nama,
        kepalaUnit: false,
      },
      umpanBalikPerilaku: { AKUNTABEL: 'Laporan selalu tepat waktu' },
      umpanBalikHasil: { [staf.rhk[0].id]: 'Hasil melebihi target triwulan' },
      catatan: 'Pertahankan kinerja',
    })
    .where(eq(evaluasi.id, e.id))
  await setPredikatOrganisasi(t.database, {
    instansiId: p.instansi.id,
    unorId: p.bidang.id,
    tahun: Y,
    periode: 'TW1',
    predikat: 'BAIK',
    akunId: p.admin.id,
  })
  return { ...p, skpStaf: staf.skp, e }
}

const unduh = async (akun: { username: string }, url: string) =>
  client(t.app, await masuk(t.app, akun)).get(url)

async function teksPdf(pdf: Buffer) {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true })
  return text.replace(/\u200B/g, '').replace(/\s+/g, ' ')
}

describe('Evaluasi Kinerja PDF', () => {
  it('prints the official blocks, the predikat and the verification code; a re-download is the same file', async () => {
    const d = await susun()
    const url = `/api/v1/evaluasi/${d.e.id}/dokumen/evaluasi.pdf`
    const res = await unduh(d.staf.akun, url)
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('application/pdf')
    const pdf = res.rawPayload
    await simpanBila(pdf, 'evaluasi')
    const isi = await teksPdf(pdf)
    for (const j of [
      'EVALUASI KINERJA PEGAWAI',
      'TRIWULAN I',
      'PEGAWAI YANG DINILAI',
      'PEJABAT PENILAI KINERJA',
      'CAPAIAN KINERJA ORGANISASI',
      'POLA DISTRIBUSI',
      'HASIL KERJA',
      'REALISASI BERDASARKAN BUKTI DUKUNG',
      'RATING HASIL KERJA',
      'PERILAKU KERJA',
      'RATING PERILAKU KERJA',
      'PREDIKAT KINERJA PEGAWAI',
      'Sangat Baik',
      'Di Atas Ekspektasi',
      'Laporan selalu tepat waktu',
      'Hasil melebihi target triwulan',
      'Staf Satu',
    ])
      expect(isi).toContain(j)
    expect(isi).not.toContain('DRAF')
    const [row] = await t.database.db
      .select()
      .from(dokumen)
      .where(and(eq(dokumen.evaluasiId, d.e.id), eq(dokumen.jenis, 'evaluasi')))
    expect(isi).toContain(row.kodeVerifikasi)
    expect(row.entitasId).toBe(d.skpStaf.id)
    expect(row.hashBerkas).toBe(createHash('sha256').update(pdf).digest('hex'))
    // the penilai downloads the same version: same bytes
    const lagi = await unduh(d.kepala.akun, url)
    expect(lagi.statusCode).toBe(200)
    expect(Buffer.compare(lagi.rawPayload, pdf)).toBe(0)
    // public verification names the kind and the period
    const v = await client(t.app).get(`/api/v1/verifikasi/${row.kodeVerifikasi}`)
    expect(v.json()).toMatchObject({ jenis: 'EVALUASI', periodeKode: 'TW1', status: 'final', final: true })
    const halaman = await client(t.app).get(`/verifikasi/${row.kodeVerifikasi}`)
    expect(halaman.body).toContain('Evaluasi Kinerja')
    // the SKP's own document is not confused with the evaluation's (both name the SKP)
    const skp1 = await unduh(d.staf.akun, `/api/v1/skp/${d.skpStaf.id}/pdf`)
    const skp2 = await unduh(d.staf.akun, `/api/v1/skp/${d.skpStaf.id}/pdf`)
    expect(Buffer.compare(skp1.rawPayload, skp2.rawPayload)).toBe(0)
  })

  it('marks a draft evaluation DRAF and records it as a draft', async () => {
    const d = await susun()
    await t.database.db
      .update(evaluasi)
      .set({ status: 'draft', difinalisasiAt: null })
      .where(eq(evaluasi.id, d.e.id))
    const res = await unduh(d.kepala.akun, `/api/v1/evaluasi/${d.e.id}/dokumen/evaluasi.pdf`)
    expect(res.statusCode).toBe(200)
    expect(await teksPdf(res.rawPayload)).toContain('DRAF')
    const [row] = await t.database.db.select().from(dokumen).where(eq(dokumen.evaluasiId, d.e.id))
    const v = await client(t.app).get(`/api/v1/verifikasi/${row.kodeVerifikasi}`)
    expect(v.json()).toMatchObject({ status: 'draft', final: false })
  })

  it('refuses others: a colleague 403, another instansi 404', async () => {
    const d = await susun()
    const rekan = await buatOrang(t.database, {
      instansiId: d.instansi.id,
      unorId: d.bidang.id,
      nama: 'Rekan',
    })
    const lain = await buatPohon(t.database, { tahun: [Y] })
    for (const jenis of ['evaluasi', 'ringkasan']) {
      const url = `/api/v1/evaluasi/${d.e.id}/dokumen/${jenis}.pdf`
      expect((await unduh(rekan.akun, url)).statusCode).toBe(403)
      expect((await unduh(lain.admin, url)).statusCode).toBe(404)
      expect((await unduh(lain.staf.akun, url)).statusCode).toBe(404)
      expect((await unduh(d.admin, url)).statusCode).toBe(200)
      expect((await unduh(d.top.akun, url)).statusCode).toBe(200)
    }
  })
})

describe('POLA DISTRIBUSI of a final evaluation', () => {
  it('counts the unit as it was at finalisation: a pegawai who joins afterwards does not change it', async () => {
    const { p, staf } = await buatRantaiDisetujui(t.database, Y)
    await setPredikatOrganisasi(t.database, {
      instansiId: p.instansi.id,
      unorId: p.bidang.id,
      tahun: Y,
      periode: 'TW1',
      predikat: 'BAIK',
      akunId: p.admin.id,
    })
    const penilai = client(t.app, await masuk(t.app, p.kepala.akun))
    const buka = await penilai.post(`/api/v1/skp/${staf.skp.id}/evaluasi/TW1`)
    expect(buka.statusCode, buka.body).toBe(200)
    const simpan = await penilai.put(`/api/v1/evaluasi/${buka.json().id}`, {
      ratingHasil: 'SESUAI',
      alasanRatingHasil: 'Sesuai bukti dukung triwulan ini',
      revisi: buka.json().revisi,
      ratingPerilaku: 'SESUAI',
    })
    expect(simpan.statusCode, simpan.body).toBe(200)
    const f = await penilai.post(`/api/v1/evaluasi/${buka.json().id}/finalisasi`, {
      revisi: simpan.json().revisi,
    })
    expect(f.statusCode, f.body).toBe(200)
    const [row] = await t.database.db.select().from(evaluasi).where(eq(evaluasi.id, buka.json().id))
    // the staf is the only one counted: the head (Kepala Bidang) is not
    expect(row.snapshot).toMatchObject({ unorId: p.bidang.id, jumlahPegawaiUnit: 1 })
    // a colleague with an approved SKP joins the unit after the result was final
    const baru = await buatOrang(t.database, {
      instansiId: p.instansi.id,
      unorId: p.bidang.id,
      nama: 'Pindahan',
    })
    await buatSkpDisetujui(t.database, baru, { tahun: Y, intervensi: [null] })
    const res = await unduh(p.staf.akun, `/api/v1/evaluasi/${row.id}/dokumen/evaluasi.pdf`)
    expect(res.statusCode).toBe(200)
    const isi = await teksPdf(res.rawPayload)
    expect(isi).toContain('dihitung dalam pola distribusi: 1 orang')
  })
})

describe('Dokumen Evaluasi Kinerja Pegawai (summary)', () => {
  it('prints the three blocks, capaian organisasi, predikat and catatan', async () => {
    const d = await susun()
    const res = await unduh(d.staf.akun, `/api/v1/evaluasi/${d.e.id}/dokumen/ringkasan.pdf`)
    expect(res.statusCode).toBe(200)
    const isi = await teksPdf(res.rawPayload)
    for (const j of [
      'DOKUMEN EVALUASI KINERJA PEGAWAI',
      'PEGAWAI YANG DINILAI',
      'PEJABAT PENILAI KINERJA',
      'ATASAN PEJABAT PENILAI KINERJA',
      'CAPAIAN KINERJA ORGANISASI',
      'Baik',
      'Sangat Baik',
      'CATATAN / REKOMENDASI',
      'Pertahankan kinerja',
    ])
      expect(isi).toContain(j)
    const [row] = await t.database.db
      .select()
      .from(dokumen)
      .where(and(eq(dokumen.evaluasiId, d.e.id), eq(dokumen.jenis, 'dokumen_evaluasi')))
    expect(isi).toContain(row.kodeVerifikasi)
    await simpanBila(res.rawPayload, 'ringkasan')
  })
})

describe('annual (FINAL) documents', () => {
  it('prints TAHUNAN over the whole year, both documents', async () => {
    const d = await susun()
    const fin = await buatEvaluasi(t.database, d.skpStaf.id, {
      periode: 'FINAL',
      ratingHasil: 'SESUAI',
      ratingPerilaku: 'SESUAI',
    })
    for (const jenis of ['evaluasi', 'ringkasan']) {
      const res = await unduh(d.staf.akun, `/api/v1/evaluasi/${fin.id}/dokumen/${jenis}.pdf`)
      expect(res.statusCode).toBe(200)
      const isi = await teksPdf(res.rawPayload)
      expect(isi).toContain('TAHUNAN')
      expect(isi).toContain('31 DESEMBER')
      expect(isi).toContain('Baik')
    }
  })
})

describe('Penetapan Predikat Kinerja', () => {
  it('prints the unit, the pegawai table and the curve check; only heads and admins download it', async () => {
    const d = await susun()
    const [p] = await t.database.db
      .insert(penetapanPredikat)
      .values({
        instansiId: d.instansi.id,
        unorId: d.bidang.id,
        tahun: Y,
        periode: 'TW1',
        baris: [
          {
            pegawaiId: d.staf.pegawai.id,
            nama: 'Staf Satu',
            nip: d.staf.pegawai.nip,
            jabatan: 'Analis',
            ratingHasil: 'DI_ATAS',
            ratingPerilaku: 'DI_ATAS',
            predikat: 'SANGAT_BAIK',
            dikalibrasi: false,
          },
        ],
        kurva: {
          predikatOrganisasi: 'BAIK',
          jumlah: { SANGAT_BAIK: 1 },
          peringatan: [
            {
              code: 'DISTRIBUSI.KURANG_DARI_MIN',
              predikat: ['BUTUH_PERBAIKAN', 'KURANG'],
              batas: 1,
              aktual: 0,
            },
          ],
        },
        ditetapkanOlehAkunId: d.kepala.akun.id,
        ditetapkanOlehPegawaiId: d.kepala.pegawai.id,
      })
      .returning()
    const url = `/api/v1/penetapan-predikat/${p.id}/dokumen.pdf`
    const res = await unduh(d.kepala.akun, url)
    expect(res.statusCode).toBe(200)
    await simpanBila(res.rawPayload, 'penetapan')
    const isi = await teksPdf(res.rawPayload)
    for (const j of [
      'PENETAPAN PREDIKAT KINERJA PEGAWAI',
      d.bidang.nama,
      'Staf Satu',
      'Sangat Baik',
      'kurang dari batas paling sedikit',
    ])
      expect(isi).toContain(j)
    expect((await unduh(d.staf.akun, url)).statusCode).toBe(403)
    expect((await unduh(d.admin, url)).statusCode).toBe(200)
    expect((await unduh((await buatPohon(t.database, { tahun: [Y] })).admin, url)).statusCode).toBe(404)
    const [row] = await t.database.db.select().from(dokumen).where(eq(dokumen.penetapanId, p.id))
    const v = await client(t.app).get(`/api/v1/verifikasi/${row.kodeVerifikasi}`)
    expect(v.json()).toMatchObject({ jenis: 'PENETAPAN_PREDIKAT', nama: d.bidang.nama, final: true })
    const halaman = await client(t.app).get(`/verifikasi/${row.kodeVerifikasi}`)
    expect(halaman.body).toContain('Penetapan Predikat Kinerja')
    expect(halaman.body).not.toContain('NIP (disamarkan)')
  })
})

/** H6_PNG=dir writes the summary for a visual check (pdftoppm). */
async function simpanBila(pdf: Buffer, nama: string) {
  const dir = process.env.H6_PNG
  if (!dir) return
  const { writeFileSync } = await import('node:fs')
  writeFileSync(`${dir}/${nama}.pdf`, pdf)
}
