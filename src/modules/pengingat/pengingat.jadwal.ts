import type { Database } from '../../db/client.ts'
import { jalankanPengingat } from './pengingat.service.ts'

interface Log {
  info(o: object, msg: string): void
  warn(o: object, msg: string): void
}

const JAM_MS = 3_600_000

/**
 * The daily schedule, in process (PGlite and PostgreSQL alike): a run shortly after start and then every
 * hour. Reminders fall due per day in each instansi's zone; running hourly catches each new day within the
 * hour and any day missed while the server was down. Several API processes on one PostgreSQL each run it:
 * the unique key of pengingat_terkirim sends every reminder once whichever gets there first.
 */
export function jadwalPengingat({ db }: Database, log: Log, intervalMs = JAM_MS) {
  let berjalan: Promise<unknown> | undefined
  const putar = () => {
    berjalan ??= jalankanPengingat(db)
      .then((n) => n > 0 && log.info({ jumlah: n }, 'pengingat terkirim'))
      .catch((e: unknown) => log.warn({ err: e }, 'pengingat gagal'))
      .finally(() => {
        berjalan = undefined
      })
  }
  const awal = setTimeout(putar, 30_000).unref()
  const timer = setInterval(putar, intervalMs).unref()
  return {
    async berhenti() {
      clearTimeout(awal)
      clearInterval(timer)
      await berjalan
    },
  }
}
