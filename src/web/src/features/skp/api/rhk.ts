import { useMutation } from '@tanstack/react-query'
import type { RhkInput, SkpView } from '../../../../../shared/skp.ts'
import { api } from '../../../lib/api.ts'
import { useSimpanSkp } from './skp.ts'

/** POST /skp/:id/rhk (new) or PATCH /rhk/:id (existing); both answer the updated SKP. */
export function useSimpanRhk(skpId: string) {
  const simpan = useSimpanSkp()
  return useMutation({
    mutationFn: ({ rhkId, input }: { rhkId: string | null; input: RhkInput }) =>
      rhkId ? api.patch<SkpView>(`/rhk/${rhkId}`, input) : api.post<SkpView>(`/skp/${skpId}/rhk`, input),
    onSuccess: simpan,
  })
}

/** DELETE /rhk/:id */
export function useHapusRhk() {
  const simpan = useSimpanSkp()
  return useMutation({
    mutationFn: (rhkId: string) => api.delete<SkpView>(`/rhk/${rhkId}`),
    onSuccess: simpan,
  })
}

/** POST /skp/:id/rhk/urutan with every RHK id in the new order. */
export function useUrutkanRhk(skpId: string) {
  const simpan = useSimpanSkp()
  return useMutation({
    mutationFn: (ids: string[]) => api.post<SkpView>(`/skp/${skpId}/rhk/urutan`, { ids }),
    onSuccess: simpan,
  })
}
