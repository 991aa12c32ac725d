import { eq } from 'drizzle-orm'
import { iki, realisasi } from '../../src/db/schema/index.ts'
import { V, type Dunia } from '../helpers/akses-dunia.ts'
import { BACA_SKP, entri, type Entri } from './harapan.ts'

/** Access-matrix entries: SKP revisions (skp-revisi.routes.ts), read by whoever may read the SKP. */

/** Ani's approved SKP with a realisasi, reopened by Kabid: revision 1 exists. */
async function skpBerevisi(w: Dunia) {
  const s = await w.skpPemilik('disetujui')
  const [i] = await w.t.database.db.select().from(iki).where(eq(iki.rhkId, s.rhk[0].id))
  await w.t.database.db
    .insert(realisasi)
    .values({ instansiId: w.inst.id, skpId: s.skp.id, ikiId: i.id, periode: 'TW1', nilai: 3 })
  const res = await w.k.atasan.post(`${V}/skp/${s.skp.id}/buka`, { alasan: 'Revisi target triwulan' })
  if (res.statusCode !== 200) throw new Error(`buka: ${res.statusCode} ${res.body}`)
  return s
}

export const ENTRI_UKURAN: Record<string, Entri<unknown>> = {
  'GET /api/v1/skp/:id/revisi': entri({
    siapkan: skpBerevisi,
    kirim: (k, o) => k.get(`${V}/skp/${o.skp.id}/revisi`),
    harap: BACA_SKP,
  }),
  'GET /api/v1/skp/:id/revisi/:nomor': entri({
    siapkan: skpBerevisi,
    kirim: (k, o) => k.get(`${V}/skp/${o.skp.id}/revisi/1`),
    harap: BACA_SKP,
  }),
  'GET /api/v1/skp/:id/revisi/:nomor/berkas/:berkasId': entri({
    siapkan: skpBerevisi,
    // the revision names no file here: whoever may read the SKP gets as far as "no such file" (404)
    kirim: (k, o) => k.get(`${V}/skp/${o.skp.id}/revisi/1/berkas/${o.skp.id}`),
    harap: {
      ...BACA_SKP,
      pegawaiSendiri: 404,
      atasan: 404,
      pimpinan: 404,
      adminInstansi: 404,
      adminNasional: 404,
    },
  }),
}
