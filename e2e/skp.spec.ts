import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { extractText, getDocumentProxy } from 'unpdf'
import { DEMO_AKUN } from '../src/db/seed/demo-akun.ts'
import { cekAksesibilitas, keluar, masuk } from './helpers.ts'
import { KASI, siapkanRantai, TAHUN } from './rantai.ts'

const PEGAWAI = DEMO_AKUN.pelaksana.username

const status = (page: Page, s: string) => page.locator(`[data-testid="skp-status"][data-status="${s}"]`)

test('SKP journey: draft with intervensi → submit → returned with a note → fix → approve → PDF → verified', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(180_000)
  await siapkanRantai(baseURL!)
  const tid = (id: string) => page.getByTestId(id)

  // 1. The pegawai drafts an SKP with an RHK cascaded from the atasan's approved RHK, and submits.
  await masuk(page, PEGAWAI)
  await page.goto(`/skp?tahun=${TAHUN}`)
  await tid('skp-buat').click()
  await tid('skp-buat-simpan').click()
  await page.waitForURL(/\/skp\/[0-9a-f-]{36}$/)
  const skpUrl = new URL(page.url()).pathname
  await expect(status(page, 'draft')).toBeVisible()
  await tid('rhk-tambah-utama').click()
  await tid('rhk-deskripsi').fill('Terverifikasinya data perekaman KTP elektronik')
  await tid('rhk-intervensi').click()
  await page.getByRole('option').first().click()
  await tid('rhk-iki-indikator-0').fill('Jumlah data perekaman yang diverifikasi')
  await tid('rhk-iki-target-0').fill('1200')
  await tid('rhk-iki-satuan-0').fill('Data')
  await tid('rhk-simpan').click()
  await expect(tid('rhk-card')).toHaveCount(1)
  await tid('skp-ajukan').click()
  await tid('confirm-ok').click()
  await expect(status(page, 'diajukan')).toBeVisible()
  await cekAksesibilitas(page)
  await keluar(page)

  // 2. The atasan finds it in SKP Bawahan and returns it with a note.
  await masuk(page, KASI)
  await page.goto(`/skp-bawahan?tahun=${TAHUN}`)
  const baris = page.locator(`[data-testid="bawahan-baris"][data-nip="${PEGAWAI}"]`)
  await baris.getByTestId('bawahan-buka').click()
  await expect(status(page, 'diajukan')).toBeVisible()
  // Opened from SKP Bawahan, the SKP stays under SKP Bawahan in the sidebar.
  await expect(tid('nav-skp-bawahan')).toHaveAttribute('aria-current', 'true')
  await expect(tid('nav-skp')).not.toHaveAttribute('aria-current', /.*/)
  await tid('skp-kembalikan').click()
  await tid('kembalikan-catatan').fill('Target terlalu rendah; sesuaikan dengan target seksi.')
  await tid('kembalikan-catatan-rhk-0').fill('Naikkan target menjadi 1500 data.')
  await tid('kembalikan-kirim').click()
  await expect(status(page, 'dikembalikan')).toBeVisible()
  await keluar(page)

  // 3. The pegawai sees the notes, fixes the target and resubmits.
  await masuk(page, PEGAWAI)
  await page.goto(skpUrl)
  await expect(tid('skp-catatan-pengembalian')).toContainText('Target terlalu rendah')
  await expect(tid('rhk-catatan')).toContainText('1500')
  await tid('rhk-ubah').first().click()
  await tid('rhk-iki-target-0').fill('1500')
  await tid('rhk-simpan').click()
  await expect(status(page, 'draft')).toBeVisible()
  await tid('skp-ajukan').click()
  await tid('confirm-ok').click()
  await expect(status(page, 'diajukan')).toBeVisible()
  await keluar(page)

  // 4. The atasan approves.
  await masuk(page, KASI)
  await page.goto(skpUrl)
  await expect(tid('skp-setujui')).toBeVisible()
  // Opened directly, a subordinate's SKP is still under SKP Bawahan (the page says so).
  await expect(tid('nav-skp-bawahan')).toHaveAttribute('aria-current', 'true')
  await cekAksesibilitas(page) // the green approve and orange return buttons reach 4.5:1
  await page.screenshot({ path: 'tmp/screenshots/skp-atasan.png', fullPage: true })
  await tid('skp-setujui').click()
  await tid('setujui-kirim').click()
  await expect(status(page, 'disetujui')).toBeVisible()

  // 5. The PDF downloads; its verification page confirms it.
  const [download] = await Promise.all([page.waitForEvent('download'), tid('skp-unduh-pdf').click()])
  const file = await download.path()
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(readFileSync(file))), {
    mergePages: true,
  })
  expect(text).toContain('SASARAN KINERJA PEGAWAI')
  expect(text).toContain('Terverifikasinya data perekaman KTP elektronik')
  expect(text).toContain('1.500 Data') // Indonesian number format
  const kode = /verifikasi\/([A-Z0-9-]+)/.exec(text)?.[1]
  expect(kode).toBeTruthy()
  await page.goto(`/verifikasi/${kode}`)
  await expect(page.locator('body')).toContainText('asli')
  await expect(page.locator('body')).not.toContainText(PEGAWAI) // the full NIP is never shown
})
