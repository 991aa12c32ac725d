import http from 'node:http'
import type { FastifyInstance } from 'fastify'
import type { PeristiwaLangsung } from '../../src/shared/langsung.ts'
import type { Session } from './app.ts'

/** One Server-Sent Event as read off the wire. */
export interface SseEvent {
  event: string
  data: PeristiwaLangsung
}

export interface SseKlien {
  status: number
  headers: http.IncomingHttpHeaders
  /** Every event received so far, in order. */
  events: SseEvent[]
  /** Comments (heartbeats) and `retry:` lines received so far. */
  lain: string[]
  /** The next event not yet taken (waits up to `ms`). */
  berikut(ms?: number): Promise<SseEvent>
  /** Resolves when the server ends the stream. */
  berakhir: Promise<void>
  tutup(): void
}

/** The address of a listening app (tests start it on port 0). */
export const alamat = (app: FastifyInstance) => {
  const a = app.server.address()
  if (!a || typeof a === 'string') throw new Error('app is not listening')
  return `http://127.0.0.1:${a.port}`
}

/**
 * A plain HTTP client of GET /api/v1/langsung, as a browser's EventSource: resolves once the stream is
 * open and registered (its first bytes arrived), or with the status of a refusal (401, 204).
 */
export function bukaSse(base: string, sesi?: Session): Promise<SseKlien> {
  return new Promise((resolve, reject) => {
    const req = http.get(`${base}/api/v1/langsung`, {
      headers: { accept: 'text/event-stream', ...(sesi ? { cookie: `kinerja_sesi=${sesi.cookie}` } : {}) },
    })
    req.on('error', reject)
    req.on('response', (res) => {
      const events: SseEvent[] = []
      const lain: string[] = []
      let diambil = 0
      let sisa = ''
      let tunggu: (() => void) | null = null
      let akhir!: () => void
      const berakhir = new Promise<void>((r) => (akhir = r))
      res.on('end', akhir)
      res.on('close', akhir)
      res.on('error', () => {})
      const klien: SseKlien = {
        status: res.statusCode ?? 0,
        headers: res.headers,
        events,
        lain,
        berakhir,
        tutup: () => req.destroy(),
        berikut: (ms = 3000) =>
          new Promise((ok, gagal) => {
            const coba = () => {
              if (diambil < events.length) {
                clearTimeout(waktu)
                tunggu = null
                ok(events[diambil++])
                return true
              }
              return false
            }
            const waktu = setTimeout(() => {
              tunggu = null
              gagal(new Error(`no SSE event within ${ms} ms`))
            }, ms)
            if (!coba()) tunggu = () => void coba()
          }),
      }
      if (res.statusCode !== 200) {
        res.resume()
        return resolve(klien)
      }
      let terbuka = false
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => {
        sisa += chunk
        let i: number
        while ((i = sisa.indexOf('\n\n')) >= 0) {
          const blok = sisa.slice(0, i)
          sisa = sisa.slice(i + 2)
          const baris = blok.split('\n')
          const event = baris.find((b) => b.startsWith('event: '))?.slice(7)
          const data = baris.find((b) => b.startsWith('data: '))?.slice(6)
          if (event && data) events.push({ event, data: JSON.parse(data) as PeristiwaLangsung })
          else lain.push(...baris)
        }
        tunggu?.()
        if (!terbuka) {
          terbuka = true
          resolve(klien)
        }
      })
    })
  })
}

export const jeda = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Polls until `cek` holds (e.g. the server noticed a closed stream). */
export async function sampai(cek: () => boolean, ms = 3000) {
  const batas = Date.now() + ms
  while (!cek()) {
    if (Date.now() > batas) throw new Error('condition not reached in time')
    await jeda(10)
  }
}
