import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { UnorCreate, UnorDetail, UnorUpdate } from '../../../../../shared/organisasi.ts'
import { api } from '../../../lib/api.ts'
import { queryKeys } from '../../../lib/queries.ts'

/** Any unit change refreshes the tree and pegawai views (unit names and heads appear there). */
function useInvalidate() {
  const queryClient = useQueryClient()
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.unor }),
      queryClient.invalidateQueries({ queryKey: queryKeys.pegawai }),
    ])
}

/** POST /unor */
export function useCreateUnor() {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (input: UnorCreate) => api.post<UnorDetail>('/unor', input),
    onSuccess: invalidate,
  })
}

/** PATCH /unor/:id: rename, move (parentId), (de)activate. */
export function useUpdateUnor() {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: UnorUpdate }) =>
      api.patch<UnorDetail>(`/unor/${id}`, input),
    onSuccess: invalidate,
  })
}
