import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SKEMA_UNOR } from '../src/modules/impor/impor-kolom.ts'
import { bacaBerkas } from '../src/modules/impor/impor-berkas.ts'
import { bacaTabel } from '../src/modules/impor/impor-tabel.ts'
import { createTestApp, type TestApp } from './helpers/app.ts'
import { instansiDenganAdmin, unggah } from './impor-helpers.ts'

/**
 * Imported files that once gave a 500 or lost data (issue 7): a NUL deep in a CSV, XLSX archives whose parts
 * are stored in another order (as files saved by other tools have them).
 */
let t: TestApp
let dunia: Awaited<ReturnType<typeof instansiDenganAdmin>>
beforeAll(async () => {
  t = await createTestApp()
  dunia = await instansiDenganAdmin(t.app, t.database)
})
afterAll(() => t.close())

describe('imported files', () => {
  const urlImpor = () => `/api/v1/impor/pegawai?instansiId=${dunia.instansi.id}&mode=validasi`
  const header = 'NIP,NAMA,STATUS_ASN,GOLONGAN,JABATAN,JENIS_JABATAN,UNOR\n'
  const baris = (i: number) =>
    `19900101201503100${i % 10},Pegawai Nomor ${i},PNS,III/a,Analis,pelaksana,Bidang Uji\n`

  it('answers a NUL after the first 64 KB of a CSV with a 400 naming its row and column', async () => {
    const isi = [header]
    for (let i = 0; i < 1500; i++) isi.push(baris(i))
    const teks = isi.join('')
    expect(teks.length).toBeGreaterThan(64 * 1024)
    const rusak = `${teks}199001012015031001,Nama\u0000Rusak,PNS,III/a,Analis,pelaksana,Bidang Uji\n`
    const res = await unggah(t.app, dunia.session, urlImpor(), rusak)
    expect(res.statusCode).toBe(400)
    expect(res.json()).toMatchObject({
      code: 'IMPOR.KARAKTER_TERLARANG',
      errors: [{ path: 'baris.1502.NAMA' }],
    })
    expect(res.json().message).toContain('Baris 1502, kolom NAMA')
  })

  /** The same workbook with its entries stored in another order, as files saved by other tools have them. */
  async function susunUlang(xlsx: Buffer, dulu: string[], akhir: string[]) {
    const zip = await JSZip.loadAsync(xlsx)
    const nama = Object.keys(zip.files).filter((n) => !zip.files[n].dir)
    const urutan = [...dulu, ...nama.filter((n) => !dulu.includes(n) && !akhir.includes(n)), ...akhir]
    const baru = new JSZip()
    for (const n of urutan) baru.file(n, await zip.files[n].async('nodebuffer'), { createFolders: false })
    const hasil = await baru.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })
    expect(Object.keys((await JSZip.loadAsync(hasil)).files)).toEqual(urutan)
    return hasil
  }

  it('imports an XLSX whose shared strings and styles come after the sheets, reading the first tab', async () => {
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('Unor')
    ws.addRow(['Kode', 'Nama', 'Kode Induk'])
    ws.addRow(['XL-INDUK', 'Dinas Uji Urutan', null])
    for (let i = 0; i < 50; i++) ws.addRow([`XL-${i}`, `Bidang Uji ${i}`, 'XL-INDUK'])
    wb.addWorksheet('Catatan').addRow(['bukan data'])
    const asli = Buffer.from(await wb.xlsx.writeBuffer())
    const xlsx = await susunUlang(
      asli,
      ['xl/worksheets/sheet2.xml', 'xl/worksheets/sheet1.xml'],
      ['xl/sharedStrings.xml', 'xl/styles.xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels'],
    )
    const tabel = await bacaTabel({ namaFile: 'unor.xlsx', buffer: xlsx }, SKEMA_UNOR)
    expect(tabel.kesalahanBerkas).toEqual([])
    expect(tabel.baris).toHaveLength(51)
    expect(tabel.baris[1].nilai).toMatchObject({ KODE: 'XL-0', NAMA: 'Bidang Uji 0', KODE_INDUK: 'XL-INDUK' })

    const res = await unggah(
      t.app,
      dunia.session,
      `/api/v1/impor/unor?instansiId=${dunia.instansi.id}&mode=validasi`,
      xlsx,
      {
        namaFile: 'unor.xlsx',
      },
    )
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json()).toMatchObject({ status: 'divalidasi', totalBaris: 51, barisValid: 51 })
  })

  it('keeps dates in an XLSX whose styles come after the sheet', async () => {
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('Data')
    ws.addRow(['Kode', 'Nama', 'Tanggal'])
    ws.addRow(['A', 'Satu', new Date(Date.UTC(2024, 0, 2))])
    const xlsx = await susunUlang(Buffer.from(await wb.xlsx.writeBuffer()), [], ['xl/styles.xml'])
    const rows = []
    for await (const k of bacaBerkas({ namaFile: 'x.xlsx', buffer: xlsx })) rows.push(...k)
    expect(rows[1].nilai[2]).toEqual(new Date(Date.UTC(2024, 0, 2)))
  })
})
