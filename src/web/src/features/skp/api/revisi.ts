import { useQuery } from '@tanstack/react-query'
import type { RevisiDaftar, RevisiView } from '../../../../../shared/skp-revisi.ts'
import { api } from '../../../lib/api.ts'

/** Earlier versions of an SKP (DOMAIN §2): read-only, so they never go stale once read. */
export const revisiKeys = {
  daftar: (skpId: string, revisi: number) => ['skp', 'revisi', skpId, revisi] as const,
  satu: (skpId: string, nomor: number) => ['skp', 'revisi', skpId, 'nomor', nomor] as const,
}

/** GET /skp/:id/revisi — newest first; keyed by the SKP's count so a new reopening refetches it. */
export const useRevisiDaftar = (skpId: string, revisi: number) =>
  useQuery({
    queryKey: revisiKeys.daftar(skpId, revisi),
    queryFn: () => api.get<RevisiDaftar>(`/skp/${skpId}/revisi`),
    select: (d) => d.items,
    enabled: revisi > 0,
  })

/** GET /skp/:id/revisi/:nomor — one earlier version with its realisasi and evidence. */
export const useRevisi = (skpId: string, nomor: number | null) =>
  useQuery({
    queryKey: revisiKeys.satu(skpId, nomor ?? 0),
    queryFn: () => api.get<RevisiView>(`/skp/${skpId}/revisi/${nomor}`),
    enabled: nomor !== null,
    staleTime: Infinity,
  })
