import { daftarPeriode } from '../../src/domain/periode.ts'
import { pdfContoh } from '../../src/db/seed/berkas-contoh.ts'
import { hariIni } from '../../src/server/clock.ts'
import { multipart } from '../helpers/bukti.ts'
import { V, type Dunia, type Klien } from '../helpers/akses-dunia.ts'
import { BACA_SKP, entri, HANYA, type Entri } from './harapan.ts'

/** Access-matrix entries: bukti dukung (bukti.routes.ts) — read with the SKP, written by its owner only. */

/** Today's quarter: open, never locked (the world runs on the real clock with default settings). */
const periodeKini = (w: Dunia) =>
  daftarPeriode(w.tahun, 'triwulan').find(
    (p) => p.kode !== 'FINAL' && p.mulai <= hariIni() && hariIni() <= p.selesai,
  )!.kode

/** Ani's approved SKP and its first IKI. */
async function skpIki(w: Dunia) {
  const s = await w.skpPemilik('disetujui')
  const [iki] = await w.t.database.query<{ id: string }>(
    'select id from iki where instansi_id = $1 and rhk_id = $2 order by urutan limit 1',
    [w.inst.id, s.rhk[0].id],
  )
  return { skp: s.skp, ikiId: iki.id, periode: periodeKini(w) }
}

function kirimBerkas(k: Klien, o: { skp: { id: string }; ikiId: string; periode: string }) {
  const { payload, contentType } = multipart({
    isian: { ikiId: o.ikiId, periode: o.periode, jenis: 'laporan' },
    nama: 'laporan.pdf',
    isi: pdfContoh('Laporan'),
  })
  return k.inject({
    method: 'POST',
    url: `${V}/skp/${o.skp.id}/bukti`,
    payload,
    headers: { 'content-type': contentType },
  })
}

/** A piece of evidence of Ani's: a file (uploaded through the route) or a link (a row). */
async function buktiAni(w: Dunia, berkas: boolean) {
  const o = await skpIki(w)
  if (berkas) {
    const res = await kirimBerkas(w.k.pegawaiSendiri, o)
    if (res.statusCode !== 201) throw new Error(`upload: ${res.statusCode} ${res.body}`)
    return { id: res.json().id as string }
  }
  const [row] = await w.t.database.query<{ id: string }>(
    `insert into bukti_dukung (instansi_id, skp_id, iki_id, periode, jenis, tautan)
     values ($1, $2, $3, $4, 'tautan', 'https://drive.example.go.id/a') returning id`,
    [w.inst.id, o.skp.id, o.ikiId, o.periode],
  )
  return row
}

export const ENTRI_BUKTI: Record<string, Entri<unknown>> = {
  'GET /api/v1/skp/:id/bukti': entri({
    siapkan: skpIki,
    kirim: (k, o) => k.get(`${V}/skp/${o.skp.id}/bukti?periode=${o.periode}`),
    harap: BACA_SKP,
  }),
  'POST /api/v1/skp/:id/bukti': entri({
    siapkan: skpIki,
    kirim: (k, o) => kirimBerkas(k, o),
    harap: HANYA(['pegawaiSendiri'], 201),
  }),
  'POST /api/v1/skp/:id/bukti/tautan': entri({
    siapkan: skpIki,
    kirim: (k, o) =>
      k.post(`${V}/skp/${o.skp.id}/bukti/tautan`, {
        ikiId: o.ikiId,
        periode: o.periode,
        tautan: 'https://drive.example.go.id/laporan',
      }),
    harap: HANYA(['pegawaiSendiri'], 201),
  }),
  'GET /api/v1/bukti/:id/berkas': entri({
    siapkan: (w) => buktiAni(w, true),
    kirim: (k, o) => k.get(`${V}/bukti/${o.id}/berkas`),
    harap: BACA_SKP,
  }),
  'DELETE /api/v1/bukti/:id': entri({
    perSel: true,
    siapkan: (w) => buktiAni(w, false),
    kirim: (k, o) => k.delete(`${V}/bukti/${o.id}`),
    harap: HANYA(['pegawaiSendiri'], 204),
  }),
}
