import { KODE_PERIODE_PENILAIAN } from '../../src/shared/enums.ts'
import { V, type Dunia, type Klien } from '../helpers/akses-dunia.ts'
import { multipart } from '../helpers/bukti.ts'
import { buatEvaluasi } from '../helpers/evaluasi-factories.ts'
import { entri, HANYA, MASUK, type Entri } from './harapan.ts'

/**
 * Access-matrix entries: keberatan (PP 30/2019 Pasal 59). Ani objects to her final evaluation; Kabid (her
 * penilai) and Kadis (the atasan penilai, who decides) take part; admins read. Kabid's own keberatan goes to
 * the Bupati (non-ASN), whose decision an admin of the instansi records with the signed letter.
 */
const PIHAK = ['pegawaiSendiri', 'atasan', 'pimpinan'] as const
const PEMBACA = [...PIHAK, 'adminInstansi', 'adminNasional'] as const
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n')
const PUTUSAN = { keputusan: 'tetap', alasan: 'Sesuai bukti dukung.' }

/** A final evaluation of Ani's approved SKP, in a period of its own per call (`i`). */
async function evaluasiAni(w: Dunia, i = 0) {
  const s = await w.skpPemilik('disetujui')
  return buatEvaluasi(w.t.database, s.skp.id, { periode: KODE_PERIODE_PENILAIAN[i] })
}

async function ajukan(k: Klien, evaluasiId: string) {
  const res = await k.post(`${V}/evaluasi/${evaluasiId}/keberatan`, {
    alasan: 'Capaian saya di atas target.',
  })
  if (res.statusCode !== 201) throw new Error(`keberatan: ${res.statusCode} ${res.body}`)
  return res.json<{ id: string }>()
}

const keberatanAni = async (w: Dunia, i = 0) => ajukan(w.k.pegawaiSendiri, (await evaluasiAni(w, i)).id)

/** Kabid's keberatan on his own evaluation: decided by the Bupati, recorded by an admin. */
async function keberatanKabid(w: Dunia, i = 0) {
  const s = await w.skpAtasan()
  const e = await buatEvaluasi(w.t.database, s.skp.id, { periode: KODE_PERIODE_PENILAIAN[i] })
  return ajukan(w.k.atasan, e.id)
}

const atasNama = (k: Klien, id: string) => {
  const { payload, contentType } = multipart({ isian: PUTUSAN, isi: PDF, nama: 'sk-bupati.pdf' })
  return k.inject({
    method: 'POST',
    url: `${V}/keberatan/${id}/putuskan-atas-nama`,
    payload,
    headers: { 'content-type': contentType },
  })
}

export const ENTRI_KEBERATAN: Record<string, Entri<unknown>> = {
  'POST /api/v1/evaluasi/:id/keberatan': entri({
    perSel: true,
    siapkan: (w, _k, i) => evaluasiAni(w, i),
    kirim: (k, o) => k.post(`${V}/evaluasi/${o.id}/keberatan`, { alasan: 'Capaian saya di atas target.' }),
    harap: HANYA(['pegawaiSendiri'], 201),
  }),
  'GET /api/v1/evaluasi/:id/keberatan/batas': entri({
    siapkan: (w) => evaluasiAni(w),
    kirim: (k, o) => k.get(`${V}/evaluasi/${o.id}/keberatan/batas`),
    harap: HANYA([...PEMBACA], 200),
  }),
  'GET /api/v1/keberatan': entri({
    kirim: (k) => k.get(`${V}/keberatan`),
    harap: MASUK(200),
  }),
  'GET /api/v1/keberatan · admin': entri({
    // an admin lists their own instansi's (another instansi's admin gets their own, empty list)
    kirim: (k) => k.get(`${V}/keberatan?peran=admin`),
    harap: { ...HANYA(['adminInstansi', 'adminNasional'], 200), adminInstansiLain: 200 },
  }),
  'GET /api/v1/keberatan/:id': entri({
    siapkan: (w) => keberatanAni(w),
    kirim: (k, o) => k.get(`${V}/keberatan/${o.id}`),
    harap: HANYA([...PEMBACA], 200),
  }),
  'POST /api/v1/keberatan/:id/komentar': entri({
    siapkan: (w) => keberatanAni(w),
    kirim: (k, o) => k.post(`${V}/keberatan/${o.id}/komentar`, { isi: 'Tanggapan saya.' }),
    harap: HANYA([...PIHAK], 201),
  }),
  'POST /api/v1/keberatan/:id/putuskan': entri({
    perSel: true,
    siapkan: (w, _k, i) => keberatanAni(w, i),
    kirim: (k, o) => k.post(`${V}/keberatan/${o.id}/putuskan`, PUTUSAN),
    harap: HANYA(['pimpinan'], 200),
  }),
  'POST /api/v1/keberatan/:id/putuskan-atas-nama': entri({
    perSel: true,
    siapkan: (w, _k, i) => keberatanKabid(w, i),
    kirim: (k, o) => atasNama(k, o.id),
    harap: HANYA(['adminInstansi'], 200),
  }),
  'GET /api/v1/keberatan/:id/surat': entri({
    siapkan: async (w) => {
      const k = await keberatanKabid(w)
      const res = await atasNama(w.k.adminInstansi, k.id)
      if (res.statusCode !== 200) throw new Error(`atas nama: ${res.statusCode} ${res.body}`)
      return k
    },
    kirim: (k, o) => k.get(`${V}/keberatan/${o.id}/surat`),
    harap: HANYA(['atasan', 'pimpinan', 'adminInstansi', 'adminNasional'], 200),
  }),
}
