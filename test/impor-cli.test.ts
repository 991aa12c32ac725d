import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../src/db/client.ts'
import { instansi, unor } from '../src/db/schema/index.ts'
import { rows } from './impor-helpers.ts'

/** The CLI end to end, as an admin runs it: its own process on a temporary PGlite data folder. */
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kinerja-cli-'))
const fixture = (nama: string) => path.join('test', 'fixtures', 'impor', nama)

function kinerja(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' }
    execFile('npx', ['tsx', 'src/cli/main.ts', ...args], { env, timeout: 120_000 }, (err, stdout, stderr) =>
      resolve({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr }),
    )
  })
}

async function denganDb<T>(fn: (d: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>) {
  const d = await openDatabase({ dataDir })
  try {
    return await fn(d)
  } finally {
    await d.close()
  }
}

beforeAll(async () => {
  const migrate = await kinerja('migrate')
  expect(migrate).toMatchObject({ code: 0, stdout: expect.stringContaining('Migrasi selesai') })
  await denganDb(async (d) => {
    const [i] = await d.db
      .insert(instansi)
      .values({ kode: 'CLI', nama: 'Instansi CLI', jenis: 'daerah' })
      .returning()
    await d.db.insert(unor).values({ instansiId: i.id, nama: 'Dinas Komunikasi dan Informatika' })
  })
}, 180_000)
afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

describe('npm run kinerja -- import', () => {
  it('rejects a file with a bad row: exit code 1, the report printed, nothing written', async () => {
    const r = await kinerja('import', 'pegawai', fixture('pegawai-satu-salah.csv'), '--instansi', 'CLI')
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('DITOLAK')
    expect(r.stdout).toContain('baris 3, NIP: Digit ke-15 NIP (jenis kelamin) harus 1 atau 2')
    expect(await denganDb((d) => rows(d, sql`select count(*)::int as n from pegawai`))).toEqual([{ n: 0 }])
  }, 120_000)

  it('imports a valid file through the same service: exit code 0, the summary printed, an audited run', async () => {
    const r = await kinerja(
      'import',
      'pegawai',
      fixture('pegawai-valid.csv'),
      '--instansi',
      'CLI',
      '--bahasa',
      'en',
    )
    expect(r).toMatchObject({ code: 0 })
    expect(r.stdout).toContain('Import of pegawai from pegawai-valid.csv: DONE')
    expect(r.stdout).toContain('New: 5, updated: 0, moved: 0, unchanged: 0')
    const [jejak] = await denganDb((d) =>
      rows(
        d,
        sql`select aksi, aktor_nama as aktor, ip from audit_log where entitas = 'impor' order by waktu desc limit 1`,
      ),
    )
    expect(jejak).toMatchObject({ aksi: 'impor_pegawai', aktor: expect.stringMatching(/^CLI /), ip: 'cli' })
    expect(
      await denganDb((d) =>
        rows(d, sql`select count(*)::int as n from akun where username = '199001012015031001'`),
      ),
    ).toEqual([{ n: 0 }]) // no account until an admin issues a first password
  }, 120_000)

  it('valid_saja writes the good rows and still exits 1; an unknown instansi code exits 1', async () => {
    const r = await kinerja(
      'import',
      'pegawai',
      fixture('pegawai-satu-salah.csv'),
      '--instansi',
      'CLI',
      '--mode',
      'valid_saja',
      '--json',
    )
    expect(r.code).toBe(1)
    expect(JSON.parse(r.stdout)).toMatchObject({
      status: 'selesai',
      barisDitulis: 2,
      kesalahan: [{ baris: 3, kolom: 'NIP' }],
    })
    const tidakAda = await kinerja('import', 'unor', fixture('unor.csv'), '--instansi', 'TIDAK-ADA')
    expect(tidakAda.code).toBe(1)
    expect(tidakAda.stderr).toContain('Kode instansi tidak dikenal: TIDAK-ADA')
  }, 120_000)
})
