import { useQuery } from '@tanstack/react-query'
import type { KeselarasanRhk, KeselarasanSkp } from '../../../../../shared/kaskade.ts'
import { api } from '../../../lib/api.ts'

/** GET /skp/:id/keselarasan: for each RHK of the SKP, the chain up and the contributors down. */
export const useKeselarasanSkp = (id: string) =>
  useQuery({
    queryKey: ['kaskade', 'keselarasan', 'skp', id],
    queryFn: () => api.get<KeselarasanSkp>(`/skp/${id}/keselarasan`),
  })

/** GET /rhk/:id/keselarasan */
export const useKeselarasanRhk = (id: string) =>
  useQuery({
    queryKey: ['kaskade', 'keselarasan', 'rhk', id],
    queryFn: () => api.get<KeselarasanRhk>(`/rhk/${id}/keselarasan`),
  })
