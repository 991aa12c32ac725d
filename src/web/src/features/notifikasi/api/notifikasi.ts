import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { NotifikasiPage, NotifikasiView } from '../../../../../shared/notifikasi.ts'
import { api } from '../../../lib/api.ts'

export type NotifikasiHalaman = NotifikasiPage

const KUNCI = ['notifikasi'] as const

/** GET /notifikasi: newest first, optionally the new ones only (unread, not resolved). */
export const useNotifikasi = (filter: { belumDibaca: boolean; page: number; pageSize: number }) =>
  useQuery({
    queryKey: [...KUNCI, 'list', filter],
    queryFn: () =>
      api.get<NotifikasiHalaman>('/notifikasi', {
        belumDibaca: filter.belumDibaca ? 'true' : undefined,
        page: filter.page,
        pageSize: filter.pageSize,
      }),
    placeholderData: keepPreviousData,
  })

/** The count of new notifications for the header badge, polled once a minute. */
export const useJumlahBelumDibaca = (enabled = true) =>
  useQuery({
    queryKey: [...KUNCI, 'jumlah'],
    queryFn: () => api.get<NotifikasiHalaman>('/notifikasi', { belumDibaca: 'true', pageSize: 1 }),
    select: (d) => d.jumlahBelumDibaca,
    refetchInterval: 60_000,
    enabled,
  })

function useInvalidate() {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: KUNCI })
}

/** POST /notifikasi/:id/baca */
export function useBaca() {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (id: string) => api.post<NotifikasiView>(`/notifikasi/${id}/baca`),
    onSuccess: invalidate,
  })
}

/** POST /notifikasi/baca-semua → how many were marked. */
export function useBacaSemua() {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: () => api.post<{ jumlah: number }>('/notifikasi/baca-semua'),
    onSuccess: invalidate,
  })
}
