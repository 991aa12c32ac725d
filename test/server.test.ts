import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const dirs: string[] = []
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })))

async function waitReady(url: string, ms = 100_000) {
  const until = Date.now() + ms
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`not ready: ${url}`)
}

describe('server process', () => {
  it('migrates an empty data folder, serves, and shuts down cleanly on SIGTERM', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kinerja-srv-'))
    dirs.push(dataDir)
    const port = 40_000 + Math.floor(Math.random() * 10_000)
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/server.ts'], {
      env: {
        ...process.env,
        DATA_DIR: dataDir,
        PORT: String(port),
        HOST: '127.0.0.1',
        SEED_DEMO: 'false',
        DATABASE_URL: '',
        PUBLIC_URL: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let log = ''
    child.stdout.on('data', (d) => (log += d))
    child.stderr.on('data', (d) => (log += d))
    await waitReady(`http://127.0.0.1:${port}/readyz`)
    const ready = await (await fetch(`http://127.0.0.1:${port}/readyz`)).json()
    expect(ready).toEqual({ status: 'ready', database: 'pglite' })
    const exit = new Promise<number | null>((resolve) => child.on('exit', resolve))
    child.kill('SIGTERM')
    expect(await exit).toBe(0)
    expect(log).toContain('shutting down')
    // documents would carry codes pointing at localhost: said once, clearly, at start
    expect(log).toContain(
      `PUBLIC_URL is not set: document verification codes will point to http://localhost:${port}`,
    )
  }, 150_000)
})
