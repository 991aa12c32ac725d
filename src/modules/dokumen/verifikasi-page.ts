import { hariIni } from '../../server/clock.ts'
import type { JenisRingkasan, StatusDokumen, VerifikasiView, VersiDokumen } from '../../shared/dokumen.ts'
import { formatTanggal } from './dokumen-format.ts'

/**
 * The public page behind the QR code of every document (DOMAIN §6): confirms a printed document is
 * authentic and shows only its public summary — type, period, name, masked NIP, status, approval date,
 * the file's SHA-256. Green only for the latest version of an approved SKP; amber for a draft (not final)
 * and for a version replaced by a later one, which is named.
 * Self-contained HTML (one inline style block, allowed by the app's CSP; no scripts), Indonesian with
 * English subtitles. Every value is escaped.
 */

const ESCAPE: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPE[c])

const GAYA = `
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#f4f6f8;color:#1b1f24}
main{max-width:640px;margin:0 auto;padding:24px 16px}
.kartu{background:#fff;border-radius:12px;box-shadow:0 1px 3px rgba(0,0,0,.12);padding:24px}
h1{font-size:1.35rem;margin:0 0 4px}
.en{color:#5b6570;font-size:.85em;font-weight:400;display:block}
.status{display:flex;gap:12px;align-items:center;border-radius:8px;padding:12px 16px;margin:16px 0}
.ok{background:#e6f4ea;color:#0d5524}.gagal{background:#fdecea;color:#8a1c13}
.perhatian{background:#fff4e0;color:#6b4100;border:1px solid #f0b44c}
.status p{margin:4px 0 0}
code{font-family:ui-monospace,Menlo,Consolas,monospace;background:#f0f2f4;border-radius:4px;padding:0 4px}
.catatan{color:#5b6570;font-size:.85rem;margin:4px 0 0}
.ikon{font-size:1.8rem;line-height:1}
dl{display:grid;grid-template-columns:minmax(120px,38%) 1fr;gap:10px 16px;margin:16px 0 0}
dt{font-weight:600}dd{margin:0;word-break:break-word}
.hash{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.8rem}
footer{margin-top:16px;color:#5b6570;font-size:.8rem}
@media (max-width:480px){dl{grid-template-columns:1fr}dd{margin-bottom:6px}}`

const JENIS: Record<
  JenisRingkasan,
  { id: string; en: string; status: [string, string]; tanggal: [string, string] }
> = {
  SKP: {
    id: 'Sasaran Kinerja Pegawai (SKP)',
    en: 'Performance plan (SKP)',
    status: ['Status SKP', 'SKP status'],
    tanggal: ['Tanggal persetujuan', 'Approval date'],
  },
  EVALUASI: {
    id: 'Evaluasi Kinerja',
    en: 'Performance evaluation',
    status: ['Status evaluasi', 'Evaluation status'],
    tanggal: ['Tanggal finalisasi', 'Finalisation date'],
  },
  DOKUMEN_EVALUASI: {
    id: 'Dokumen Evaluasi Kinerja Pegawai',
    en: 'Employee performance evaluation summary',
    status: ['Status evaluasi', 'Evaluation status'],
    tanggal: ['Tanggal finalisasi', 'Finalisation date'],
  },
  PENETAPAN_PREDIKAT: {
    id: 'Penetapan Predikat Kinerja',
    en: 'Performance rating decision',
    status: ['Status', 'Status'],
    tanggal: ['Tanggal penetapan', 'Decision date'],
  },
}

const STATUS: Record<StatusDokumen, { id: string; en: string }> = {
  draft: { id: 'Draf', en: 'Draft' },
  diajukan: { id: 'Diajukan', en: 'Submitted' },
  disetujui: { id: 'Disetujui', en: 'Approved' },
  dikembalikan: { id: 'Dikembalikan', en: 'Returned' },
  final: { id: 'Final', en: 'Final' },
  diterima: { id: 'Final, diterima pegawai', en: 'Final, acknowledged' },
  digantikan: { id: 'Digantikan versi baru', en: 'Superseded by a new version' },
  ditetapkan: { id: 'Ditetapkan', en: 'Decided' },
}

