/**
 * SKP PDF rendering benchmark (issues 4 and 7). Run: `npx tsx bench/skp-pdf.bench.ts`
 *
 * - perDocMs: median of 50 renders of a realistic SKP (3 pages) after warm-up, in this thread.
 * - batch: 1,000 different SKPs (own verification code and QR each) through the worker pool (one worker per
 *   core, as the API renders them), queued 100 at a time: wall time and the process's CPU time ÷ wall time
 *   (> 1 means more than one core was busy) — against the same 1,000 rendered one after another in this
 *   thread, in the same run, the two taking turns every 100 documents.
 * - baselineMs: median of 50 renders of a one-line document through the same engine and fonts.
 * Targets: ≤ 150 ms per document; 1,000 within 60 s, using every core.
 */
import os from 'node:os'
import { pathToFileURL } from 'node:url'
import { PoolPdf, renderPdf } from '../src/modules/dokumen/pdf-engine.ts'
import { contohSkpDokumen } from '../src/modules/dokumen/skp-dokumen.fixture.ts'
import { definisiSkp } from '../src/modules/dokumen/skp-pdf.ts'
import type { SkpDokumenData } from '../src/modules/dokumen/skp-document.types.ts'
import { buatKodeVerifikasi } from '../src/modules/dokumen/verifikasi.ts'

const TARGET_PER_DOK_MS = 150
const TARGET_BATCH_MS = 60_000
const PEMANASAN = 10
const SAMPEL = 50
const PUTARAN = 100

export interface Batch {
  /** Wall time for the batch, extrapolated to 1,000 documents. */
  ms: number
  /** Process CPU time (all threads) ÷ wall time: the number of cores kept busy on average. */
  cores: number
}

export interface HasilBenchSkpPdf {
  perDocMs: number
  baselineMs: number
  docs: number
  workers: number
  pool: Batch
  singleThread: Batch
}

/** Wall time and process CPU of rendering `dari`..`sampai` (documents differ by index). */
async function bagian(
  dari: number,
  sampai: number,
  render: (d: SkpDokumenData) => Promise<Buffer>,
  paralel: boolean,
) {
  const mulai = performance.now()
  const cpu = process.cpuUsage()
  if (paralel) await Promise.all(Array.from({ length: sampai - dari }, (_, i) => render(skpKe(dari + i))))
  else for (let i = dari; i < sampai; i++) await render(skpKe(i))
  const { user, system } = process.cpuUsage(cpu)
  return { wall: performance.now() - mulai, cpu: (user + system) / 1000 }
}

/**
 * The pool and one thread take turns in rounds of 100 documents, so a change in the machine's other load
 * during the run hits both alike (a shared machine's load drifts over a minute).
 */
async function bergantian(
  jumlah: number,
  pool: (d: SkpDokumenData) => Promise<Buffer>,
  satu: (d: SkpDokumenData) => Promise<Buffer>,
) {
  const total = { pool: { wall: 0, cpu: 0 }, satu: { wall: 0, cpu: 0 } }
  for (let dari = 0; dari < jumlah; dari += PUTARAN) {
    const sampai = Math.min(jumlah, dari + PUTARAN)
    for (const [nama, render, paralel] of [
      ['pool', pool, true],
      ['satu', satu, false],
    ] as const) {
      const b = await bagian(dari, sampai, render, paralel)
      total[nama].wall += b.wall
      total[nama].cpu += b.cpu
    }
  }
  const batch = (t: { wall: number; cpu: number }): Batch => ({
    ms: bulat((t.wall * 1000) / jumlah),
    cores: bulat(t.cpu / t.wall),
  })
  return { pool: batch(total.pool), singleThread: batch(total.satu) }
}

/** `jumlahBatch` below 1,000 (quick runs) is extrapolated to 1,000. */
export async function benchSkpPdf(jumlahBatch = 1000): Promise<HasilBenchSkpPdf> {
  const diThread = (d: SkpDokumenData) => renderPdf(definisiSkp(d))
  const baselineMs = await median(() => renderPdf({ content: 'Kinerja' }))
  const perDocMs = await median(() => diThread(contohSkpDokumen()))
  const pool = new PoolPdf(os.availableParallelism())
  try {
    await Promise.all(
      Array.from({ length: 2 * os.availableParallelism() }, (_, i) => pool.render('skp', skpKe(i))),
    )
    const hasil = await bergantian(jumlahBatch, (d) => pool.render('skp', d), diThread)
    return {
      perDocMs: bulat(perDocMs),
      baselineMs: bulat(baselineMs),
      docs: jumlahBatch,
      workers: os.availableParallelism(),
      ...hasil,
    }
  } finally {
    await pool.tutup()
  }
}

async function median(render: () => Promise<Buffer>): Promise<number> {
  for (let i = 0; i < PEMANASAN; i++) await render()
  const waktu: number[] = []
  for (let i = 0; i < SAMPEL; i++) {
    const t = performance.now()
    await render()
    waktu.push(performance.now() - t)
  }
  waktu.sort((a, b) => a - b)
  return (waktu[(SAMPEL - 1) >> 1] + waktu[SAMPEL >> 1]) / 2
}

/** A different document each time, as in a real batch: own pegawai name, NIP sequence and verification. */
function skpKe(i: number): SkpDokumenData {
  const dasar = contohSkpDokumen()
  const kode = buatKodeVerifikasi()
  return {
    ...dasar,
    pegawai: { ...dasar.pegawai, nama: `Pegawai Contoh ${i + 1}`, nip: `19900315201503200${i % 10}` },
    verifikasi: { kode, url: `https://kinerja.slemankab.go.id/v/${kode}` },
  }
}

function bulat(ms: number): number {
  return Math.round(ms * 10) / 10
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const jumlah = Number(process.env.BENCH_BATCH ?? 1000)
  const hasil = await benchSkpPdf(jumlah)
  const laporan = {
    ...hasil,
    perDocVsBaseline: bulat(hasil.perDocMs / hasil.baselineMs),
    poolSpeedup: bulat(hasil.singleThread.ms / hasil.pool.ms),
    loadAverage1m: bulat(os.loadavg()[0]),
    target: { perDocMs: TARGET_PER_DOK_MS, batch1000Ms: TARGET_BATCH_MS },
    memenuhiTarget: hasil.perDocMs <= TARGET_PER_DOK_MS && hasil.pool.ms <= TARGET_BATCH_MS,
    node: process.version,
  }
  console.log(JSON.stringify(laporan, null, 2))
}
