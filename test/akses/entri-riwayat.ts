import { penetapanPredikat } from '../../src/db/schema/index.ts'
import { V, type Dunia } from '../helpers/akses-dunia.ts'
import { buatEvaluasi } from '../helpers/evaluasi-factories.ts'
import { DIRI_ATASAN_ADMIN, entri, HANYA, type Entri } from './harapan.ts'

/**
 * Access-matrix entries: the evaluation documents (Ani, her penilai Kabid, the atasan penilai / head above
 * Kadis, admins download; a colleague does not) and the riwayat kinerja (Ani, the heads above her, admins).
 * The unit's Penetapan Predikat Kinerja: Kabid who made it, Kadis above, admins.
 */

/** A final TW1 evaluation of Ani's approved SKP (one per world: the period's current version). */
async function evaluasiAni(w: Dunia) {
  const s = await w.skpPemilik('disetujui')
  return buatEvaluasi(w.t.database, s.skp.id, { periode: 'TW1' })
}

/** Kabid closes the calibration of his unit for TW1. */
async function penetapanBidang(w: Dunia) {
  const [p] = await w.t.database.db
    .insert(penetapanPredikat)
    .values({
      instansiId: w.inst.id,
      unorId: w.bidang.id,
      tahun: w.tahun,
      periode: 'TW1',
      baris: [{ pegawaiId: w.ani.pegawai.id, nama: 'Ani', nip: w.ani.pegawai.nip, predikat: 'BAIK' }],
      kurva: { predikatOrganisasi: 'BAIK', jumlah: { BAIK: 1 }, peringatan: [] },
      ditetapkanOlehAkunId: w.akun.atasan.id,
      ditetapkanOlehPegawaiId: w.kabid.pegawai.id,
    })
    .returning()
  return p
}

export const ENTRI_RIWAYAT: Record<string, Entri<unknown>> = {
  'GET /api/v1/evaluasi/:id/dokumen/evaluasi.pdf': entri({
    siapkan: (w) => evaluasiAni(w),
    kirim: (k, o) => k.get(`${V}/evaluasi/${o.id}/dokumen/evaluasi.pdf`),
    harap: DIRI_ATASAN_ADMIN(200),
  }),
  'GET /api/v1/evaluasi/:id/dokumen/ringkasan.pdf': entri({
    siapkan: (w) => evaluasiAni(w),
    kirim: (k, o) => k.get(`${V}/evaluasi/${o.id}/dokumen/ringkasan.pdf`),
    harap: DIRI_ATASAN_ADMIN(200),
  }),
  'GET /api/v1/penetapan-predikat/:id/dokumen.pdf': entri({
    siapkan: (w) => penetapanBidang(w),
    kirim: (k, o) => k.get(`${V}/penetapan-predikat/${o.id}/dokumen.pdf`),
    harap: HANYA(['atasan', 'pimpinan', 'adminInstansi', 'adminNasional'], 200),
  }),
  'GET /api/v1/riwayat/:pegawaiId': entri({
    kirim: (k, _o, w) => k.get(`${V}/riwayat/${w.ani.pegawai.id}`),
    harap: DIRI_ATASAN_ADMIN(200),
  }),
  'GET /api/v1/riwayat/:pegawaiId/riwayat.xlsx': entri({
    kirim: (k, _o, w) => k.get(`${V}/riwayat/${w.ani.pegawai.id}/riwayat.xlsx`),
    harap: DIRI_ATASAN_ADMIN(200),
  }),
  'GET /api/v1/riwayat/:pegawaiId/bundel.pdf': entri({
    siapkan: (w) => evaluasiAni(w),
    kirim: (k, _o, w) => k.get(`${V}/riwayat/${w.ani.pegawai.id}/bundel.pdf`),
    harap: DIRI_ATASAN_ADMIN(200),
  }),
}
