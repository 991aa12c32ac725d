import { eq } from 'drizzle-orm'
import { evaluasi } from '../../src/db/schema/index.ts'
import { V, type Dunia } from '../helpers/akses-dunia.ts'
import { buatEvaluasi } from '../helpers/evaluasi-factories.ts'
import { entri, HANYA, MASUK, q, type Entri } from './harapan.ts'

/**
 * Access-matrix entries: organisation predikat (set by the head one level up — Kadis for Bidang — or the admin
 * instansi), the curve (a penilai's own subordinates: anyone; a unit: its head, the heads above, admins),
 * Monitoring Kurva (heads and pimpinan over their subtree, admins), calibration and the penetapan (adjusted and
 * closed by the unit's head Kabid or the admin instansi; read by the heads above and admins).
 */
const PEMBACA_UNIT = ['atasan', 'pimpinan', 'adminInstansi', 'adminNasional'] as const
const PENGKALIBRASI = ['atasan', 'adminInstansi'] as const
const grid = (w: Dunia) => `${V}/kalibrasi/${w.bidang.id}/${w.tahun}/TW1`

/** Ani's draft TW1 evaluation, fresh (revisi 1) every time. */
async function evaluasiAni(w: Dunia) {
  const s = await w.skpPemilik('disetujui')
  await w.t.database.db.delete(evaluasi).where(eq(evaluasi.skpId, s.skp.id))
  return buatEvaluasi(w.t.database, s.skp.id, { periode: 'TW1', status: 'draft' })
}

async function penetapanBidang(w: Dunia) {
  await evaluasiAni(w)
  const res = await w.k.adminInstansi.post(`${grid(w)}/tetapkan`, {})
  if (res.statusCode !== 201) throw new Error(`penetapan: ${res.statusCode} ${res.body}`)
  return res.json<{ id: string }>()
}

export const ENTRI_KURVA: Record<string, Entri<unknown>> = {
  'GET /api/v1/predikat-organisasi': entri({
    kirim: (k, _o, w) => k.get(`${V}/predikat-organisasi?tahun=${w.tahun}&periode=TW1`),
    harap: MASUK(200),
  }),
  'PUT /api/v1/unor/:id/predikat-organisasi/:tahun/:periode': entri({
    kirim: (k, _o, w) =>
      k.put(`${V}/unor/${w.bidang.id}/predikat-organisasi/${w.tahun}/TW1`, {
        predikat: 'BAIK',
        catatan: 'Uji',
      }),
    harap: HANYA(['pimpinan', 'adminInstansi'], 200),
  }),
  'GET /api/v1/kurva/pratinjau': entri({
    kirim: (k, _o, w) => k.get(`${V}/kurva/pratinjau?tahun=${w.tahun}&periode=TW1`),
    harap: MASUK(200),
  }),
  'GET /api/v1/kurva/pratinjau · a unit': entri({
    kirim: (k, _o, w) => k.get(`${V}/kurva/pratinjau?tahun=${w.tahun}&periode=TW1&unorId=${w.bidang.id}`),
    harap: HANYA([...PEMBACA_UNIT], 200),
  }),
  'GET /api/v1/kurva/monitoring': entri({
    kirim: (k, _o, w) => k.get(`${V}/kurva/monitoring?tahun=${w.tahun}&periode=TW1&${q(w)}`),
    harap: HANYA([...PEMBACA_UNIT], 200),
  }),
  'GET /api/v1/kalibrasi/:unorId/:tahun/:periode': entri({
    siapkan: (w) => evaluasiAni(w),
    kirim: (k, _o, w) => k.get(grid(w)),
    harap: HANYA([...PEMBACA_UNIT], 200),
  }),
  'GET /api/v1/kalibrasi/:unorId/:tahun': entri({
    siapkan: (w) => evaluasiAni(w),
    kirim: (k, _o, w) => k.get(`${V}/kalibrasi/${w.bidang.id}/${w.tahun}`),
    harap: HANYA([...PEMBACA_UNIT], 200),
  }),
  'GET /api/v1/kurva/monitoring · the default period': entri({
    kirim: (k, _o, w) => k.get(`${V}/kurva/monitoring?tahun=${w.tahun}&${q(w)}`),
    harap: HANYA([...PEMBACA_UNIT], 200),
  }),
  'POST /api/v1/kalibrasi/:unorId/:tahun/:periode/sesuaikan': entri({
    perSel: true,
    siapkan: (w) => evaluasiAni(w),
    kirim: (k, o, w) =>
      k.post(`${grid(w)}/sesuaikan`, {
        evaluasiId: o.id,
        ratingHasil: 'DI_BAWAH',
        ratingPerilaku: 'SESUAI',
        alasan: 'Kalibrasi uji',
        revisi: o.revisi,
      }),
    harap: HANYA([...PENGKALIBRASI], 200),
  }),
  'POST /api/v1/kalibrasi/:unorId/:tahun/:periode/tetapkan': entri({
    siapkan: (w) => evaluasiAni(w),
    kirim: (k, _o, w) => k.post(`${grid(w)}/tetapkan`, {}),
    harap: HANYA([...PENGKALIBRASI], 201),
  }),
  'GET /api/v1/penetapan-predikat': entri({
    kirim: (k, _o, w) => k.get(`${V}/penetapan-predikat?unorId=${w.bidang.id}&tahun=${w.tahun}&periode=TW1`),
    harap: HANYA([...PEMBACA_UNIT], 200),
  }),
  'GET /api/v1/penetapan-predikat/:id': entri({
    siapkan: (w) => penetapanBidang(w),
    kirim: (k, o) => k.get(`${V}/penetapan-predikat/${o.id}`),
    harap: HANYA([...PEMBACA_UNIT], 200),
  }),
}