const label = (id: string, en: string) => `${escapeHtml(id)}<span class="en">${escapeHtml(en)}</span>`

const tanggalWib = (iso: string) => formatTanggal(hariIni(new Date(iso)))

function halaman(judul: string, isi: string): string {
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(judul)}</title>
<style>${GAYA}</style>
</head>
<body><main><div class="kartu">
<h1>${label('Verifikasi Dokumen', 'Document verification')}</h1>
${isi}
</div>
<footer>${label(
    'Halaman ini hanya menampilkan ringkasan publik dokumen.',
    'This page shows only the public summary of the document.',
  )}</footer>
</main></body>
</html>`
}

function baris(id: string, en: string, nilai: string, kelas = ''): string {
  return `<dt>${label(id, en)}</dt><dd${kelas ? ` class="${kelas}"` : ''}>${escapeHtml(nilai)}</dd>`
}

function kotakStatus(kelas: string, ikon: string, judul: string, isi: string): string {
  return `<div class="status ${kelas}"><span class="ikon" aria-hidden="true">${ikon}</span><div><strong>${judul}</strong>${isi}</div></div>`
}

const tautanVersi = (v: VersiDokumen) =>
  `<a href="/verifikasi/${encodeURIComponent(v.kode)}">${escapeHtml(v.kode)}</a>, ${escapeHtml(
    `diterbitkan ${tanggalWib(v.dibuat)}`,
  )}<span class="en">${escapeHtml(`issued ${tanggalWib(v.dibuat)}`)}</span>`

/** Green only for the latest version of an approved SKP; a draft or a replaced version says what it is. */
function statusDokumen(v: VerifikasiView): string {
  const kotak: string[] = []
  if (!v.final) {
    kotak.push(
      kotakStatus(
        'perhatian',
        '&#9888;',
        label('DRAF — bukan dokumen final', 'DRAFT — not a final document'),
        `<p>${label(
          v.jenis === 'SKP'
            ? 'Dokumen ini tercatat di sistem Kinerja, tetapi SKP-nya belum disetujui Pejabat Penilai Kinerja saat dokumen diterbitkan. Isinya masih dapat berubah dan tidak berlaku sebagai SKP yang disetujui.'
            : 'Dokumen ini tercatat di sistem Kinerja, tetapi evaluasinya belum final saat dokumen diterbitkan. Isinya masih dapat berubah dan tidak berlaku sebagai hasil evaluasi.',
          v.jenis === 'SKP'
            ? 'This document is recorded in the Kinerja system, but its SKP had not been approved by the assessing official when it was issued. Its content may still change and it does not stand as an approved SKP.'
            : 'This document is recorded in the Kinerja system, but its evaluation was not final when it was issued. Its content may still change and it does not stand as an evaluation result.',
        )}</p>`,
      ),
    )
  }
  if (v.digantiOleh) {
    const terbaru = v.versiTerbaru
      ? `<p>${label('Versi terbaru:', 'Latest version:')} ${tautanVersi(v.versiTerbaru)}</p>`
      : ''
    kotak.push(
      kotakStatus(
        'perhatian',
        '&#8635;',
        label('Versi ini telah diganti', 'This version has been replaced'),
        `<p>${label(
          'Dokumen ini diganti oleh versi yang lebih baru:',
          'This document was replaced by a later version:',
        )} ${tautanVersi(v.digantiOleh)}</p>${terbaru}`,
      ),
    )
  }
  if (kotak.length === 0) {
    kotak.push(
      kotakStatus(
        'ok',
        '&#10003;',
        v.jenis === 'SKP'
          ? label(
              'Dokumen asli — SKP yang disetujui, versi terbaru',
              'Authentic document — approved SKP, latest version',
            )
          : label('Dokumen asli — versi terbaru', 'Authentic document — latest version'),
        '',
      ),
    )
  }
  return kotak.join('\n')
}

/** Escaped text in which `…` spans are shown as commands. */
const denganKode = (teks: string) =>
  teks
    .split('`')
    .map((bagian, i) => (i % 2 ? `<code>${escapeHtml(bagian)}</code>` : escapeHtml(bagian)))
    .join('')

