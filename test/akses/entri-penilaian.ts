import { and, eq } from 'drizzle-orm'
import { pengaturanTahun } from '../../src/db/schema/index.ts'
import { pengaturanBawaan } from '../../src/domain/settings.ts'
import { hariIni } from '../../src/server/clock.ts'
import { V, type Dunia } from '../helpers/akses-dunia.ts'
import { BACA_SKP, entri, HANYA, MASUK, type Entri } from './harapan.ts'

/**
 * Access-matrix entries: penilaian (DOMAIN §5). Kabid rates Ani (her SKP's penilai), Ani self-rates and
 * acknowledges, Kadis (Kabid's penilai: Ani's atasan penilai) reopens; whoever reads the SKP reads its
 * evaluations. Delegations are made by the penilai's own penilai (Kadis for Kabid) or an admin instansi.
 * The year runs monthly here, so this month's period can be evaluated whatever today is.
 */
type Ev = { id: string; revisi: number }

async function bulanan(w: Dunia) {
  await w.t.database.db
    .update(pengaturanTahun)
    .set({ pengaturan: { ...pengaturanBawaan(w.tahun), periodePenilaian: 'bulanan' } })
    .where(and(eq(pengaturanTahun.instansiId, w.inst.id), eq(pengaturanTahun.tahun, w.tahun)))
}
const bulanIni = () => `B${hariIni().slice(5, 7)}`

/** Ani's approved SKP with this month's evaluation opened by Kabid (a draft). */
async function draftAni(w: Dunia): Promise<Ev & { skpId: string }> {
  const s = await w.skpPemilik('disetujui')
  await bulanan(w)
  const res = await w.k.atasan.post(`${V}/skp/${s.skp.id}/evaluasi/${bulanIni()}`)
  if (res.statusCode !== 200) throw new Error(`buka evaluasi: ${res.statusCode} ${res.body}`)
  return { ...res.json<Ev>(), skpId: s.skp.id }
}

/** … with both ratings saved (ready to finalise). */
async function dinilaiAni(w: Dunia): Promise<Ev> {
  const e = await draftAni(w)
  const res = await w.k.atasan.put(`${V}/evaluasi/${e.id}`, {
    ratingHasil: 'DI_BAWAH',
    ratingPerilaku: 'SESUAI',
    revisi: e.revisi,
  })
  if (res.statusCode !== 200) throw new Error(`simpan evaluasi: ${res.statusCode} ${res.body}`)
  return res.json<Ev>()
}

/** … finalised by Kabid. */
async function finalAni(w: Dunia): Promise<Ev> {
  const e = await dinilaiAni(w)
  const res = await w.k.atasan.post(`${V}/evaluasi/${e.id}/finalisasi`, { revisi: e.revisi })
  if (res.statusCode !== 200) throw new Error(`finalisasi: ${res.statusCode} ${res.body}`)
  return res.json<Ev>()
}

/** Kabid's evaluations delegated to Budi, made by the admin instansi. */
async function delegasiAdmin(w: Dunia) {
  const res = await w.k.adminInstansi.post(`${V}/delegasi-penilaian`, bodyDelegasi(w))
  if (res.statusCode !== 201) throw new Error(`delegasi: ${res.statusCode} ${res.body}`)
  return res.json<{ id: string }>()
}
const bodyDelegasi = (w: Dunia) => ({
  penilaiPegawaiId: w.kabid.pegawai.id,
  penerimaPegawaiId: w.budi.pegawai.id,
  mulai: hariIni(),
  selesai: hariIni(),
  alasan: 'Kabid cuti besar',
})

export const ENTRI_PENILAIAN: Record<string, Entri<unknown>> = {
  'GET /api/v1/penilaian/bawahan': entri({
    kirim: (k, _o, w) => k.get(`${V}/penilaian/bawahan?tahun=${w.tahun}`),
    harap: MASUK(200),
  }),
  'GET /api/v1/penilaian/saya': entri({
    kirim: (k, _o, w) => k.get(`${V}/penilaian/saya?tahun=${w.tahun}`),
    harap: MASUK(200),
  }),
  'POST /api/v1/skp/:id/evaluasi/:periode': entri({
    siapkan: async (w) => {
      await bulanan(w)
      return w.skpPemilik('disetujui')
    },
    kirim: (k, o) => k.post(`${V}/skp/${o.skp.id}/evaluasi/${bulanIni()}`),
    harap: HANYA(['atasan'], 200),
  }),
  'GET /api/v1/skp/:id/evaluasi': entri({
    siapkan: (w) => draftAni(w),
    kirim: (k, o) => k.get(`${V}/skp/${o.skpId}/evaluasi`),
    harap: BACA_SKP,
  }),
  'GET /api/v1/evaluasi/:id': entri({
    siapkan: (w) => draftAni(w),
    kirim: (k, o) => k.get(`${V}/evaluasi/${o.id}`),
    harap: BACA_SKP,
  }),
  'PUT /api/v1/evaluasi/:id': entri({
    siapkan: (w) => draftAni(w),
    kirim: (k, o) => k.put(`${V}/evaluasi/${o.id}`, { ratingPerilaku: 'SESUAI', revisi: o.revisi }),
    harap: HANYA(['atasan'], 200),
  }),
  'POST /api/v1/evaluasi/:id/finalisasi': entri({
    siapkan: (w) => dinilaiAni(w),
    kirim: (k, o) => k.post(`${V}/evaluasi/${o.id}/finalisasi`, { revisi: o.revisi }),
    harap: HANYA(['atasan'], 200),
  }),
  'POST /api/v1/evaluasi/:id/terima': entri({
    siapkan: (w) => finalAni(w),
    kirim: (k, o) => k.post(`${V}/evaluasi/${o.id}/terima`, { revisi: o.revisi }),
    harap: HANYA(['pegawaiSendiri'], 200),
  }),
  'POST /api/v1/evaluasi/:id/buka-kembali': entri({
    siapkan: (w) => finalAni(w),
    kirim: (k, o) =>
      k.post(`${V}/evaluasi/${o.id}/buka-kembali`, { alasan: 'Koreksi realisasi', revisi: o.revisi }),
    harap: HANYA(['pimpinan'], 200),
  }),
  'PUT /api/v1/evaluasi/:id/diri': entri({
    siapkan: (w) => draftAni(w),
    kirim: (k, o) => k.put(`${V}/evaluasi/${o.id}/diri`, { ratingHasil: 'SESUAI', revisi: o.revisi }),
    harap: HANYA(['pegawaiSendiri'], 200),
  }),
  'POST /api/v1/evaluasi/:id/diri/ajukan': entri({
    siapkan: (w) => draftAni(w),
    kirim: (k, o) => k.post(`${V}/evaluasi/${o.id}/diri/ajukan`, { revisi: o.revisi }),
    harap: HANYA(['pegawaiSendiri'], 200),
  }),
  'GET /api/v1/delegasi-penilaian': entri({
    kirim: (k) => k.get(`${V}/delegasi-penilaian`),
    harap: MASUK(200),
  }),
  'POST /api/v1/delegasi-penilaian': entri({
    kirim: (k, _o, w) => k.post(`${V}/delegasi-penilaian`, bodyDelegasi(w)),
    harap: HANYA(['pimpinan', 'adminInstansi'], 201),
  }),
  'POST /api/v1/delegasi-penilaian/:id/cabut': entri({
    perSel: true,
    siapkan: (w) => delegasiAdmin(w),
    kirim: (k, o) => k.post(`${V}/delegasi-penilaian/${o.id}/cabut`),
    harap: HANYA(['adminInstansi'], 200),
  }),
}
