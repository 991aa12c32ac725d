/**
 * Start time and embedded-database memory (issue 7).
 *
 * - Start: `src/server/server.ts` started with `npm start`'s Node flags (without the web build) on PGlite
 *   with an existing data folder, until /healthz answers — against a bare `node -e` process's start-to-exit
 *   in the same run. Medians of a few starts.
 * - PGlite: the API's RSS on the embedded database, idle and after importing 100,000 pegawai through the
 *   API, with PostgreSQL's default 128 MB buffer cache and with the default Kinerja sets (32 MB,
 *   src/db/client.ts), in the same run.
 *
 * Run: `npx tsx bench/mulai.bench.ts`. Uses a temporary data folder; loopback only.
 */
import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync, unlinkSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { openDatabase } from '../src/db/client.ts'
import { instansi, unor } from '../src/db/schema/index.ts'
import { INDUK, tulisCsv } from './import.bench.ts'
import { buatAdmin, imporLewatApi, masukAdmin } from './memori.bench.ts'
import { memori, mulaiServer, resetPuncak, selamaPuncak } from './proses.ts'

const run = promisify(execFile)
const MULAI = 3

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}
const bulat = (x: number) => Math.round(x)

/** A bare Node process: spawn to exit. */
async function nodePolosMs(): Promise<number> {
  const t0 = performance.now()
  await run(process.execPath, ['-e', '0'])
  return performance.now() - t0
}

export interface HasilMulai {
  bareNodeMs: number
  serverStartMs: number
  firstStartMs: number
}

/** Start time on an existing PGlite data folder (migrated and seeded by a first start, not measured). */
export async function benchMulai(): Promise<HasilMulai> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kinerja-bench-data-'))
  try {
    const pertama = await mulaiServer({ DATA_DIR: dataDir, SEED_DEMO: 'true' })
    await pertama.berhenti()
    const bare: number[] = []
    const server: number[] = []
    for (let i = 0; i < MULAI; i++) {
      bare.push(await nodePolosMs())
      const s = await mulaiServer({ DATA_DIR: dataDir })
      server.push(s.siapMs)
      await s.berhenti()
    }
    return {
      bareNodeMs: bulat(median(bare)),
      serverStartMs: bulat(median(server)),
      firstStartMs: bulat(pertama.siapMs),
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
}

export interface HasilPglite {
  sharedBuffers: string
  idleMb: number
  importPeakMb: number
  afterImportMb: number
  importRowsPerSec: number
}

/** The API on PGlite: RSS idle, during and after a 100,000-row import through the API. */
async function satuPglite(sharedBuffers: string, file: string): Promise<HasilPglite> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kinerja-bench-pglite-'))
  try {
    const env = { DATA_DIR: dataDir, PGLITE_SHARED_BUFFERS: sharedBuffers }
    const siap = await openDatabase({ dataDir })
    await siap.migrate()
    const [inst] = await siap.db
      .insert(instansi)
      .values({ kode: 'BENCH', nama: 'Pemerintah Kabupaten Bench', jenis: 'daerah' })
      .returning()
    await siap.db.insert(unor).values({ instansiId: inst.id, nama: INDUK })
    const username = await buatAdmin(siap.db as never)
    await siap.close()
    const server = await mulaiServer(env)
    try {
      const pid = server.child.pid!
      const sesi = await masukAdmin(server.base, username)
      await new Promise((r) => setTimeout(r, 500))
      const idleMb = memori(pid).rssMb
      resetPuncak(pid)
      const { hasil, puncakMb } = await selamaPuncak(pid, () => imporLewatApi(server, sesi, inst.id, file))
      return {
        sharedBuffers,
        idleMb: bulat(idleMb),
        importPeakMb: bulat(Math.max(puncakMb, memori(pid).puncakMb)),
        afterImportMb: bulat(memori(pid).rssMb),
        importRowsPerSec: bulat(hasil.rowsPerSec),
      }
    } finally {
      await server.berhenti()
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
}

/** PGlite's default buffer cache against the one Kinerja sets, in the same run. */
export async function benchPglite(): Promise<{ bawaan: HasilPglite; kinerja: HasilPglite }> {
  const file = path.join(os.tmpdir(), `kinerja-bench-pglite-${randomBytes(4).toString('hex')}.csv`)
  tulisCsv(file)
  try {
    const bawaan = await satuPglite('128MB', file)
    const kinerja = await satuPglite('32MB', file)
    return { bawaan, kinerja }
  } finally {
    unlinkSync(file)
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const mulai = await benchMulai()
  console.log(JSON.stringify({ ...mulai, ratio: mulai.serverStartMs / mulai.bareNodeMs }, null, 2))
  if (!process.argv.includes('--tanpa-pglite')) console.log(JSON.stringify(await benchPglite(), null, 2))
}
