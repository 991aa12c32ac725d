import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { MphBulk, MphCreate, MphSel, MphUpdate, MphView } from '../../../../../shared/kaskade.ts'
import type { SkpRingkas } from '../../../../../shared/skp.ts'
import { api } from '../../../lib/api.ts'

/** GET /skp?tahun=: my own SKPs of the year (the matrix starts from one of them). */
export const useSkpSaya = (tahun: number, enabled = true) =>
  useQuery({
    queryKey: ['skp', 'list', tahun],
    queryFn: () => api.get<{ items: SkpRingkas[] }>('/skp', { tahun }),
    select: (d) => d.items,
    enabled,
  })

const gridKey = (skpId: string) => ['kaskade', 'mph', skpId] as const

/** GET /skp/:id/matriks-peran-hasil: own RHK × subordinates, with the filled cells. */
export const useMphGrid = (skpId: string | null) =>
  useQuery({
    queryKey: gridKey(skpId ?? ''),
    queryFn: () => api.get<MphView>(`/skp/${skpId}/matriks-peran-hasil`),
    enabled: Boolean(skpId),
  })

/** Cells write RHK into subordinates' SKPs: their SKP pages and the atasan's lists are stale too. */
function useInvalidate() {
  const queryClient = useQueryClient()
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['kaskade'] }),
      queryClient.invalidateQueries({ queryKey: ['skp-bawahan'] }),
      queryClient.invalidateQueries({ queryKey: ['skp', 'detail'] }),
    ])
}

/** POST /matriks-peran-hasil (one cell) */
export function useBuatSel() {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (input: MphCreate) => api.post<MphSel>('/matriks-peran-hasil', input),
    onSuccess: invalidate,
  })
}

/** POST /matriks-peran-hasil/bulk: all or nothing. */
export function useBuatSelBanyak() {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (input: MphBulk) => api.post<{ items: MphSel[] }>('/matriks-peran-hasil/bulk', input),
    onSuccess: invalidate,
  })
}

/** PATCH /matriks-peran-hasil/:id */
export function useUbahSel() {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: MphUpdate }) =>
      api.patch<MphSel>(`/matriks-peran-hasil/${id}`, input),
    onSuccess: invalidate,
  })
}

/** DELETE /matriks-peran-hasil/:id → whether the subordinate's draft RHK went too. */
export function useHapusSel() {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (id: string) => api.delete<{ rhkDihapus: boolean }>(`/matriks-peran-hasil/${id}`),
    onSuccess: invalidate,
  })
}
