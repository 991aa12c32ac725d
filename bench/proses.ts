import { spawn, type ChildProcess } from 'node:child_process'
import { openSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'

/**
 * The API as its own process, started the way `npm start` starts it (without the web build), so its
 * memory and CPU are measured apart from the load generator and the benchmark's own seeding.
 */
export const SERVER = 'src/server/server.ts'

/** Node's flags for the server exactly as package.json's `start` script gives them (kept in step). */
export function flagStart(): string[] {
  const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { start: string } }
  const perintah = scripts.start.split('&&').map((p) => p.trim().split(/\s+/))
  const server = perintah.find((p) => p[0] === 'node' && p.at(-1) === SERVER)
  if (!server) throw new Error(`package.json start does not run "node … ${SERVER}"`)
  return server.slice(1, -1)
}
export const NODE_FLAGS = flagStart()

/** A free loopback port (asked from the kernel, then released). */
export async function portBebas(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer()
    s.once('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number }
      s.close(() => resolve(port))
    })
  })
}

export interface Proses {
  child: ChildProcess
  base: string
  /** ms from spawn until /healthz answered 200. */
  siapMs: number
  berhenti(): Promise<void>
}

/** Polls `url` until it answers 200 (every 10 ms), or fails after `batasMs`. */
export async function tungguSehat(url: string, child: ChildProcess, batasMs = 120_000): Promise<void> {
  const akhir = performance.now() + batasMs
  for (;;) {
    if (child.exitCode !== null) throw new Error(`process exited (${child.exitCode}) before ${url} answered`)
    try {
      if ((await fetch(url)).status === 200) return
    } catch {
      // not listening yet
    }
    if (performance.now() > akhir) throw new Error(`${url} did not answer within ${batasMs} ms`)
    await new Promise((r) => setTimeout(r, 10))
  }
}

/** Starts a Node process on loopback and waits for `/healthz`; stderr is kept for the error message. */
export async function mulaiProses(
  args: string[],
  env: Record<string, string>,
  port: number,
  jalurSehat = '/healthz',
): Promise<Proses> {
  const t0 = performance.now()
  const child = spawn(process.execPath, args, {
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'warn', ...env },
    // BENCH_SERVER_STDOUT=<file> keeps the process's stdout (e.g. with --trace-gc) for a closer look
    stdio: [
      'ignore',
      process.env.BENCH_SERVER_STDOUT ? openSync(process.env.BENCH_SERVER_STDOUT, 'w') : 'ignore',
      'pipe',
    ],
  })
  let stderr = ''
  child.stderr!.on('data', (d) => (stderr = (stderr + d).slice(-4000)))
  const base = `http://127.0.0.1:${port}`
  try {
    await tungguSehat(`${base}${jalurSehat}`, child)
  } catch (e) {
    child.kill('SIGKILL')
    throw new Error(`${(e as Error).message}\n${stderr}`)
  }
  const siapMs = performance.now() - t0
  return {
    child,
    base,
    siapMs,
    berhenti: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
        setTimeout(() => child.kill('SIGKILL'), 15_000).unref()
      }),
  }
}

/** The API server (`src/server/server.ts`) with the given environment (and extra Node flags, if any). */
export async function mulaiServer(env: Record<string, string>, flags: string[] = []): Promise<Proses> {
  const port = await portBebas()
  return mulaiProses([...NODE_FLAGS, ...flags, path.resolve(SERVER)], { SEED_DEMO: 'false', ...env }, port)
}

/** A bare Fastify process (same Node flags and loader) answering one route: the memory baseline. */
export async function mulaiFastifyPolos(): Promise<Proses> {
  const port = await portBebas()
  const kode = `import Fastify from 'fastify'
const app = Fastify()
app.get('/healthz', async () => ({ status: 'ok' }))
await app.listen({ port: ${port}, host: '127.0.0.1' })`
  return mulaiProses([...NODE_FLAGS, '--input-type=module', '-e', kode], {}, port)
}

/** Resident memory of a process now and at its peak (MB), from /proc (Linux). */
export function memori(pid: number): { rssMb: number; puncakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = (k: string) => Number(new RegExp(`^${k}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0)
  return { rssMb: kb('VmRSS') / 1024, puncakMb: kb('VmHWM') / 1024 }
}

/** Resets the peak (VmHWM) so the next phase's peak is its own; Linux ≥ 4.0, same user. */
export function resetPuncak(pid: number): void {
  writeFileSync(`/proc/${pid}/clear_refs`, '5')
}

/** CPU time (user + system, ms) a process has used so far, from /proc/<pid>/stat. */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  // fields 14 and 15 (utime, stime) in clock ticks; after the ")" the list starts at field 3
  return ((Number(f[11]) + Number(f[12])) * 1000) / 100
}

/** Samples RSS every 50 ms while `kerja` runs: the phase's peak even where VmHWM cannot be reset. */
export async function selamaPuncak<T>(
  pid: number,
  kerja: () => Promise<T>,
): Promise<{ hasil: T; puncakMb: number }> {
  let puncak = memori(pid).rssMb
  const t = setInterval(() => {
    try {
      puncak = Math.max(puncak, memori(pid).rssMb)
    } catch {
      // the process ended
    }
  }, 50)
  try {
    const hasil = await kerja()
    puncak = Math.max(puncak, memori(pid).rssMb)
    return { hasil, puncakMb: puncak }
  } finally {
    clearInterval(t)
  }
}
