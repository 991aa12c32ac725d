import type { FastifyBaseLogger } from 'fastify'
import type { Database } from './client.ts'

/** How often the embedded database's statistics are refreshed while the server runs. */
const SELANG_MS = 60 * 60 * 1000

/**
 * PGlite runs without autovacuum, so nothing ever ANALYZEs its tables: the planner then takes every table for
 * one row and picks nested loops that grow with the square of the data (the unit curve of the demo took 10 s
 * instead of 40 ms). The embedded database is analysed once at start (after the demo seed) and then hourly;
 * on PostgreSQL autovacuum does this and nothing here runs.
 */
export async function perbaruiStatistik(database: Database, log: Pick<FastifyBaseLogger, 'info' | 'warn'>) {
  if (database.kind !== 'pglite') return
  const mulai = performance.now()
  try {
    await database.query('analyze')
    log.info(
      `statistik basis data diperbarui / database statistics refreshed (${Math.round(performance.now() - mulai)} ms)`,
    )
  } catch (err) {
    log.warn({ err }, 'ANALYZE gagal / ANALYZE failed')
  }
}

/** The hourly refresh (PGlite only); `berhenti` waits for a run in progress. */
export function jadwalStatistik(database: Database, log: Pick<FastifyBaseLogger, 'info' | 'warn'>) {
  if (database.kind !== 'pglite') return { berhenti: async () => {} }
  let berjalan: Promise<void> = Promise.resolve()
  const timer = setInterval(() => {
    berjalan = perbaruiStatistik(database, log)
  }, SELANG_MS).unref()
  return {
    async berhenti() {
      clearInterval(timer)
      await berjalan
    },
  }
}
