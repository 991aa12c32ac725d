import { useQuery } from '@tanstack/react-query'
import type { RiwayatView } from '../../../../../shared/riwayat.ts'
import { api, apiUrl } from '../../../lib/api.ts'

/** Query keys start with ['riwayat']: a RIWAYAT live event refetches them all. */
const KUNCI = ['riwayat'] as const

export const useRiwayat = (pegawaiId: string | undefined) =>
  useQuery({
    queryKey: [...KUNCI, pegawaiId],
    queryFn: () => api.get<RiwayatView>(`/riwayat/${pegawaiId}`),
    enabled: !!pegawaiId,
  })

export const urlXlsx = (pegawaiId: string) => apiUrl(`/riwayat/${pegawaiId}/riwayat.xlsx`)
export const urlBundel = (pegawaiId: string) => apiUrl(`/riwayat/${pegawaiId}/bundel.pdf`)

/** The file of an issued document: the evaluation's summary or evaluation document, or the SKP. */
export function urlDokumen(d: { jenis: string; skpId: string | null; evaluasiId: string | null }) {
  if (d.jenis === 'skp' && d.skpId) return apiUrl(`/skp/${d.skpId}/pdf`)
  if (d.jenis === 'evaluasi' && d.evaluasiId) return apiUrl(`/evaluasi/${d.evaluasiId}/dokumen/evaluasi.pdf`)
  if (d.evaluasiId) return apiUrl(`/evaluasi/${d.evaluasiId}/dokumen/ringkasan.pdf`)
  return null
}

export const urlRingkasan = (evaluasiId: string) => apiUrl(`/evaluasi/${evaluasiId}/dokumen/ringkasan.pdf`)
export const urlEvaluasi = (evaluasiId: string) => apiUrl(`/evaluasi/${evaluasiId}/dokumen/evaluasi.pdf`)
