/**
 * The streamed pegawai import (issue 7): a file read in chunks gives the result of reading it whole —
 * units defined and headed by rows in later chunks, nothing kept after a bad row in the last chunk,
 * valid_saja leaving out a row that fails in planning together with its effects — and a report lists
 * the first 1,000 problems and counts them all.
 */
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { jalankanImporPegawai } from '../src/modules/impor/impor-pegawai-alir.ts'
import type { ModeImpor } from '../src/shared/impor.ts'
import { createTestApp, type TestApp } from './helpers/app.ts'
import { barisCsv, csv, hitung, instansiDenganAdmin, nipBaru, rows, unggah } from './impor-helpers.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const DINAS = 'Dinas Komunikasi dan Informatika'

/** Through the service, three rows per chunk: every file here spans several chunks. */
const impor = (instansiId: string, isi: string, mode: ModeImpor = 'semua') =>
  jalankanImporPegawai(
    t.database.db,
    null,
    {
      instansiId,
      mode,
      sumber: { namaFile: 'pegawai.csv', buffer: Buffer.from(isi) },
      hariIni: '2026-03-01',
    },
    { ukuranPotongan: 3 },
  )

/** A head of unit row (KEPALA_UNOR = Y). */
const kepala = (o: Parameters<typeof barisCsv>[0]) =>
  barisCsv(o).replace(',PELAKSANA,,N,', ',ADMINISTRATOR,,Y,')

/** Units besides the root the fixture made. */
const unitBaru = (instansiId: string) =>
  rows<{ nama: string; induk: string | null; kepala: string | null }>(
    t.database,
    sql`select u.nama, p.nama as induk, u.nama_jabatan_kepala as kepala
        from unor u join unor p on p.id = u.parent_id where u.instansi_id = ${instansiId} order by u.nama`,
  )

