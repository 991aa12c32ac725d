import { daftarPeriode } from '../../src/domain/periode.ts'
import { hariIni } from '../../src/server/clock.ts'
import { V, type Dunia } from '../helpers/akses-dunia.ts'
import { buatSkp } from '../helpers/skp-factories.ts'
import { BACA_SKP, entri, HANYA, MASUK, type Entri } from './harapan.ts'

/**
 * Access-matrix entries: pelaksanaan (pelaksanaan.routes.ts) — read with the SKP, written by its owner only,
 * unlocked by the admin instansi; the atasan's overview and the unlock list are about the caller's own scope.
 */

/** Today's quarter: open, never locked (the world runs on the real clock with default settings). */
const periodeKini = (w: Dunia) =>
  daftarPeriode(w.tahun, 'triwulan').find(
    (p) => p.kode !== 'FINAL' && p.mulai <= hariIni() && hariIni() <= p.selesai,
  )!.kode

/** Ani's approved SKP, its first RHK and IKI, and today's period. */
async function skpIki(w: Dunia) {
  const s = await w.skpPemilik('disetujui')
  const [iki] = await w.t.database.query<{ id: string }>(
    'select id from iki where instansi_id = $1 and rhk_id = $2 order by urutan limit 1',
    [w.inst.id, s.rhk[0].id],
  )
  return { skp: s.skp, rhkId: s.rhk[0].id, ikiId: iki.id, periode: periodeKini(w) }
}

/** A realisasi of Ani's in today's period, written directly. */
async function realisasiAni(w: Dunia) {
  const o = await skpIki(w)
  await w.t.database.query(
    `insert into realisasi (instansi_id, skp_id, iki_id, periode, nilai) values ($1, $2, $3, $4, 1)
     on conflict do nothing`,
    [w.inst.id, o.skp.id, o.ikiId, o.periode],
  )
  return o
}

async function rencanaAni(w: Dunia) {
  const o = await skpIki(w)
  const [r] = await w.t.database.query<{ id: string }>(
    `insert into rencana_aksi (instansi_id, skp_id, rhk_id, periode, uraian) values ($1, $2, $3, $4, 'Menyusun draf')
     returning id`,
    [w.inst.id, o.skp.id, o.rhkId, o.periode],
  )
  return { ...o, id: r.id }
}

export const ENTRI_PELAKSANAAN: Record<string, Entri<unknown>> = {
  'GET /api/v1/skp/:id/pelaksanaan': entri({
    siapkan: skpIki,
    kirim: (k, o) => k.get(`${V}/skp/${o.skp.id}/pelaksanaan?periode=${o.periode}`),
    harap: BACA_SKP,
  }),
  'PUT /api/v1/skp/:id/realisasi/:ikiId/:periode': entri({
    siapkan: skpIki,
    kirim: (k, o) => k.put(`${V}/skp/${o.skp.id}/realisasi/${o.ikiId}/${o.periode}`, { nilai: 3 }),
    harap: HANYA(['pegawaiSendiri'], 200),
  }),
  'DELETE /api/v1/skp/:id/realisasi/:ikiId/:periode': entri({
    perSel: true,
    siapkan: realisasiAni,
    kirim: (k, o) => k.delete(`${V}/skp/${o.skp.id}/realisasi/${o.ikiId}/${o.periode}`),
    harap: HANYA(['pegawaiSendiri'], 204),
  }),
  'PUT /api/v1/skp/:id/target-periode/:ikiId/:periode': entri({
    siapkan: skpIki,
    kirim: (k, o) => k.put(`${V}/skp/${o.skp.id}/target-periode/${o.ikiId}/${o.periode}`, { targetMin: 4 }),
    harap: HANYA(['pegawaiSendiri'], 200),
  }),
  'POST /api/v1/skp/:id/rencana-aksi': entri({
    siapkan: skpIki,
    kirim: (k, o) =>
      k.post(`${V}/skp/${o.skp.id}/rencana-aksi`, {
        rhkId: o.rhkId,
        periode: o.periode,
        uraian: 'Menyusun laporan',
        target: 1,
        satuan: 'Laporan',
      }),
    harap: HANYA(['pegawaiSendiri'], 201),
  }),
  'PATCH /api/v1/skp/:id/rencana-aksi/:rencanaAksiId': entri({
    siapkan: rencanaAni,
    kirim: (k, o) =>
      k.patch(`${V}/skp/${o.skp.id}/rencana-aksi/${o.id}`, { uraian: 'Menyusun laporan akhir' }),
    harap: HANYA(['pegawaiSendiri'], 200),
  }),
  'DELETE /api/v1/skp/:id/rencana-aksi/:rencanaAksiId': entri({
    perSel: true,
    siapkan: rencanaAni,
    kirim: (k, o) => k.delete(`${V}/skp/${o.skp.id}/rencana-aksi/${o.id}`),
    harap: HANYA(['pegawaiSendiri'], 204),
  }),
  // everyone gets their own subordinates (none for an admin without a pegawai): an empty list, never an error
  'GET /api/v1/pelaksanaan/bawahan': entri({
    kirim: (k, _o, w) => k.get(`${V}/pelaksanaan/bawahan?tahun=${w.tahun}`),
    harap: MASUK(200),
  }),
  // last year's SKP: its periods are all locked whatever today's date
  'POST /api/v1/pelaksanaan/buka-kunci': entri({
    siapkan: async (w) =>
      (await buatSkp(w.t.database, w.ani, { tahun: w.tahun - 1, status: 'disetujui' })).skp,
    kirim: (k, o) =>
      k.post(`${V}/pelaksanaan/buka-kunci`, {
        skpId: o.id,
        periode: 'TW1',
        alasan: 'Sakit (surat terlampir)',
      }),
    harap: HANYA(['adminInstansi'], 201),
  }),
  // the caller's own instansi: another instansi's admin sees their own (empty) list
  'GET /api/v1/pelaksanaan/buka-kunci': entri({
    kirim: (k, _o, w) => k.get(`${V}/pelaksanaan/buka-kunci?tahun=${w.tahun}`),
    harap: { ...HANYA(['adminInstansi'], 200), adminInstansiLain: 200 },
  }),
}
