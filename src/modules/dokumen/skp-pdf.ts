import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces'
import {
  blokTandaTangan,
  daftar,
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
import { barisPenuh, lebarKolom, putusKataPanjang, tabelRekaman, type KolomTabel } from './dokumen-tabel.ts'
import { formatPeriode, formatTanggal, kapital } from './dokumen-format.ts'
import { poolPdf } from './pdf-engine.ts'
import type {
  AspekIki,
  HasilKerjaDokumen,
  JenisRhk,
  PejabatDokumen,
  PegawaiDokumen,
  SkpDokumenData,
  StatusSkp,
} from './skp-document.types.ts'

/**
 * The SKP document in the official layout of PermenPANRB 6/2022 (DOMAIN §6), A4 landscape:
 * title, instansi and period, the PEGAWAI YANG DINILAI / PEJABAT PENILAI KINERJA blocks, HASIL KERJA grouped
 * A. UTAMA / B. TAMBAHAN (+ Perspektif for JPT), PERILAKU KERJA, place and date, signatures; then the
 * LAMPIRAN on its own page with its own place, date and signatures (it is signed as a separate sheet); a
 * verification footer with QR code on every page. Table headers repeat after a page break.
 * The date is the SKP's approval date. A draft says on its first page and in every footer that it is a
 * draft and not final, and its signature blocks that it has no approval date yet.
 * Rendered in a worker thread of the PDF pool, which calls `definisiSkp` there (pdf-worker.ts).
 */
export async function renderSkpPdf(data: SkpDokumenData): Promise<Buffer> {
  return poolPdf.render('skp', data)
}

export function definisiSkp(data: SkpDokumenData): TDocumentDefinitions {
  const qr = buatKanvasQr(data.verifikasi.url, UKURAN_QR)
  const draf = data.status !== 'disetujui'
  const tandaTangan = () =>
    blokTandaTangan(
      `${data.tempat}, ${tanggalTandaTangan(data)}`,
      { peran: 'Pegawai yang Dinilai', nama: data.pegawai.nama, nip: data.pegawai.nip },
      { peran: 'Pejabat Penilai Kinerja', nama: data.penilai.nama, nip: data.penilai.nip },
    )
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: MARGIN_HALAMAN,
    info: {
      title: `Sasaran Kinerja Pegawai ${data.tahun} — ${data.pegawai.nama}`,
      author: data.instansi,
      subject: 'Sasaran Kinerja Pegawai (PermenPANRB 6/2022)',
      keywords: `kode-verifikasi:${data.verifikasi.kode}`,
      creator: 'Kinerja',
      producer: 'Kinerja',
      // The issue time, not the render time: the same version renders to the same bytes (file ID included).
      creationDate: new Date(data.diterbitkan),
    },
    defaultStyle: DEFAULT_STYLE,
    styles: STYLES,
    watermark: draf ? watermarkDraf() : undefined,
    footer: footerVerifikasi(data.verifikasi, qr, keteranganFooter(data)),
    content: [
      judul(data),
      ...(data.status !== 'disetujui' ? [pemberitahuanDraf(PEMBERITAHUAN_DRAF[data.status])] : []),
      identitas(data.pegawai, data.penilai),
      tabelHasilKerja(data),
      tabelPerilaku(data),
      tandaTangan(),
      { stack: [tabelLampiran(data)], pageBreak: 'before' },
      tandaTangan(),
    ],
  }
}

const PEMBERITAHUAN_DRAF: Record<Exclude<StatusSkp, 'disetujui'>, string> = {
  draft: 'DRAF — SKP ini masih disusun dan belum disetujui Pejabat Penilai Kinerja. Bukan dokumen final.',
  diajukan:
    'DRAF — SKP ini sudah diajukan tetapi belum disetujui Pejabat Penilai Kinerja. Bukan dokumen final.',
  dikembalikan:
    'DRAF — SKP ini dikembalikan untuk diperbaiki dan belum disetujui Pejabat Penilai Kinerja. Bukan dokumen final.',
}

/** The approval date; a draft has none yet and says so rather than printing a date that means nothing. */
function tanggalTandaTangan(data: SkpDokumenData): string {
  if (data.tanggal) return formatTanggal(data.tanggal)
  return data.status === 'disetujui' ? 'tanggal persetujuan tidak tercatat' : 'DRAF (belum disetujui)'
}

