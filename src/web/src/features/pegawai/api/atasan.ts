import { useMutation } from '@tanstack/react-query'
import type { AtasanOverrideCreate, AtasanOverrideView } from '../../../../../shared/pegawai.ts'
import { api } from '../../../lib/api.ts'
import { useInvalidatePegawai } from './pegawai.ts'

/** POST /pegawai/:id/atasan-override */
export function useBuatOverride(pegawaiId: string) {
  const invalidate = useInvalidatePegawai()
  return useMutation({
    mutationFn: (input: AtasanOverrideCreate) =>
      api.post<AtasanOverrideView>(`/pegawai/${pegawaiId}/atasan-override`, input),
    onSuccess: invalidate,
  })
}

/** DELETE /atasan-override/:id: removed when not started yet, else ended yesterday. */
export function useAkhiriOverride() {
  const invalidate = useInvalidatePegawai()
  return useMutation({
    mutationFn: (id: string) =>
      api.delete<{ id: string; tindakan: 'dihapus' | 'diakhiri'; selesai: string | null }>(
        `/atasan-override/${id}`,
      ),
    onSuccess: invalidate,
  })
}
