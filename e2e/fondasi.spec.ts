import { expect, test } from '@playwright/test'
import { DEMO_AKUN } from '../src/db/seed/demo-akun.ts'
import { cekAksesibilitas, keluar, masuk } from './helpers.ts'

test('login: a wrong password gets one generic message; a demo admin gets in and out', async ({ page }) => {
  await page.goto('/login')
  await cekAksesibilitas(page)
  await page.getByTestId('login-username').fill(DEMO_AKUN.adminKabupaten.username)
  await page.getByTestId('login-password').fill('salah-sekali')
  await page.getByTestId('login-submit').click()
  await expect(page.getByTestId('login-error')).toContainText('salah')
  await masuk(page, DEMO_AKUN.adminKabupaten.username)
  await expect(page.getByTestId('user-name')).toContainText(DEMO_AKUN.adminKabupaten.nama)
  await keluar(page)
})

test('admin browses the unor tree and opens a unit', async ({ page }) => {
  await masuk(page, DEMO_AKUN.adminKabupaten.username)
  await page.getByTestId('nav-admin-unor').click()
  const tree = page.getByTestId('unor-tree')
  await expect(tree).toContainText('Sekretariat Daerah')
  await page.getByTestId('unor-cari').fill('Kependudukan')
  await expect(tree).toContainText('Dinas Kependudukan dan Pencatatan Sipil')
  await tree.getByText('Dinas Kependudukan dan Pencatatan Sipil', { exact: true }).first().click()
  await expect(page.getByTestId('unor-detail')).toContainText('Dinas Kependudukan dan Pencatatan Sipil')
  await expect(page.getByTestId('unor-detail')).toContainText('I Kadek Adnyana')
  await cekAksesibilitas(page)
})

test('admin imports a CSV with one bad row: the report names the row and column, nothing written', async ({
  page,
}) => {
  const csv = [
    'NIP;NAMA;JENIS_KELAMIN;TANGGAL_LAHIR;STATUS_ASN;GOLONGAN;JABATAN;JENIS_JABATAN;KEPALA_UNOR;UNOR;TMT_JABATAN',
    '199103032016021006;Yusuf Hidayat;L;03-03-1991;PNS;III/a;Analis Data;PELAKSANA;N;Dinas Komunikasi dan Informatika;01-01-2024',
    '199113132016021007;Baris Salah;L;13-13-1991;PNS;III/a;Analis Data;PELAKSANA;N;Dinas Komunikasi dan Informatika;01-01-2024',
  ].join('\n')
  await masuk(page, DEMO_AKUN.adminKabupaten.username)
  await page.getByTestId('nav-admin-impor').click()
  await page.getByTestId('impor-file-input').setInputFiles({
    name: 'pegawai.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`\uFEFF${csv}`),
  })
  await page.getByTestId('impor-validasi').click()
  const laporan = page.getByTestId('impor-laporan')
  await expect(laporan).toBeVisible()
  const rows = page.getByTestId('impor-report-row')
  await expect(rows.first()).toContainText('3')
  await expect(rows.first()).toContainText('NIP')
  await expect(page.getByTestId('impor-semua')).toBeDisabled()
  await cekAksesibilitas(page)

  // Nothing was written: the valid row's NIP is not a pegawai yet.
  const cari = await page.request.get('/api/v1/pegawai?q=199103032016021006')
  expect((await cari.json()).total).toBe(0)
})

test('the language switch turns the app to English and back, and is remembered', async ({ page }) => {
  await masuk(page, DEMO_AKUN.adminKabupaten.username)
  await expect(page.getByTestId('nav-admin-unor')).toContainText('Unit organisasi')
  await page.getByTestId('language-en').click()
  await expect(page.getByTestId('nav-admin-unor')).toContainText('Organisation units')
  await page.reload()
  await expect(page.getByTestId('nav-admin-unor')).toContainText('Organisation units')
  await page.getByTestId('language-id').click()
  await expect(page.getByTestId('nav-admin-unor')).toContainText('Unit organisasi')
})
