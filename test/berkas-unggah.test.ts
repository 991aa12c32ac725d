import { createHash } from 'node:crypto'
import { readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import { pdfContoh, pngContoh } from '../src/db/seed/berkas-contoh.ts'
import { aturJam } from '../src/server/clock.ts'
import { createTestApp, client, type TestApp } from './helpers/app.ts'
import { buatSkpBukti, folderBerkas, isianBukti, unggah, V } from './helpers/bukti.ts'

/**
 * Uploads (issue 8): the type comes from the content, never the name; the extension must agree; empty and
 * oversize files are refused with a field message and nothing stored; names never reach a path; downloads
 * are attachments with safe headers.
 */
let t: TestApp
let folder: string
beforeAll(async () => {
  folder = await folderBerkas()
  t = await createTestApp({ berkasDir: folder })
})
afterAll(async () => {
  aturJam(undefined)
  await t?.close()
  await rm(folder, { recursive: true, force: true })
})

/** Every stored file under the folder (the temporary area excluded). */
async function tersimpan(): Promise<string[]> {
  const semua = await readdir(folder, { recursive: true, withFileTypes: true })
  return semua
    .filter((d) => d.isFile() && !path.join(d.parentPath, d.name).includes('.sementara'))
    .map((d) => path.join(d.parentPath, d.name))
}

/** A CFB container (legacy Office, or an MSI) whose root entry carries `clsid` (first 4 bytes, LE). */
function cfb(clsid: number) {
  const b = Buffer.alloc(1536)
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(b, 0)
  b.writeUInt16LE(0x3e, 24)
  b.writeUInt16LE(3, 26)
  b.writeUInt16LE(0xfffe, 28)
  b.writeUInt16LE(9, 30) // 512-byte sectors
  b.writeUInt32LE(0, 48) // the directory starts in sector 0 (file offset 512)
  Buffer.from('Root Entry', 'utf16le').copy(b, 512)
  b.writeUInt8(5, 512 + 66) // root storage
  b.writeUInt32LE(clsid, 512 + 80)
  return b
}

async function xlsx() {
  const wb = new ExcelJS.Workbook()
  wb.addWorksheet('Data').addRow(['Capaian', 90])
  return Buffer.from(await wb.xlsx.writeBuffer())
}

const HTML = Buffer.from('<!doctype html><html><body><script>alert(document.cookie)</script></body></html>')
const SVG = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="9" height="9"/></svg>',
)
const EXE = Buffer.concat([
  Buffer.from('MZ'),
  Buffer.alloc(62),
  Buffer.from('This program cannot be run in DOS mode'),
])
const SKRIP = Buffer.from('#!/bin/sh\nrm -rf /\n')

