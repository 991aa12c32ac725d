import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Page } from '../../../../../shared/common.ts'
import type { JabatanCreate, JabatanView } from '../../../../../shared/organisasi.ts'
import type { PenugasanCreate, PenugasanUpdate, PenugasanView } from '../../../../../shared/pegawai.ts'
import { api } from '../../../lib/api.ts'
import { useInvalidatePegawai } from './pegawai.ts'

/** GET /pegawai/:id/penugasan: the history, newest first. */
export const useRiwayatPenugasan = (pegawaiId: string) =>
  useQuery({
    queryKey: ['pegawai', 'penugasan', pegawaiId],
    queryFn: () => api.get<{ items: PenugasanView[] }>(`/pegawai/${pegawaiId}/penugasan`),
    select: (data) => data.items,
  })

/** POST /pegawai/:id/penugasan: a mutasi (ends the current definitif the day before) or a Plt/Plh. */
export function useMutasi(pegawaiId: string) {
  const invalidate = useInvalidatePegawai()
  return useMutation({
    mutationFn: (input: PenugasanCreate) => api.post<PenugasanView>(`/pegawai/${pegawaiId}/penugasan`, input),
    onSuccess: invalidate,
  })
}

/** PATCH /penugasan/:id: set or clear the end date, fix the SK number. */
export function useUbahPenugasan() {
  const invalidate = useInvalidatePegawai()
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: PenugasanUpdate }) =>
      api.patch<PenugasanView>(`/penugasan/${id}`, input),
    onSuccess: invalidate,
  })
}

/** GET /jabatan of one unit (the positions a mutasi can go to). */
export const useJabatanUnor = (instansiId: string | null, unorId: string | null) =>
  useQuery({
    queryKey: ['jabatan', instansiId, unorId],
    queryFn: () => api.get<Page<JabatanView>>('/jabatan', { instansiId, unorId, pageSize: 200 }),
    enabled: Boolean(instansiId && unorId),
    select: (page) => page.items,
  })

/** POST /jabatan */
export function useCreateJabatan() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: JabatanCreate) => api.post<JabatanView>('/jabatan', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['jabatan'] }),
  })
}
