import { createHash } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { extractText, getDocumentProxy } from 'unpdf'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dokumen, rhk, skp, skpPerilaku } from '../src/db/schema/index.ts'
import { maskNip } from '../src/domain/nip.ts'
import type { RingkasanDokumen } from '../src/shared/dokumen.ts'
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

const dokumenSkp = (skpId: string) =>
  t.database.db.select().from(dokumen).where(eq(dokumen.entitasId, skpId)).orderBy(dokumen.createdAt)

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex')

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
      tanggalPersetujuan: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    })
    expect(dok.hashBerkas).toBe(sha256(res.rawPayload))
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
    expect(lama).toMatchObject({ valid: true, status: 'disetujui', hash: pertama[0].hashBerkas })
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
      tanggalPersetujuan: (dok.ringkasan as RingkasanDokumen).tanggalPersetujuan,
      final: true,
      hash: dok.hashBerkas,
      dibuat: dok.createdAt.toISOString(),
      digantiOleh: null,
      versiTerbaru: null,
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
    expect(html).toContain(dok.hashBerkas)
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

describe('issue 6: honest documents', () => {
  const anon = () => client(t.app)

  it('prints the stored approval date (WIB), not the download date, and no DRAF', async () => {
    const s = await susun()
    // 27 January, 01:30 in Jakarta = 26 January 18:30 UTC: the printed date is the Indonesian one
    await t.database.db
      .update(skp)
      .set({ disetujuiAt: new Date(`${Y}-01-26T18:30:00Z`) })
      .where(eq(skp.id, s.skpStaf.id))
    const teks = await teksPdf((await unduh(s.staf.akun, s.skpStaf.id)).rawPayload)
    expect(teks.split(`27 Januari ${Y}`).length - 1).toBe(2) // main part and lampiran sheet
    expect(teks).not.toMatch(/DRAF/)
    const [dok] = await dokumenSkp(s.skpStaf.id)
    expect((dok.ringkasan as RingkasanDokumen).tanggalPersetujuan).toBe(`${Y}-01-27`)
  })

  it('downloading the same version twice gives the same bytes, whose SHA-256 is the one the page shows', async () => {
    const s = await susun()
    const a = await unduh(s.staf.akun, s.skpStaf.id)
    const b = await unduh(s.kepala.akun, s.skpStaf.id)
    expect(a.rawPayload.equals(b.rawPayload)).toBe(true)
    const [dok] = await dokumenSkp(s.skpStaf.id)
    const hash = sha256(a.rawPayload)
    expect(dok.hashBerkas).toBe(hash)
    expect((await anon().get(`/api/v1/verifikasi/${dok.kodeVerifikasi}`)).json().hash).toBe(hash)
    const html = (await anon().get(`/verifikasi/${dok.kodeVerifikasi}`)).body
    expect(html).toContain(hash)
    expect(html).toContain('SHA-256 berkas PDF')
    expect(html).toContain('sha256sum')
    expect(html).toContain('seluruh isi berkas PDF')
  })

  it('a draft: DRAF in the PDF text, no approval date, and an amber page that says it is not final', async () => {
    const s = await susun()
    await t.database.db
      .update(skp)
      .set({ status: 'diajukan', disetujuiAt: null })
      .where(eq(skp.id, s.skpStaf.id))
    const teks = await teksPdf((await unduh(s.staf.akun, s.skpStaf.id)).rawPayload)
    expect(teks).toContain('DRAF — SKP ini sudah diajukan tetapi belum disetujui')
    expect(teks).toContain('DRAF (belum disetujui)')
    const [dok] = await dokumenSkp(s.skpStaf.id)
    const json = (await anon().get(`/api/v1/verifikasi/${dok.kodeVerifikasi}`)).json()
    expect(json).toMatchObject({ status: 'diajukan', final: false, tanggalPersetujuan: null })
    const html = (await anon().get(`/verifikasi/${dok.kodeVerifikasi}`)).body
    expect(html).toContain('class="status perhatian"')
    expect(html).toContain('DRAF — bukan dokumen final')
    expect(html).toContain('DRAFT — not a final document')
    expect(html).not.toContain('class="status ok"')
    expect(html).not.toContain('Dokumen asli')
  })

  it('a replaced version says so and names its successor (code and date); the latest does not', async () => {
    const s = await susun()
    await unduh(s.staf.akun, s.skpStaf.id)
    await t.database.db
      .update(rhk)
      .set({ deskripsi: 'Tersusunnya laporan verifikasi yang diperbaiki' })
      .where(eq(rhk.id, s.rhkStaf[0].id))
    await unduh(s.staf.akun, s.skpStaf.id)
    // back to the first content: a third version, not the first one again (versions stay in order)
    await t.database.db
      .update(rhk)
      .set({ deskripsi: 'Tersusunnya laporan verifikasi data sekolah' })
      .where(eq(rhk.id, s.rhkStaf[0].id))
    await unduh(s.staf.akun, s.skpStaf.id)
    const [v1, v2, v3] = await dokumenSkp(s.skpStaf.id)
    expect(v3.hashKonten).toBe(v1.hashKonten)
    expect(new Set([v1.kodeVerifikasi, v2.kodeVerifikasi, v3.kodeVerifikasi]).size).toBe(3)

    const j1 = (await anon().get(`/api/v1/verifikasi/${v1.kodeVerifikasi}`)).json()
    expect(j1.digantiOleh).toEqual({ kode: v2.kodeVerifikasi, dibuat: v2.createdAt.toISOString() })
    expect(j1.versiTerbaru).toEqual({ kode: v3.kodeVerifikasi, dibuat: v3.createdAt.toISOString() })
    const j3 = (await anon().get(`/api/v1/verifikasi/${v3.kodeVerifikasi}`)).json()
    expect(j3).toMatchObject({ final: true, digantiOleh: null, versiTerbaru: null })

    const html = (await anon().get(`/verifikasi/${v1.kodeVerifikasi}`)).body
    expect(html).toContain('Versi ini telah diganti')
    expect(html).toContain(`href="/verifikasi/${v2.kodeVerifikasi}"`)
    expect(html).toContain(v2.kodeVerifikasi)
    expect(html).not.toContain('class="status ok"')
    expect((await anon().get(`/verifikasi/${v3.kodeVerifikasi}`)).body).toContain('class="status ok"')
  })
})
