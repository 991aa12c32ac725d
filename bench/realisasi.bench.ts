import { execFile } from 'node:child_process'
import { rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { loadavg } from 'node:os'
import { promisify } from 'node:util'
import { daftarPeriode } from '../src/domain/periode.ts'
import { DEFAULT_PG, scratchDatabase } from './pg-scratch.ts'
import { cpuMs, memori, mulaiServer, resetPuncak, selamaPuncak, type Proses } from './proses.ts'
import { seed, sesiMasuk, TAHUN, type Angka } from './skp-open.bench.ts'

/**
 * Issue 8 benchmark: the month-end peak. Realisasi writes (PUT /api/v1/skp/:id/realisasi/:ikiId/:periode,
 * a value with its catatan, and one in four with a bukti link: the evidence metadata) offered at a fixed
 * rate (open loop) from a separate process for a minute, against the one-primary-key route
 * (GET /api/v1/instansi/:id) offered at the same rate in the same run, and both saturated for headroom.
 * Target: ≥ 1,000 writes/s sustained for 60 s, p99 < 100 ms, no errors. PostgreSQL, loopback only.
 */
const run = promisify(execFile)
const MASUK = 64
const KONEKSI = 64
const LAJU = 1_000
const DETIK = Number(process.env.BENCH_DETIK ?? 60)
/** One write in this many is a bukti link (0: none). */
const SETIAP_BUKTI = Number(process.env.BENCH_BUKTI_SETIAP ?? 4)

interface Target {
  method: 'GET' | 'PUT' | 'POST'
  path: string
  headers: Record<string, string>
  body?: string
}

// autocannon in a child process: each request takes the next target; with `rate`, an open-loop load of that
// many requests per second in all (a new request is sent on schedule whether or not earlier ones returned,
// up to the connection count)
const PEMBEBAN = `
import autocannon from 'autocannon'
import { readFileSync } from 'node:fs'
const cfg = JSON.parse(readFileSync(process.env.BENCH_CFG_FILE, 'utf8'))
let n = 0
const r = await autocannon({
  url: cfg.base, connections: cfg.connections, duration: cfg.seconds,
  ...(cfg.rate ? { overallRate: cfg.rate } : {}),
  requests: [{ setupRequest: (req) => {
    const t = cfg.targets[n++ % cfg.targets.length]
    return { ...req, method: t.method, path: t.path, headers: { ...req.headers, ...t.headers }, body: t.body }
  } }],
})
console.log(JSON.stringify({ ok: r['2xx'], non2xx: r.non2xx, errors: r.errors, timeouts: r.timeouts, duration: r.duration, p50: r.latency.p50, p99: r.latency.p99, max: r.latency.max }))
`

async function beban(server: Proses, targets: Target[], seconds: number, rate?: number) {
  const cfg = { base: server.base, targets, connections: KONEKSI, seconds, rate }
  const pid = server.child.pid!
  const cpu = cpuMs(pid)
  // the targets (hundreds of bodies) go through a file: an environment variable is limited to 128 KiB
  const berkas = path.join(tmpdir(), `kinerja-bench-${process.pid}.json`)
  writeFileSync(berkas, JSON.stringify(cfg))
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', PEMBEBAN], {
    env: { ...process.env, BENCH_CFG_FILE: berkas },
    maxBuffer: 50 * 1024 * 1024,
  }).finally(() => rmSync(berkas, { force: true }))
  const r = JSON.parse(stdout.trim().split('\n').at(-1)!)
  const hasil: Angka & { max: number } = {
    rps: Math.round(r.ok / r.duration),
    p50: r.p50,
    p99: r.p99,
    max: r.max,
    ok: r.ok,
    errors: r.non2xx + r.errors + r.timeouts,
    cpuMsPerRequest: Number(((cpuMs(pid) - cpu) / Math.max(1, r.ok)).toFixed(3)),
  }
  return hasil
}

/** The period open today (it has not ended, so it is never locked). */
function periodeHariIni(): string {
  const hariIni = new Date().toISOString().slice(0, 10)
  const p = daftarPeriode(TAHUN, 'triwulan').find(
    (x) => x.kode !== 'FINAL' && x.mulai <= hariIni && hariIni <= x.selesai,
  )
  return p!.kode
}

