import { mkdirSync } from 'node:fs'
import { expect, test, type Browser, type Page } from '@playwright/test'
import { apiLogin } from './api.ts'
import { cekAksesibilitas, PASSWORD } from './helpers.ts'
import { seksiPindah, TAHUN } from './rantai.ts'

/**
 * Issue 9: the penilai opens Penilaian Bawahan, opens a subordinate's evaluation, sees the suggestion beside
 * the realisasi, rates (a reason is asked when the rating differs from the suggestion), sees the predikat the
 * server computed and finalises; the pegawai sees the result in Penilaian Saya and acknowledges it. On a
 * 390×844 phone, as the evaluation is done in the field.
 */
test.describe.configure({ mode: 'serial' })

const PONSEL = { width: 390, height: 844 }
const LAYAR = 'tmp/screenshots'
mkdirSync(LAYAR, { recursive: true })
const ALASAN =
  'Validasi data pindah datang melampaui target, tetapi sebagian dibantu tim lain pada bulan Desember.'

interface Dunia {
  /** The Kepala Seksi Pindah Datang: the penilai. */
  kasi: string
  nip: string
  pegawaiId: string
  skpId: string
  periode: string
  evaluasiId?: string
}
let dunia: Dunia

async function bukaPonsel(browser: Browser, nip: string): Promise<Page> {
  const ctx = await browser.newContext({ viewport: PONSEL, isMobile: true, hasTouch: true })
  const page = await ctx.newPage()
  await page.goto('/login')
  await page.getByTestId('login-username').fill(nip)
  await page.getByTestId('login-password').fill(PASSWORD)
  await page.getByTestId('login-submit').click()
  await expect(page.getByTestId('nav-burger')).toBeVisible()
  return page
}

