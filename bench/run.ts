/**
 * `npm run bench`: runs every benchmark on this machine and rewrites the figures section of
 * docs/PERFORMANCE.md. Every figure is reported against a baseline measured in the same run.
 * Needs PostgreSQL (DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test); loopback only.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { benchImport } from './import.bench.ts'
import { benchLogin } from './login.bench.ts'
import { DEFAULT_PG } from './pg-scratch.ts'
import { benchMemoriImpor, TARGET_RSS_MB } from './memori.bench.ts'
import { benchMulai, benchPglite } from './mulai.bench.ts'
import { benchRealisasi } from './realisasi.bench.ts'
import { benchPenilaian } from './penilaian.bench.ts'
import { benchSkpOpen } from './skp-open.bench.ts'
import { benchSkpPdf } from './skp-pdf.bench.ts'
import { benchSse } from './sse.bench.ts'

const url = process.env.DATABASE_URL ?? DEFAULT_PG
const only = process.argv.slice(2)
const want = (name: string) => only.length === 0 || only.includes(name)
const pct = (x: number) => `${(x * 100).toFixed(1)} %`
const fmt = (x: number) => Math.round(x).toLocaleString('en-US')
const kali = (x: number) => `${x.toFixed(2)}×`
const ya = (ok: boolean) => (ok ? 'met' : '**not met**')

async function main() {
  const lines: string[] = []
  const stamp = `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${os.cpus().length} cores, Node ${process.version}`
  const beban = () => `load average ${os.loadavg()[0].toFixed(1)} on ${os.availableParallelism()} cores`
  lines.push(
    `_Last run: ${stamp}; ${beban()} at the start (the machine is shared with other engineers' test runs: absolute figures are a floor, the same-run ratios are the figures to read)._`,
    '',
  )
  let bareFastifyMb: number | null = null
  if (want('memori')) {
    const r = await benchMemoriImpor(url)
    bareFastifyMb = r.bareFastifyMb
    lines.push(
      '### Memory of the API process on PostgreSQL (RSS; the API as its own process, `npm start` flags)',
      '',
      '| measure | RSS | vs bare Fastify |',
      '|---|---|---|',
      `| baseline: bare Fastify process (same flags and loader) | ${r.bareFastifyMb} MB | 1.00× |`,
      `| API idle (after a login) | ${r.idleMb} MB | ${kali(r.idleMb / r.bareFastifyMb)} |`,
      `| API, peak during a 100,000-row import through the API (multipart) | ${r.importPeakMb} MB | ${kali(r.importPeakMb / r.bareFastifyMb)} |`,
      `| API after that import | ${r.afterImportMb} MB | ${kali(r.afterImportMb / r.bareFastifyMb)} |`,
      '',
      `Target < ${TARGET_RSS_MB} MB: ${ya(r.importPeakMb < TARGET_RSS_MB)}. Import through the API: ${fmt(r.importRowsPerSec)} rows/s (upload included; ${beban()}).`,
      '',
    )
  }
  if (want('import')) {
    const r = await benchImport(url)
    lines.push(
      '### Import of pegawai from CSV (PostgreSQL)',
      '',
      '| measure | figure |',
      '|---|---|',
      `| rows | ${fmt(r.rows)} |`,
      `| Kinerja import (parse + validate + write) | ${fmt(r.importRowsPerSec)} rows/s |`,
      `| baseline: PostgreSQL COPY of the same rows | ${fmt(r.copyRowsPerSec)} rows/s |`,
      `| COPY ÷ import (target ≤ 3×) | ${(r.copyRowsPerSec / r.importRowsPerSec).toFixed(2)}× |`,
      '',
    )
  }
  if (want('login')) {
    const r = await benchLogin()
    lines.push(
      '### Login and GET /me (PostgreSQL, 16 connections, load from a separate process)',
      '',
      '| route | req/s | p99 ms | vs bare Fastify route |',
      '|---|---|---|---|',
      `| baseline: bare Fastify route | ${fmt(r.baseline.rps)} | ${r.baseline.p99} | 100 % |`,
      `| GET /api/v1/me (session + profile) | ${fmt(r.me.rps)} | ${r.me.p99} | ${pct(r.meRatio)} |`,
      `| POST /api/v1/auth/login (argon2id) | ${fmt(r.login.rps)} | ${r.login.p99} | ${pct(r.loginRatio)} |`,
      '',
    )
  }
  if (want('skp')) {
    const r = await benchSkpOpen(url)
    const rss = bareFastifyMb ? ` (${kali(r.rssPeakMb / bareFastifyMb)} the bare Fastify process)` : ''
    lines.push(
      `### Opening a full SKP (PostgreSQL, ${r.connections} connections, ${r.pegawai} pegawai × ${r.rhkPerSkp} RHK; the API as its own process)`,
      '',
      '| route | req/s | p50 ms | p99 ms | server CPU ms/req |',
      '|---|---|---|---|---|',
      `| baseline: one primary-key query (GET /api/v1/instansi/:id), saturated | ${fmt(r.baseline.rps)} | ${r.baseline.p50} | ${r.baseline.p99} | ${r.baseline.cpuMsPerRequest} |`,
      `| GET /api/v1/skp/:id (RHK, IKI, perilaku, intervensi labels), saturated | ${fmt(r.skpOpen.rps)} | ${r.skpOpen.p50} | ${r.skpOpen.p99} | ${r.skpOpen.cpuMsPerRequest} |`,
      `| GET /api/v1/skp/:id paced at ${fmt(r.paced.rate)} req/s (half the baseline) | ${fmt(r.paced.rps)} | ${r.paced.p50} | ${r.paced.p99} | ${r.paced.cpuMsPerRequest} |`,
      '',
      `SKP ÷ baseline throughput: **${pct(r.ratio)}** (target ≥ 50 %: ${ya(r.ratio >= 0.5)}). Paced p99: **${r.paced.p99} ms** (target < 50 ms: ${ya(r.paced.p99 < 50)}). ` +
        `API RSS while serving: ${r.rssPeakMb} MB${rss} (target < ${TARGET_RSS_MB} MB: ${ya(r.rssPeakMb < TARGET_RSS_MB)}). Load average during the run: ${r.loadAvg1m}.`,
      '',
    )
  }
  if (want('realisasi')) {
    const r = await benchRealisasi(url)
    lines.push(
      `### Month-end peak: realisasi writes (PostgreSQL, ${r.writers} pegawai writing, ${r.connections} connections; the API as its own process)`,
      '',
      'Three writes in four are a realisasi value with its note (PUT …/realisasi/:ikiId/:periode), one in four a bukti link (the evidence metadata).',
      '',
      '| load | req/s | p50 ms | p99 ms | max ms | errors | server CPU ms/req |',
      '|---|---|---|---|---|---|---|',
      `| baseline: one primary-key query (GET /api/v1/instansi/:id), saturated | ${fmt(r.baseline.rps)} | ${r.baseline.p50} | ${r.baseline.p99} | ${r.baseline.max} | ${r.baseline.errors} | ${r.baseline.cpuMsPerRequest} |`,
      `| baseline offered at ${fmt(r.rate)} req/s (open loop, 15 s) | ${fmt(r.baselinePaced.rps)} | ${r.baselinePaced.p50} | ${r.baselinePaced.p99} | ${r.baselinePaced.max} | ${r.baselinePaced.errors} | ${r.baselinePaced.cpuMsPerRequest} |`,
      `| realisasi writes, saturated | ${fmt(r.saturated.rps)} | ${r.saturated.p50} | ${r.saturated.p99} | ${r.saturated.max} | ${r.saturated.errors} | ${r.saturated.cpuMsPerRequest} |`,
      `| **realisasi writes offered at ${fmt(r.rate)}/s for ${r.seconds} s (open loop)** | ${fmt(r.paced.rps)} | ${r.paced.p50} | **${r.paced.p99}** | ${r.paced.max} | ${r.paced.errors} | ${r.paced.cpuMsPerRequest} |`,
      '',
      `Saturated writes ÷ baseline: ${pct(r.ratioSaturated)}. Target ≥ ${fmt(r.rate)} writes/s for ${r.seconds} s with p99 < 100 ms and no errors: ${ya(r.lulus)}. ` +
        `Rows afterwards: ${fmt(r.rows.realisasi)} realisasi, ${fmt(r.rows.bukti)} bukti. API RSS peak ${r.rssPeakMb} MB; load average ${r.loadAvg1m}.`,
      '',
    )
  }
  if (want('penilaian')) {
    const r = await benchPenilaian(url)
    const baris = (label: string, x: { rps: number; p50: number; p99: number; cpuMsPerRequest: number }) =>
      `| ${label} | ${fmt(x.rps)} | ${x.p50} | ${x.p99} | ${x.cpuMsPerRequest} |`
    const rute = (label: string, x: typeof r.kurva) =>
      'rps' in x
        ? `${baris(`${label} (as the ${x.oleh})`, x)} ${pct(x.rps / r.baseline.rps)} |`
        : `| ${label} | not available: ${x.tidakTersedia} | | | | |`
    const e = r.ekspor
    lines.push(
      `### Evaluation: curve, calibration and SIASN export (PostgreSQL, ${r.connections} connections; a unit of ${fmt(r.unitPegawai)} pegawai, an instansi of ${fmt(r.pegawai)}; the API as its own process)`,
      '',
      '| route | req/s | p50 ms | p99 ms | server CPU ms/req | vs baseline |',
      '|---|---|---|---|---|---|',
      `${baris('baseline: one primary-key query (GET /api/v1/instansi/:id), saturated', r.baseline)} 100 % |`,
      rute(`GET /api/v1/kurva/pratinjau?unorId= (${fmt(r.unitPegawai)} evaluations)`, r.kurva),
      rute(`GET /api/v1/kalibrasi/:unorId/:tahun/:periode (${fmt(r.unitPegawai)} rows)`, r.kalibrasi),
      `${baris(`GET /api/v1/penilaian/bawahan?periode=TW2 (a head of ${r.bawahan.staf} staff with realisasi; ${r.bawahan.disarankan} suggested ratings)`, r.bawahan)} ${pct(r.bawahan.rps / r.baseline.rps)} |`,
      '',
      '| SIASN rw-skp22 export | time | size | vs baseline |',
      '|---|---|---|---|',
      `| baseline: a plain select of the same ${fmt(e.baris)} rows (database → bench process) | ${fmt(e.selectMs)} ms | | 1.00× |`,
      `| GET /api/v1/ekspor/rw-skp22?format=csv, to the last byte | ${fmt(e.csv.ms)} ms | ${fmt(e.csv.bytes / 1024)} KiB | ${kali(e.csv.ms / Math.max(1, e.selectMs))} |`,
      `| GET /api/v1/ekspor/rw-skp22?format=json, to the last byte | ${fmt(e.json.ms)} ms | ${fmt(e.json.bytes / 1024)} KiB | ${kali(e.json.ms / Math.max(1, e.selectMs))} |`,
      '',
      `API RSS: ${e.idleMb} MB before the exports, peak ${e.puncakMb} MB during them (+${e.puncakMb - e.idleMb} MB; the rows are streamed a page of 2,000 at a time). ` +
        `Seeding took ${(r.seedMs / 1000).toFixed(1)} s. Load average ${r.loadAvg1m}.`,
      '',
    )
  }
  if (want('sse')) {
    const r = await benchSse(url)
    const baris = (label: string, x: { p50: number; p99: number; max: number }, extra: string) =>
      `| ${label} | ${x.p50} | **${x.p99}** | ${x.max} | ${extra} |`
    lines.push(
      `### Live events: SSE held by one API process, delivered through LISTEN/NOTIFY (PostgreSQL; ${fmt(r.listeners)} listeners in a separate process)`,
      '',
      `Each write is a notification committed by another connection (as another API process would), ${fmt(r.writes)} writes at ${r.rate}/s; latency from the start of the write to the event on the listener's stream.`,
      '',
      '| load | p50 ms | p99 ms | max ms | delivered |',
      '|---|---|---|---|---|',
      baris('baseline: 1 listener', r.baseline, `${fmt(r.writes - r.baseline.hilang)} / ${fmt(r.writes)}`),
      baris(
        `${fmt(r.listeners)} listeners, each write to one of them`,
        r.many,
        `${fmt(r.writes - r.many.hilang)} / ${fmt(r.writes)}`,
      ),
      baris(
        `one transaction notifying all ${fmt(r.listeners)} (${fmt(r.listeners)} rows)`,
        r.broadcast,
        `${fmt(r.broadcast.delivered)} / ${fmt(r.listeners)}`,
      ),
      '',
      `Connections held: ${fmt(r.opened)} opened (${r.refused} refused), ${fmt(r.heldAtEnd)} still open at the end. ` +
        `API RSS: ${r.rssIdleMb} MB idle, ${r.rssHeldMb} MB holding ${fmt(r.opened)} streams, peak ${r.rssPeakMb} MB. Load average ${r.loadAvg1m}.`,
      '',
    )
  }
  if (want('pdf')) {
    const r = await benchSkpPdf()
    lines.push(
      '### SKP PDF',
      '',
      '| measure | figure |',
      '|---|---|',
      `| one SKP document (median, one thread) | ${r.perDocMs.toFixed(1)} ms |`,
      `| baseline: an empty pdfmake document | ${r.baselineMs.toFixed(1)} ms |`,
      `| ${fmt(r.docs)} documents through the worker pool (${r.workers} workers) | ${(r.pool.ms / 1000).toFixed(1)} s, ${r.pool.cores.toFixed(2)} cores busy |`,
      `| baseline: the same documents one after another in one thread | ${(r.singleThread.ms / 1000).toFixed(1)} s, ${r.singleThread.cores.toFixed(2)} cores busy |`,
      '',
      `Pool speed-up over one thread: **${kali(r.singleThread.ms / r.pool.ms)}**; 1,000 within 60 s: ${ya(r.pool.ms <= 60_000)}; ` +
        `more than one core used: ${ya(r.pool.cores > 1)}. ${beban()} at the end.`,
      '',
    )
  }
  if (want('mulai')) {
    const r = await benchMulai()
    lines.push(
      '### Start time (embedded PGlite, existing data folder)',
      '',
      '| measure | ms (median) |',
      '|---|---|',
      `| baseline: bare \`node -e 0\`, spawn to exit | ${fmt(r.bareNodeMs)} |`,
      `| \`node <npm start flags> src/server/server.ts\` until /healthz answers | ${fmt(r.serverStartMs)} (${kali(r.serverStartMs / r.bareNodeMs)}) |`,
      `| first start on an empty folder (migrate + demo seed), once | ${fmt(r.firstStartMs)} |`,
      '',
    )
  }
  if (want('pglite')) {
    const r = await benchPglite()
    const baris = (x: typeof r.bawaan, label: string) =>
      `| ${label} | ${x.idleMb} MB | ${x.importPeakMb} MB | ${x.afterImportMb} MB | ${fmt(x.importRowsPerSec)} |`
    lines.push(
      '### Memory of the API process on the embedded database (PGlite, data folder)',
      '',
      '| shared_buffers | idle | peak during a 100,000-row import | after | import rows/s |',
      '|---|---|---|---|---|',
      baris(r.bawaan, 'baseline: 128MB (PostgreSQL/PGlite default)'),
      baris(r.kinerja, '32MB (Kinerja default, PGLITE_SHARED_BUFFERS)'),
      '',
    )
  }
  const doc = 'docs/PERFORMANCE.md'
  const text = readFileSync(doc, 'utf8')
  const marker = '<!-- figures -->'
  const [head, lama = ''] = text.split(marker)
  const isi = only.length === 0 ? lines : gabungBagian(lines, lama)
  writeFileSync(doc, `${head}${marker}\n\n${isi.join('\n')}\n`)
  console.log(lines.join('\n'))
}

/** A section's name: its `### ` heading up to the first parenthesis (the sizes in it change between runs). */
const namaBagian = (judul: string) =>
  judul
    .replace(/^###\s+/, '')
    .split(' (')[0]
    .trim()

/** `### ` sections of a figures text: the lines before the first heading, then each section's lines. */
function bagian(baris: string[]) {
  const awal: string[] = []
  const daftar: { nama: string; baris: string[] }[] = []
  for (const b of baris) {
    if (b.startsWith('### ')) daftar.push({ nama: namaBagian(b), baris: [b] })
    else if (daftar.length) daftar[daftar.length - 1].baris.push(b)
    else awal.push(b)
  }
  return { awal, daftar }
}

/**
 * A partial run (`npm run bench -- penilaian`) replaces only the sections it measured and keeps every other
 * section of the earlier figures where it was, so one benchmark can be re-taken without losing the rest.
 */
function gabungBagian(baru: string[], lama: string): string[] {
  const b = bagian(baru)
  const l = bagian(lama.replace(/^\n+/, '').replace(/\n+$/, '').split('\n'))
  const sisa = new Map(b.daftar.map((x) => [x.nama, x]))
  const hasil = [
    ...b.awal.map((x) =>
      x.startsWith('_Last run:')
        ? x.replace(/\._$/, `; this run: ${only.join(', ')} — other sections keep their earlier figures._`)
        : x,
    ),
  ]
  for (const x of l.daftar) {
    const ganti = sisa.get(x.nama)
    sisa.delete(x.nama)
    hasil.push(...(ganti ?? x).baris)
  }
  for (const x of sisa.values()) {
    if (hasil.at(-1) !== '') hasil.push('')
    hasil.push(...x.baris)
  }
  return hasil
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