function keteranganFooter(data: SkpDokumenData): string {
  const draf = data.status === 'disetujui' ? '' : 'DRAF, bukan dokumen final · '
  return `${draf}Sasaran Kinerja Pegawai ${data.tahun} · ${data.pegawai.nama} · NIP ${data.pegawai.nip}`
}

function judul(data: SkpDokumenData): Content {
  const bagi =
    data.varian === 'jpt'
      ? 'BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI'
      : 'BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL'
  return [
    {
      style: 'judul',
      stack: ['SASARAN KINERJA PEGAWAI', `PENDEKATAN HASIL KERJA ${kapital(data.pendekatan)}`, bagi],
    },
    {
      margin: [0, 12, 0, 4],
      columns: [
        { width: '*', stack: [{ text: kapital(data.instansi), bold: true }, { text: data.unit }] },
        {
          width: 'auto',
          bold: true,
          text: `PERIODE PENILAIAN: ${formatPeriode(data.periode.mulai, data.periode.selesai)}`,
        },
      ],
    },
  ]
}

const KOLOM_IDENTITAS: (number | '*')[] = [16, 70, '*', 16, 70, '*']
const LEBAR_NILAI_IDENTITAS = lebarKolom(KOLOM_IDENTITAS)[2]

function identitas(pegawai: PegawaiDokumen, penilai: PejabatDokumen): Content {
  const nilai = (p: PejabatDokumen) =>
    [p.nama, p.nip ?? '-', p.pangkatGolongan ?? '-', p.jabatan, p.unitKerja].map((v) =>
      putusKataPanjang(v, LEBAR_NILAI_IDENTITAS),
    )
  const kiri = nilai(pegawai)
  const kanan = nilai(penilai)
  const label = ['NAMA', 'NIP', 'PANGKAT/GOL', 'JABATAN', 'UNIT KERJA']
  const kepalaBlok = (judulBlok: string) => [kepala('NO'), kepala(judulBlok, { colSpan: 2 }), ...kosong(1)]
  const body: TableCell[][] = [
    [...kepalaBlok('PEGAWAI YANG DINILAI'), ...kepalaBlok('PEJABAT PENILAI KINERJA')],
    ...label.map((l, i) => {
      const no = () => teks(String(i + 1), { alignment: 'center' })
      return [no(), teks(l), teks(kiri[i]), no(), teks(l), teks(kanan[i])]
    }),
  ]
  return { layout: LAYOUT_TABEL, table: { headerRows: 1, widths: KOLOM_IDENTITAS, body } }
}

const LABEL_ASPEK: Record<AspekIki, string> = {
  kuantitas: 'Kuantitas',
  kualitas: 'Kualitas',
  waktu: 'Waktu',
  biaya: 'Biaya',
}

const KELOMPOK: { jenis: JenisRhk; label: string }[] = [
  { jenis: 'utama', label: 'A. UTAMA' },
  { jenis: 'tambahan', label: 'B. TAMBAHAN' },
]

/**
 * HASIL KERJA (DOMAIN §6). Kuantitatif: NO | RHK pimpinan | RHK | ASPEK | IKI | TARGET. Kualitatif has
 * no aspek: the IKI is an ukuran keberhasilan and its target is in words (wider column). JPT adds PERSPEKTIF.
 */
function tabelHasilKerja(data: SkpDokumenData): Content {
  const jpt = data.varian === 'jpt'
  const kualitatif = data.pendekatan === 'kualitatif'
  const kolom: KolomTabel[] = [
    { judul: 'NO', lebar: 16 },
    { judul: 'RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI', lebar: '*' },
    { judul: 'RENCANA HASIL KERJA', lebar: '*' },
    ...(kualitatif
      ? [
          { judul: 'UKURAN KEBERHASILAN / INDIKATOR KINERJA INDIVIDU', lebar: '*' as const },
          { judul: 'TARGET', lebar: '*' as const },
        ]
      : [
          { judul: 'ASPEK', lebar: 48 },
          { judul: 'INDIKATOR KINERJA INDIVIDU', lebar: '*' as const },
          { judul: 'TARGET', lebar: 70 },
        ]),
    ...(jpt ? [{ judul: 'PERSPEKTIF', lebar: 78 }] : []),
  ]
  const rekaman = KELOMPOK.flatMap(({ jenis, label }) => {
    const daftarRhk = data.hasilKerja.filter((h) => h.jenis === jenis)
    const isi =
      daftarRhk.length > 0
        ? daftarRhk.map((rhk, i) => barisRhk(rhk, i + 1, jpt, kualitatif))
        : [[barisPenuh(teks('-'), kolom.length)]]
    // The group label opens the group's first record, so it is never left alone at a page bottom.
    isi[0] = [barisPenuh(teks(label, { style: 'kelompok' }), kolom.length), ...isi[0]]
    return isi
  })
  return tabelRekaman({ judul: 'HASIL KERJA', kolom, rekaman, nomorKolom: true })
}

