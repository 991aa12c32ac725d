import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type {
  B18Input,
  B19Input,
  CalonDialog,
  DialogBatal,
  DialogCreate,
  DialogDetail,
  DialogRingkas,
  DialogSelesai,
  DialogUpdate,
} from '../../../../../shared/dialog-kinerja.ts'
import { api } from '../../../lib/api.ts'

/** Query keys start with ['dialog-kinerja']: a DIALOG_KINERJA live event refetches them all. */
const KUNCI = ['dialog-kinerja'] as const

export const useDaftarDialog = (tahun: number) =>
  useQuery({
    queryKey: [...KUNCI, 'daftar', tahun],
    queryFn: () => api.get<{ items: DialogRingkas[] }>('/dialog-kinerja', { tahun }),
  })

export const useCalonDialog = (tahun: number, enabled: boolean) =>
  useQuery({
    queryKey: [...KUNCI, 'calon', tahun],
    queryFn: () => api.get<CalonDialog>('/dialog-kinerja/calon', { tahun }),
    enabled,
  })

export const useDialog = (id: string) =>
  useQuery({ queryKey: [...KUNCI, id], queryFn: () => api.get<DialogDetail>(`/dialog-kinerja/${id}`) })

function useTulis<I>(kirim: (input: I) => Promise<DialogDetail>) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: kirim,
    onSuccess: (d) => {
      qc.setQueryData([...KUNCI, d.id], d)
      void qc.invalidateQueries({ queryKey: [...KUNCI, 'daftar'] })
    },
  })
}

export const useBuatDialog = () =>
  useTulis((input: DialogCreate) => api.post<DialogDetail>('/dialog-kinerja', input))
export const useUbahDialog = (id: string) =>
  useTulis((input: DialogUpdate) => api.patch<DialogDetail>(`/dialog-kinerja/${id}`, input))
export const useSelesaikanDialog = (id: string) =>
  useTulis((input: DialogSelesai) => api.post<DialogDetail>(`/dialog-kinerja/${id}/selesai`, input))
export const useBatalkanDialog = (id: string) =>
  useTulis((input: DialogBatal) => api.post<DialogDetail>(`/dialog-kinerja/${id}/batal`, input))
export const useIsiB18 = (id: string) =>
  useTulis((input: B18Input) => api.put<DialogDetail>(`/dialog-kinerja/${id}/b18`, input))
export const useIsiB19 = (id: string) =>
  useTulis((input: B19Input) => api.put<DialogDetail>(`/dialog-kinerja/${id}/b19`, input))
