import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces'
import { blokTandaTangan, DEFAULT_STYLE, MARGIN_HALAMAN, STYLES, teks, UKURAN_QR } from './dokumen-layout.ts'
import { buatKanvasQr } from './dokumen-qr.ts'
import { formatTanggal } from './dokumen-format.ts'
import { barisNilai, bingkai, identitasTiga, judulEvaluasi, tanggalTandaTangan } from './evaluasi-blok.ts'
import type { BundelRingkasanData, RingkasanEvaluasiData } from './evaluasi-dokumen.types.ts'
import { poolPdf } from './pdf-engine.ts'

/**
 * DOKUMEN EVALUASI KINERJA PEGAWAI (the summary, DOMAIN §6; also the annual FINAL one): period; the Pegawai,
 * Pejabat Penilai and Atasan Pejabat Penilai blocks; capaian kinerja organisasi, ratings, predikat, angka
 * kredit of a jabatan fungsional, catatan/rekomendasi; place, date, signatures.
 */
export async function renderRingkasanPdf(data: RingkasanEvaluasiData): Promise<Buffer> {
  return poolPdf.render('ringkasan', data)
}

/** Riwayat: every final summary of a pegawai in one PDF, each with its own verification code and QR. */
export async function renderBundelPdf(data: BundelRingkasanData): Promise<Buffer> {
  return poolPdf.render('bundel', data)
}

export function definisiRingkasan(d: RingkasanEvaluasiData): TDocumentDefinitions {
  return bingkai({
    judul: `Dokumen Evaluasi Kinerja Pegawai ${d.namaPeriode} ${d.tahun} — ${d.pegawai.nama}`,
    subjek: 'Dokumen Evaluasi Kinerja Pegawai (PermenPANRB 6/2022)',
    penulis: d.instansi,
    draf: d.draf,
    verifikasi: d.verifikasi,
    diterbitkan: d.diterbitkan,
    keterangan: `Dokumen Evaluasi Kinerja ${d.namaPeriode} ${d.tahun} · ${d.pegawai.nama} · NIP ${d.pegawai.nip ?? '-'}`,
    content: kontenRingkasan(d),
  })
}

/** The summary's content (without the page frame): the document itself, and one section of the bundle. */
export function kontenRingkasan(d: RingkasanEvaluasiData): Content[] {
  return [
    judulEvaluasi(['DOKUMEN EVALUASI KINERJA PEGAWAI', `PERIODE: ${d.namaPeriode} ${d.tahun}`], d),
    identitasTiga([
      { judul: 'PEGAWAI YANG DINILAI', p: d.pegawai },
      { judul: 'PEJABAT PENILAI KINERJA', p: d.penilai },
      { judul: 'ATASAN PEJABAT PENILAI KINERJA', p: d.atasanPenilai },
    ]),
    barisNilai([
      ['CAPAIAN KINERJA ORGANISASI', teks(d.predikatOrganisasi ?? 'Belum ditetapkan', { bold: true })],
      ['RATING HASIL KERJA', teks(d.ratingHasil)],
      ['RATING PERILAKU KERJA', teks(d.ratingPerilaku)],
      ['PREDIKAT KINERJA PEGAWAI', teks(d.predikat, { bold: true })],
      ...(d.angkaKredit ? [['ANGKA KREDIT', teks(d.angkaKredit)] as [string, TableCell]] : []),
      ['CATATAN / REKOMENDASI', teks(d.catatan || '-')],
      ...(d.keteranganVersi ? [['KETERANGAN VERSI', teks(d.keteranganVersi)] as [string, TableCell]] : []),
    ]),
    blokTandaTangan(
      tanggalTandaTangan(d),
      { peran: 'Pegawai yang Dinilai', nama: d.pegawai.nama, nip: d.pegawai.nip },
      { peran: 'Pejabat Penilai Kinerja', nama: d.penilai.nama, nip: d.penilai.nip },
    ),
  ]
}

/**
 * The bundle: each summary on its own page with its own verification code and QR under the title (each
 * summary is an issued document; the bundle itself is a convenience copy, not a document).
 */
export function definisiBundel(b: BundelRingkasanData): TDocumentDefinitions {
  const bagian: Content[] = b.ringkasan.map((d, i) => {
    const qr = buatKanvasQr(d.verifikasi.url, UKURAN_QR)
    const [judul, ...isi] = kontenRingkasan(d)
    // the summary's own verification code under its title: a page of the bundle is checked like the document
    const verifikasi: Content = {
      margin: [0, 2, 0, 0],
      unbreakable: true,
      columns: [
        qr(),
        {
          width: '*',
          margin: [8, 12, 0, 0],
          fontSize: 8,
          stack: [
            { text: [{ text: 'Kode verifikasi: ' }, { text: d.verifikasi.kode, bold: true }] },
            { text: `Verifikasi keaslian dokumen: ${d.verifikasi.url}` },
          ],
        },
      ],
    }
    return { stack: [judul, verifikasi, ...isi], pageBreak: i === 0 ? undefined : 'before' } as Content
  })
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    // only a one-line footer: the verification code of each summary is in its content
    pageMargins: [MARGIN_HALAMAN[0], MARGIN_HALAMAN[1], MARGIN_HALAMAN[2], 40],
    info: {
      title: `Riwayat Kinerja — ${b.nama}`,
      subject: 'Kumpulan Dokumen Evaluasi Kinerja Pegawai',
      creator: 'Kinerja',
      producer: 'Kinerja',
      creationDate: new Date(b.dibuat),
    },
    defaultStyle: DEFAULT_STYLE,
    styles: STYLES,
    footer: (halaman, jumlah) => ({
      margin: [MARGIN_HALAMAN[0], 14, MARGIN_HALAMAN[2], 0],
      columns: [
        {
          width: '*',
          style: 'footer',
          text: `Riwayat kinerja · ${b.nama} · NIP ${b.nip} · dicetak ${formatTanggal(b.dibuat.slice(0, 10))}`,
        },
        { width: 'auto', style: 'footer', text: `Halaman ${halaman} dari ${jumlah}` },
      ],
    }),
    content:
      bagian.length > 0
        ? bagian
        : [{ text: 'Belum ada evaluasi kinerja final.', margin: [0, 40, 0, 0], alignment: 'center' }],
  }
}
