import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { deteksiPemisah, jenisDariIsi } from '../src/modules/impor/impor-berkas.ts'
import { SKEMA_PEGAWAI, SKEMA_UNOR, templateCsv } from '../src/modules/impor/impor-kolom.ts'
import { parseTanggal } from '../src/modules/impor/impor-nilai.ts'
import { bacaTabel } from '../src/modules/impor/impor-tabel.ts'
import { fixture } from './impor-helpers.ts'

const sumber = (isi: string | Buffer) => ({
  namaFile: 'x.csv',
  buffer: Buffer.isBuffer(isi) ? isi : Buffer.from(isi),
})
const baca = (isi: string | Buffer) => bacaTabel(sumber(isi), SKEMA_PEGAWAI)
const bacaUnor = (isi: string | Buffer) => bacaTabel(sumber(isi), SKEMA_UNOR)

describe('reading files', () => {
  it('reads a BOM, `;` separators, quoted fields (with `;` inside), aliases and keeps spreadsheet row numbers', async () => {
    const t = await baca(fixture('pegawai-bom-titik-koma.csv'))
    expect(t.kesalahanBerkas).toEqual([])
    expect(t.baris.map((b) => b.baris)).toEqual([2, 3])
    expect(t.baris[0].nilai).toMatchObject({
      NIP: ' 19880512 201101 2 004 ',
      NAMA: '  Rina   Marlina ',
      TANGGAL_LAHIR: '32275',
      GOLONGAN: ' iii / c ',
    })
    expect(t.baris[1].nilai).toMatchObject({
      NAMA: 'Teguh; Prasetyo',
      JABATAN: 'Kepala Seksi Infrastruktur',
      KEPALA_UNOR: 'y',
    })
    expect([...t.kolomAda]).toContain('UNOR_INDUK')
    expect(t.kolomAda.has('EMAIL')).toBe(false)
  })

  it('skips blank lines but keeps the numbering a spreadsheet shows', async () => {
    const t = await bacaUnor('KODE,NAMA\r\n\r\nA,Satu\r\n,\r\nB,"Dua\r\nbaris"\r\nC,Tiga\r\n')
    expect(t.baris.map((b) => [b.baris, b.nilai.KODE])).toEqual([
      [3, 'A'],
      [5, 'B'],
      [6, 'C'],
    ])
  })

  it('reports missing required columns and an empty file as file errors', async () => {
    expect((await baca('NIP;NAMA\n1;2\n')).kesalahanBerkas.map((k) => k.kolom)).toEqual([
      'STATUS_ASN',
      'GOLONGAN',
      'JABATAN',
      'JENIS_JABATAN',
      'UNOR',
    ])
    expect((await baca('\n\n')).kesalahanBerkas[0].pesan.id).toMatch(/kosong/)
  })

  it('reads the first worksheet of an XLSX: rich text, formulas, dates, numbers', async () => {
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('Unor')
    ws.addRow(['Kode', 'Nama', 'Kode Induk'])
    ws.addRow([
      { richText: [{ text: 'A' }, { text: 'B' }] },
      { formula: '"Dinas"&" X"', result: 'Dinas X' },
      null,
    ])
    ws.addRow([]) // an empty row keeps its number
    ws.addRow([12, new Date(Date.UTC(2024, 0, 2)), 'AB'])
    wb.addWorksheet('Lain').addRow(['ignored'])
    const t = await bacaUnor(Buffer.from(await wb.xlsx.writeBuffer()))
    expect(t.baris).toEqual([
      { baris: 2, nilai: { KODE: 'AB', NAMA: 'Dinas X', KODE_INDUK: undefined } },
      { baris: 4, nilai: { KODE: 12, NAMA: new Date(Date.UTC(2024, 0, 2)), KODE_INDUK: 'AB' } },
    ])
  })

  it('decides the type by content', () => {
    expect(jenisDariIsi(Buffer.from('PK\x03\x04rest'))).toBe('xlsx')
    expect(jenisDariIsi(Buffer.from('NIP,NAMA\n'))).toBe('csv')
    expect(jenisDariIsi(Buffer.from([0xef, 0xbb, 0xbf, 0x4e]))).toBe('csv')
    expect(jenisDariIsi(Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00]))).toBeNull() // a PDF with a NUL byte
    expect(jenisDariIsi(Buffer.from([0x4e, 0xe9, 0x41]))).toBeNull() // Latin-1, not UTF-8
    expect(jenisDariIsi(Buffer.alloc(0))).toBeNull()
  })

  it.each([
    ['NIP;NAMA;UNOR\n1,5;x;y', ';'],
    ['NIP,NAMA,UNOR\n', ','],
    ['"NIP;X",NAMA,UNOR\n', ','],
    ['NIP\tNAMA\tUNOR\n', '\t'],
    ['\ufeffNIP;NAMA\n', ';'],
    ['NIP\n', ','],
  ])('detects the separator of %j', (teks, pemisah) => {
    expect(deteksiPemisah(teks)).toBe(pemisah)
  })

  it.each([
    ['2024-03-01', '2024-03-01'],
    ['01-03-2024', '2024-03-01'],
    ['1/3/2024', '2024-03-01'],
    ['01.03.2024', '2024-03-01'],
    ['45352', '2024-03-01'],
    ['2024-03-01 00:00:00', '2024-03-01'],
    ['29-02-2024', '2024-02-29'],
    ['', null],
  ])('parses the date %j', (v, iso) => {
    expect(parseTanggal(v)).toEqual({ ok: true, nilai: iso })
  })

  it.each(['29-02-2023', '2024-13-01', '32/01/2024', 'kemarin', '12', '1899-12-31'])(
    'rejects the date %j',
    (v) => {
      expect(parseTanggal(v)).toEqual({ ok: false })
    },
  )

  it('templates list every column and read back without file errors', async () => {
    const t = await baca(templateCsv(SKEMA_PEGAWAI))
    expect(t.kesalahanBerkas).toEqual([])
    expect(t.kolomAda.size).toBe(SKEMA_PEGAWAI.kolom.length)
    expect((await bacaUnor(templateCsv(SKEMA_UNOR))).baris).toHaveLength(1)
  })
})
