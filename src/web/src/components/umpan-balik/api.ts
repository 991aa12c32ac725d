import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { KomentarView, RingkasanUmpanBalik, UtasView } from '../../../../shared/umpan-balik.ts'
import type { KodeBerakhlak } from '../../../../domain/berakhlak.ts'
import { api } from '../../lib/api.ts'

/** Which thread: an RHK of the SKP or a BerAKHLAK value. */
export type SasaranUmpanBalik = { rhkId: string } | { kodeNilai: KodeBerakhlak }
export type Periode = UtasView['periode']

const kunciSasaran = (s: SasaranUmpanBalik) => ('rhkId' in s ? s.rhkId : s.kodeNilai)
/**
 * Query keys start with ['umpan-balik', skpId]: the live events of a new comment refetch every thread
 * (['umpan-balik'] prefix, src/modules/langsung/terbit.ts), a write here refetches its SKP's threads.
 */
export const kunciUmpanBalik = (skpId: string, periode?: string, sasaran?: SasaranUmpanBalik) => [
  'umpan-balik',
  skpId,
  ...(periode ? [periode] : []),
  ...(sasaran ? [kunciSasaran(sasaran)] : []),
]

export const useUtas = (skpId: string, periode: string, sasaran: SasaranUmpanBalik) =>
  useQuery({
    queryKey: kunciUmpanBalik(skpId, periode, sasaran),
    queryFn: () => api.get<UtasView>(`/skp/${skpId}/umpan-balik`, { periode, ...sasaran }),
  })

export const useRingkasanUmpanBalik = (skpId: string, periode: string) =>
  useQuery({
    queryKey: [...kunciUmpanBalik(skpId, periode), 'ringkasan'],
    queryFn: () => api.get<RingkasanUmpanBalik>(`/skp/${skpId}/umpan-balik/ringkasan`, { periode }),
  })

function useSegarkan(skpId: string) {
  const qc = useQueryClient()
  return () => qc.invalidateQueries({ queryKey: kunciUmpanBalik(skpId) })
}

export function useTulisUmpanBalik(skpId: string, periode: string, sasaran: SasaranUmpanBalik) {
  const segarkan = useSegarkan(skpId)
  return useMutation({
    mutationFn: (isi: string) =>
      api.post<KomentarView>(`/skp/${skpId}/umpan-balik`, { periode, ...sasaran, isi }),
    onSuccess: segarkan,
  })
}

export function useUbahUmpanBalik(skpId: string) {
  const segarkan = useSegarkan(skpId)
  return useMutation({
    mutationFn: (v: { id: string; isi: string }) =>
      api.patch<KomentarView>(`/umpan-balik/${v.id}`, { isi: v.isi }),
    onSuccess: segarkan,
  })
}

/** Marks the thread read: the open thread keeps its "new" markers; the counts and the bell refresh. */
export function useTandaiDibaca(skpId: string, periode: string, sasaran: SasaranUmpanBalik) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: () => api.post(`/skp/${skpId}/umpan-balik/dibaca`, { periode, ...sasaran }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: [...kunciUmpanBalik(skpId, periode), 'ringkasan'] })
      void qc.invalidateQueries({ queryKey: ['notifikasi'] })
      // the realisasi pages show the unread counts beside each RHK and each subordinate
      void qc.invalidateQueries({ queryKey: ['pelaksanaan', skpId] })
      void qc.invalidateQueries({ queryKey: ['pelaksanaan', 'bawahan'] })
    },
  })
}
