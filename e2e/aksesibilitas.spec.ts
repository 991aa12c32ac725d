import { mkdirSync } from 'node:fs'
import { expect, test, type ConsoleMessage, type Page } from '@playwright/test'
import { DEMO_AKUN } from '../src/db/seed/demo-akun.ts'
import { cekAksesibilitas, keluar, masuk } from './helpers.ts'

const LAYAR = 'tmp/screenshots'
mkdirSync(LAYAR, { recursive: true })

/** Console errors of the page, with the URL the browser names (a failed request names its resource). */
function catatGalat(page: Page) {
  const galat: { text: string; url: string }[] = []
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error') galat.push({ text: m.text(), url: m.location().url })
  })
  page.on('pageerror', (e) => galat.push({ text: e.message, url: '' }))
  return galat
}

/** Axe on each page in turn, reporting every page that fails (not only the first). */
async function cekHalaman(page: Page, paths: string[], gagal: string[]) {
  for (const path of paths) {
    await page.goto(path)
    await page.waitForLoadState('networkidle')
    await satuLandmark(page)
    await cekAksesibilitas(page).catch((e: Error) =>
      gagal.push(`${path}: ${e.message.split('\n').slice(0, 8).join(' ')}`),
    )
  }
}

/** One banner and one main landmark, whatever dialog is open. */
async function satuLandmark(page: Page) {
  await expect(page.getByRole('banner')).toHaveCount(1)
  await expect(page.getByRole('main')).toHaveCount(1)
}

test('login page: no console error on a first visit; a wrong password logs nothing but the 401 itself', async ({
  page,
}) => {
  const galat = catatGalat(page)
  await page.goto('/login')
  await expect(page.getByTestId('login-form')).toBeVisible()
  await page.screenshot({ path: `${LAYAR}/login.png`, fullPage: true })
  // The initial /me is not asked without a session (its 401 would be logged by the browser).
  expect(galat).toEqual([])

  await page.getByTestId('login-username').fill(DEMO_AKUN.adminKabupaten.username)
  await page.getByTestId('login-password').fill('salah-sekali')
  await page.getByTestId('login-submit').click()
  await expect(page.getByTestId('login-error')).toBeVisible()
  await cekAksesibilitas(page)
  await page.screenshot({ path: `${LAYAR}/login-gagal.png`, fullPage: true })
  // Chromium itself logs every 4xx response ("Failed to load resource"); the app logs nothing more.
  expect(galat.filter((g) => !g.url.endsWith('/api/v1/auth/login'))).toEqual([])
})

test('admin pages the journeys do not visit pass axe; detail pages highlight their section', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await masuk(page, DEMO_AKUN.adminKabupaten.username)
  const gagal: string[] = []
  await cekHalaman(
    page,
    ['/', '/admin/pegawai', '/admin/audit', '/admin/pengaturan', '/admin/instansi', '/profil'],
    gagal,
  )

  await page.goto('/admin/pegawai')
  await page.getByTestId('pegawai-table').getByRole('link').first().click()
  await page.waitForURL(/\/admin\/pegawai\/[0-9a-f-]{36}$/)
  await expect(page.getByTestId('nav-admin-pegawai')).toHaveAttribute('aria-current', 'true')
  await expect(page.getByTestId('nav-admin-unor')).not.toHaveAttribute('aria-current', /.*/)
  await page.waitForLoadState('networkidle')
  await cekAksesibilitas(page).catch((e: Error) => gagal.push(`pegawai detail: ${e.message}`))

  // An open dialog: its header is not a second banner, and it passes axe (contrast of its buttons).
  await page.goto('/admin/unor')
  await page.getByTestId('unor-tambah-teratas').click()
  await expect(page.getByRole('dialog')).toBeVisible()
  await satuLandmark(page)
  await cekAksesibilitas(page)
  // Over the contract's limit: counted, shown at once, nothing cut.
  const nama = page.getByRole('dialog').getByRole('textbox').first()
  await nama.fill('x'.repeat(205))
  await expect(nama).toHaveValue('x'.repeat(205))
  await expect(page.getByRole('dialog').getByTestId('hitungan-teks').first()).toHaveText('205/200')
  await page.getByTestId('unor-form-simpan').click()
  await expect(page.getByRole('dialog')).toContainText('200')
  await expect(nama).toHaveAttribute('aria-invalid', 'true')
  await nama.fill('Bagian Uji Aksesibilitas')
  await expect(nama).not.toHaveAttribute('aria-invalid', 'true')
  expect(gagal).toEqual([])
})

test('pegawai and atasan pages pass axe', async ({ page }) => {
  test.setTimeout(120_000)
  const gagal: string[] = []
  await masuk(page, DEMO_AKUN.pelaksana.username)
  await cekHalaman(page, ['/', '/skp', '/tim-kerja', '/notifikasi', '/penilaian-saya'], gagal)
  await keluar(page)
  await masuk(page, DEMO_AKUN.kepalaSeksi.username)
  await cekHalaman(
    page,
    ['/', '/skp-bawahan', '/matriks-peran-hasil', '/penilaian', '/penilaian/delegasi'],
    gagal,
  )
  expect(gagal).toEqual([])
})

/** The year in progress (docs/DEMO.md): a teacher with realisasi, evidence and feedback, and her penilai. */
const GURU = '197604051999022953'
const PENILAI_GURU = '198109072010012562'

test('realisation pages pass axe (pegawai, atasan, admin)', async ({ page }) => {
  test.setTimeout(120_000)
  const gagal: string[] = []
  await masuk(page, GURU)
  await cekHalaman(page, ['/realisasi', '/progres-harian', '/dialog-kinerja', '/profil'], gagal)
  // the BerAKHLAK tab with its feedback threads
  await page.goto('/realisasi')
  await page.getByRole('tab', { name: /Perilaku/ }).click()
  await cekAksesibilitas(page).catch((e: Error) => gagal.push(`perilaku: ${e.message.split('\n')[0]}`))
  await keluar(page)
  await masuk(page, PENILAI_GURU)
  await cekHalaman(page, ['/realisasi-bawahan', '/progres-harian/tinjauan', '/dialog-kinerja'], gagal)
  await keluar(page)
  await masuk(page, DEMO_AKUN.adminKabupaten.username)
  await cekHalaman(page, ['/admin/buka-kunci'], gagal)
  expect(gagal).toEqual([])
})