/** One RHK: its number, intervened RHK, RHK (and perspektif) span the rows of its IKI. */
function barisRhk(rhk: HasilKerjaDokumen, nomor: number, jpt: boolean, kualitatif: boolean): TableCell[][] {
  const iki = rhk.iki.length > 0 ? rhk.iki : [null]
  const span = { rowSpan: iki.length }
  return iki.map((item, i) => {
    const awal = i === 0
    const ikiSel = kualitatif
      ? item
        ? [teks(item.indikator), teks(item.target)]
        : [teks('-'), teks('-')]
      : item
        ? [
            teks(item.aspek ? LABEL_ASPEK[item.aspek] : '-'),
            teks(item.indikator),
            teks(item.target, { alignment: 'center' }),
          ]
        : [teks('-'), teks('-'), teks('-', { alignment: 'center' })]
    const perspektif = !jpt ? [] : awal ? [teks(rhk.perspektif ?? '-', span)] : kosong(1)
    const kiri = awal
      ? [
          teks(String(nomor), { ...span, alignment: 'center' }),
          teks(rhk.rhkIntervensi ?? '-', span),
          // DOMAIN §2: a kualitatif RHK shows who assigned it
          kualitatif && rhk.penugasanDari
            ? ({
                ...span,
                stack: [teks(rhk.rhk), teks(`(Penugasan dari ${rhk.penugasanDari})`, { italics: true })],
              } as TableCell)
            : teks(rhk.rhk, span),
        ]
      : kosong(3)
    return [...kiri, ...ikiSel, ...perspektif]
  })
}

function tabelPerilaku(data: SkpDokumenData): Content {
  const rekaman = data.perilaku.map((p, i) => [
    [
      teks(String(i + 1), { alignment: 'center' }),
      {
        stack: [
          { text: p.nama, bold: true },
          ...(p.indikator.length > 0 ? [{ ul: [...p.indikator], margin: [0, 1, 0, 0] } as Content] : []),
        ],
      } as TableCell,
      teks(p.ekspektasi ?? '-'),
    ],
  ])
  const kolom: KolomTabel[] = [
    { judul: 'NO', lebar: 16 },
    { judul: 'PERILAKU KERJA', lebar: '*' },
    { judul: 'EKSPEKTASI KHUSUS PIMPINAN', lebar: 290 },
  ]
  return tabelRekaman({ judul: 'PERILAKU KERJA', kolom, rekaman, nomorKolom: true })
}

function tabelLampiran(data: SkpDokumenData): Content {
  const { dukunganSumberDaya, skemaPertanggungjawaban, konsekuensi } = data.lampiran
  const bagian: [string, string[]][] = [
    ['DUKUNGAN SUMBER DAYA', dukunganSumberDaya],
    ['SKEMA PERTANGGUNGJAWABAN', skemaPertanggungjawaban],
    ['KONSEKUENSI', konsekuensi],
  ]
  const rekaman = bagian.map(([judulBagian, items], i) => [
    [
      teks(String(i + 1), { alignment: 'center', bold: true }),
      { stack: [{ text: judulBagian, bold: true, margin: [0, 0, 0, 2] }, daftar(items)] } as TableCell,
    ],
  ])
  const kolom: KolomTabel[] = [
    { judul: 'NO', lebar: 16 },
    { judul: 'URAIAN', lebar: '*' },
  ]
  return tabelRekaman({ judul: 'LAMPIRAN SASARAN KINERJA PEGAWAI', kolom, rekaman, kepalaKolom: false })
}