describe('streamed pegawai import', () => {
  it('plans across chunks: a unit placed by a later row, headed by the last row, shared by every chunk', async () => {
    const { instansi } = await instansiDenganAdmin(t.app, t.database)
    const baris = [
      barisCsv({ nip: nipBaru(), unor: 'Bidang Baru' }), // no UNOR_INDUK: row 7 places the unit
      ...Array.from({ length: 5 }, () => barisCsv({ nip: nipBaru(), unor: DINAS })),
      barisCsv({ nip: nipBaru(), unor: 'Bidang Baru', induk: DINAS }),
      kepala({ nip: nipBaru(), unor: 'Bidang Baru', induk: DINAS, jabatan: 'Kepala Bidang Baru' }),
    ]
    const laporan = await impor(instansi.id, csv(...baris))
    expect(laporan).toMatchObject({
      status: 'selesai',
      totalBaris: 8,
      barisValid: 8,
      barisDitulis: 8,
      ringkasan: { baru: 8, diperbarui: 0, mutasi: 0, tidakBerubah: 0 },
      kesalahan: [],
      jumlahKesalahan: 0,
    })
    expect(await unitBaru(instansi.id)).toEqual([
      { nama: 'Bidang Baru', induk: DINAS, kepala: 'Kepala Bidang Baru' },
    ])
    expect(await hitung(t.database, 'penugasan', instansi.id)).toBe(8)
    // one position per (unit, name, kind): the chunks reused what earlier chunks created
    expect(await hitung(t.database, 'jabatan', instansi.id)).toBe(3)
  })

  it('mode=semua: a bad row in the last chunk undoes the chunks already written, and is reported', async () => {
    const { instansi } = await instansiDenganAdmin(t.app, t.database)
    const baris = [
      ...Array.from({ length: 6 }, () => barisCsv({ nip: nipBaru(), unor: 'Bidang Lain', induk: DINAS })),
      barisCsv({ nip: '12345', unor: DINAS }),
    ]
    const laporan = await impor(instansi.id, csv(...baris))
    expect(laporan.status).toBe('ditolak')
    expect(laporan.barisValid).toBe(6)
    expect(laporan.kesalahan.map((k) => [k.baris, k.kolom])).toContainEqual([8, 'NIP'])
    expect(await hitung(t.database, 'pegawai', instansi.id)).toBe(0)
    expect(await hitung(t.database, 'penugasan', instansi.id)).toBe(0)
    expect(await hitung(t.database, 'jabatan', instansi.id)).toBe(0)
    expect(await unitBaru(instansi.id)).toEqual([])
    expect(await hitung(t.database, 'impor', instansi.id)).toBe(1) // the rejected run is on record
  })

  it('valid_saja: a row failing in planning is left out with the unit and position only it would create', async () => {
    const { instansi } = await instansiDenganAdmin(t.app, t.database)
    const pindah = nipBaru()
    expect(
      (await impor(instansi.id, csv(barisCsv({ nip: pindah, unor: DINAS, tmt: '2025-06-01' })))).status,
    ).toBe('selesai')
    const baris = [
      ...Array.from({ length: 4 }, () => barisCsv({ nip: nipBaru(), unor: DINAS })),
      // moves into a new unit with a TMT before the current assignment's start: refused when planning
      barisCsv({ nip: pindah, unor: 'Bidang Sepi', induk: DINAS, jabatan: 'Penata Sepi', tmt: '2025-01-01' }),
      barisCsv({ nip: nipBaru(), unor: DINAS }),
    ]
    const laporan = await impor(instansi.id, csv(...baris), 'valid_saja')
    expect(laporan).toMatchObject({
      status: 'selesai',
      totalBaris: 6,
      barisValid: 5,
      ringkasan: { baru: 5, diperbarui: 0, mutasi: 0, tidakBerubah: 0 },
      jumlahKesalahan: 1,
    })
    expect(laporan.kesalahan).toEqual([expect.objectContaining({ baris: 6, kolom: 'TMT_JABATAN' })])
    expect(await unitBaru(instansi.id)).toEqual([])
    const [{ n }] = await rows<{ n: number }>(
      t.database,
      sql`select count(*)::int as n from jabatan where instansi_id = ${instansi.id} and nama = 'Penata Sepi'`,
    )
    expect(n).toBe(0)
    expect(await hitung(t.database, 'pegawai', instansi.id)).toBe(6)
  })

  it('mode=validasi writes nothing, not even a run, and gives the would-be summary', async () => {
    const { instansi } = await instansiDenganAdmin(t.app, t.database)
    const baris = Array.from({ length: 7 }, () =>
      barisCsv({ nip: nipBaru(), unor: 'Bidang X', induk: DINAS }),
    )
    const laporan = await impor(instansi.id, csv(...baris), 'validasi')
    expect(laporan).toMatchObject({ status: 'divalidasi', barisValid: 7, ringkasan: { baru: 7 } })
    expect(await hitung(t.database, 'pegawai', instansi.id)).toBe(0)
    expect(await hitung(t.database, 'unor', instansi.id)).toBe(1)
    expect(await hitung(t.database, 'impor', instansi.id)).toBe(0)
  })
})

describe('POST /impor/pegawai with many bad rows', () => {
  it('lists the first 1,000 problems by row and counts them all; nothing is written', async () => {
    const { instansi, session } = await instansiDenganAdmin(t.app, t.database)
    const baris = Array.from({ length: 1_200 }, (_, i) =>
      barisCsv({ nip: `9${String(i).padStart(4, '0')}`, unor: DINAS }),
    )
    const res = await unggah(t.app, session, `/api/v1/impor/pegawai?instansiId=${instansi.id}`, csv(...baris))
    expect(res.statusCode).toBe(400)
    const { laporan, errors } = res.json()
    expect(laporan.totalBaris).toBe(1_200)
    expect(laporan.barisValid).toBe(0)
    expect(laporan.kesalahan).toHaveLength(1_000)
    expect(laporan.jumlahKesalahan).toBeGreaterThanOrEqual(1_200)
    expect(errors).toHaveLength(1_000)
    const nomor = laporan.kesalahan.map((k: { baris: number }) => k.baris)
    expect(nomor[0]).toBe(2)
    expect(nomor).toEqual([...nomor].sort((a, b) => a - b))
    expect(await hitung(t.database, 'pegawai', instansi.id)).toBe(0)
    const detail = await t.app.inject({
      method: 'GET',
      url: `/api/v1/impor/${laporan.id}`,
      headers: { cookie: `kinerja_sesi=${session.cookie}` },
    })
    expect(detail.json()).toMatchObject({ jumlahKesalahan: laporan.jumlahKesalahan })
    expect(detail.json().kesalahan).toHaveLength(1_000)
  })
})
