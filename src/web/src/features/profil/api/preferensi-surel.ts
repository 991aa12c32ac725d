import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { PreferensiSurelInput, PreferensiSurelView } from '../../../../../shared/surel.ts'
import { api } from '../../../lib/api.ts'

const KUNCI = ['profil', 'notifikasi'] as const

/** GET /profil/notifikasi: which notifications also come by mail, and the address they go to. */
export const usePreferensiSurel = () =>
  useQuery({ queryKey: KUNCI, queryFn: () => api.get<PreferensiSurelView>('/profil/notifikasi') })

/** PUT /profil/notifikasi: the answer is the whole new state, put straight into the cache. */
export function useUbahPreferensiSurel() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: PreferensiSurelInput) => api.put<PreferensiSurelView>('/profil/notifikasi', input),
    onSuccess: (data) => queryClient.setQueryData(KUNCI, data),
  })
}
