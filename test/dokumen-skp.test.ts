import { eq } from 'drizzle-orm'
import { extractText, getDocumentProxy } from 'unpdf'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dokumen, rhk, skp, skpPerilaku } from '../src/db/schema/index.ts'
import { maskNip } from '../src/domain/nip.ts'
import { client, createTestApp, type TestApp } from './helpers/app.ts'
import { buatAkun } from './helpers/factories.ts'
import { buatOrang, buatPohon, buatSkpDisetujui, masuk } from './helpers/skp-factories.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp({ publicUrl: 'https://kinerja.contoh.go.id' })
})
afterAll(() => t.close())

const Y = new Date().getFullYear()
const NAMA_BERAKHLAK = [
  'Berorientasi Pelayanan',
  'Akuntabel',
  'Kompeten',
  'Harmonis',
  'Loyal',
  'Adaptif',
  'Kolaboratif',
]

async function susun() {
  const p = await buatPohon(t.database, { tahun: [Y] })
  const top = await buatSkpDisetujui(t.database, p.top, { tahun: Y, intervensi: [null], varian: 'jpt' })
  const kepala = await buatSkpDisetujui(t.database, p.kepala, { tahun: Y, intervensi: [top.rhk[0].id] })
  await t.database.db
    .update(rhk)
    .set({ deskripsi: 'Meningkatnya mutu layanan pendidikan dasar' })
    .where(eq(rhk.id, kepala.rhk[0].id))
  const staf = await buatSkpDisetujui(t.database, p.staf, {
    tahun: Y,
    intervensi: [kepala.rhk[0].id, kepala.rhk[0].id],
  })
  await t.database.db
    .update(rhk)
    .set({ deskripsi: 'Tersusunnya laporan verifikasi data sekolah' })
    .where(eq(rhk.id, staf.rhk[0].id))
  await t.database.db.insert(skpPerilaku).values({
    instansiId: p.instansi.id,
    skpId: staf.skp.id,
    kodeNilai: 'AKUNTABEL',
    ekspektasi: 'Menyerahkan laporan tepat waktu setiap bulan',
  })
  await t.database.db
    .update(skp)
    .set({
      lampiran: {
        dukunganSumberDaya: ['Akses aplikasi Dapodik'],
        skemaPertanggungjawaban: ['Laporan bulanan'],
        konsekuensi: ['Teguran tertulis'],
      },
    })
    .where(eq(skp.id, staf.skp.id))
  const staf2 = await buatOrang(t.database, {
    instansiId: p.instansi.id,
    unorId: p.bidang.id,
    nama: 'Staf Dua',
  })
  return { ...p, staf2, skpStaf: staf.skp, rhkStaf: staf.rhk, rhkKepala: kepala.rhk }
}

async function unduh(akun: { username: string }, skpId: string) {
  return client(t.app, await masuk(t.app, akun)).get(`/api/v1/skp/${skpId}/pdf`)
}

async function teksPdf(pdf: Buffer) {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true })
  return text.replace(/\u200B/g, '').replace(/\s+/g, ' ')
}

const dokumenSkp = (skpId: string) => t.database.db.select().from(dokumen).where(eq(dokumen.entitasId, skpId))

