import { V } from '../helpers/akses-dunia.ts'
import { entri, MASUK, PEGAWAI_SAJA, type Entri } from './harapan.ts'

/** Access-matrix entries: each person's mail preferences (src/modules/surel). */
export const ENTRI_SUREL: Record<string, Entri<unknown>> = {
  // Their own preferences: every account reads them (one without employee data reads the defaults) …
  'GET /api/v1/profil/notifikasi': entri({
    kirim: (k) => k.get(`${V}/profil/notifikasi`),
    harap: MASUK(200),
  }),
  // … and only an account with employee data receives notifications, so only it can change them.
  'PUT /api/v1/profil/notifikasi': entri({
    kirim: (k) => k.put(`${V}/profil/notifikasi`, { items: [{ tipe: 'SKP_DIAJUKAN', surel: true }] }),
    harap: PEGAWAI_SAJA(200),
  }),
}
