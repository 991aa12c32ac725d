import type { Db } from '../../db/client.ts'
import { periksaPeriodeTerbuka, periodeSkp } from '../pelaksanaan/kunci.ts'
import type { SkpRow } from '../skp/skp-akses.ts'

/**
 * A day of work belongs to the evaluation period holding it (the instansi's monthly, quarterly or
 * semester periods of the SKP); once that period's realisasi is locked (and no admin unlock is in force),
 * its days are too: 409 REALISASI.TERKUNCI, through the pelaksanaan module's one lock rule.
 * Answers the period's code (undefined for a date outside every period of the SKP).
 */
export async function periksaTanggalTerbuka(tx: Db, s: SkpRow, tanggal: string) {
  const p = (await periodeSkp(tx, s)).find((x) => x.mulai <= tanggal && tanggal <= x.selesai)
  if (!p) return undefined
  await periksaPeriodeTerbuka(tx, s, p.kode)
  return p.kode
}