describe('GET /skp/:id/pdf', () => {
  it('downloads the SKP as a PDF with names, NIPs, RHK, IKI, targets, intervensi, perilaku and the code', async () => {
    const s = await susun()
    const res = await unduh(s.staf.akun, s.skpStaf.id)
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('application/pdf')
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="SKP_${s.staf.pegawai.nip}_${Y}.pdf"`,
    )
    const teks = await teksPdf(res.rawPayload)
    const [dok] = await dokumenSkp(s.skpStaf.id)
    for (const harus of [
      'SASARAN KINERJA PEGAWAI',
      'Staf Satu',
      s.staf.pegawai.nip,
      'Kepala Bidang',
      s.kepala.pegawai.nip,
      'Tersusunnya laporan verifikasi data sekolah',
      'Meningkatnya mutu layanan pendidikan dasar',
      'Jumlah dokumen',
      '12 Dokumen',
      '80–100 %',
      ...NAMA_BERAKHLAK,
      'Menyerahkan laporan tepat waktu setiap bulan',
      'Akses aplikasi Dapodik',
      `PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER ${Y}`,
      dok.kodeVerifikasi,
    ]) {
      expect(teks, harus).toContain(harus)
    }
    expect(dok.ringkasan).toEqual({
      jenis: 'SKP',
      tahun: Y,
      periode: { mulai: `${Y}-01-01`, selesai: `${Y}-12-31` },
      nama: 'Staf Satu',
      nipTersamar: maskNip(s.staf.pegawai.nip),
      status: 'disetujui',
      hash: dok.hashKonten,
    })
  })

  it('same content → same code; a change → a new code, and the old one still verifies as it was', async () => {
    const s = await susun()
    await unduh(s.staf.akun, s.skpStaf.id)
    await unduh(s.kepala.akun, s.skpStaf.id)
    const pertama = await dokumenSkp(s.skpStaf.id)
    expect(pertama).toHaveLength(1)
    await t.database.db.update(skp).set({ status: 'draft' }).where(eq(skp.id, s.skpStaf.id))
    await t.database.db
      .update(rhk)
      .set({ deskripsi: 'Tersusunnya laporan yang lain' })
      .where(eq(rhk.id, s.rhkStaf[0].id))
    const res = await unduh(s.staf.akun, s.skpStaf.id)
    expect(await teksPdf(res.rawPayload)).toContain('Tersusunnya laporan yang lain')
    const semua = await dokumenSkp(s.skpStaf.id)
    expect(semua).toHaveLength(2)
    const baru = semua.find((d) => d.id !== pertama[0].id)!
    expect(baru.kodeVerifikasi).not.toBe(pertama[0].kodeVerifikasi)
    expect(baru.hashKonten).not.toBe(pertama[0].hashKonten)
    const lama = (await client(t.app).get(`/api/v1/verifikasi/${pertama[0].kodeVerifikasi}`)).json()
    expect(lama).toMatchObject({ valid: true, status: 'disetujui', hash: pertama[0].hashKonten })
    expect((await client(t.app).get(`/api/v1/verifikasi/${baru.kodeVerifikasi}`)).json().status).toBe('draft')
  })

  it('who may download: owner, penilai, atasan chain, admins; not a colleague; another instansi → 404', async () => {
    const s = await susun()
    for (const akun of [s.staf.akun, s.kepala.akun, s.top.akun, s.admin]) {
      expect((await unduh(akun, s.skpStaf.id)).statusCode).toBe(200)
    }
    expect((await unduh(s.staf2.akun, s.skpStaf.id)).statusCode).toBe(403)
    const other = await buatPohon(t.database)
    for (const akun of [other.admin, other.kepala.akun]) {
      expect((await unduh(akun, s.skpStaf.id)).statusCode).toBe(404)
    }
    const nasional = await buatAkun(t.database, { peran: ['admin_nasional'] })
    expect((await unduh(nasional, s.skpStaf.id)).statusCode).toBe(200)
  })
})

describe('public verification', () => {
  it('JSON and page confirm the document with the masked NIP only — no full NIP, no RHK', async () => {
    const s = await susun()
    await t.database.db
      .update(skp)
      .set({
        snapshot: {
          ...(s.skpStaf.snapshot as object),
          pegawai: {
            ...(s.skpStaf.snapshot as { pegawai: object }).pegawai,
            nama: 'Staf <b>Satu</b> & "Co"',
          },
        },
      })
      .where(eq(skp.id, s.skpStaf.id))
    await unduh(s.staf.akun, s.skpStaf.id)
    const [dok] = await dokumenSkp(s.skpStaf.id)
    const anon = client(t.app)

    const json = await anon.get(`/api/v1/verifikasi/${dok.kodeVerifikasi}`)
    expect(json.statusCode).toBe(200)
    expect(json.json()).toEqual({
      valid: true,
      kode: dok.kodeVerifikasi,
      jenis: 'SKP',
      tahun: Y,
      periode: { mulai: `${Y}-01-01`, selesai: `${Y}-12-31` },
      nama: 'Staf <b>Satu</b> & "Co"',
      nipTersamar: maskNip(s.staf.pegawai.nip),
      status: 'disetujui',
      hash: dok.hashKonten,
      dibuat: dok.createdAt.toISOString(),
    })
    // a code typed from paper: lower case, no dashes
    const diketik = dok.kodeVerifikasi.replace(/-/g, '').toLowerCase()
    expect((await anon.get(`/api/v1/verifikasi/${diketik}`)).json().kode).toBe(dok.kodeVerifikasi)

    const page = await anon.get(`/verifikasi/${dok.kodeVerifikasi}`)
    expect(page.statusCode).toBe(200)
    expect(page.headers['content-type']).toMatch(/^text\/html/)
    expect(page.headers['content-security-policy']).toMatch(/style-src 'self' 'unsafe-inline'/)
    const html = page.body
    expect(html).toContain(maskNip(s.staf.pegawai.nip))
    expect(html).toContain('Staf &lt;b&gt;Satu&lt;/b&gt; &amp; &quot;Co&quot;')
    expect(html).toContain(dok.hashKonten)
    expect(html).toContain('Dokumen asli')
    expect(html).toContain('Authentic document')
    expect(html).not.toContain('<b>Satu')
    expect(html).not.toContain('<script')
    for (const rahasia of [
      s.staf.pegawai.nip,
      s.kepala.pegawai.nip,
      'Tersusunnya laporan verifikasi',
      'Jumlah dokumen',
      'Kepala Bidang',
    ]) {
      expect(html).not.toContain(rahasia)
      expect(json.body).not.toContain(rahasia)
    }
  })

  it('an unknown code is 404 for the JSON and the page', async () => {
    const anon = client(t.app)
    const json = await anon.get('/api/v1/verifikasi/AAAA-BBBB-CCCC-DDDD')
    expect(json.statusCode).toBe(404)
    expect(json.json()).toEqual({ valid: false })
    expect((await anon.get('/api/v1/verifikasi/bukan-kode')).json()).toEqual({ valid: false })
    const page = await anon.get('/verifikasi/AAAA-BBBB-CCCC-DDDD')
    expect(page.statusCode).toBe(404)
    expect(page.body).toContain('Dokumen tidak ditemukan')
    expect(page.body).toContain('Document not found')
  })

  it('is rate-limited per IP', async () => {
    const kirim = (url: string, ip: string) => t.app.inject({ method: 'GET', url, remoteAddress: ip })
    for (let i = 0; i < 60; i++)
      expect((await kirim('/api/v1/verifikasi/AAAA-BBBB-CCCC-DDDD', '10.9.9.9')).statusCode).toBe(404)
    expect((await kirim('/api/v1/verifikasi/AAAA-BBBB-CCCC-DDDD', '10.9.9.9')).statusCode).toBe(429)
    expect((await kirim('/api/v1/verifikasi/AAAA-BBBB-CCCC-DDDD', '10.9.9.10')).statusCode).toBe(404)
    for (let i = 0; i < 60; i++) await kirim('/verifikasi/AAAA-BBBB-CCCC-DDDD', '10.9.9.11')
    expect((await kirim('/verifikasi/AAAA-BBBB-CCCC-DDDD', '10.9.9.11')).statusCode).toBe(429)
  })
})
