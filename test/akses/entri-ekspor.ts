import { V } from '../helpers/akses-dunia.ts'
import { ADMIN, entri, q, type Entri } from './harapan.ts'

/**
 * Access-matrix entries: SIASN export (DOMAIN §7). The admin of Ani's instansi and the national admin export
 * its results; another instansi's admin does not see it (404); everyone else 403.
 */
export const ENTRI_EKSPOR: Record<string, Entri<unknown>> = Object.fromEntries(
  (['rw-skp22', 'periodik'] as const).flatMap((jenis) =>
    (['json', 'csv'] as const).map((format, i) => [
      `GET /api/v1/ekspor/${jenis}${i ? ' · csv' : ''}`,
      entri({
        kirim: (k, _o, w) => k.get(`${V}/ekspor/${jenis}?tahun=${w.tahun}&format=${format}&${q(w)}`),
        harap: ADMIN(200),
      }),
    ]),
  ),
)
