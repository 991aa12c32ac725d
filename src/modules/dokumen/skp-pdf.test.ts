import { extractText, getDocumentProxy } from 'unpdf'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  contohHasilKerjaKualitatif,
  contohSkpBesar,
  contohSkpDokumen,
  contohSkpJpt,
  NAMA_BERAKHLAK,
} from './skp-dokumen.fixture.ts'
import type { IkiDokumen, SkpDokumenData } from './skp-document.types.ts'
import { renderSkpPdf } from './skp-pdf.ts'

interface Hasil {
  pdf: Buffer
  teks: string
  halaman: number
}

/** Renders and reads the text back; whitespace collapsed, so wrapped lines read as one sentence. */
async function render(data: SkpDokumenData): Promise<Hasil> {
  const pdf = await renderSkpPdf(data)
  const { text, totalPages } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), {
    mergePages: true,
  })
  // Zero-width spaces are break opportunities inserted into over-long tokens.
  return { pdf, teks: text.replace(/\u200B/g, '').replace(/\s+/g, ' '), halaman: totalPages }
}

describe('renderSkpPdf — SKP administrasi/fungsional', () => {
  const data = contohSkpDokumen()
  let hasil: Hasil
  beforeAll(async () => {
    hasil = await render(data)
  })

  it('is a PDF with its fonts embedded (no reliance on the viewer having Roboto or Helvetica)', () => {
    expect(hasil.pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    const mentah = hasil.pdf.toString('latin1')
    expect(mentah).toContain('/FontFile2')
    expect(mentah).not.toContain('/Helvetica')
  })

  it('prints the official title block and period', () => {
    expect(hasil.teks).toContain('SASARAN KINERJA PEGAWAI')
    expect(hasil.teks).toContain('PENDEKATAN HASIL KERJA KUANTITATIF')
    expect(hasil.teks).toContain('BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL')
    expect(hasil.teks).toContain('PEMERINTAH KABUPATEN SLEMAN')
    expect(hasil.teks).toContain('Dinas Komunikasi dan Informatika')
    expect(hasil.teks).toContain('PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2026')
    expect(hasil.teks).not.toContain('PERSPEKTIF')
  })

  it('prints both identity blocks', () => {
    expect(hasil.teks).toContain('PEGAWAI YANG DINILAI')
    expect(hasil.teks).toContain('PEJABAT PENILAI KINERJA')
    for (const orang of [data.pegawai, data.penilai]) {
      for (const nilai of [orang.nama, orang.nip, orang.pangkatGolongan, orang.jabatan, orang.unitKerja]) {
        expect(hasil.teks).toContain(nilai)
      }
    }
  })

  it('prints every RHK with its intervened RHK, every IKI with aspek and target, grouped', () => {
    expect(hasil.teks).toContain('A. UTAMA')
    expect(hasil.teks).toContain('B. TAMBAHAN')
    expect(hasil.teks.indexOf('A. UTAMA')).toBeLessThan(hasil.teks.indexOf('B. TAMBAHAN'))
    for (const rhk of data.hasilKerja) {
      expect(hasil.teks).toContain(rhk.rhk)
      if (rhk.rhkIntervensi) expect(hasil.teks).toContain(rhk.rhkIntervensi)
      for (const iki of rhk.iki) expect(hasil.teks).toContain(`${iki.indikator} ${iki.target}`)
    }
    expect(hasil.teks).toContain('Kuantitas')
    expect(hasil.teks).toContain('Kualitas')
    expect(hasil.teks).toContain('Waktu')
    const tambahan = data.hasilKerja.find((h) => h.jenis === 'tambahan')!
    expect(hasil.teks.indexOf(tambahan.rhk)).toBeGreaterThan(hasil.teks.indexOf('B. TAMBAHAN'))
  })

  it('prints the seven BerAKHLAK values with panduan and the ekspektasi khusus', () => {
    expect(hasil.teks).toContain('PERILAKU KERJA')
    expect(hasil.teks).toContain('EKSPEKTASI KHUSUS PIMPINAN')
    expect(NAMA_BERAKHLAK).toHaveLength(7)
    for (const p of data.perilaku) {
      expect(hasil.teks).toContain(p.nama)
      for (const indikator of p.indikator) expect(hasil.teks).toContain(indikator)
      if (p.ekspektasi) expect(hasil.teks).toContain(p.ekspektasi)
    }
  })

  it('prints the lampiran, place and date and both signature blocks', () => {
    expect(hasil.teks).toContain('LAMPIRAN SASARAN KINERJA PEGAWAI')
    for (const judul of ['DUKUNGAN SUMBER DAYA', 'SKEMA PERTANGGUNGJAWABAN', 'KONSEKUENSI']) {
      expect(hasil.teks).toContain(judul)
    }
    const { dukunganSumberDaya, skemaPertanggungjawaban, konsekuensi } = data.lampiran
    for (const item of [...dukunganSumberDaya, ...skemaPertanggungjawaban, ...konsekuensi]) {
      expect(hasil.teks).toContain(item)
    }
    expect(hasil.teks).toContain('Sleman, 15 Januari 2026')
    expect(hasil.teks).toContain('Pegawai yang Dinilai')
    expect(hasil.teks).toContain('Pejabat Penilai Kinerja')
    expect(hasil.teks).toContain(`NIP ${data.pegawai.nip}`)
    expect(hasil.teks).toContain(`NIP ${data.penilai.nip}`)
  })

  it('puts the verification footer on every page', () => {
    const { kode, url } = data.verifikasi
    expect(hasil.halaman).toBeGreaterThan(1)
    expect(hasil.teks.split(`Kode verifikasi: ${kode}`)).toHaveLength(hasil.halaman + 1)
    expect(hasil.teks.split(`Verifikasi keaslian dokumen: ${url}`)).toHaveLength(hasil.halaman + 1)
    for (let i = 1; i <= hasil.halaman; i++)
      expect(hasil.teks).toContain(`Halaman ${i} dari ${hasil.halaman}`)
  })

  it('has no DRAF watermark once approved', () => {
    expect(hasil.teks).not.toContain('DRAF')
  })
})

describe('renderSkpPdf — variants and edge cases', () => {
  it('JPT: title for Pejabat Pimpinan Tinggi and a Perspektif column', async () => {
    const data = contohSkpJpt()
    const { teks } = await render(data)
    expect(teks).toContain('BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI')
    expect(teks).toContain('PERSPEKTIF')
    for (const rhk of data.hasilKerja) expect(teks).toContain(rhk.perspektif!)
    expect(teks).toContain(data.pegawai.nama)
  })

  it('kualitatif layout: the IKI as ukuran keberhasilan and the target in words, no aspek column', async () => {
    const data = contohSkpDokumen({ pendekatan: 'kualitatif', hasilKerja: contohHasilKerjaKualitatif() })
    const { teks } = await render(data)
    expect(teks).toContain('PENDEKATAN HASIL KERJA KUALITATIF')
    expect(teks).toContain('UKURAN KEBERHASILAN / INDIKATOR KINERJA INDIVIDU')
    expect(teks).not.toContain('ASPEK')
    for (const rhk of data.hasilKerja) {
      expect(teks).toContain(rhk.rhk)
      for (const iki of rhk.iki) expect(teks).toContain(`${iki.indikator} ${iki.target}`)
    }
    expect(teks).toContain('(Penugasan dari Kepala Dinas Komunikasi dan Informatika)')
  })

  it('kualitatif JPT: the kualitatif columns and a Perspektif column', async () => {
    const jpt = contohSkpJpt()
    const hasilKerja = contohHasilKerjaKualitatif().map((h, i) => ({
      ...h,
      perspektif: jpt.hasilKerja[i % jpt.hasilKerja.length].perspektif,
    }))
    const { teks } = await render({ ...jpt, pendekatan: 'kualitatif', hasilKerja })
    expect(teks).toContain('PIMPINAN UNIT KERJA MANDIRI')
    expect(teks).toContain('PERSPEKTIF')
    expect(teks).not.toContain('ASPEK')
  })

  it('kualitatif, a shortened period after mutasi, a draft and a non-ASN penilai', async () => {
    const data = contohSkpDokumen({
      pendekatan: 'kualitatif',
      status: 'draft',
      periode: { mulai: '2026-03-01', selesai: '2026-06-30' },
      penilai: {
        nama: 'Kustini Sri Purnomo',
        nip: null,
        pangkatGolongan: null,
        jabatan: 'Bupati Sleman',
        unitKerja: 'Pemerintah Kabupaten Sleman',
      },
    })
    const { teks } = await render(data)
    expect(teks).toContain('PENDEKATAN HASIL KERJA KUALITATIF')
    expect(teks).toContain('PERIODE PENILAIAN: 1 MARET SD 30 JUNI 2026')
    expect(teks).toContain('DRAF')
    expect(teks).toContain('Kustini Sri Purnomo')
    expect(teks).not.toMatch(/null|undefined/)
  })

  it('shows "-" for an empty tambahan group and empty lampiran lists', async () => {
    const data = contohSkpDokumen({
      hasilKerja: contohSkpDokumen().hasilKerja.filter((h) => h.jenis === 'utama'),
      lampiran: { dukunganSumberDaya: [], skemaPertanggungjawaban: [], konsekuensi: [] },
    })
    const { teks } = await render(data)
    expect(teks).toContain('B. TAMBAHAN -')
    expect(teks).toContain('DUKUNGAN SUMBER DAYA -')
    expect(teks).toContain('SKEMA PERTANGGUNGJAWABAN -')
    expect(teks).toContain('KONSEKUENSI -')
  })

  it('paginates a 60-RHK SKP, repeating the table headers on every page', async () => {
    const data = contohSkpBesar(60)
    const { teks, halaman } = await render(data)
    expect(halaman).toBeGreaterThan(1)
    expect(teks).toContain(data.hasilKerja[0].rhk)
    expect(teks).toContain(data.hasilKerja[59].rhk)
    expect(teks).toContain(`Halaman ${halaman} dari ${halaman}`)
    const kepalaBerulang = teks.split('RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI').length - 1
    expect(kepalaBerulang).toBeGreaterThan(2)
  })

  it('never drops text of a record taller than a page, and wraps tokens wider than their column', async () => {
    const iki: IkiDokumen[] = Array.from({ length: 45 }, (_, i) => ({
      aspek: 'kuantitas',
      indikator: `Indikator ke-${i + 1} dengan uraian yang cukup panjang agar baris pada kolom ini membungkus`,
      target: `${i + 1} Dokumen`,
    }))
    const tautan = `https://data.slemankab.go.id/dataset/${'a1b2c3d4e5'.repeat(15)}`
    const data = contohSkpDokumen({
      hasilKerja: [{ jenis: 'utama', rhkIntervensi: tautan, rhk: 'RHK dengan banyak IKI', iki }],
      lampiran: {
        dukunganSumberDaya: Array.from({ length: 80 }, (_, i) => `Dukungan sumber daya nomor ${i + 1}.`),
        skemaPertanggungjawaban: [],
        konsekuensi: [],
      },
    })
    const { teks } = await render(data)
    for (const item of iki) expect(teks).toContain(`${item.indikator} ${item.target}`)
    for (const item of data.lampiran.dukunganSumberDaya) expect(teks).toContain(item)
    expect(teks.replace(/ /g, '')).toContain(tautan)
  })

  it('rejects an impossible date instead of printing it', async () => {
    await expect(renderSkpPdf(contohSkpDokumen({ tanggal: '2026-02-30' }))).rejects.toThrow(/2026-02-30/)
  })
})

/** The text of each page, whitespace collapsed. */
async function teksPerHalaman(pdf: Buffer): Promise<string[]> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: false })
  return text.map((t) => t.replace(/\u200B/g, '').replace(/\s+/g, ' '))
}

