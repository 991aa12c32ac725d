import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type {
  BatasKeberatanView,
  KeberatanDaftar,
  KeberatanDetail,
  KeberatanInput,
  KomentarKeberatanInput,
  PutusanKeberatanInput,
} from '../../../../../shared/keberatan.ts'
import { api, apiUrl } from '../../../lib/api.ts'

/** Query keys start with ['keberatan']: a keberatan live event refetches them all. */
const KUNCI = ['keberatan'] as const
export type PeranDaftar = 'saya' | 'putuskan' | 'admin'

export const useDaftarKeberatan = (peran: PeranDaftar, enabled = true) =>
  useQuery({
    queryKey: [...KUNCI, 'daftar', peran],
    queryFn: () => api.get<KeberatanDaftar>('/keberatan', { peran }),
    enabled,
  })

export const useKeberatan = (id: string) =>
  useQuery({ queryKey: [...KUNCI, id], queryFn: () => api.get<KeberatanDetail>(`/keberatan/${id}`) })

export const useBatasKeberatan = (evaluasiId: string) =>
  useQuery({
    queryKey: [...KUNCI, 'batas', evaluasiId],
    queryFn: () => api.get<BatasKeberatanView>(`/evaluasi/${evaluasiId}/keberatan/batas`),
    enabled: !!evaluasiId,
  })

function useTulis<I>(kirim: (input: I) => Promise<KeberatanDetail>) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: kirim,
    onSuccess: (d) => {
      qc.setQueryData([...KUNCI, d.id], d)
      void qc.invalidateQueries({ queryKey: [...KUNCI, 'daftar'] })
      void qc.invalidateQueries({ queryKey: [...KUNCI, 'batas'] })
      // the evaluation's own pages show the new version after a change
      void qc.invalidateQueries({ queryKey: ['penilaian'] })
      void qc.invalidateQueries({ queryKey: ['riwayat'] })
    },
  })
}

export const useAjukanKeberatan = (evaluasiId: string) =>
  useTulis((input: KeberatanInput) => api.post<KeberatanDetail>(`/evaluasi/${evaluasiId}/keberatan`, input))
export const useKomentarKeberatan = (id: string) =>
  useTulis((input: KomentarKeberatanInput) => api.post<KeberatanDetail>(`/keberatan/${id}/komentar`, input))
export const usePutuskanKeberatan = (id: string) =>
  useTulis((input: PutusanKeberatanInput) => api.post<KeberatanDetail>(`/keberatan/${id}/putuskan`, input))

/** The admin records the non-ASN official's decision: the fields first, then the signed letter. */
export const usePutuskanAtasNama = (id: string) =>
  useTulis((input: PutusanKeberatanInput & { surat: File }) => {
    const form = new FormData()
    form.append('keputusan', input.keputusan)
    if (input.ratingHasil) form.append('ratingHasil', input.ratingHasil)
    if (input.ratingPerilaku) form.append('ratingPerilaku', input.ratingPerilaku)
    form.append('alasan', input.alasan)
    form.append('file', input.surat)
    return api.post<KeberatanDetail>(`/keberatan/${id}/putuskan-atas-nama`, form)
  })

/** The signed letter (an attachment). */
export const urlSurat = (id: string) => apiUrl(`/keberatan/${id}/surat`)
