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
