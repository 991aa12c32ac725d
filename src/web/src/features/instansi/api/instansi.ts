import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Page } from '../../../../../shared/common.ts'
import type { InstansiCreate, InstansiUpdate, InstansiView } from '../../../../../shared/organisasi.ts'
import { api } from '../../../lib/api.ts'

/** GET /instansi (national admins: all; others: their own). */
export const useInstansiList = (q: string, jenis: string | null, page: number) =>
  useQuery({
    queryKey: ['instansi', 'list', q, jenis, page],
    queryFn: () => api.get<Page<InstansiView>>('/instansi', { q, jenis, page, pageSize: 20 }),
    placeholderData: keepPreviousData,
  })

/** GET /instansi/:id */
export const useInstansi = (id: string | null) =>
  useQuery({
    queryKey: ['instansi', 'detail', id],
    queryFn: () => api.get<InstansiView>(`/instansi/${id}`),
    enabled: Boolean(id),
  })

function useInvalidate() {
  const queryClient = useQueryClient()
  // The header's instansi name comes from /me.
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['instansi'] }),
      queryClient.invalidateQueries({ queryKey: ['me'] }),
    ])
}

/** POST /instansi (national admin) */
export function useCreateInstansi() {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (input: InstansiCreate) => api.post<InstansiView>('/instansi', input),
    onSuccess: invalidate,
  })
}

/** PATCH /instansi/:id */
export function useUpdateInstansi() {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: InstansiUpdate }) =>
      api.patch<InstansiView>(`/instansi/${id}`, input),
    onSuccess: invalidate,
  })
}
