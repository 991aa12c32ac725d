import type { FastifyBaseLogger } from 'fastify'
import type { Database } from '../db/client.ts'
import { jadwalStatistik } from '../db/statistik.ts'
import { jadwalPengingat } from '../modules/pengingat/pengingat.jadwal.ts'
import { pengirimSurel } from '../modules/surel/surel.pengirim.ts'
import type { Config } from './config.ts'

/**
 * Background work of an API process, started by server.ts (never by buildApp, so tests run without it
 * unless a test starts it): the mail sender when SMTP is configured, the reminder schedule unless
 * PENGINGAT=false, and on the embedded database the hourly ANALYZE (src/db/statistik.ts). The first two are
 * safe with several processes on one PostgreSQL (see each module).
 */
export function mulaiLatar(database: Database, config: Config, log: FastifyBaseLogger) {
  const pengirim = config.smtp
    ? pengirimSurel(database, { smtp: config.smtp, maksPercobaan: config.surelMaksPercobaan, log })
    : null
  pengirim?.mulai(config.surelIntervalDetik)
  const pengingat = config.pengingat ? jadwalPengingat(database, log) : null
  const statistik = jadwalStatistik(database, log)
  if (!config.smtp) log.info('SMTP_HOST tidak diatur: surel nonaktif / SMTP_HOST not set: mail is off')
  return {
    async berhenti() {
      await Promise.all([pengirim?.berhenti(), pengingat?.berhenti(), statistik.berhenti()])
    },
  }
}
