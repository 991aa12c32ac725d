import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import path from 'node:path'

const run = promisify(execFile)

export interface LoadFigures {
  rps: number
  p50: number
  p99: number
  ok: number
  errors: number
}

/**
 * Drive load from a SEPARATE process (the autocannon CLI), so the load generator does not share the
 * server's event loop. Loopback only.
 */
export async function load(
  url: string,
  o: {
    connections?: number
    seconds?: number
    method?: string
    body?: string
    headers?: Record<string, string>
  } = {},
): Promise<LoadFigures> {
  const args = ['-j', '-c', String(o.connections ?? 16), '-d', String(o.seconds ?? 8)]
  if (o.method) args.push('-m', o.method)
  if (o.body) args.push('-b', o.body)
  for (const [k, v] of Object.entries(o.headers ?? {})) args.push('-H', `${k}=${v}`)
  args.push(url)
  const bin = path.resolve('node_modules/.bin/autocannon')
  const { stdout } = await run(bin, args, { maxBuffer: 50 * 1024 * 1024 })
  const r = JSON.parse(stdout)
  const ok = r['2xx'] ?? 0
  return {
    rps: Math.round(ok / r.duration),
    p50: r.latency.p50,
    p99: r.latency.p99,
    ok,
    errors: (r.non2xx ?? 0) + (r.errors ?? 0),
  }
}
