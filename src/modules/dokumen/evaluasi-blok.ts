import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces'
import {
  DEFAULT_STYLE,
  footerVerifikasi,
  kepala,
  kosong,
  LAYOUT_TABEL,
  MARGIN_HALAMAN,
  pemberitahuanDraf,
  STYLES,
  teks,
  UKURAN_QR,
  watermarkDraf,
} from './dokumen-layout.ts'
import { buatKanvasQr } from './dokumen-qr.ts'
import { formatPeriode, formatTanggal, kapital } from './dokumen-format.ts'
import { lebarKolom, putusKataPanjang } from './dokumen-tabel.ts'
import type { IdentitasDokumen } from './evaluasi-dokumen.types.ts'
import type { PejabatDokumen, VerifikasiDokumen } from './skp-document.types.ts'

/**
 * Blocks shared by the evaluation documents (DOMAIN §6): title with instansi, unit and period, the identity
 * blocks of the pegawai and the officials, the draft notice, and the page frame with the verification footer.
 */

export const PEMBERITAHUAN_DRAF_EVALUASI =
  'DRAF — Evaluasi ini belum difinalisasi Pejabat Penilai Kinerja. Bukan dokumen final.'

export function judulEvaluasi(judul: string[], d: IdentitasDokumen): Content {
  return [
    { style: 'judul', stack: judul },
    {
      margin: [0, 10, 0, 4],
      columns: [
        { width: '*', stack: [{ text: kapital(d.instansi), bold: true }, { text: d.unit }] },
        {
          width: 'auto',
          bold: true,
          stack: [
            {
              text: `PERIODE PENILAIAN: ${formatPeriode(d.periode.mulai, d.periode.selesai)}`,
              alignment: 'right',
            },
            { text: d.namaPeriode, alignment: 'right' },
          ],
        },
      ],
    },
    ...(d.draf ? [pemberitahuanDraf(PEMBERITAHUAN_DRAF_EVALUASI)] : []),
  ]
}

const LABEL = ['NAMA', 'NIP', 'PANGKAT/GOL', 'JABATAN', 'UNIT KERJA']
const nilaiPejabat = (p: PejabatDokumen, lebar: number) =>
  [p.nama, p.nip ?? '-', p.pangkatGolongan ?? '-', p.jabatan, p.unitKerja].map((v) =>
    putusKataPanjang(v, lebar),
  )

const KOLOM_DUA: (number | '*')[] = [16, 70, '*', 16, 70, '*']
const LEBAR_DUA = lebarKolom(KOLOM_DUA)[2]

/** PEGAWAI YANG DINILAI and PEJABAT PENILAI KINERJA side by side, as on the SKP. */
export function identitasDua(pegawai: PejabatDokumen, penilai: PejabatDokumen): Content {
  const kiri = nilaiPejabat(pegawai, LEBAR_DUA)
  const kanan = nilaiPejabat(penilai, LEBAR_DUA)
  const kepalaBlok = (j: string) => [kepala('NO'), kepala(j, { colSpan: 2 }), ...kosong(1)]
  const body: TableCell[][] = [
    [...kepalaBlok('PEGAWAI YANG DINILAI'), ...kepalaBlok('PEJABAT PENILAI KINERJA')],
    ...LABEL.map((l, i) => {
      const no = () => teks(String(i + 1), { alignment: 'center' })
      return [no(), teks(l), teks(kiri[i]), no(), teks(l), teks(kanan[i])]
    }),
  ]
  return { layout: LAYOUT_TABEL, margin: [0, 6, 0, 0], table: { headerRows: 1, widths: KOLOM_DUA, body } }
}

const KOLOM_TIGA: (number | '*')[] = [66, '*', 66, '*', 66, '*']
const LEBAR_TIGA = lebarKolom(KOLOM_TIGA)[1]

/**
 * Three blocks side by side on one landscape page (Dokumen Evaluasi Kinerja Pegawai): pegawai, pejabat
 * penilai, atasan pejabat penilai.
 */
export function identitasTiga(blok: { judul: string; p: PejabatDokumen | null }[]): Content {
  const nilai = blok.map(({ p }) => (p ? nilaiPejabat(p, LEBAR_TIGA) : LABEL.map(() => '-')))
  const body: TableCell[][] = [
    blok.flatMap(({ judul }) => [kepala(judul, { colSpan: 2 }), ...kosong(1)]),
    ...LABEL.map((l, i) => nilai.flatMap((n) => [teks(l), teks(n[i])])),
  ]
  return { layout: LAYOUT_TABEL, margin: [0, 6, 0, 0], table: { headerRows: 1, widths: KOLOM_TIGA, body } }
}

/** A one-row labelled section: '<JUDUL>' | value (CAPAIAN KINERJA ORGANISASI, RATING …, PREDIKAT …). */
export function barisNilai(baris: [string, TableCell][]): Content {
  return {
    layout: LAYOUT_TABEL,
    margin: [0, 6, 0, 0],
    unbreakable: true,
    table: {
      widths: [220, '*'],
      body: baris.map(([judul, isi]) => [teks(judul, { bold: true, fillColor: '#F2F2F2' }), isi]),
    },
  }
}

export const tanggalTandaTangan = (d: IdentitasDokumen) =>
  `${d.tempat}, ${d.tanggal ? formatTanggal(d.tanggal) : 'DRAF (belum final)'}`

/** The page frame every evaluation document shares: A4 landscape, styles, DRAF watermark, verification footer. */
export function bingkai(o: {
  judul: string
  subjek: string
  penulis: string
  draf: boolean
  verifikasi: VerifikasiDokumen
  diterbitkan: string
  keterangan: string
  content: Content[]
}): TDocumentDefinitions {
  const qr = buatKanvasQr(o.verifikasi.url, UKURAN_QR)
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: MARGIN_HALAMAN,
    info: {
      title: o.judul,
      author: o.penulis,
      subject: o.subjek,
      keywords: `kode-verifikasi:${o.verifikasi.kode}`,
      creator: 'Kinerja',
      producer: 'Kinerja',
      // the issue time: the same version renders to the same bytes
      creationDate: new Date(o.diterbitkan),
    },
    defaultStyle: DEFAULT_STYLE,
    styles: STYLES,
    watermark: o.draf ? watermarkDraf() : undefined,
    footer: footerVerifikasi(
      o.verifikasi,
      qr,
      `${o.draf ? 'DRAF, bukan dokumen final · ' : ''}${o.keterangan}`,
    ),
    content: o.content,
  }
}
