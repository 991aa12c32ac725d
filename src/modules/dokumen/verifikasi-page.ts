import { hariIni } from '../../server/clock.ts'
import { LABEL_SKP_STATUS } from '../../domain/labels.ts'
import type { VerifikasiView } from '../../shared/dokumen.ts'
import { formatTanggal } from './dokumen-format.ts'

/**
 * The public page behind the QR code of every document (DOMAIN §6): confirms a printed document is
 * authentic and shows only its public summary — type, period, name, masked NIP, status, content hash.
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
.ikon{font-size:1.8rem;line-height:1}
dl{display:grid;grid-template-columns:minmax(120px,38%) 1fr;gap:10px 16px;margin:16px 0 0}
dt{font-weight:600}dd{margin:0;word-break:break-word}
.hash{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.8rem}
footer{margin-top:16px;color:#5b6570;font-size:.8rem}
@media (max-width:480px){dl{grid-template-columns:1fr}dd{margin-bottom:6px}}`

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

export function halamanValid(v: VerifikasiView): string {
  const status = LABEL_SKP_STATUS[v.status]
  const isi = `<div class="status ok"><span class="ikon" aria-hidden="true">&#10003;</span><div><strong>${label(
    'Dokumen asli — tercatat di sistem Kinerja',
    'Authentic document — recorded in the Kinerja system',
  )}</strong></div></div>
<dl>
${baris('Kode verifikasi', 'Verification code', v.kode)}
${baris('Jenis dokumen', 'Document type', 'Sasaran Kinerja Pegawai (SKP)')}
${baris('Tahun', 'Year', String(v.tahun))}
${baris('Periode penilaian', 'Assessment period', `${formatTanggal(v.periode.mulai)} – ${formatTanggal(v.periode.selesai)}`)}
${baris('Nama', 'Name', v.nama)}
${baris('NIP (disamarkan)', 'Civil service number (masked)', v.nipTersamar)}
${baris('Status SKP', 'SKP status', `${status.id} (${status.en})`)}
${baris('Hash konten (SHA-256)', 'Content hash (SHA-256)', v.hash, 'hash')}
${baris('Diterbitkan', 'Issued', tanggalWib(v.dibuat))}
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
