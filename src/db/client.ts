import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { PGlite } from '@electric-sql/pglite'
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite'
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator'
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres'
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator'
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core'
import pg from 'pg'
import { dengarkanPg, type Berhenti, type OpsiDengar } from './dengar-pg.ts'
import { jagaPglite, jagaPoolPg } from './jaga-transaksi.ts'
import * as schema from './schema/index.ts'

/** The database handle services receive: a connection or a transaction (same API). */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>

export interface Database {
  db: Db
  kind: 'pglite' | 'postgres'
  /** Run raw SQL with parameters (bulk paths: unnest, COPY-like inserts). */
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>
  migrate(): Promise<void>
  close(): Promise<void>
  /**
   * LISTEN on a channel (NOTIFY is delivered on commit): a dedicated reconnecting connection on PostgreSQL,
   * the one in-process connection on PGlite. Resolves once listening; answers how to stop.
   */
  dengarkan(kanal: string, onPesan: (payload: string) => void, opsi?: OpsiDengar): Promise<Berhenti>
}

const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations')

/**
 * PGlite runs PostgreSQL inside the process, so its memory is the API's: the WebAssembly memory only ever
 * grows. PostgreSQL's 128 MB buffer cache duplicates what the data folder's files (in the OS page cache,
 * or in memory for an in-memory database) already hold, and is ~110 MB of the process's RSS once full;
 * PGLITE_SHARED_BUFFERS (default 32MB) sets it, and WAL kept between checkpoints is bounded (on disk for a
 * data folder, in memory for an in-memory database). Measured in bench/memori.bench.ts; PGlite's own
 * runtime accounts for most of the rest. PGlite 0.4+ passes these to postgres (`startParams`).
 */
export function parameterPglite(env: NodeJS.ProcessEnv = process.env): string[] {
  const sharedBuffers = /^\d+(kB|MB|GB)$/.test(env.PGLITE_SHARED_BUFFERS ?? '')
    ? env.PGLITE_SHARED_BUFFERS!
    : '32MB'
  return [
    ...PGlite.defaultStartParams,
    ...['-c', `shared_buffers=${sharedBuffers}`],
    ...['-c', 'maintenance_work_mem=16MB'],
    ...['-c', 'max_wal_size=256MB', '-c', 'min_wal_size=32MB'],
  ]
}

export async function openDatabase(opts: {
  databaseUrl?: string
  dataDir?: string
  /** Tests: a second query started on a transaction's connection before the first finished throws. */
  jagaTransaksi?: boolean
}): Promise<Database> {
  if (opts.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: opts.databaseUrl,
      max: Number(process.env.PG_POOL_MAX ?? 20),
    })
    // An idle client's error (e.g. the server restarting) must not crash the process: the pool replaces it.
    pool.on('error', (err) => console.warn(`postgres idle client error: ${err.message}`))
    if (opts.jagaTransaksi) jagaPoolPg(pool)
    const db = drizzlePg({ client: pool, schema }) as unknown as Db
    return {
      db,
      kind: 'postgres',
      query: async (text, params) => (await pool.query(text, params as unknown[])).rows,
      migrate: () => migratePg(db as never, { migrationsFolder }),
      close: () => pool.end(),
      dengarkan: (kanal, onPesan, opsi) => dengarkanPg(opts.databaseUrl!, kanal, onPesan, opsi),
    }
  }
  // dataDir undefined → in-memory (tests)
  if (opts.dataDir) mkdirSync(opts.dataDir, { recursive: true })
  const client = new PGlite({ dataDir: opts.dataDir, startParams: parameterPglite() })
  await client.waitReady
  if (opts.jagaTransaksi) jagaPglite(client)
  const db = drizzlePglite({ client, schema }) as unknown as Db
  return {
    db,
    kind: 'pglite',
    query: async (text, params) => (await client.query(text, params as unknown[])).rows as never,
    migrate: () => migratePglite(db as never, { migrationsFolder }),
    close: () => client.close(),
    dengarkan: async (kanal, onPesan) => {
      const berhenti = await client.listen(kanal, onPesan)
      return async () => {
        if (!client.closed) await berhenti()
      }
    },
  }
}
