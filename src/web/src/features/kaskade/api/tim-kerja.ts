import { keepPreviousData, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Page } from '../../../../../shared/common.ts'
import type {
  AnggotaInput,
  CalonAnggota,
  TimKerjaCreate,
  TimKerjaDetail,
  TimKerjaRingkas,
  TimKerjaUpdate,
} from '../../../../../shared/kaskade.ts'
import type { SkpView } from '../../../../../shared/skp.ts'
import { api } from '../../../lib/api.ts'
import { useSkpSaya } from './mph.ts'

const KUNCI = ['kaskade', 'tim'] as const

/** GET /tim-kerja?tahun=: teams I lead, formed or belong to (all of the instansi for admins). */
export const useTimKerjaList = (tahun: number, page: number) =>
  useQuery({
    queryKey: [...KUNCI, 'list', tahun, page],
    queryFn: () => api.get<Page<TimKerjaRingkas>>('/tim-kerja', { tahun, page, pageSize: 20 }),
    placeholderData: keepPreviousData,
  })

/** GET /tim-kerja/:id: members with their SKP status and the IKI they carry for the team. */
export const useTimKerja = (id: string) =>
  useQuery({ queryKey: [...KUNCI, 'detail', id], queryFn: () => api.get<TimKerjaDetail>(`/tim-kerja/${id}`) })

function useSimpanTim() {
  const queryClient = useQueryClient()
  return (tim: TimKerjaDetail) => {
    queryClient.setQueryData([...KUNCI, 'detail', tim.id], tim)
    return queryClient.invalidateQueries({ queryKey: [...KUNCI, 'list'] })
  }
}

/** POST /tim-kerja */
export function useBuatTim() {
  const simpan = useSimpanTim()
  return useMutation({
    mutationFn: (input: TimKerjaCreate) => api.post<TimKerjaDetail>('/tim-kerja', input),
    onSuccess: simpan,
  })
}

/** PATCH /tim-kerja/:id */
export function useUbahTim(id: string) {
  const simpan = useSimpanTim()
  return useMutation({
    mutationFn: (input: TimKerjaUpdate) => api.patch<TimKerjaDetail>(`/tim-kerja/${id}`, input),
    onSuccess: simpan,
  })
}

/** POST /tim-kerja/:id/anggota and DELETE /tim-kerja/:id/anggota/:pegawaiId */
export function useAnggotaTim(id: string) {
  const simpan = useSimpanTim()
  const tambah = useMutation({
    mutationFn: (input: AnggotaInput) => api.post<TimKerjaDetail>(`/tim-kerja/${id}/anggota`, input),
    onSuccess: simpan,
  })
  const keluarkan = useMutation({
    mutationFn: (pegawaiId: string) => api.delete<TimKerjaDetail>(`/tim-kerja/${id}/anggota/${pegawaiId}`),
    onSuccess: simpan,
  })
  return { tambah, keluarkan }
}

/**
 * GET /tim-kerja/calon: the people I may put in a team of the year — my whole subtree, the same rule the
 * server checks when the team is saved.
 */
export const useCalonAnggota = (tahun: number, enabled: boolean) =>
  useQuery({
    queryKey: ['tim-kerja', 'calon', tahun],
    queryFn: () => api.get<CalonAnggota>('/tim-kerja/calon', { tahun }),
    select: (d) => d.items,
    enabled,
  })

/** My own RHK of the year (the team's RHK must be one of the creator's). */
export function useRhkSaya(tahun: number, enabled: boolean) {
  const skp = useSkpSaya(tahun, enabled)
  const detail = useQueries({
    queries: (skp.data ?? []).map((s) => ({
      queryKey: ['skp', 'detail', s.id],
      queryFn: () => api.get<SkpView>(`/skp/${s.id}`),
    })),
  })
  return detail.flatMap((d) => d.data?.rhk ?? [])
}