export async function benchRealisasi(databaseUrl: string = process.env.DATABASE_URL ?? DEFAULT_PG) {
  const scratch = await scratchDatabase(databaseUrl)
  let server: Proses | null = null
  try {
    const data = await seed(scratch.database, MASUK)
    const iki = await scratch.database.query<{ skp_id: string; iki_id: string; kuantitas: boolean }>(
      `select r.skp_id, i.id as iki_id, i.aspek = 'kuantitas' as kuantitas from iki i join rhk r on r.id = i.rhk_id`,
    )
    server = await mulaiServer(
      {
        DATABASE_URL: scratch.url,
        PG_POOL_MAX: '32',
        LOGIN_RATE_PER_MINUTE: '100000',
        LOGIN_MAX_GAGAL_IP: '100000',
      },
      process.env.BENCH_NODE_FLAGS?.split(' ') ?? [],
    )
    const srv = server
    const pid = srv.child.pid!
    const periode = periodeHariIni()
    const sesi = await Promise.all(
      data.masuk.map(async (m) => ({ ...m, ...(await sesiMasuk(srv.base, m.username)) })),
    )
    const ikiPer = new Map<string, { iki_id: string; kuantitas: boolean }[]>()
    for (const r of iki) ikiPer.set(r.skp_id, [...(ikiPer.get(r.skp_id) ?? []), r])
    let k = 0
    const tulis: Target[] = sesi.flatMap((s) =>
      (ikiPer.get(s.skpId) ?? []).map((i): Target => {
        k++
        const headers = { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'application/json' }
        if (SETIAP_BUKTI > 0 && k % SETIAP_BUKTI === 0)
          return {
            method: 'POST',
            path: `/api/v1/skp/${s.skpId}/bukti/tautan`,
            headers,
            body: JSON.stringify({
              ikiId: i.iki_id,
              periode,
              jenis: 'tautan',
              tautan: `https://drive.example.go.id/laporan/${k}`,
              keterangan: 'Laporan kegiatan bulan ini',
            }),
          }
        return {
          method: 'PUT',
          path: `/api/v1/skp/${s.skpId}/realisasi/${i.iki_id}/${periode}`,
          headers,
          body: JSON.stringify({
            nilai: i.kuantitas ? 3 + (k % 9) : 80 + (k % 20),
            catatan: 'Sesuai laporan kegiatan dan bukti dukung terlampir',
          }),
        }
      }),
    )
    const pk: Target[] = sesi.map((s) => ({
      method: 'GET',
      path: `/api/v1/instansi/${data.instansiId}`,
      headers: { cookie: s.cookie },
    }))
    // one of each kind must succeed before load: a benchmark of 4xx answers measures nothing
    for (const t of [tulis[0], tulis[SETIAP_BUKTI > 0 ? SETIAP_BUKTI - 1 : 1], pk[0]]) {
      const res = await fetch(`${srv.base}${t.path}`, { method: t.method, headers: t.headers, body: t.body })
      if (res.status >= 300) throw new Error(`${t.method} ${t.path}: ${res.status} ${await res.text()}`)
    }
    await beban(srv, [...tulis, ...pk], 3) // warm-up: JIT, pool, plans
    resetPuncak(pid)
    const { hasil, puncakMb } = await selamaPuncak(pid, async () => ({
      baseline: await beban(srv, pk, 5),
      jenuh: await beban(srv, tulis, 5),
      baselinePaced: await beban(srv, pk, 15, LAJU),
      paced: await beban(srv, tulis, DETIK, LAJU),
    }))
    const { baseline, jenuh, baselinePaced, paced } = hasil
    const baris = await scratch.database.query<{ realisasi: number; bukti: number }>(
      `select (select count(*)::int from realisasi) as realisasi, (select count(*)::int from bukti_dukung) as bukti`,
    )
    return {
      rate: LAJU,
      seconds: DETIK,
      connections: KONEKSI,
      writers: sesi.length,
      targets: tulis.length,
      baseline,
      baselinePaced,
      saturated: jenuh,
      paced,
      ratioSaturated: Number((jenuh.rps / baseline.rps).toFixed(3)),
      rows: baris[0],
      lulus: paced.rps >= LAJU * 0.98 && paced.p99 < 100 && paced.errors === 0,
      rssPeakMb: Math.round(Math.max(puncakMb, memori(pid).puncakMb)),
      loadAvg1m: Number(loadavg()[0].toFixed(2)),
    }
  } finally {
    await server?.berhenti()
    await scratch.dispose()
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  benchRealisasi().then((r) => console.log(JSON.stringify(r, null, 2)))
}
