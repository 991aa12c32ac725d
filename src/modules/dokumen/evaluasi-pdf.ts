import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces'
import { blokTandaTangan, daftar, kosong, teks } from './dokumen-layout.ts'
import { barisPenuh, tabelRekaman, type KolomTabel } from './dokumen-tabel.ts'
import { barisNilai, bingkai, identitasDua, judulEvaluasi, tanggalTandaTangan } from './evaluasi-blok.ts'
import type { EvaluasiDokumenData, HasilKerjaEvaluasiDokumen } from './evaluasi-dokumen.types.ts'
import { poolPdf } from './pdf-engine.ts'

/**
 * EVALUASI KINERJA PEGAWAI of a period (PermenPANRB 6/2022 Lampiran, DOMAIN §6), A4 landscape: period, the
 * PEGAWAI YANG DINILAI / PEJABAT PENILAI KINERJA blocks, CAPAIAN KINERJA ORGANISASI, POLA DISTRIBUSI, the
 * HASIL KERJA table with realisasi berdasarkan bukti dukung and umpan balik, RATING HASIL KERJA, PERILAKU
 * KERJA with umpan balik per BerAKHLAK value, RATING PERILAKU KERJA, PREDIKAT KINERJA PEGAWAI, place, date
 * and signatures; the verification footer on every page. Rendered in the PDF worker pool.
 */
export async function renderEvaluasiPdf(data: EvaluasiDokumenData): Promise<Buffer> {
  return poolPdf.render('evaluasi', data)
}

export function definisiEvaluasi(d: EvaluasiDokumenData): TDocumentDefinitions {
  return bingkai({
    judul: `Evaluasi Kinerja ${d.namaPeriode} ${d.tahun} — ${d.pegawai.nama}`,
    subjek: 'Evaluasi Kinerja Pegawai (PermenPANRB 6/2022)',
    penulis: d.instansi,
    draf: d.draf,
    verifikasi: d.verifikasi,
    diterbitkan: d.diterbitkan,
    keterangan: `Evaluasi Kinerja ${d.namaPeriode} ${d.tahun} · ${d.pegawai.nama} · NIP ${d.pegawai.nip ?? '-'}`,
    content: [
      judulEvaluasi(['EVALUASI KINERJA PEGAWAI', `PERIODE: ${d.namaPeriode} ${d.tahun}`], d),
      identitasDua(d.pegawai, d.penilai),
      barisNilai([
        ['CAPAIAN KINERJA ORGANISASI', teks(d.predikatOrganisasi ?? 'Belum ditetapkan', { bold: true })],
        [
          'POLA DISTRIBUSI',
          {
            stack: [
              teks(`Jumlah pegawai unit yang dihitung dalam pola distribusi: ${d.jumlahPegawaiUnit} orang`),
              daftar(d.polaDistribusi),
            ],
          } as TableCell,
        ],
      ]),
      tabelHasil(d),
      barisNilai([['RATING HASIL KERJA', teks(d.ratingHasil, { bold: true })]]),
      tabelPerilaku(d),
      barisNilai([
        ['RATING PERILAKU KERJA', teks(d.ratingPerilaku, { bold: true })],
        ['PREDIKAT KINERJA PEGAWAI', teks(d.predikat, { bold: true })],
        ...(d.angkaKredit ? [['ANGKA KREDIT PERIODE INI', teks(d.angkaKredit)] as [string, TableCell]] : []),
      ]),
      blokTandaTangan(
        tanggalTandaTangan(d),
        { peran: 'Pegawai yang Dinilai', nama: d.pegawai.nama, nip: d.pegawai.nip },
        { peran: 'Pejabat Penilai Kinerja', nama: d.penilai.nama, nip: d.penilai.nip },
      ),
    ],
  })
}

const KELOMPOK = [
  { jenis: 'utama', label: 'A. UTAMA' },
  { jenis: 'tambahan', label: 'B. TAMBAHAN' },
] as const

function tabelHasil(d: EvaluasiDokumenData): Content {
  const kolom: KolomTabel[] = [
    { judul: 'NO', lebar: 16 },
    { judul: 'RENCANA HASIL KERJA', lebar: '*' },
    { judul: 'INDIKATOR KINERJA INDIVIDU', lebar: '*' },
    { judul: 'TARGET', lebar: 80 },
    { judul: 'REALISASI BERDASARKAN BUKTI DUKUNG', lebar: 120 },
    { judul: 'UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG', lebar: 150 },
  ]
  const rekaman = KELOMPOK.flatMap(({ jenis, label }) => {
    const daftarRhk = d.hasilKerja.filter((h) => h.jenis === jenis)
    const isi =
      daftarRhk.length > 0 ? daftarRhk.map((r, i) => barisRhk(r, i + 1)) : [[barisPenuh(teks('-'), 6)]]
    isi[0] = [barisPenuh(teks(label, { style: 'kelompok' }), 6), ...isi[0]]
    return isi
  })
  return tabelRekaman({ judul: 'HASIL KERJA', kolom, rekaman, nomorKolom: true })
}

function barisRhk(r: HasilKerjaEvaluasiDokumen, nomor: number): TableCell[][] {
  const iki = r.iki.length > 0 ? r.iki : [{ indikator: '-', target: '-', realisasi: '-' }]
  const span = { rowSpan: iki.length }
  return iki.map((i, k) => [
    ...(k === 0 ? [teks(String(nomor), { ...span, alignment: 'center' }), teks(r.rhk, span)] : kosong(2)),
    teks(i.indikator),
    teks(i.target, { alignment: 'center' }),
    teks(i.realisasi),
    ...(k === 0 ? [teks(r.umpanBalik || '-', span)] : kosong(1)),
  ])
}

function tabelPerilaku(d: EvaluasiDokumenData): Content {
  const kolom: KolomTabel[] = [
    { judul: 'NO', lebar: 16 },
    { judul: 'PERILAKU KERJA', lebar: 220 },
    { judul: 'UMPAN BALIK BERKELANJUTAN', lebar: '*' },
  ]
  const rekaman = d.perilaku.map((p, i) => [
    [teks(String(i + 1), { alignment: 'center' }), teks(p.nama, { bold: true }), teks(p.umpanBalik || '-')],
  ])
  return tabelRekaman({ judul: 'PERILAKU KERJA', kolom, rekaman, nomorKolom: true })
}
