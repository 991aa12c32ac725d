import type { FastifyInstance } from 'fastify'
import type { Database } from '../../db/client.ts'
import { cariActor, COOKIE } from '../../server/auth/session.ts'
import type { AppDeps } from '../../server/deps.ts'
import { AppError, unauthorized } from '../../server/errors.ts'
import { buatHub, type Hub } from './hub.ts'

/** How long a browser waits before reconnecting (the SSE `retry:` field), in ms. */
const RETRY_MS = 5000

/** The hub of each open database (tests and benchmarks read the number of open streams from it). */
const hubs = new WeakMap<Database, Hub>()
export const hubDari = (database: Database) => hubs.get(database)

const TIDAK_TERSEDIA = () =>
  new AppError(503, 'LANGSUNG.TIDAK_TERSEDIA', {
    id: 'Pemberitahuan langsung sedang tidak tersedia. Coba lagi sebentar lagi.',
    en: 'Live updates are unavailable right now. Try again shortly.',
  })

/**
 * GET /langsung: Server-Sent Events for the logged-in pegawai, one stream per browser tab (hub.ts).
 * Events name the queries to refetch (src/shared/langsung.ts), never the data. An account without a
 * pegawai has no notifications: 204 tells its browser not to reconnect.
 */
export async function langsungRoutes(app: FastifyInstance, deps: AppDeps) {
  const { database } = deps
  const hub = buatHub(database, {
    log: app.log,
    sesiBerlaku: async (sesi, pegawaiId) => {
      const actor = await cariActor(database.db, sesi)
      return actor?.pegawaiId === pegawaiId && !actor.wajibGantiPassword
    },
  })
  hubs.set(database, hub)
  // Before the server stops accepting: open streams would otherwise hold app.close() until they end.
  app.addHook('preClose', () => hub.tutup())

  app.get(
    '/langsung',
    {
      schema: {
        tags: ['langsung'],
        summary: 'Live events (text/event-stream): event notifikasi | segarkan, data {jenis, id, kunci}',
      },
    },
    async (req, reply) => {
      const actor = req.actor
      const sesi = req.cookies[COOKIE]
      if (!actor || !sesi) throw unauthorized()
      if (!actor.pegawaiId) return reply.status(204).send()
      try {
        await hub.dengar()
      } catch (err) {
        req.log.error({ err }, 'langsung: LISTEN failed')
        throw TIDAK_TERSEDIA()
      }
      reply.hijack()
      const res = reply.raw
      // Helmet's headers are already on the raw response; these say "a stream, never cached or buffered".
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store, no-transform',
        'x-accel-buffering': 'no',
        'x-request-id': String(req.id),
      })
      req.raw.socket?.setKeepAlive(true)
      await hub.daftar({ pegawaiId: actor.pegawaiId, sesi, res })
      // The first bytes go out once the stream is registered: from then on no event for it is missed.
      if (!res.writableEnded) res.write(`retry: ${RETRY_MS}\n: terhubung\n\n`)
    },
  )
}
