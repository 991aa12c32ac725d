import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type {
  PerbaikanSelesai,
  RencanaPerbaikanDaftar,
  RencanaPerbaikanView,
  TindakLanjutInput,
} from '../../../../../shared/perbaikan.ts'
import { api } from '../../../lib/api.ts'

/** Query keys start with ['perbaikan']: a RENCANA_PERBAIKAN_DIBUKA live event refetches them. */
const KUNCI = ['perbaikan'] as const

export const useDaftarPerbaikan = () =>
  useQuery({
    queryKey: [...KUNCI, 'daftar'],
    queryFn: () => api.get<RencanaPerbaikanDaftar>('/rencana-perbaikan'),
  })

export const usePerbaikan = (id: string) =>
  useQuery({
    queryKey: [...KUNCI, id],
    queryFn: () => api.get<RencanaPerbaikanView>(`/rencana-perbaikan/${id}`),
  })

function useTulis<I>(kirim: (input: I) => Promise<RencanaPerbaikanView>) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: kirim,
    onSuccess: (d) => {
      qc.setQueryData([...KUNCI, d.id], d)
      void qc.invalidateQueries({ queryKey: [...KUNCI, 'daftar'] })
    },
  })
}

export const useTindakLanjut = (id: string) =>
  useTulis((input: TindakLanjutInput) =>
    api.post<RencanaPerbaikanView>(`/rencana-perbaikan/${id}/tindak-lanjut`, input),
  )
export const useSelesaikanPerbaikan = (id: string) =>
  useTulis((input: PerbaikanSelesai) =>
    api.post<RencanaPerbaikanView>(`/rencana-perbaikan/${id}/selesai`, input),
  )
