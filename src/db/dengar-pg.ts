import pg from 'pg'

/** Stops listening and closes the connection. */
export type Berhenti = () => Promise<void>

export interface OpsiDengar {
  /** Called once the connection listens again after a loss: notifications sent meanwhile were missed. */
  onSambungUlang?: () => void
  onGalat?: (err: Error) => void
  /** Backoff between attempts: doubles from `jedaAwalMs` up to `jedaMaksMs`. */
  jedaAwalMs?: number
  jedaMaksMs?: number
}

const kutip = (kanal: string) => `"${kanal.replaceAll('"', '""')}"`

/**
 * LISTEN on a dedicated connection (not from the pool: a pooled connection goes back to others, and a
 * transaction-mode PgBouncer cannot hold a LISTEN). A lost connection is reopened with backoff; the
 * promise resolves once the first LISTEN is active, so nothing committed after it is missed.
 */
export async function dengarkanPg(
  connectionString: string,
  kanal: string,
  onPesan: (payload: string) => void,
  opsi: OpsiDengar = {},
): Promise<Berhenti> {
  const jedaAwal = opsi.jedaAwalMs ?? 250
  const jedaMaks = opsi.jedaMaksMs ?? 30_000
  let berhenti = false
  let klien: pg.Client | null = null
  let timer: NodeJS.Timeout | null = null
  let jeda = jedaAwal

  async function sambung(): Promise<void> {
    const c = new pg.Client({ connectionString, application_name: 'kinerja-langsung', keepAlive: true })
    c.on('notification', (n) => {
      if (n.channel === kanal && n.payload !== undefined) onPesan(n.payload)
    })
    c.on('error', (err) => {
      opsi.onGalat?.(err)
      putus(c)
    })
    c.on('end', () => putus(c))
    try {
      await c.connect()
      await c.query(`listen ${kutip(kanal)}`)
    } catch (err) {
      c.removeAllListeners('end')
      c.on('error', () => {})
      void c.end().catch(() => {})
      throw err
    }
    if (berhenti) {
      await c.end().catch(() => {})
      return
    }
    klien = c
    jeda = jedaAwal
  }

  function putus(c: pg.Client) {
    if (klien !== c) return
    klien = null
    c.removeAllListeners('end')
    c.on('error', () => {})
    void c.end().catch(() => {})
    jadwalkan()
  }

  function jadwalkan() {
    if (berhenti || timer) return
    timer = setTimeout(() => {
      timer = null
      sambung()
        .then(() => {
          if (!berhenti) opsi.onSambungUlang?.()
        })
        .catch((err: Error) => {
          opsi.onGalat?.(err)
          jeda = Math.min(jeda * 2, jedaMaks)
          jadwalkan()
        })
    }, jeda)
    timer.unref()
  }

  await sambung()
  return async () => {
    berhenti = true
    if (timer) clearTimeout(timer)
    timer = null
    const c = klien
    klien = null
    if (c) {
      c.removeAllListeners('end')
      await c.end().catch(() => {})
    }
  }
}