test('the penilai rates a subordinate from Penilaian Bawahan and finalises', async ({ browser, baseURL }) => {
  test.setTimeout(180_000)
  const { kasi: KASI, rekan } = await seksiPindah(baseURL!)
  const pegawai = await apiLogin(baseURL!, rekan.nip)
  const skp = await pegawai.post('/skp', { tahun: TAHUN, pendekatan: 'kuantitatif' })
  const kandidat = await pegawai.get(`/skp/${skp.id}/kandidat-intervensi`)
  await pegawai.post(`/skp/${skp.id}/rhk`, {
    jenis: 'utama',
    deskripsi: 'Tervalidasinya data kepindahan penduduk',
    intervensiRhkId: kandidat.kandidat[0].rhkId,
    klasifikasi: 'individu',
    iki: [
      {
        aspek: 'kuantitas',
        indikator: 'Jumlah data pindah datang yang divalidasi',
        targetMin: 600,
        satuan: 'Data',
      },
    ],
  })
  await pegawai.post(`/skp/${skp.id}/ajukan`, {})
  const kasi = await apiLogin(baseURL!, KASI)
  await kasi.post(`/skp/${skp.id}/setujui`, {})
  // The period the server offers first, and a realisasi well above its target (the year's 600 in full).
  const { periode } = await kasi.get(`/penilaian/bawahan?tahun=${TAHUN}`)
  const isi = await pegawai.get(`/skp/${skp.id}`)
  await pegawai.put(`/skp/${skp.id}/realisasi/${isi.rhk[0].iki[0].id}/${periode}`, { nilai: 690 })
  dunia = { kasi: KASI, nip: rekan.nip, pegawaiId: rekan.id, skpId: skp.id, periode }

  const page = await bukaPonsel(browser, KASI)
  const tid = (id: string) => page.getByTestId(id)
  await page.goto('/penilaian')
  const baris = tid(`bawahan-${rekan.id}`)
  await expect(baris).toBeVisible()
  await expect(baris.getByTestId('saran')).toContainText('Di Atas Ekspektasi')
  await cekAksesibilitas(page)
  await page.screenshot({ path: `${LAYAR}/penilaian-bawahan-ponsel.png`, fullPage: true })
  await baris.getByTestId(`bawahan-aksi-${rekan.id}`).click()
  await page.waitForURL(/\/evaluasi\/[0-9a-f-]{36}$/)
  dunia.evaluasiId = page.url().split('/').at(-1)

  // The realisasi beside the suggestion: the capaian the server computed for the period's target.
  const evaluasi = await kasi.get(`/evaluasi/${dunia.evaluasiId}`)
  const capaian = evaluasi.hasilKerja[0].iki[0].capaian as number
  expect(capaian).toBeGreaterThan(110)
  await expect(tid('capaian').first()).toHaveText(`${String(capaian).replace('.', ',')}%`)
  await expect(tid('saran-rating')).toContainText('Di Atas Ekspektasi')
  await expect(tid('ke-realisasi')).toHaveAttribute('href', `/skp/${skp.id}/realisasi?periode=${periode}`)
  await expect(tid('alasan-rating')).toHaveCount(0)

  // A rating that differs from the suggestion: the reason field appears; the server refuses it empty.
  await tid('rating-hasil-SESUAI').check()
  await expect(tid('alasan-rating')).toBeVisible()
  await tid('rating-perilaku-SESUAI').check()
  await tid('umpan-perilaku-AKUNTABEL').fill('Laporan selalu tepat waktu dan dapat dipertanggungjawabkan.')
  await tid('evaluasi-simpan').click()
  await expect(tid('alasan-rating')).toHaveAttribute('aria-invalid', 'true')
  await expect(tid('predikat')).not.toContainText('Baik')

  await tid('alasan-rating').fill(ALASAN)
  await tid('evaluasi-simpan').click()
  // The predikat the server computed from the matrix (Sesuai × Sesuai → Baik).
  await expect(tid('predikat').locator('[data-predikat]')).toHaveAttribute('data-predikat', 'BAIK')
  await expect(tid('alasan-rating')).toHaveValue(ALASAN)
  await cekAksesibilitas(page)
  await page.screenshot({ path: `${LAYAR}/evaluasi-ponsel.png`, fullPage: true })

  // the "saved" toast sits over the buttons at the bottom of a phone (and the tap keeps it there): close it
  await page
    .getByRole('alert')
    .filter({ hasText: 'Evaluasi disimpan' })
    .getByRole('button', { name: 'Tutup' })
    .click()
  await tid('evaluasi-finalisasi').click()
  await tid('confirm-ok').click()
  await expect(tid('status-evaluasi').first()).toHaveText('Final')
  await expect(tid('evaluasi-simpan')).toHaveCount(0)
  await expect(tid('hasil-rating-hasil')).toHaveText('Sesuai Ekspektasi')

  // The curve panel shows the server's counts, the new Baik included.
  const { kurva } = await kasi.get(`/kurva/pratinjau?tahun=${TAHUN}&periode=${periode}`)
  expect(kurva.jumlah.BAIK).toBeGreaterThanOrEqual(1)
  await page.goto('/penilaian')
  await expect(tid('kurva-batang-BAIK')).toContainText(String(kurva.jumlah.BAIK))
  await page.context().close()
})

test('the pegawai sees the result in Penilaian Saya and acknowledges it', async ({ browser }) => {
  test.setTimeout(120_000)
  const { nip, evaluasiId } = dunia
  const page = await bukaPonsel(browser, nip)
  const tid = (id: string) => page.getByTestId(id)
  await page.goto('/penilaian-saya')
  const kartu = tid(`saya-${evaluasiId}`)
  await expect(kartu).toBeVisible()
  await expect(kartu.locator('[data-predikat]')).toHaveAttribute('data-predikat', 'BAIK')
  await cekAksesibilitas(page)
  await kartu.getByTestId('saya-buka').click()
  await page.waitForURL(`**/evaluasi/${evaluasiId}`)

  await expect(page.getByText(ALASAN)).toBeVisible()
  await expect(tid('unduh-ringkasan')).toHaveAttribute(
    'href',
    `/api/v1/evaluasi/${evaluasiId}/dokumen/ringkasan.pdf`,
  )
  // The Dokumen Evaluasi Kinerja Pegawai downloads with the session of the page.
  const pdf = await page.request.get((await tid('unduh-ringkasan').getAttribute('href'))!)
  expect(pdf.status()).toBe(200)
  expect(pdf.headers()['content-type']).toContain('application/pdf')
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-')

  await tid('evaluasi-terima').click()
  await tid('confirm-ok').click()
  await expect(tid('status-evaluasi').first()).toHaveText('Diterima')
  await expect(tid('evaluasi-terima')).toHaveCount(0)
  // the objection stays open until the deadline the server sends; its form lives on the keberatan pages
  await expect(tid('batas-keberatan')).toBeVisible()
  await tid('evaluasi-keberatan').click()
  await page.waitForURL(`**/keberatan/baru?evaluasi=${evaluasiId}`)
  await page.context().close()
})

