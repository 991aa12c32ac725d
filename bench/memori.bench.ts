/**
 * Memory of the API process (issue 7): its resident set (RSS) on PostgreSQL while importing 100,000 pegawai
 * through the API (multipart upload, the way an admin does it) and after, against a bare Fastify process's
 * RSS in the same run. The API runs as its own process (bench/proses.ts), as `npm start` runs it.
 * Target: under 300 MB. Loopback only; a scratch database kinerja_bench_<random> is created and dropped.
 *
 * Run: `npx tsx bench/memori.bench.ts` (DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test).
 */
import { randomBytes } from 'node:crypto'
import { readFileSync, unlinkSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { akun, instansi, unor } from '../src/db/schema/index.ts'
import { hashPassword } from '../src/server/auth/password.ts'
import { INDUK, ROWS, tulisCsv } from './import.bench.ts'
import { DEFAULT_PG, scratchDatabase } from './pg-scratch.ts'
import { memori, mulaiFastifyPolos, mulaiServer, resetPuncak, selamaPuncak, type Proses } from './proses.ts'

const PASSWORD = 'bench-password-1'
export const TARGET_RSS_MB = 300

const bulat = (x: number) => Math.round(x)

/** Logs in through the API: the session cookie and the CSRF token every write must carry. */
export async function masukAdmin(base: string, username: string) {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  })
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`)
  const { csrfToken } = (await res.json()) as { csrfToken: string }
  return { cookie: res.headers.get('set-cookie')!.split(';')[0], csrf: csrfToken }
}

/** An admin nasional account (may import into any instansi). */
export async function buatAdmin(db: Awaited<ReturnType<typeof scratchDatabase>>['database']['db']) {
  const username = `admin-bench-${randomBytes(3).toString('hex')}`
  await db.insert(akun).values({
    username,
    namaTampilan: 'Admin Bench',
    passwordHash: await hashPassword(PASSWORD),
    peran: ['admin_nasional'],
  })
  return username
}

/** Uploads the file as multipart/form-data to POST /impor/pegawai, as the web app does. */
export async function imporLewatApi(
  server: Proses,
  sesi: { cookie: string; csrf: string },
  instansiId: string,
  file: string,
) {
  const form = new FormData()
  form.append('file', new Blob([readFileSync(file)], { type: 'text/csv' }), 'pegawai.csv')
  const t0 = performance.now()
  const res = await fetch(`${server.base}/api/v1/impor/pegawai?instansiId=${instansiId}&mode=semua`, {
    method: 'POST',
    headers: { cookie: sesi.cookie, 'x-csrf-token': sesi.csrf },
    body: form,
  })
  const ms = performance.now() - t0
  const laporan = (await res.json()) as { status?: string; ringkasan?: { baru: number } }
  if (res.status !== 200 || laporan.status !== 'selesai' || laporan.ringkasan?.baru !== ROWS) {
    throw new Error(`import through the API failed: ${res.status} ${JSON.stringify(laporan).slice(0, 500)}`)
  }
  return { ms, rowsPerSec: (ROWS / ms) * 1000 }
}

export interface HasilMemori {
  bareFastifyMb: number
  idleMb: number
  importPeakMb: number
  afterImportMb: number
  importRowsPerSec: number
}

/** RSS of the API on PostgreSQL: idle, peak during a 100,000-row import through the API, and after it. */
export async function benchMemoriImpor(databaseUrl: string): Promise<HasilMemori> {
  const polos = await mulaiFastifyPolos()
  await new Promise((r) => setTimeout(r, 500))
  const bareFastifyMb = memori(polos.child.pid!).rssMb
  await polos.berhenti()

  const scratch = await scratchDatabase(databaseUrl)
  const file = path.join(os.tmpdir(), `kinerja-bench-rss-${randomBytes(4).toString('hex')}.csv`)
  let server: Proses | null = null
  try {
    tulisCsv(file)
    const { db } = scratch.database
    const [inst] = await db
      .insert(instansi)
      .values({ kode: 'BENCH', nama: 'Pemerintah Kabupaten Bench', jenis: 'daerah' })
      .returning()
    await db.insert(unor).values({ instansiId: inst.id, nama: INDUK })
    const username = await buatAdmin(db)
    server = await mulaiServer(
      { DATABASE_URL: scratch.url },
      (process.env.BENCH_SERVER_FLAGS ?? '').split(' ').filter(Boolean),
    )
    const pid = server.child.pid!
    const sesi = await masukAdmin(server.base, username)
    await new Promise((r) => setTimeout(r, 500))
    const idleMb = memori(pid).rssMb
    resetPuncak(pid)
    const { hasil, puncakMb } = await selamaPuncak(pid, () => imporLewatApi(server!, sesi, inst.id, file))
    const afterImportMb = memori(pid).rssMb
    return {
      bareFastifyMb: bulat(bareFastifyMb),
      idleMb: bulat(idleMb),
      importPeakMb: bulat(Math.max(puncakMb, memori(pid).puncakMb)),
      afterImportMb: bulat(afterImportMb),
      importRowsPerSec: bulat(hasil.rowsPerSec),
    }
  } finally {
    await server?.berhenti()
    unlinkSync(file)
    await scratch.dispose()
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  benchMemoriImpor(process.env.DATABASE_URL ?? DEFAULT_PG)
    .then((r) => console.log(JSON.stringify({ ...r, targetMb: TARGET_RSS_MB }, null, 2)))
    .catch((err) => {
      console.error(err)
      process.exit(1)
    })
}
