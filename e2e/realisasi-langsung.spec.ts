import { expect, test, type Browser, type Page } from '@playwright/test'
import { DEMO_AKUN } from '../src/db/seed/demo-akun.ts'
import { apiLogin } from './api.ts'
import { masuk, PASSWORD } from './helpers.ts'
import { KASI, siapkanRantai, TAHUN } from './rantai.ts'

/**
 * Issue 8: month-end entry on a phone, and live updates. A pegawai (390×844) watches the bell while the
 * Kepala Seksi approves the SKP (the bell and a toast update without a reload), fills a realisasi with an
 * uploaded PDF, and keeps the RHK's feedback thread open; the Kepala Seksi, in a second browser context,
 * comments on that thread; the comment appears on the phone without a reload (Server-Sent Events).
 */
test.describe.configure({ mode: 'serial' })

const PONSEL = { width: 390, height: 844 }
const KOMENTAR = 'Bukti sudah lengkap, lanjutkan validasi data KIA bulan depan.'
/** A small PDF: the server checks the type from the content, not from the name. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n' +
    'trailer<</Root 1 0 R>>\n%%EOF\n',
)

/**
 * A colleague of the demo pelaksana in the Seksi Identitas Penduduk still without an SKP, the first by NIP:
 * the other journeys also take colleagues without one (the Beranda journey the last in the list, the
 * kualitatif one the first), so each journey finds its own whatever order the files run in.
 */
async function rekanSeksi(baseURL: string) {
  const kasi = await apiLogin(baseURL, KASI)
  const { items } = await kasi.get(`/skp-bawahan?tahun=${TAHUN}&pageSize=100`)
  const rekan = (items as { pegawai: { nip: string }; status: string }[])
    .filter((b) => b.pegawai.nip !== DEMO_AKUN.pelaksana.username && b.status === 'belum_ada')
    .map((b) => b.pegawai.nip)
    .sort()
  if (rekan.length === 0) throw new Error('no colleague without an SKP in the Seksi Identitas Penduduk')
  return rekan[0]
}

interface Dunia {
  nip: string
  skpId: string
  rhkId: string
  ikiId: string
}
let dunia: Dunia

/** The pegawai's phone, logged in, once its live connection is open (the stream's head has arrived). */
async function bukaPonsel(browser: Browser, nip: string): Promise<Page> {
  const ctx = await browser.newContext({ viewport: PONSEL, isMobile: true, hasTouch: true })
  const page = await ctx.newPage()
  const langsung = page.waitForResponse((r) => r.url().endsWith('/api/v1/langsung') && r.status() === 200)
  // helpers' masuk waits for the name in the header, which a phone hides: wait for the menu button instead.
  await page.goto('/login')
  await page.getByTestId('login-username').fill(nip)
  await page.getByTestId('login-password').fill(PASSWORD)
  await page.getByTestId('login-submit').click()
  await expect(page.getByTestId('nav-burger')).toBeVisible()
  await langsung
  return page
}

test('the bell and a toast update live when the penilai approves the SKP', async ({ browser, baseURL }) => {
  test.setTimeout(180_000)
  await siapkanRantai(baseURL!)
  const nip = await rekanSeksi(baseURL!)
  const pegawai = await apiLogin(baseURL!, nip)
  const skp = await pegawai.post('/skp', { tahun: TAHUN, pendekatan: 'kuantitatif' })
  const kandidat = await pegawai.get(`/skp/${skp.id}/kandidat-intervensi`)
  await pegawai.post(`/skp/${skp.id}/rhk`, {
    jenis: 'utama',
    deskripsi: 'Tervalidasinya data kartu identitas anak',
    intervensiRhkId: kandidat.kandidat[0].rhkId,
    klasifikasi: 'individu',
    iki: [
      { aspek: 'kuantitas', indikator: 'Jumlah data KIA yang divalidasi', targetMin: 600, satuan: 'Data' },
    ],
  })
  await pegawai.post(`/skp/${skp.id}/ajukan`, {})
  const isi = await pegawai.get(`/skp/${skp.id}`)
  dunia = { nip, skpId: skp.id, rhkId: isi.rhk[0].id, ikiId: isi.rhk[0].iki[0].id }

  const sebelum = (await pegawai.get('/notifikasi?belumDibaca=true&pageSize=1')).jumlahBelumDibaca as number
  const page = await bukaPonsel(browser, nip)
  const bel = page.getByTestId('notifikasi-badge')
  await expect(bel).toHaveAttribute('data-jumlah', String(sebelum))

  await (await apiLogin(baseURL!, KASI)).post(`/skp/${skp.id}/setujui`, {})
  await expect(bel).toHaveAttribute('data-jumlah', String(sebelum + 1))
  await expect(page.getByTestId('notifikasi-langsung')).toContainText(`SKP ${TAHUN} Anda disetujui`)

  // Logging out closes the live connection.
  const ditutup = page.waitForEvent('requestfailed', (r) => r.url().endsWith('/api/v1/langsung'))
  await page.getByTestId('logout-mobile').click()
  await expect(page.getByTestId('login-form')).toBeVisible()
  await ditutup
  await page.context().close()
})

test('on a phone: realisasi with an uploaded PDF; the atasan’s comment appears without a reload', async ({
  browser,
}) => {
  test.setTimeout(180_000)
  const { nip, skpId, rhkId, ikiId } = dunia
  const page = await bukaPonsel(browser, nip)
  const tid = (id: string) => page.getByTestId(id)
  await page.goto(`/skp/${skpId}/realisasi`)
  await expect(tid(`iki-${ikiId}`)).toBeVisible()

  // The value of this period, saved.
  await tid(`realisasi-nilai-${ikiId}`).fill('150')
  await tid(`realisasi-simpan-${ikiId}`).click()
  await expect(tid('terisi')).toContainText('1')

  // Evidence: a PDF uploaded from the phone.
  await tid(`bukti-buka-${ikiId}`).click()
  const unggah = tid(`bukti-${ikiId}`).getByTestId('bukti-unggah')
  const pilih = page.waitForEvent('filechooser')
  await unggah.getByTestId('bukti-berkas').click()
  await (await pilih).setFiles({ name: 'laporan-kia.pdf', mimeType: 'application/pdf', buffer: PDF })
  await unggah.getByTestId('bukti-kirim').click()
  await expect(tid(`bukti-${ikiId}`).getByTestId('bukti-baris')).toHaveCount(1)

  // The thread of the RHK stays open on the phone, still empty.
  await tid(`umpan-buka-${rhkId}`).click()
  const utas = page.getByTestId('umpan-balik-utas')
  await expect(utas).toBeVisible()
  await expect(utas.getByTestId('umpan-balik-komentar')).toHaveCount(0)

  // The Kepala Seksi comments from a desktop browser.
  const atasanCtx = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const atasan = await atasanCtx.newPage()
  await masuk(atasan, KASI)
  await atasan.goto(`/skp/${skpId}/realisasi`)
  await atasan.getByTestId(`umpan-buka-${rhkId}`).click()
  await atasan.getByTestId('umpan-balik-isi').fill(KOMENTAR)
  await atasan.getByTestId('umpan-balik-kirim').click()
  await expect(atasan.getByTestId('umpan-balik-komentar')).toContainText(KOMENTAR)

  // The phone shows it without a reload.
  const navigasi = await page.evaluate(() => performance.getEntriesByType('navigation').length)
  await expect(utas.getByTestId('umpan-balik-komentar')).toContainText(KOMENTAR)
  expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(navigasi)
  await atasanCtx.close()
  await page.context().close()
})