describe('renderSkpPdf — approval date, drafts, the lampiran sheet, reproducible bytes', () => {
  it('an approved SKP is dated with its approval date at both signature blocks and says DRAF nowhere', async () => {
    const { pdf, teks } = await render(contohSkpDokumen({ status: 'disetujui', tanggal: '2026-01-15' }))
    expect(teks.split('Sleman, 15 Januari 2026')).toHaveLength(3)
    expect(teks).not.toMatch(/DRAF/i)
    expect(pdf.toString('latin1')).not.toContain('DRAF')
  })

  it.each(['draft', 'diajukan', 'dikembalikan'] as const)(
    'a %s SKP says in its text that it is a draft, not final, without an approval date',
    async (status) => {
      const { pdf } = await render(contohSkpDokumen({ status, tanggal: null }))
      const halaman = await teksPerHalaman(pdf)
      expect(halaman[0]).toMatch(
        /DRAF — SKP ini .* belum disetujui Pejabat Penilai Kinerja\. Bukan dokumen final\./,
      )
      for (const h of halaman) expect(h).toContain('DRAF, bukan dokumen final')
      expect(halaman.join(' ').split('Sleman, DRAF (belum disetujui)')).toHaveLength(3)
      expect(halaman.join(' ')).not.toMatch(/Sleman, \d/)
    },
  )

  it('LAMPIRAN starts on its own page after the signatures of the main part, with its own signatures', async () => {
    const { pdf } = await render(contohSkpDokumen())
    const halaman = await teksPerHalaman(pdf)
    const ttd = halaman.flatMap((h, i) => (h.includes('Pegawai yang Dinilai') ? [i] : []))
    const lampiran = halaman.findIndex((h) => h.includes('LAMPIRAN SASARAN KINERJA PEGAWAI'))
    expect(ttd).toHaveLength(2)
    expect(ttd[0]).toBeLessThan(lampiran)
    expect(ttd[1]).toBe(lampiran)
    expect(halaman[lampiran]).not.toContain('PERILAKU KERJA')
    expect(halaman[lampiran].indexOf('LAMPIRAN SASARAN KINERJA PEGAWAI')).toBeLessThan(
      halaman[lampiran].indexOf('Pegawai yang Dinilai'),
    )
  })

  it('the same data renders to the same bytes; the creation date is the issue time', async () => {
    const data = contohSkpDokumen({ diterbitkan: '2026-01-20T03:15:00.000Z' })
    const [a, b] = [await renderSkpPdf(data), await renderSkpPdf(data)]
    expect(a.equals(b)).toBe(true)
    const { info } = await (await getDocumentProxy(new Uint8Array(a))).getMetadata()
    expect((info as { CreationDate?: string }).CreationDate).toMatch(/^D:20260120031500Z?/)
    const lain = await renderSkpPdf({ ...data, diterbitkan: '2026-01-21T03:15:00.000Z' })
    expect(lain.equals(a)).toBe(false)
  })
})
