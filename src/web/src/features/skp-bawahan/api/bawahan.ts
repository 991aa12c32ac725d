import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Page } from '../../../../../shared/common.ts'
import type { SkpBawahanItem } from '../../../../../shared/skp.ts'
import { api, type QueryParams } from '../../../lib/api.ts'

export interface BawahanFilter extends QueryParams {
  tahun: number
  status?: string | null
  q?: string
  page: number
  pageSize: number
}

export interface HasilSetujui {
  skpId: string
  ok: boolean
  status: string | null
  code: string | null
  message: string | null
}

/** GET /skp-bawahan: everyone I assess, with the status of their SKP of the year (or belum_ada). */
export const useSkpBawahan = (filter: BawahanFilter) =>
  useQuery({
    queryKey: ['skp-bawahan', 'list', filter],
    queryFn: () => api.get<Page<SkpBawahanItem>>('/skp-bawahan', filter),
    placeholderData: keepPreviousData,
  })

/** POST /skp-bawahan/setujui: approve several at once; each item succeeds or fails on its own. */
export function useSetujuiBanyak() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (skpIds: string[]) => api.post<{ hasil: HasilSetujui[] }>('/skp-bawahan/setujui', { skpIds }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['skp-bawahan'] }),
        queryClient.invalidateQueries({ queryKey: ['skp'] }),
      ]),
  })
}
