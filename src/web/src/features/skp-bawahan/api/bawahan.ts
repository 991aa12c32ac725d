import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { SkpBawahanDaftar } from '../../../../../shared/skp-bawahan.ts'
import { api, type QueryParams } from '../../../lib/api.ts'

export interface BawahanFilter extends QueryParams {
  tahun: number
  status?: string | null
  /** 'true': only late rows. */
  terlambat?: string | null
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

/**
 * GET /skp-bawahan: everyone I assess, what needs action first (sorted by the server), with counts by status
 * and of late rows.
 */
export const useSkpBawahan = (filter: BawahanFilter) =>
  useQuery({
    queryKey: ['skp-bawahan', 'list', filter],
    queryFn: () => api.get<SkpBawahanDaftar>('/skp-bawahan', filter),
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
