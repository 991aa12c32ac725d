import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { PengaturanView } from '../../../../../shared/pengaturan.ts'
import type {
  KandidatIntervensiView,
  SkpCreate,
  SkpDaftar,
  SkpPatch,
  SkpView,
} from '../../../../../shared/skp.ts'
import { api } from '../../../lib/api.ts'

/**
 * Query keys of SKP reads. After any SKP write the lists ['skp', …] and the atasan's ['skp-bawahan', …]
 * are stale (another feature reads those; keys are the shared convention, not an import).
 */
export const skpKeys = {
  all: ['skp'] as const,
  list: (tahun: number) => ['skp', 'list', tahun] as const,
  detail: (id: string) => ['skp', 'detail', id] as const,
  kandidat: (id: string) => ['skp', 'kandidat', id] as const,
  pengaturan: (tahun: number) => ['pengaturan', 'tahun', tahun, 'saya'] as const,
}

/** GET /skp?tahun=: my SKPs of the year (several after a mutasi). */
export const useSkpList = (tahun: number, enabled = true) =>
  useQuery({
    queryKey: skpKeys.list(tahun),
    queryFn: () => api.get<SkpDaftar>('/skp', { tahun }),
    select: (d) => d.items,
    enabled,
  })

/**
 * The same GET /skp?tahun= with what the page offers: the assignments of the year without an SKP
 * ("Buat SKP" only for these) and whether the year is closed (read-only).
 */
export const useSkpTahunSaya = (tahun: number, enabled = true) =>
  useQuery({
    queryKey: skpKeys.list(tahun),
    queryFn: () => api.get<SkpDaftar>('/skp', { tahun }),
    enabled,
  })

/** GET /skp/:id: the whole SKP with snapshot, RHK, perilaku, lampiran and what I may do with it. */
export const useSkpDetail = (id: string) =>
  useQuery({ queryKey: skpKeys.detail(id), queryFn: () => api.get<SkpView>(`/skp/${id}`) })

/** GET /skp/:id/kandidat-intervensi: the atasan's approved RHK, or why there are none. */
export const useKandidatIntervensi = (id: string, enabled: boolean) =>
  useQuery({
    queryKey: skpKeys.kandidat(id),
    queryFn: () => api.get<KandidatIntervensiView>(`/skp/${id}/kandidat-intervensi`),
    enabled,
    staleTime: 0,
  })

/** GET /pengaturan/:tahun for my own instansi: whether the year is opened (before offering "Buat SKP"). */
export const useTahunSaya = (tahun: number, enabled: boolean) =>
  useQuery({
    queryKey: skpKeys.pengaturan(tahun),
    queryFn: () => api.get<PengaturanView>(`/pengaturan/${tahun}`),
    enabled,
  })

/** Every write answers the whole SKP: put it in the cache and mark the lists stale. */
export function useSimpanSkp() {
  const queryClient = useQueryClient()
  return async (view: SkpView) => {
    queryClient.setQueryData(skpKeys.detail(view.id), view)
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: ['skp', 'list'] }),
      queryClient.invalidateQueries({ queryKey: ['skp', 'kandidat'] }),
      queryClient.invalidateQueries({ queryKey: ['skp-bawahan'] }),
      queryClient.invalidateQueries({ queryKey: ['kaskade'] }),
    ])
  }
}

/** POST /skp */
export function useBuatSkp() {
  const simpan = useSimpanSkp()
  return useMutation({
    mutationFn: (input: SkpCreate) => api.post<SkpView>('/skp', input),
    onSuccess: simpan,
  })
}

/** POST /skp/salin → the new SKP and a note on what was copied. */
export function useSalinSkp() {
  const simpan = useSimpanSkp()
  return useMutation({
    mutationFn: (input: { dariSkpId: string; tahun: number }) =>
      api.post<{ skp: SkpView; catatan: string }>('/skp/salin', input),
    onSuccess: (r) => simpan(r.skp),
  })
}

/** PATCH /skp/:id (pendekatan, lampiran) against the versi I saw. */
export function usePatchSkp(id: string) {
  const simpan = useSimpanSkp()
  return useMutation({
    mutationFn: (input: SkpPatch) => api.patch<SkpView>(`/skp/${id}`, input),
    onSuccess: simpan,
  })
}
