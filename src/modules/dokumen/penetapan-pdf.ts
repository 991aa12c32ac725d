import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces'
import { kapital, formatPeriode, formatTanggal } from './dokumen-format.ts'
import { daftar, teks } from './dokumen-layout.ts'
import { tabelRekaman, type KolomTabel } from './dokumen-tabel.ts'
import { barisNilai, bingkai } from './evaluasi-blok.ts'
import type { PenetapanDokumenData } from './evaluasi-dokumen.types.ts'
import { poolPdf } from './pdf-engine.ts'

/**
 * PENETAPAN PREDIKAT KINERJA PEGAWAI of a unit for a period (SE MenPANRB 3/2023, DOMAIN §6): the unit, the
 * period, the table of pegawai with their ratings and predikat as fixed when the head closed the
 * calibration, the curve check against the unit's predikat organisasi, signed by the unit head.
 */
export async function renderPenetapanPdf(data: PenetapanDokumenData): Promise<Buffer> {
  return poolPdf.render('penetapan', data)
}

export function definisiPenetapan(d: PenetapanDokumenData): TDocumentDefinitions {
  return bingkai({
    judul: `Penetapan Predikat Kinerja ${d.namaPeriode} ${d.tahun} — ${d.unit}`,
    subjek: 'Penetapan Predikat Kinerja Pegawai (SE MenPANRB 3/2023)',
    penulis: d.instansi,
    draf: false,
    verifikasi: d.verifikasi,
    diterbitkan: d.diterbitkan,
    keterangan: `Penetapan Predikat Kinerja ${d.namaPeriode} ${d.tahun} · ${d.unit}${d.versi > 1 ? ` · versi ${d.versi}` : ''}`,
    content: [
      {
        style: 'judul',
        stack: ['PENETAPAN PREDIKAT KINERJA PEGAWAI', `PERIODE: ${d.namaPeriode} ${d.tahun}`],
      },
      {
        margin: [0, 10, 0, 4],
        columns: [
          { width: '*', stack: [{ text: kapital(d.instansi), bold: true }, { text: d.unit }] },
          {
            width: 'auto',
            bold: true,
            text: `PERIODE PENILAIAN: ${formatPeriode(d.periode.mulai, d.periode.selesai)}`,
          },
        ],
      },
      barisNilai([
        ['CAPAIAN KINERJA ORGANISASI', teks(d.predikatOrganisasi ?? 'Belum ditetapkan', { bold: true })],
        [
          'SEBARAN PREDIKAT',
          teks(d.jumlahPerPredikat.map((j) => `${j.predikat}: ${j.jumlah}`).join(' · ') || '-'),
        ],
        [
          'KESESUAIAN POLA DISTRIBUSI',
          d.peringatan.length === 0
            ? teks('Sesuai pola distribusi')
            : ({ stack: [teks('Catatan:'), daftar(d.peringatan)] } as TableCell),
        ],
      ]),
      tabelPegawai(d),
      tandaTangan(d),
    ],
  })
}

function tabelPegawai(d: PenetapanDokumenData): Content {
  const kolom: KolomTabel[] = [
    { judul: 'NO', lebar: 16 },
    { judul: 'NAMA / NIP', lebar: '*' },
    { judul: 'JABATAN', lebar: '*' },
    { judul: 'RATING HASIL KERJA', lebar: 100 },
    { judul: 'RATING PERILAKU KERJA', lebar: 100 },
    { judul: 'PREDIKAT KINERJA', lebar: 100 },
  ]
  const rekaman = d.baris.map((b, i) => [
    [
      teks(String(i + 1), { alignment: 'center' }),
      { stack: [{ text: b.nama, bold: true }, { text: `NIP ${b.nip}` }] } as TableCell,
      teks(b.jabatan),
      teks(b.ratingHasil),
      teks(b.ratingPerilaku),
      teks(b.predikat, { bold: true }),
    ],
  ])
  return tabelRekaman({
    judul: 'DAFTAR PREDIKAT KINERJA PEGAWAI',
    kolom,
    rekaman:
      rekaman.length > 0 ? rekaman : [[[teks('-'), teks('-'), teks('-'), teks('-'), teks('-'), teks('-')]]],
    nomorKolom: true,
  })
}

function tandaTangan(d: PenetapanDokumenData): Content {
  return {
    unbreakable: true,
    margin: [0, 18, 0, 0],
    columns: [
      { width: '*', text: ' ' },
      {
        width: '*',
        stack: [
          { text: `${d.tempat}, ${formatTanggal(d.tanggal)}`, alignment: 'center' },
          { text: d.penetap.jabatan, alignment: 'center', margin: [0, 0, 0, 52] },
          { text: d.penetap.nama, alignment: 'center', bold: true, decoration: 'underline' },
          ...(d.penetap.nip ? [{ text: `NIP ${d.penetap.nip}`, alignment: 'center' } as Content] : []),
        ],
      },
    ],
  }
}