describe('upload checks', () => {
  it.each([
    ['HTML named .pdf', 'BERKAS.JENIS_DITOLAK', HTML, 'laporan.pdf'],
    ['SVG named .png', 'BERKAS.JENIS_DITOLAK', SVG, 'foto.png'],
    ['EXE named .jpg', 'BERKAS.JENIS_DITOLAK', EXE, 'foto.jpg'],
    ['EXE named .pdf', 'BERKAS.JENIS_DITOLAK', EXE, 'laporan.pdf'],
    ['shell script named .docx', 'BERKAS.JENIS_DITOLAK', SKRIP, 'notulen.docx'],
    ['an MSI installer named .doc', 'BERKAS.JENIS_DITOLAK', cfb(0x000c1084), 'surat.doc'],
    ['a PDF named a.pdf.exe', 'BERKAS.EKSTENSI_TIDAK_SESUAI', pdfContoh('x'), 'a.pdf.exe'],
    ['a PNG named .pdf', 'BERKAS.EKSTENSI_TIDAK_SESUAI', pngContoh(), 'foto.pdf'],
    [
      'a PDF without an extension (../../etc/passwd)',
      'BERKAS.EKSTENSI_TIDAK_SESUAI',
      pdfContoh('x'),
      '../../etc/passwd',
    ],
    [
      'RTL override: a PNG "invoice\u202Egpj.exe" (shows as invoiceexe.jpg)',
      'BERKAS.EKSTENSI_TIDAK_SESUAI',
      pngContoh(),
      'invoice\u202Egpj.exe',
    ],
    [
      'NUL in the name: a PDF "a.pdf\\0.exe"',
      'BERKAS.EKSTENSI_TIDAK_SESUAI',
      pdfContoh('x'),
      'a.pdf\u0000.exe',
    ],
    ['zero bytes', 'BERKAS.KOSONG', Buffer.alloc(0), 'kosong.pdf'],
    ['a name of 256 characters', 'BERKAS.NAMA_TERLALU_PANJANG', pdfContoh('x'), `${'a'.repeat(252)}.pdf`],
  ])('%s → 400 %s on field file, nothing stored', async (_judul, code, isi, nama) => {
    const w = await buatSkpBukti(t)
    const res = await unggah(t.app, w.sesiStaf, w.skp.id, { isian: isianBukti(w.ikiId), nama, isi })
    expect(res.statusCode, res.body).toBe(400)
    const body = res.json()
    expect(body.code).toBe(code)
    expect(body.errors[0].path).toBe('file')
    expect(await tersimpan()).toEqual([])
    const [{ n }] = await t.database.query<{ n: number }>(
      'select count(*)::int as n from berkas where instansi_id = $1',
      [w.instansi.id],
    )
    expect(n).toBe(0)
  })

  it('over the year’s limit (batasUnggahMb) → 413 with a field message; nothing stored', async () => {
    const w = await buatSkpBukti(t)
    await t.database.query(
      `update pengaturan_tahun set pengaturan = pengaturan || '{"batasUnggahMb": 1}' where instansi_id = $1`,
      [w.instansi.id],
    )
    const besar = Buffer.concat([pdfContoh('besar'), Buffer.alloc(1024 * 1024)])
    const res = await unggah(
      t.app,
      w.sesiStaf,
      w.skp.id,
      { isian: isianBukti(w.ikiId), nama: 'besar.pdf', isi: besar },
      'en',
    )
    expect(res.statusCode).toBe(413)
    expect(res.json()).toMatchObject({
      code: 'BERKAS.TERLALU_BESAR',
      errors: [{ path: 'file', message: 'The file is larger than the 1 MB limit.' }],
    })
    expect(await tersimpan()).toEqual([])
    // exactly the limit is fine
    const pas = Buffer.concat([pdfContoh('pas'), Buffer.alloc(1024 * 1024 - pdfContoh('pas').length)])
    const ok = await unggah(t.app, w.sesiStaf, w.skp.id, {
      isian: isianBukti(w.ikiId),
      nama: 'pas.pdf',
      isi: pas,
    })
    expect(ok.statusCode, ok.body).toBe(201)
    await t.database.query('delete from bukti_dukung where instansi_id = $1', [w.instansi.id])
    await t.database.query('delete from berkas where instansi_id = $1', [w.instansi.id])
    await rm(path.join(folder, w.instansi.id), { recursive: true, force: true })
  })

  it.each([
    ['PDF', pdfContoh('Laporan'), 'laporan.pdf', 'application/pdf'],
    ['PNG', pngContoh(), 'foto.PNG', 'image/png'],
    ['PNG named .jpg (same family)', pngContoh(), 'foto.jpg', 'image/png'],
    ['legacy Word (CFB) named .doc', cfb(0x00020906), 'surat.doc', 'application/msword'],
  ])('accepts %s, served with the detected type', async (_j, isi, nama, mime) => {
    const w = await buatSkpBukti(t)
    const res = await unggah(t.app, w.sesiStaf, w.skp.id, {
      isian: isianBukti(w.ikiId),
      nama,
      isi,
      tipe: 'text/html', // the browser's claim is ignored
    })
    expect(res.statusCode, res.body).toBe(201)
    expect(res.json().berkas).toEqual({ nama, ukuran: isi.length, mime })
  })

  it('accepts an XLSX (zip content checked inside)', async () => {
    const w = await buatSkpBukti(t)
    const isi = await xlsx()
    const res = await unggah(t.app, w.sesiStaf, w.skp.id, {
      isian: isianBukti(w.ikiId),
      nama: 'data.xlsx',
      isi,
    })
    expect(res.statusCode, res.body).toBe(201)
    expect(res.json().berkas.mime).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  })

  it('a path-traversal name is kept as a display name only; the file lands under a generated key', async () => {
    const w = await buatSkpBukti(t)
    const isi = pdfContoh('traversal')
    const res = await unggah(t.app, w.sesiStaf, w.skp.id, {
      isian: isianBukti(w.ikiId),
      nama: '..\\..\\..\\etc\\lap\u202Eoran\u0007.pdf',
      isi,
    })
    expect(res.statusCode, res.body).toBe(201)
    expect(res.json().berkas.nama).toBe('laporan.pdf')
    const [row] = await t.database.query<{ kunci: string }>(
      'select kunci from berkas where instansi_id = $1',
      [w.instansi.id],
    )
    expect(row.kunci).toMatch(new RegExp(`^${w.instansi.id}/2026/[0-9a-f-]{36}$`))
    const file = (await tersimpan()).find((f) => f.startsWith(path.join(folder, w.instansi.id)))
    expect(file).toBe(path.join(folder, ...row.kunci.split('/')))
  })

  it('download: attachment with both filename forms, nosniff, sandbox CSP, no-store, the detected type', async () => {
    const w = await buatSkpBukti(t)
    const isi = pdfContoh('Unduh')
    const nama = 'Laporan Triwulan II – Dinas (final).pdf'
    const up = await unggah(t.app, w.sesiStaf, w.skp.id, { isian: isianBukti(w.ikiId), nama, isi })
    expect(up.statusCode, up.body).toBe(201)
    const res = await client(t.app, w.sesiStaf).get(`${V}/bukti/${up.json().id}/berkas`)
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('application/pdf')
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="Laporan Triwulan II _ Dinas (final).pdf"; filename*=UTF-8''Laporan%20Triwulan%20II%20%E2%80%93%20Dinas%20%28final%29.pdf`,
    )
    expect(res.headers['x-content-type-options']).toBe('nosniff')
    expect(res.headers['content-security-policy']).toBe("default-src 'none'; sandbox")
    expect(res.headers['cache-control']).toBe('private, no-store')
    expect(createHash('sha256').update(res.rawPayload).digest('hex')).toBe(
      createHash('sha256').update(isi).digest('hex'),
    )
  })

  it('without a file, or with the fields after the file → 400 with field messages', async () => {
    const w = await buatSkpBukti(t)
    const tanpa = await unggah(t.app, w.sesiStaf, w.skp.id, { isian: isianBukti(w.ikiId) })
    expect(tanpa.statusCode).toBe(400)
    expect(tanpa.json().code).toBe('BERKAS.TIDAK_ADA')
    const salahIsian = await unggah(t.app, w.sesiStaf, w.skp.id, {
      isian: isianBukti(w.ikiId, { jenis: 'tautan', periode: 'TW9', keterangan: 'a\u0000b' }),
      isi: pdfContoh('x'),
    })
    expect(salahIsian.statusCode).toBe(400)
    expect(
      salahIsian
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toContain('keterangan')
    const json = await client(t.app, w.sesiStaf).post(`${V}/skp/${w.skp.id}/bukti`, { ikiId: w.ikiId })
    expect(json.statusCode).toBe(400)
  })
})
