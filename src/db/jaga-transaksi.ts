import type { PGlite, Transaction } from '@electric-sql/pglite'
import type pg from 'pg'

/**
 * Test-mode guard: one connection (a transaction's) runs one query at a time. `Promise.all` over queries on a
 * `tx` only looks parallel — pg queues them (deprecated, an error in pg 9) and PGlite interleaves them —
 * so a second query that starts before the first has finished throws here, loudly, where the test sees it.
 * Queries outside a transaction go through the pool, which gives each its own connection.
 */
export class QueryBersamaanError extends Error {
  constructor() {
    super(
      'Two queries ran at once on one transaction connection (Promise.all on a tx?): run them one after another.',
    )
  }
}

type QueryFn = (...args: unknown[]) => unknown

const AKHIR_TRANSAKSI = /^\s*(rollback|commit)\b/i
const teksQuery = (q: unknown) =>
  typeof q === 'string'
    ? q
    : typeof (q as { text?: unknown })?.text === 'string'
      ? (q as { text: string }).text
      : ''

/** Wraps query functions of one connection (sharing `koneksi`): one in flight, a second is refused. */
function jaga(query: QueryFn, koneksi = { berjalan: false }): QueryFn {
  return (...args) => {
    const callback =
      typeof args.at(-1) === 'function' ? (args.at(-1) as (...r: unknown[]) => void) : undefined
    // The rollback that follows the error must still reach the server (pg queues it behind the running one).
    if (koneksi.berjalan && !AKHIR_TRANSAKSI.test(teksQuery(args[0]))) {
      const err = new QueryBersamaanError()
      if (callback) return void queueMicrotask(() => callback(err))
      return Promise.reject(err)
    }
    koneksi.berjalan = true
    if (callback) {
      args[args.length - 1] = (...r: unknown[]) => {
        koneksi.berjalan = false
        callback(...r)
      }
      return query(...args)
    }
    const hasil = query(...args)
    if (hasil && typeof (hasil as Promise<unknown>).finally === 'function') {
      return (hasil as Promise<unknown>).finally(() => {
        koneksi.berjalan = false
      })
    }
    koneksi.berjalan = false // a submittable (cursor, stream): not tracked
    return hasil
  }
}

/** node-postgres: every client the pool opens (a transaction holds one) answers one query at a time. */
export function jagaPoolPg(pool: pg.Pool) {
  pool.on('connect', (client) => {
    client.query = jaga(client.query.bind(client) as QueryFn) as typeof client.query
  })
}

/** PGlite: the transaction handle given to `transaction()` callbacks answers one query at a time. */
export function jagaPglite(client: PGlite) {
  const asli = client.transaction.bind(client)
  client.transaction = <T>(callback: (tx: Transaction) => Promise<T>) =>
    asli((tx) => {
      const koneksi = { berjalan: false }
      const query = jaga(tx.query.bind(tx) as QueryFn, koneksi)
      const exec = jaga(tx.exec.bind(tx) as QueryFn, koneksi)
      const dijaga = new Proxy(tx, {
        get: (target, prop, receiver) =>
          prop === 'query' ? query : prop === 'exec' ? exec : Reflect.get(target, prop, receiver),
      })
      return callback(dijaga)
    })
}