/** The file's SHA-256, what it covers and how a holder checks it. */
function barisHash(v: VerifikasiView): string {
  if (!v.hash) {
    return baris(
      'SHA-256 berkas PDF',
      'SHA-256 of the PDF file',
      'Tidak tersedia: dokumen ini diterbitkan sebelum berkasnya disimpan. / Not available: issued before files were kept.',
    )
  }
  const cara = `${denganKode(
    'Mencakup seluruh isi berkas PDF yang diterbitkan dengan kode ini, byte demi byte (setiap unduhan versi ini adalah berkas yang sama). Periksa salinan Anda dengan `sha256sum berkas.pdf` (macOS: `shasum -a 256 berkas.pdf`; Windows: `certutil -hashfile berkas.pdf SHA256`): hasilnya harus sama persis. Cetakan kertas diperiksa dengan kode verifikasi, bukan dengan hash.',
  )}<span class="en">${denganKode(
    'Covers the whole PDF file issued with this code, byte for byte (every download of this version is the same file). Check your copy with `sha256sum file.pdf` (macOS: `shasum -a 256 file.pdf`; Windows: `certutil -hashfile file.pdf SHA256`): the result must be identical. A paper copy is checked with the verification code, not the hash.',
  )}</span>`
  return `<dt>${label('SHA-256 berkas PDF', 'SHA-256 of the PDF file')}</dt><dd><span class="hash">${escapeHtml(
    v.hash,
  )}</span><p class="catatan">${cara}</p></dd>`
}

export function halamanValid(v: VerifikasiView): string {
  const status = STATUS[v.status]
  const jenis = JENIS[v.jenis]
  const persetujuan = v.tanggalPersetujuan
    ? formatTanggal(v.tanggalPersetujuan)
    : v.final
      ? '-'
      : 'Belum final (DRAF) / Not yet final (draft)'
  const kodePeriode = v.periodeKode ? ` (${v.periodeKode === 'FINAL' ? 'TAHUNAN' : v.periodeKode})` : ''
  const isi = `${statusDokumen(v)}
<dl>
${baris('Kode verifikasi', 'Verification code', v.kode)}
${baris('Jenis dokumen', 'Document type', `${jenis.id} / ${jenis.en}`)}
${baris('Tahun', 'Year', String(v.tahun))}
${baris('Periode penilaian', 'Assessment period', `${formatTanggal(v.periode.mulai)} – ${formatTanggal(v.periode.selesai)}${kodePeriode}`)}
${
  v.jenis === 'PENETAPAN_PREDIKAT'
    ? baris('Unit kerja', 'Unit', v.nama)
    : `${baris('Nama', 'Name', v.nama)}\n${baris('NIP (disamarkan)', 'Civil service number (masked)', v.nipTersamar)}`
}
${baris(...jenis.status, `${status.id} (${status.en})`)}
${baris(...jenis.tanggal, persetujuan)}
${baris('Diterbitkan', 'Issued', tanggalWib(v.dibuat))}
${barisHash(v)}
</dl>`
  return halaman(`Verifikasi Dokumen ${v.kode}`, isi)
}

export function halamanTidakDitemukan(): string {
  const isi = `<div class="status gagal"><span class="ikon" aria-hidden="true">&#10007;</span><div><strong>${label(
    'Dokumen tidak ditemukan',
    'Document not found',
  )}</strong></div></div>
<p>${label(
    'Kode verifikasi ini tidak tercatat. Periksa kembali kode pada dokumen cetak; dokumen tanpa kode yang sah tidak dapat dianggap asli.',
    'This verification code is not on record. Check the code printed on the document; a document without a valid code cannot be considered authentic.',
  )}</p>`
  return halaman('Dokumen tidak ditemukan', isi)
}
