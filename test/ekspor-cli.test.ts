import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../src/db/client.ts'
import { rows } from '../src/db/rows.ts'
import { buatEvaluasi } from './helpers/evaluasi-factories.ts'
import { buatPohon, buatSkpDisetujui } from './helpers/skp-factories.ts'

/** `npm run kinerja -- ekspor …` end to end: its own process on a temporary PGlite data folder. */
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kinerja-ekspor-cli-'))
const Y = 2026
let kode = ''
let id = ''
let nip = ''

function kinerja(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' }
    execFile('npx', ['tsx', 'src/cli/main.ts', ...args], { env, timeout: 120_000 }, (err, stdout, stderr) =>
      resolve({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr }),
    )
  })
}

beforeAll(async () => {
  expect(await kinerja('migrate')).toMatchObject({ code: 0 })
  const d = await openDatabase({ dataDir })
  try {
    const w = await buatPohon(d, { tahun: [Y] })
    const s = await buatSkpDisetujui(d, w.staf, { tahun: Y })
    await buatEvaluasi(d, s.skp.id, { periode: 'TW1', ratingHasil: 'DI_ATAS', ratingPerilaku: 'SESUAI' })
    await buatEvaluasi(d, s.skp.id, { periode: 'FINAL', ratingHasil: 'DI_BAWAH', ratingPerilaku: 'DI_BAWAH' })
    await buatSkpDisetujui(d, w.kepala, { tahun: Y })
    kode = w.instansi.kode
    id = w.instansi.id
    nip = w.staf.pegawai.nip
  } finally {
    await d.close()
  }
}, 180_000)
afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

describe('npm run kinerja -- ekspor', () => {
  it('rw-skp22 as CSV on stdout, by instansi code; the counts on stderr; audited as the CLI', async () => {
    const r = await kinerja('ekspor', 'rw-skp22', '--instansi', kode, '--tahun', String(Y))
    expect(r.code).toBe(0)
    const baris = r.stdout.trimEnd().split('\r\n')
    expect(baris[0]).toMatch(/^nip,tahun,hasilKinerja,hasilKinerjaNilai,/)
    expect(baris).toHaveLength(2)
    expect(baris[1]).toMatch(
      new RegExp(`^${nip},${Y},DIBAWAH EKSPEKTASI,3,DIBAWAH EKSPEKTASI,3,SANGAT KURANG,5,`),
    )
    expect(r.stderr).toContain('1 baris; 1 pegawai dengan SKP disetujui tanpa evaluasi final')
    const d = await openDatabase({ dataDir })
    try {
      const [a] = await rows<{ aktor: string; ip: string }>(
        d.db,
        sql`select aktor_nama as aktor, ip from audit_log where aksi = 'ekspor_siasn' limit 1`,
      )
      expect(a).toMatchObject({ aktor: expect.stringMatching(/^CLI /), ip: 'cli' })
    } finally {
      await d.close()
    }
  }, 120_000)

  it('periodik as JSON into a file, by instansi id', async () => {
    const keluar = path.join(dataDir, 'periodik.json')
    const r = await kinerja(
      'ekspor',
      'periodik',
      '-i',
      id,
      '-t',
      String(Y),
      '--format',
      'json',
      '--keluar',
      keluar,
    )
    expect(r.code).toBe(0)
    const isi = JSON.parse(readFileSync(keluar, 'utf8'))
    expect(isi.meta).toMatchObject({ jenis: 'periodik', jumlahBaris: 1 })
    expect(isi.data).toEqual([
      expect.objectContaining({
        nip,
        bulanMulaiPenilaian: 1,
        bulanSelesaiPenilaian: 3,
        kuadranKinerjaNilai: 2,
      }),
    ])
  }, 120_000)

  it('an unknown instansi or a bad year: exit code 1, a message', async () => {
    const r = await kinerja('ekspor', 'rw-skp22', '--instansi', 'TIDAK-ADA', '--tahun', String(Y))
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('Instansi tidak dikenal')
    const t = await kinerja('ekspor', 'periodik', '--instansi', kode, '--tahun', 'x')
    expect(t.code).toBe(1)
  }, 120_000)
})
