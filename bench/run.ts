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
import { benchSkpOpen } from './skp-open.bench.ts'
import { benchSkpPdf } from './skp-pdf.bench.ts'

const url = process.env.DATABASE_URL ?? DEFAULT_PG
const only = process.argv.slice(2)
const want = (name: string) => only.length === 0 || only.includes(name)
const pct = (x: number) => `${(x * 100).toFixed(1)} %`
const fmt = (x: number) => Math.round(x).toLocaleString('en-US')

async function main() {
  const lines: string[] = []
  const stamp = `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${os.cpus().length} cores, Node ${process.version}`
  lines.push(`_Last run: ${stamp}._`, '')
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
    lines.push(
      `### Opening a full SKP (PostgreSQL, ${r.connections} connections, ${r.pegawai} pegawai × ${r.rhkPerSkp} RHK)`,
      '',
      '| route | req/s | p50 ms | p99 ms | server CPU ms/req |',
      '|---|---|---|---|---|',
      `| baseline: one primary-key query (GET /api/v1/instansi/:id) | ${fmt(r.baseline.rps)} | ${r.baseline.p50} | ${r.baseline.p99} | ${r.baseline.cpuMsPerRequest} |`,
      `| GET /api/v1/skp/:id (RHK, IKI, perilaku, intervensi labels) | ${fmt(r.skpOpen.rps)} | ${r.skpOpen.p50} | ${r.skpOpen.p99} | ${r.skpOpen.cpuMsPerRequest} |`,
      '',
      `SKP ÷ baseline throughput: **${pct(r.ratio)}** (target ≥ 50 %); p99 target < 50 ms. Load average during the run: ${r.loadAvg1m}.`,
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
      `| one SKP document (median) | ${r.perDocMs.toFixed(1)} ms |`,
      `| 1,000 documents in a batch | ${(r.batch1000Ms / 1000).toFixed(1)} s |`,
      `| baseline: an empty pdfmake document | ${r.baselineMs.toFixed(1)} ms |`,
      '',
    )
  }
  const doc = 'docs/PERFORMANCE.md'
  const text = readFileSync(doc, 'utf8')
  const marker = '<!-- figures -->'
  const head = text.split(marker)[0]
  writeFileSync(doc, `${head}${marker}\n\n${lines.join('\n')}\n`)
  console.log(lines.join('\n'))
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
