import { DEMO_AKUN } from '../src/db/seed/demo-akun.ts'
import { apiLogin } from './api.ts'

export const TAHUN = new Date().getFullYear()
export const KASI = DEMO_AKUN.kepalaSeksi.username
const KADIS = DEMO_AKUN.kepalaDinas.username
const SEKDA = DEMO_AKUN.sekda.username

/**
 * The demo seed leaves Dukcapil without SKPs (for the SKP journeys): approve the chain above the Seksi
 * Identitas Penduduk — Kepala Dinas (cascading from the Sekda's approved SKP) → Kepala Bidang → Kepala
 * Seksi — through the API. Idempotent: a journey that runs later finds the chain approved and reuses it.
 * The form (JPT for the Kepala Dinas) follows the position; an SKP JPT names a perspektif on every RHK.
 */
export async function siapkanRantai(baseURL: string) {
  const admin = await apiLogin(baseURL, DEMO_AKUN.adminKabupaten.username)
  const atasanDari = async (nip: string) => {
    const id = (await admin.get(`/pegawai?q=${nip}`)).items[0].id
    return (await admin.get(`/pegawai/${id}/atasan`)).penilai.nip as string
  }
  const kabid = await atasanDari(KASI)
  for (const [nip, penilai] of [
    [KADIS, SEKDA],
    [kabid, KADIS],
    [KASI, kabid],
  ] as const) {
    const s = await apiLogin(baseURL, nip)
    const ada = (await s.get(`/skp?tahun=${TAHUN}`)).items as { status: string }[]
    if (ada.some((x) => x.status === 'disetujui')) continue
    const skp = await s.post('/skp', { tahun: TAHUN, pendekatan: 'kuantitatif' })
    const k = await s.get(`/skp/${skp.id}/kandidat-intervensi`)
    await s.post(`/skp/${skp.id}/rhk`, {
      jenis: 'utama',
      deskripsi: `Meningkatnya cakupan kepemilikan dokumen kependudukan (${nip.slice(-3)})`,
      intervensiRhkId: k.kandidat[0].rhkId,
      klasifikasi: 'organisasi',
      perspektif: skp.varian === 'jpt' ? 'penerima_layanan' : null,
      iki: [{ aspek: 'kuantitas', indikator: 'Persentase penduduk ber-KTP-el', targetMin: 95, satuan: '%' }],
    })
    await s.post(`/skp/${skp.id}/ajukan`, {})
    await (await apiLogin(baseURL, penilai)).post(`/skp/${skp.id}/setujui`, {})
  }
}

/**
 * The Seksi Pindah Datang beside the Seksi Identitas Penduduk (same Kepala Bidang), for the evaluation journey:
 * the Seksi Identitas Penduduk has three colleagues of the demo pelaksana and three SKP journeys take them. Its
 * Kepala Seksi's SKP is approved here (idempotent, after `siapkanRantai`); returns the Kasi's NIP and the
 * first pelaksana by NIP still without an SKP.
 */
export async function seksiPindah(baseURL: string) {
  await siapkanRantai(baseURL)
  const admin = await apiLogin(baseURL, DEMO_AKUN.adminKabupaten.username)
  const { items: unit } = (await admin.get('/unor')) as {
    items: { id: string; nama: string; kepala: { nip: string } | null }[]
  }
  const seksi = unit.find((u) => u.nama.includes('Pindah Datang dan Pendataan Penduduk'))
  if (!seksi?.kepala) throw new Error('no Seksi Pindah Datang with a head in the demo data')
  const kasi = seksi.kepala.nip
  const s = await apiLogin(baseURL, kasi)
  if (
    !((await s.get(`/skp?tahun=${TAHUN}`)).items as { status: string }[]).some(
      (x) => x.status === 'disetujui',
    )
  ) {
    const skp = await s.post('/skp', { tahun: TAHUN, pendekatan: 'kuantitatif' })
    const k = await s.get(`/skp/${skp.id}/kandidat-intervensi`)
    await s.post(`/skp/${skp.id}/rhk`, {
      jenis: 'utama',
      deskripsi: 'Meningkatnya ketepatan data kepindahan penduduk',
      intervensiRhkId: k.kandidat[0].rhkId,
      klasifikasi: 'organisasi',
      perspektif: null,
      iki: [
        { aspek: 'kuantitas', indikator: 'Persentase data pindah datang valid', targetMin: 95, satuan: '%' },
      ],
    })
    await s.post(`/skp/${skp.id}/ajukan`, {})
    const kabid = (await admin.get(`/pegawai?q=${kasi}`)).items[0].id
    const penilai = (await admin.get(`/pegawai/${kabid}/atasan`)).penilai.nip as string
    await (await apiLogin(baseURL, penilai)).post(`/skp/${skp.id}/setujui`, {})
  }
  const { items } = await s.get(`/skp-bawahan?tahun=${TAHUN}&pageSize=100`)
  const rekan = (items as { pegawai: { id: string; nip: string }; status: string }[])
    .filter((b) => b.status === 'belum_ada')
    .map((b) => b.pegawai)
    .sort((a, b) => a.nip.localeCompare(b.nip))
  if (rekan.length === 0) throw new Error('no pelaksana without an SKP in the Seksi Pindah Datang')
  return { kasi, rekan: rekan[0] }
}
