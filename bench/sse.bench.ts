import { spawn, type ChildProcess } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { loadavg } from 'node:os'
import { createInterface } from 'node:readline'
import type { Database } from '../src/db/client.ts'
import { akun, instansi, pegawai, sesi } from '../src/db/schema/index.ts'
import { kirimNotifikasi } from '../src/modules/notifikasi/notifikasi.service.ts'
import { DEFAULT_PG, scratchDatabase } from './pg-scratch.ts'
import { memori, mulaiServer, type Proses } from './proses.ts'

/**
 * Issue 8 benchmark: Server-Sent Events held by ONE API process on PostgreSQL, and the time from a
 * write (a notification committed by another connection, as another API process would) to its delivery
 * on a listener's stream, through LISTEN/NOTIFY. The listeners are distinct logged-in pegawai in a
 * separate process (plain HTTP, as EventSource). Baseline in the same run: the same writes to 1 listener.
 * `npx tsx bench/sse.bench.ts [listeners]` runs it alone (default 1,000; a smoke run: 20).
 */
export const PENDENGAR = 1000
const LAJU_TULIS = 50 // writes per second, each to one listener
const TULISAN = 300

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex')
const nip = (i: number) => `19800101200501${i < 1000 ? 1 : 2}${String(i % 1000).padStart(3, '0')}`

/** N pegawai with accounts and a session each (written directly: 1,000 argon2 logins measure nothing here). */
async function seed(database: Database, n: number) {
  const { db } = database
  const [inst] = await db
    .insert(instansi)
    .values({ kode: 'BENCHSSE', nama: 'Instansi Bench SSE', jenis: 'daerah' })
    .returning()
  const peg = await db
    .insert(pegawai)
    .values(
      Array.from({ length: n }, (_, i) => ({
        instansiId: inst.id,
        nip: nip(i),
        nama: `Pegawai ${i}`,
        jenisKelamin: 'L' as const,
        tanggalLahir: '1980-01-01',
        jenisAsn: 'pns' as const,
        golongan: 'III/a',
        pangkat: 'Penata Muda',
      })),
    )
    .returning({ id: pegawai.id, nip: pegawai.nip })
  const akunRows = await db
    .insert(akun)
    .values(
      peg.map((p) => ({
        instansiId: inst.id,
        pegawaiId: p.id,
        username: p.nip,
        namaTampilan: p.nip,
        passwordHash: 'tidak-dipakai',
        peran: ['pegawai'],
      })),
    )
    .returning({ id: akun.id })
  const token = peg.map(() => randomBytes(32).toString('base64url'))
  await db.insert(sesi).values(
    akunRows.map((a, i) => ({
      tokenHash: sha256(token[i]),
      akunId: a.id,
      csrfToken: 'x',
      kedaluwarsaAt: new Date(Date.now() + 12 * 3600_000),
    })),
  )
  return {
    instansiId: inst.id,
    pegawaiIds: peg.map((p) => p.id),
    cookies: token.map((t) => `kinerja_sesi=${t}`),
  }
}

// The listeners' process: opens every stream, says "siap <n>" once all are registered, records each
// event's arrival (wall clock, ms) and, on "selesai", prints them and exits.
const PENDENGAR_JS = `
import http from 'node:http'
import { createInterface } from 'node:readline'
const cfg = JSON.parse(process.env.BENCH_CFG)
const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity })
const tiba = []
let terbuka = 0, gagal = 0
const kini = () => performance.timeOrigin + performance.now()
await Promise.all(cfg.cookies.map((cookie, i) => new Promise((ok) => {
  const req = http.get(cfg.base + '/api/v1/langsung', { agent, headers: { cookie, accept: 'text/event-stream' } })
  req.on('error', () => { gagal++; ok() })
  req.on('response', (res) => {
    if (res.statusCode !== 200) { gagal++; res.resume(); return ok() }
    let buka = false, sisa = ''
    res.setEncoding('utf8')
    res.on('data', (c) => {
      const t = kini()
      if (!buka) { buka = true; terbuka++; ok() }
      sisa += c
      let j
      while ((j = sisa.indexOf('\\n\\n')) >= 0) {
        const blok = sisa.slice(0, j); sisa = sisa.slice(j + 2)
        const d = blok.split('\\n').find((b) => b.startsWith('data: '))
        if (d) tiba.push([JSON.parse(d.slice(6)).id, i, t])
      }
    })
    res.on('close', () => { if (buka) terbuka-- })
  })
})))
console.log('siap ' + terbuka + ' ' + gagal)
for await (const baris of createInterface({ input: process.stdin })) {
  if (baris === 'hitung') console.log('terbuka ' + terbuka)
  if (baris === 'selesai') { console.log('hasil ' + JSON.stringify(tiba)); process.exit(0) }
}
`

