import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { extractText, getDocumentProxy } from 'unpdf'
import { DEMO_AKUN } from '../src/db/seed/demo-akun.ts'
import { apiLogin } from './api.ts'
import { cekAksesibilitas, keluar, masuk } from './helpers.ts'
import { KASI, siapkanRantai, TAHUN } from './rantai.ts'

/**
 * Issue 6, items 8, 19 and 23: the Beranda answers what to do next. A returned SKP shows on the pegawai's
 * Beranda with the penilai's note; the atasan's count of SKPs waiting drops after an approval; a draft's
 * PDF is verified as a draft. Every page the journey visits is checked with axe.
 */
const status = (page: Page, s: string) => page.locator(`[data-testid="skp-status"][data-status="${s}"]`)

/** The last colleague of the demo pelaksana without an SKP (other journeys take the pelaksana and the first). */
async function rekanTanpaSkp(baseURL: string) {
  const kasi = await apiLogin(baseURL, KASI)
  const { items } = await kasi.get(`/skp-bawahan?tahun=${TAHUN}&pageSize=100`)
  const rekan = (items as { pegawai: { nip: string }; status: string }[]).filter(
    (b) => b.pegawai.nip !== DEMO_AKUN.pelaksana.username && b.status === 'belum_ada',
  )
  if (rekan.length === 0) throw new Error('no colleague without an SKP in the Seksi Identitas Penduduk')
  return rekan.at(-1)!.pegawai.nip
}

/** The atasan's count of SKPs waiting for a decision, as the Beranda shows it. */
async function jumlahMenunggu(page: Page) {
  const angka = page
    .locator('section[aria-labelledby="tugas-atasan"]')
    .locator('[aria-label*="menunggu"]')
    .first()
  await expect(angka).toBeVisible()
  return Number((await angka.innerText()).replace(/\D/g, ''))
}

test('Beranda: a draft PDF verifies as a draft; a returned SKP shows its note; the atasan count drops after approval', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(180_000)
  await siapkanRantai(baseURL!)
  const nip = await rekanTanpaSkp(baseURL!)
  const pegawai = await apiLogin(baseURL!, nip)
  const kasi = await apiLogin(baseURL!, KASI)
  const tid = (id: string) => page.getByTestId(id)

  // The pegawai drafts an SKP with an RHK cascaded from the Kepala Seksi's approved RHK.
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

  // 1. A draft's PDF: its verification page says it is a draft, not a final document.
  await masuk(page, nip)
  await page.goto(`/skp/${skp.id}`)
  await expect(status(page, 'draft')).toBeVisible()
  await cekAksesibilitas(page)
  const [download] = await Promise.all([page.waitForEvent('download'), tid('skp-unduh-pdf').click()])
  const { text } = await extractText(
    await getDocumentProxy(new Uint8Array(readFileSync(await download.path()))),
    { mergePages: true },
  )
  const kode = /verifikasi\/([A-Z0-9-]+)/.exec(text)?.[1]
  expect(kode).toBeTruthy()
  await page.goto(`/verifikasi/${kode}`)
  await expect(page.locator('body')).toContainText('DRAF — bukan dokumen final')
  await expect(page.locator('body')).not.toContainText(nip) // the full NIP is never shown
  await cekAksesibilitas(page)

  // 2. Submitted, then returned with a note: the pegawai's Beranda shows the note and the next step.
  await pegawai.post(`/skp/${skp.id}/ajukan`, {})
  await kasi.post(`/skp/${skp.id}/kembalikan`, {
    catatan: 'Target validasi KIA perlu dinaikkan menjadi 800.',
  })
  await page.goto('/')
  const tugas = page.locator('section[aria-labelledby="tugas-skp-saya"]')
  await expect(tugas).toContainText('Target validasi KIA perlu dinaikkan menjadi 800.')
  await expect(tid('beranda-langkah')).toHaveAttribute('data-langkah', 'perbaiki_ajukan')
  await cekAksesibilitas(page)
  // the SKP Saya list (with its late badge when the deadline has passed) is one click away
  await page.goto(`/skp?tahun=${TAHUN}`)
  await expect(page.locator(`[data-testid="skp-item"][data-skp-id="${skp.id}"]`)).toBeVisible()
  await cekAksesibilitas(page)
  await keluar(page)

  // 3. Resubmitted: the atasan's Beranda counts it; approving it from the list drops the count by one.
  await pegawai.post(`/skp/${skp.id}/ajukan`, {})
  await masuk(page, KASI)
  await page.goto('/')
  const sebelum = await jumlahMenunggu(page)
  expect(sebelum).toBeGreaterThan(0)
  await cekAksesibilitas(page)
  await page.goto(`/skp-bawahan?tahun=${TAHUN}`)
  // what needs action first: the submitted SKPs lead the list, with counts by status as filters
  await expect(tid('bawahan-jumlah-diajukan')).toBeVisible()
  await cekAksesibilitas(page)
  await page.locator(`[data-testid="bawahan-baris"][data-nip="${nip}"]`).getByTestId('bawahan-buka').click()
  await expect(status(page, 'diajukan')).toBeVisible()
  await cekAksesibilitas(page)
  await tid('skp-setujui').click()
  await tid('setujui-kirim').click()
  await expect(status(page, 'disetujui')).toBeVisible()
  await page.goto('/')
  await expect.poll(() => jumlahMenunggu(page)).toBe(sebelum - 1)
  await cekAksesibilitas(page)
})
