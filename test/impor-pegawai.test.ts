import { sql } from 'drizzle-orm'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from './helpers/app.ts'
import {
  barisCsv,
  csv,
  fixture,
  fixtureDenganNip,
  hitung,
  instansiDenganAdmin,
  nipBaru,
  rows,
  unggah,
} from './impor-helpers.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const url = (instansiId: string, mode?: string) =>
  `/api/v1/impor/pegawai?instansiId=${instansiId}${mode ? `&mode=${mode}` : ''}`

async function penugasanDari(nip: string) {
  return rows(
    t.database,
    sql`
    select u.nama as unor, j.nama as jabatan, j.jenis, j.jenjang, t.is_kepala as "isKepala", t.mulai::text as mulai,
      t.selesai::text as selesai
    from penugasan t join pegawai p on p.id = t.pegawai_id join unor u on u.id = t.unor_id join jabatan j on j.id = t.jabatan_id
    where p.nip = ${nip} order by t.mulai`,
  )
}

describe('POST /impor/pegawai', () => {
  it('imports a valid CSV: pegawai, units under their parent, positions, assignments and accounts; audited once', async () => {
    const { instansi, session } = await instansiDenganAdmin(t.app, t.database)
    const res = await unggah(t.app, session, url(instansi.id), fixture('pegawai-valid.csv'))
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({
      status: 'selesai',
      totalBaris: 5,
      barisValid: 5,
      barisDitulis: 5,
      ringkasan: { baru: 5, diperbarui: 0, mutasi: 0, tidakBerubah: 0 },
      kesalahan: [],
    })
    expect(await hitung(t.database, 'pegawai', instansi.id)).toBe(5)
    expect(await hitung(t.database, 'unor', instansi.id)).toBe(2) // the root + "Bidang Aplikasi Informatika"
    const unitBaru = await rows(
      t.database,
      sql`select u.nama, p.nama as induk, u.nama_jabatan_kepala as kepala from unor u join unor p on p.id = u.parent_id
          where u.instansi_id = ${instansi.id}`,
    )
    expect(unitBaru).toEqual([
      {
        nama: 'Bidang Aplikasi Informatika',
        induk: 'Dinas Komunikasi dan Informatika',
        kepala: 'Kepala Bidang Aplikasi Informatika',
      },
    ])
    expect(await hitung(t.database, 'akun', instansi.id)).toBe(1) // only the admin: accounts come with the first password
    expect(await penugasanDari('199001012015031001')).toEqual([
      {
        unor: 'Bidang Aplikasi Informatika',
        jabatan: 'Pranata Komputer Ahli Pertama',
        jenis: 'fungsional',
        jenjang: 'ahli_pertama',
        isKepala: false,
        mulai: '2024-03-01',
        selesai: null,
      },
    ])
    expect((await penugasanDari('198203102006042001'))[0]).toMatchObject({
      isKepala: true,
      jenis: 'administrator',
    })
    const [p] = await rows(
      t.database,
      sql`select nama, gelar_depan, gelar_belakang, pangkat, status, jenis_asn from pegawai where nip = '198203102006042001'`,
    )
    // An empty PANGKAT is filled from the golongan (PP 99/2000); an empty status defaults to aktif.
    expect(p).toEqual({
      nama: 'Sri Lestari',
      gelar_depan: null,
      gelar_belakang: 'S.Kom., M.T.',
      pangkat: 'Pembina',
      status: 'aktif',
      jenis_asn: 'pns',
    })
    const audit = await rows(
      t.database,
      sql`select aksi, sesudah from audit_log where instansi_id = ${instansi.id} and entitas = 'impor'`,
    )
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({ aksi: 'impor_pegawai', sesudah: { ringkasan: { baru: 5 } } })
  })

  it('rejects a file with one bad row with 400 listing that row and column, and writes nothing', async () => {
    const { instansi, session } = await instansiDenganAdmin(t.app, t.database)
    const res = await unggah(t.app, session, url(instansi.id), fixture('pegawai-satu-salah.csv'))
    expect(res.statusCode).toBe(400)
    const body = res.json()
    expect(body.code).toBe('IMPOR.ADA_KESALAHAN')
    expect(body.errors).toEqual([
      { path: 'baris.3.NIP', message: 'Digit ke-15 NIP (jenis kelamin) harus 1 atau 2' },
    ])
    expect(body.laporan).toMatchObject({ status: 'ditolak', totalBaris: 3, barisValid: 2, barisDitulis: 0 })
    expect(await hitung(t.database, 'pegawai', instansi.id)).toBe(0)
    expect(await hitung(t.database, 'penugasan', instansi.id)).toBe(0)
    expect(await hitung(t.database, 'akun', instansi.id)).toBe(1)
    const en = await unggah(t.app, session, url(instansi.id), fixture('pegawai-satu-salah.csv'), {
      lang: 'en',
    })
    expect(en.json().errors[0].message).toBe('Digit 15 of the NIP (gender) must be 1 or 2')
  })

  it('mode=valid_saja writes the valid rows and reports the bad one', async () => {
    const { instansi, session } = await instansiDenganAdmin(t.app, t.database)
    const res = await unggah(
      t.app,
      session,
      url(instansi.id, 'valid_saja'),
      fixtureDenganNip('pegawai-satu-salah.csv', 100),
    )
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({
      status: 'selesai',
      barisValid: 2,
      barisDitulis: 2,
      ringkasan: { baru: 2 },
    })
    expect(res.json().kesalahan).toEqual([
      { baris: 3, kolom: 'NIP', pesan: 'Digit ke-15 NIP (jenis kelamin) harus 1 atau 2' },
    ])
    expect(await hitung(t.database, 'pegawai', instansi.id)).toBe(2)
  })

  it('mode=validasi reports (with the would-be summary) and writes nothing, not even a run', async () => {
    const { instansi, session } = await instansiDenganAdmin(t.app, t.database)
    const res = await unggah(
      t.app,
      session,
      url(instansi.id, 'validasi'),
      fixtureDenganNip('pegawai-valid.csv', 200),
    )
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({
      id: null,
      status: 'divalidasi',
      barisValid: 5,
      ringkasan: { baru: 5 },
    })
    for (const tabel of ['pegawai', 'unor', 'jabatan', 'penugasan', 'impor'] as const) {
      expect(await hitung(t.database, tabel, instansi.id)).toBe(tabel === 'unor' ? 1 : 0)
    }
  })

  it('re-importing the same file changes nothing', async () => {
    const { instansi, session } = await instansiDenganAdmin(t.app, t.database)
    const isi = fixtureDenganNip('pegawai-valid.csv', 300)
    expect((await unggah(t.app, session, url(instansi.id), isi)).statusCode).toBe(200)
    const sebelum = await rows(
      t.database,
      sql`select id, updated_at from pegawai where instansi_id = ${instansi.id} order by id`,
    )
    const res = await unggah(t.app, session, url(instansi.id), isi)
    expect(res.json()).toMatchObject({
      barisDitulis: 0,
      ringkasan: { baru: 0, diperbarui: 0, mutasi: 0, tidakBerubah: 5 },
    })
    const sesudah = await rows(
      t.database,
      sql`select id, updated_at from pegawai where instansi_id = ${instansi.id} order by id`,
    )
    expect(sesudah).toEqual(sebelum)
    expect(await hitung(t.database, 'penugasan', instansi.id)).toBe(5)
    expect(await hitung(t.database, 'jabatan', instansi.id)).toBe(5)
    expect(await hitung(t.database, 'unor', instansi.id)).toBe(2)
  })

  it('a changed unit becomes a new assignment; the old one ends the day before TMT_JABATAN (history kept)', async () => {
    const { instansi, session } = await instansiDenganAdmin(t.app, t.database)
    const nip = nipBaru()
    const dinas = 'Dinas Komunikasi dan Informatika'
    await unggah(
      t.app,
      session,
      url(instansi.id),
      csv(barisCsv({ nip, unor: 'Sekretariat', induk: dinas, tmt: '01-01-2023' })),
    )
    const res = await unggah(
      t.app,
      session,
      url(instansi.id),
      csv(barisCsv({ nip, unor: 'Bidang Statistik', induk: dinas, tmt: '01-07-2025' })),
    )
    expect(res.json().ringkasan).toEqual({ baru: 0, diperbarui: 0, mutasi: 1, tidakBerubah: 0 })
    expect(await penugasanDari(nip)).toMatchObject([
      { unor: 'Sekretariat', mulai: '2023-01-01', selesai: '2025-06-30' },
      { unor: 'Bidang Statistik', mulai: '2025-07-01', selesai: null },
    ])
    // A TMT before the current assignment's start cannot be a mutasi.
    const mundur = await unggah(
      t.app,
      session,
      url(instansi.id),
      csv(barisCsv({ nip, unor: 'Sekretariat', induk: dinas, tmt: '01-01-2025' })),
    )
    expect(mundur.statusCode).toBe(400)
    expect(mundur.json().errors[0].path).toBe('baris.2.TMT_JABATAN')
  })

  it('imports XLSX with date cells, numeric serials and a text NIP; a NIP stored as a number is reported', async () => {
    const { instansi, session } = await instansiDenganAdmin(t.app, t.database)
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('Pegawai')
    const [nip1, nip2] = [nipBaru('P', '1992-02-29'), nipBaru('L', '1993-03-03')]
    ws.addRow([
      'NIP',
      'Nama',
      'Jenis Kelamin',
      'Tanggal Lahir',
      'Status ASN',
      'Golongan',
      'Jabatan',
      'Jenis Jabatan',
      'Unor',
      'Unor Induk',
      'TMT Jabatan',
    ])
    ws.addRow([
      nip1,
      'Ayu Kartika',
      'P',
      new Date(Date.UTC(1992, 1, 29)),
      'PNS',
      'III/a',
      'Analis',
      'Pelaksana',
      'Bidang Statistik',
      'Dinas Komunikasi dan Informatika',
      45658,
    ])
    ws.addRow([
      Number(nip2),
      'Bayu',
      'L',
      '03-03-1993',
      'PNS',
      'III/a',
      'Analis',
      'Pelaksana',
      'Bidang Statistik',
      'Dinas Komunikasi dan Informatika',
      '',
    ])
    const isi = Buffer.from(await wb.xlsx.writeBuffer())
    const res = await unggah(t.app, session, url(instansi.id, 'valid_saja'), isi, {
      namaFile: 'pegawai.xlsx',
    })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ barisDitulis: 1, kesalahan: [{ baris: 3, kolom: 'NIP' }] })
    expect(res.json().kesalahan[0].pesan).toMatch(/sebagai angka/)
    expect(await penugasanDari(nip1)).toMatchObject([{ unor: 'Bidang Statistik', mulai: '2025-01-01' }])
  })

  it('accepts a BOM, `;` separators, aliases, stray spaces and Excel serial dates', async () => {
    const { instansi, session } = await instansiDenganAdmin(t.app, t.database)
    await unggah(t.app, session, url(instansi.id), fixtureDenganNip('pegawai-valid.csv', 400))
    const res = await unggah(t.app, session, url(instansi.id), fixture('pegawai-bom-titik-koma.csv'))
    expect(res.json()).toMatchObject({ status: 'selesai', kesalahan: [], ringkasan: { baru: 2 } })
    expect(await penugasanDari('198805122011012004')).toMatchObject([
      {
        unor: 'Bidang Aplikasi Informatika',
        jabatan: 'Analis Kebijakan Ahli Muda',
        jenjang: 'ahli_muda',
        mulai: '2024-03-01',
      },
    ])
    expect(await penugasanDari('198512152010011005')).toMatchObject([
      { unor: 'Seksi Infrastruktur', isKepala: true },
    ])
  })
})
