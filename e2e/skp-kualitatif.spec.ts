import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { extractText, getDocumentProxy } from 'unpdf'
import { DEMO_AKUN } from '../src/db/seed/demo-akun.ts'
import { apiLogin } from './api.ts'
import { cekAksesibilitas, keluar, masuk } from './helpers.ts'
import { KASI, siapkanRantai, TAHUN } from './rantai.ts'

const status = (page: Page, s: string) => page.locator(`[data-testid="skp-status"][data-status="${s}"]`)

/** A colleague of the demo pelaksana in the Seksi Identitas Penduduk (the SKP journey uses the pelaksana). */
async function rekanSeksi(baseURL: string) {
  const kasi = await apiLogin(baseURL, KASI)
  const { items } = await kasi.get(`/skp-bawahan?tahun=${TAHUN}`)
  const rekan = (items as { pegawai: { nip: string }; status: string }[]).find(
    (b) => b.pegawai.nip !== DEMO_AKUN.pelaksana.username && b.status === 'belum_ada',
  )
  if (!rekan) throw new Error('no colleague without an SKP in the Seksi Identitas Penduduk')
  return rekan.pegawai.nip
}

test('a kualitatif SKP is written, approved and printed (issue 6)', async ({ page, baseURL }) => {
  test.setTimeout(180_000)
  await siapkanRantai(baseURL!)
  const pegawai = await rekanSeksi(baseURL!)
  const tid = (id: string) => page.getByTestId(id)

  // 1. The pegawai creates a kualitatif SKP; the form (JPT or not) is not offered: the position decides.
  await masuk(page, pegawai)
  await page.goto(`/skp?tahun=${TAHUN}`)
  await tid('skp-buat').click()
  await expect(tid('skp-varian-otomatis')).toBeVisible()
  await expect(page.getByRole('radio', { name: /JPT/ })).toHaveCount(0)
  await page.getByRole('radio', { name: 'Kualitatif' }).check()
  await cekAksesibilitas(page)
  await tid('skp-buat-simpan').click()
  await page.waitForURL(/\/skp\/[0-9a-f-]{36}$/)
  const skpUrl = new URL(page.url()).pathname
  await expect(status(page, 'draft')).toBeVisible()

  // 2. An RHK whose IKI is an ukuran keberhasilan with a target in words: no aspek, no number.
  await tid('rhk-tambah-utama').click()
  await tid('rhk-deskripsi').fill('Terlayaninya penerbitan KTP elektronik bagi penduduk rentan')
  await tid('rhk-intervensi').click()
  await page.getByRole('option').first().click()
  await expect(tid('rhk-iki-target-0')).toHaveCount(0)
  await expect(page.getByRole('textbox', { name: /Aspek/ })).toHaveCount(0)
  await tid('rhk-iki-indikator-0').fill(
    'Penduduk rentan memperoleh KTP elektronik tanpa harus datang ke kantor',
  )
  await tid('rhk-iki-target-teks-0').fill(
    'Seluruh permohonan layanan jemput bola diselesaikan dalam bulan berjalan',
  )
  await cekAksesibilitas(page)
  await tid('rhk-simpan').click()
  await expect(tid('rhk-card')).toHaveCount(1)
  await expect(tid('rhk-card')).toContainText('Seluruh permohonan layanan jemput bola')
  await tid('skp-ajukan').click()
  await tid('confirm-ok').click()
  await expect(status(page, 'diajukan')).toBeVisible()
  await cekAksesibilitas(page)
  await keluar(page)

  // 3. The atasan approves it.
  await masuk(page, KASI)
  await page.goto(skpUrl)
  await expect(tid('skp-setujui')).toBeVisible()
  await cekAksesibilitas(page)
  await tid('skp-setujui').click()
  await tid('setujui-kirim').click()
  await expect(status(page, 'disetujui')).toBeVisible()
  await cekAksesibilitas(page)

  // 4. The PDF uses the kualitatif layout: the IKI and the target in words, no aspek column.
  const [download] = await Promise.all([page.waitForEvent('download'), tid('skp-unduh-pdf').click()])
  const { text } = await extractText(
    await getDocumentProxy(new Uint8Array(readFileSync(await download.path()))),
    { mergePages: true },
  )
  const teks = text.replace(/\u200B/g, '').replace(/\s+/g, ' ')
  expect(teks).toContain('PENDEKATAN HASIL KERJA KUALITATIF')
  expect(teks).toContain('BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL')
  expect(teks).toContain('UKURAN KEBERHASILAN / INDIKATOR KINERJA INDIVIDU')
  expect(teks).toContain('Seluruh permohonan layanan jemput bola diselesaikan dalam bulan berjalan')
  expect(teks).not.toContain('ASPEK')
})