test('the atasan penilai reopens it with a reason: a new draft version, the old one readable', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000)
  const { evaluasiId, kasi: KASI } = dunia
  const kasi = await apiLogin(baseURL!, KASI)
  const atasan = (await kasi.get(`/evaluasi/${evaluasiId}`)).snapshot.atasanPenilai.nip as string
  const page = await bukaPonsel(browser, atasan)
  const tid = (id: string) => page.getByTestId(id)
  await page.goto(`/evaluasi/${evaluasiId}`)
  await expect(tid('status-evaluasi').first()).toHaveText('Diterima')
  await expect(tid('evaluasi-simpan')).toHaveCount(0)
  await tid('evaluasi-buka-kembali').click()
  await tid('buka-kembali-alasan').fill('Realisasi Desember dikoreksi setelah rekonsiliasi data.')
  await tid('buka-kembali-kirim').click()
  await page.waitForURL((u) => !u.pathname.endsWith(evaluasiId!))
  await expect(tid('status-evaluasi').first()).toHaveText('Draf')
  const riwayat = tid('riwayat-versi')
  await expect(riwayat).toContainText('Realisasi Desember dikoreksi')
  await cekAksesibilitas(page)
  await riwayat.getByRole('link', { name: 'Versi 1' }).click()
  await expect(tid('versi-lama')).toBeVisible()
  await expect(tid('status-evaluasi').first()).toHaveText('Digantikan')
  await expect(tid('predikat')).toHaveAttribute('data-predikat', 'BAIK')
  await page.context().close()
})

test('the atasan penilai sees a delegation to a Plh and revokes it', async ({ browser, baseURL }) => {
  test.setTimeout(120_000)
  const KASI = dunia.kasi
  const kasi = await apiLogin(baseURL!, KASI)
  const atasanNip = (await kasi.get(`/evaluasi/${dunia.evaluasiId}`)).snapshot.atasanPenilai.nip as string
  const atasan = await apiLogin(baseURL!, atasanNip)
  const { items } = await atasan.get(`/skp-bawahan?tahun=${TAHUN}&pageSize=100`)
  const bawahan = items as { pegawai: { id: string; nip: string } }[]
  const penilai = bawahan.find((b) => b.pegawai.nip === KASI)!.pegawai
  const plh = bawahan.find((b) => b.pegawai.nip !== KASI)!.pegawai
  const hari = new Date().toISOString().slice(0, 10)
  const d = await atasan.post('/delegasi-penilaian', {
    penilaiPegawaiId: penilai.id,
    penerimaPegawaiId: plh.id,
    mulai: hari,
    selesai: hari,
    alasan: 'Kepala Seksi menjalani diklat kepemimpinan.',
  })

  const page = await bukaPonsel(browser, atasanNip)
  const tid = (id: string) => page.getByTestId(id)
  await page.goto('/penilaian/delegasi')
  const kartu = tid(`delegasi-${d.id}`)
  await expect(kartu).toContainText('Kepala Seksi menjalani diklat kepemimpinan.')
  await expect(kartu).toContainText('Aktif')
  await tid('delegasi-buat').click()
  await expect(page.getByRole('dialog')).toBeVisible()
  await cekAksesibilitas(page)
  await page.keyboard.press('Escape')
  await kartu.getByTestId('delegasi-cabut').click()
  await tid('confirm-ok').click()
  await expect(kartu).toContainText('Dicabut')
  await expect(kartu.getByTestId('delegasi-cabut')).toHaveCount(0)
  await page.context().close()
})
