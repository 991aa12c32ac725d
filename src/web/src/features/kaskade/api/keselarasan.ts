import { useQuery } from '@tanstack/react-query'
import type { KeselarasanCari, KeselarasanLevel, KeselarasanRhk } from '../../../../../shared/kaskade.ts'
import { api } from '../../../lib/api.ts'

/** GET /rhk/:id/keselarasan */
export const useKeselarasanRhk = (id: string) =>
  useQuery({
    queryKey: ['kaskade', 'keselarasan', 'rhk', id],
    queryFn: () => api.get<KeselarasanRhk>(`/rhk/${id}/keselarasan`),
  })

/** GET /skp/:id/keselarasan/level: the first level of the tree (the RHK of the SKP) with counts. */
export const useLevelSkp = (skpId: string) =>
  useQuery({
    queryKey: ['kaskade', 'keselarasan', 'level', 'skp', skpId],
    queryFn: () => api.get<KeselarasanLevel>(`/skp/${skpId}/keselarasan/level`),
  })

/** GET /rhk/:id/keselarasan/anak: one node's contributors, fetched when the node is opened. */
export const useAnakRhk = (rhkId: string) =>
  useQuery({
    queryKey: ['kaskade', 'keselarasan', 'level', 'rhk', rhkId],
    queryFn: () => api.get<KeselarasanLevel>(`/rhk/${rhkId}/keselarasan/anak`),
  })

/** GET /skp/:id/keselarasan/cari?q=: RHK below the SKP's RHK matching the text, with their path. */
export const useCariKeselarasan = (skpId: string, q: string) =>
  useQuery({
    queryKey: ['kaskade', 'keselarasan', 'cari', skpId, q],
    queryFn: () => api.get<KeselarasanCari>(`/skp/${skpId}/keselarasan/cari?q=${encodeURIComponent(q)}`),
    enabled: q.length >= 2,
  })
