import { V, type Dunia } from '../helpers/akses-dunia.ts'
import { entri, HANYA, MASUK, type Entri } from './harapan.ts'

/**
 * Access-matrix entries: umpan balik (threads on Ani's approved SKP: Ani and her penilai Kabid take part,
 * Kadis heads the unit above and reads; admins have no part in feedback) and dialog kinerja (scheduled by
 * the penilai; B.1.8 is the pegawai's, B.1.9 the atasan's; the heads above and admins read the record).
 */
const TERLIBAT = ['pegawaiSendiri', 'atasan'] as const
const PEMBACA = [...TERLIBAT, 'pimpinan'] as const
const utas = (skpId: string) => `${V}/skp/${skpId}/umpan-balik`
const SASARAN = { periode: 'TW1', kodeNilai: 'AKUNTABEL' } as const

/** Ani's comment on her own approved SKP (editable for 15 minutes by her alone). */
async function komentarAni(w: Dunia) {
  const s = await w.skpPemilik('disetujui')
  const res = await w.k.pegawaiSendiri.post(utas(s.skp.id), { ...SASARAN, isi: 'Laporan sudah saya unggah.' })
  if (res.statusCode !== 201) throw new Error(`umpan balik: ${res.statusCode} ${res.body}`)
  return res.json<{ id: string }>()
}

/** A dialog Kabid scheduled with Ani, held when `selesai`. */
async function dialogAni(w: Dunia, selesai = false) {
  const s = await w.skpPemilik('disetujui')
  const res = await w.k.atasan.post(`${V}/dialog-kinerja`, {
    skpId: s.skp.id,
    jenis: 'bimbingan',
    tanggal: `${w.tahun}-06-01`,
    topik: 'Capaian semester I',
  })
  if (res.statusCode !== 201) throw new Error(`dialog: ${res.statusCode} ${res.body}`)
  const d = res.json<{ id: string; versi: number }>()
  if (!selesai) return d
  const h = await w.k.atasan.post(`${V}/dialog-kinerja/${d.id}/selesai`, {
    tindakLanjut: 'Pelatihan',
    versi: d.versi,
  })
  if (h.statusCode !== 200) throw new Error(`dialog selesai: ${h.statusCode} ${h.body}`)
  return h.json<{ id: string; versi: number }>()
}

export const ENTRI_UMPAN_BALIK: Record<string, Entri<unknown>> = {
  'GET /api/v1/skp/:id/umpan-balik': entri({
    siapkan: (w) => w.skpPemilik('disetujui'),
    kirim: (k, o) => k.get(`${utas(o.skp.id)}?periode=TW1&kodeNilai=AKUNTABEL`),
    harap: HANYA([...PEMBACA], 200),
  }),
  'POST /api/v1/skp/:id/umpan-balik': entri({
    siapkan: (w) => w.skpPemilik('disetujui'),
    kirim: (k, o) => k.post(utas(o.skp.id), { ...SASARAN, isi: 'Pertahankan.' }),
    harap: HANYA([...TERLIBAT], 201),
  }),
  'GET /api/v1/skp/:id/umpan-balik/ringkasan': entri({
    siapkan: (w) => w.skpPemilik('disetujui'),
    kirim: (k, o) => k.get(`${utas(o.skp.id)}/ringkasan?periode=TW1`),
    harap: HANYA([...PEMBACA], 200),
  }),
  'POST /api/v1/skp/:id/umpan-balik/dibaca': entri({
    siapkan: (w) => w.skpPemilik('disetujui'),
    kirim: (k, o) => k.post(`${utas(o.skp.id)}/dibaca`, SASARAN),
    harap: HANYA([...PEMBACA], 200),
  }),
  'PATCH /api/v1/umpan-balik/:id': entri({
    // only the author, within 15 minutes of posting
    siapkan: (w) => komentarAni(w),
    kirim: (k, o) => k.patch(`${V}/umpan-balik/${o.id}`, { isi: 'Laporan dan foto sudah saya unggah.' }),
    harap: HANYA(['pegawaiSendiri'], 200),
  }),

  'GET /api/v1/dialog-kinerja': entri({
    kirim: (k, _o, w) => k.get(`${V}/dialog-kinerja?tahun=${w.tahun}`),
    harap: MASUK(200),
  }),
  'GET /api/v1/dialog-kinerja/calon': entri({
    kirim: (k, _o, w) => k.get(`${V}/dialog-kinerja/calon?tahun=${w.tahun}`),
    harap: MASUK(200),
  }),
  'GET /api/v1/dialog-kinerja/:id': entri({
    siapkan: (w) => dialogAni(w),
    kirim: (k, o) => k.get(`${V}/dialog-kinerja/${o.id}`),
    harap: HANYA([...PEMBACA, 'adminInstansi', 'adminNasional'], 200),
  }),
  'POST /api/v1/dialog-kinerja': entri({
    siapkan: (w) => w.skpPemilik('disetujui'),
    kirim: (k, o, w) =>
      k.post(`${V}/dialog-kinerja`, {
        skpId: o.skp.id,
        jenis: 'konseling',
        tanggal: `${w.tahun}-07-01`,
        topik: 'Kehadiran',
      }),
    harap: HANYA(['atasan'], 201),
  }),
  'PATCH /api/v1/dialog-kinerja/:id': entri({
    perSel: true,
    siapkan: (w) => dialogAni(w),
    kirim: (k, o) => k.patch(`${V}/dialog-kinerja/${o.id}`, { topik: 'Capaian dan rencana', versi: o.versi }),
    harap: HANYA(['atasan'], 200),
  }),
  'POST /api/v1/dialog-kinerja/:id/selesai': entri({
    perSel: true,
    siapkan: (w) => dialogAni(w),
    kirim: (k, o) =>
      k.post(`${V}/dialog-kinerja/${o.id}/selesai`, { tindakLanjut: 'Pelatihan', versi: o.versi }),
    harap: HANYA(['atasan'], 200),
  }),
  'POST /api/v1/dialog-kinerja/:id/batal': entri({
    perSel: true,
    siapkan: (w) => dialogAni(w),
    kirim: (k, o) => k.post(`${V}/dialog-kinerja/${o.id}/batal`, { alasan: 'Dinas luar', versi: o.versi }),
    harap: HANYA(['atasan'], 200),
  }),
  'PUT /api/v1/dialog-kinerja/:id/b18': entri({
    perSel: true,
    siapkan: (w) => dialogAni(w, true),
    kirim: (k, o) =>
      k.put(`${V}/dialog-kinerja/${o.id}/b18`, {
        versiFormat: 1,
        jawaban: [4, 4, 5, 4, 3, 4, 5, 4, 4],
        versi: o.versi,
      }),
    harap: HANYA(['pegawaiSendiri'], 200),
  }),
  'PUT /api/v1/dialog-kinerja/:id/b19': entri({
    perSel: true,
    siapkan: (w) => dialogAni(w, true),
    kirim: (k, o) =>
      k.put(`${V}/dialog-kinerja/${o.id}/b19`, {
        penilaian: [{ kompetensi: 'Analisis data', nilai: 4, alasan: 'Mengolah data dengan baik' }],
        versi: o.versi,
      }),
    harap: HANYA(['atasan'], 200),
  }),
}