/** The listeners' process and a way to talk to it (line by line over stdin/stdout). */
async function mulaiPendengar(base: string, cookies: string[]) {
  const child: ChildProcess = spawn(process.execPath, ['--input-type=module', '-e', PENDENGAR_JS], {
    env: { ...process.env, BENCH_CFG: JSON.stringify({ base, cookies }) },
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  const baris = createInterface({ input: child.stdout! })[Symbol.asyncIterator]()
  const tunggu = async (awalan: string) => {
    for (;;) {
      const { value, done } = await baris.next()
      if (done) throw new Error('listener process ended')
      if ((value as string).startsWith(awalan)) return (value as string).slice(awalan.length)
    }
  }
  const [terbuka, gagal] = (await tunggu('siap ')).split(' ').map(Number)
  return {
    terbuka,
    gagal,
    hitung: async () => {
      child.stdin!.write('hitung\n')
      return Number(await tunggu('terbuka '))
    },
    selesai: async () => {
      child.stdin!.write('selesai\n')
      return JSON.parse(await tunggu('hasil ')) as [string, number, number][]
    },
  }
}

const persentil = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length ? Number(s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))].toFixed(2)) : NaN
}
const jeda = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** `jumlah` writes at `laju`/s, each one notification to one of `penerima` (round robin); the start of each. */
async function tulis(
  database: Database,
  instansiId: string,
  penerima: string[],
  jumlah: number,
  laju: number,
) {
  const mulai = new Map<string, number>()
  const t0 = performance.now()
  for (let k = 0; k < jumlah; k++) {
    const tunda = t0 + (k * 1000) / laju - performance.now()
    if (tunda > 0) await jeda(tunda)
    const t = performance.timeOrigin + performance.now()
    const n = await database.db.transaction((tx) =>
      kirimNotifikasi(tx, {
        instansiId,
        penerimaPegawaiId: penerima[k % penerima.length],
        tipe: 'SKP_DISETUJUI',
        parameter: { tahun: 2040 },
      }),
    )
    mulai.set(n.id, t)
  }
  return mulai
}

/** Latency of each write to its delivery (ms), and how many never arrived. */
function latensi(mulai: Map<string, number>, tiba: [string, number, number][]) {
  const ms = tiba.filter(([id]) => mulai.has(id)).map(([id, , t]) => t - mulai.get(id)!)
  return {
    p50: persentil(ms, 50),
    p99: persentil(ms, 99),
    max: persentil(ms, 100),
    hilang: mulai.size - ms.length,
  }
}

export async function benchSse(databaseUrl: string = process.env.DATABASE_URL ?? DEFAULT_PG, n = PENDENGAR) {
  const scratch = await scratchDatabase(databaseUrl)
  let server: Proses | null = null
  try {
    const data = await seed(scratch.database, n)
    server = await mulaiServer({ DATABASE_URL: scratch.url })
    const pid = server.child.pid!
    const rssIdleMb = memori(pid).rssMb

    // Baseline: one listener, the same writes.
    const satu = await mulaiPendengar(server.base, data.cookies.slice(0, 1))
    const mulaiSatu = await tulis(
      scratch.database,
      data.instansiId,
      data.pegawaiIds.slice(0, 1),
      TULISAN,
      LAJU_TULIS,
    )
    await jeda(500)
    const baseline = latensi(mulaiSatu, await satu.selesai())
    await jeda(500)

    const semua = await mulaiPendengar(server.base, data.cookies)
    const rssTerbukaMb = memori(pid).rssMb
    const mulaiSemua = await tulis(scratch.database, data.instansiId, data.pegawaiIds, TULISAN, LAJU_TULIS)
    // One write to every listener at once (a broadcast split into payloads under 8 kB).
    const tSiar = performance.timeOrigin + performance.now()
    const siar = await scratch.database.db.transaction(async (tx) => {
      const ids: string[] = []
      for (const p of data.pegawaiIds)
        ids.push(
          (
            await kirimNotifikasi(tx, {
              instansiId: data.instansiId,
              penerimaPegawaiId: p,
              tipe: 'SKP_DISETUJUI',
              parameter: { tahun: 2041 },
            })
          ).id,
        )
      return ids
    })
    await jeda(2000)
    const terbukaAkhir = await semua.hitung()
    const rssPuncakMb = memori(pid).puncakMb
    const tiba = await semua.selesai()
    const siarSet = new Set(siar)
    const siarMs = tiba.filter(([id]) => siarSet.has(id)).map(([, , t]) => t - tSiar)
    return {
      listeners: n,
      opened: semua.terbuka,
      refused: semua.gagal,
      heldAtEnd: terbukaAkhir,
      writes: TULISAN,
      rate: LAJU_TULIS,
      baseline,
      many: latensi(mulaiSemua, tiba),
      broadcast: {
        delivered: siarMs.length,
        p50: persentil(siarMs, 50),
        p99: persentil(siarMs, 99),
        max: persentil(siarMs, 100),
      },
      rssIdleMb: Math.round(rssIdleMb),
      rssHeldMb: Math.round(rssTerbukaMb),
      rssPeakMb: Math.round(rssPuncakMb),
      loadAvg1m: Number(loadavg()[0].toFixed(2)),
    }
  } finally {
    await server?.berhenti()
    await scratch.dispose()
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const n = Number(process.argv[2] ?? PENDENGAR)
  benchSse(undefined, n).then((r) => console.log(JSON.stringify(r, null, 2)))
}
