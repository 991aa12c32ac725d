import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Page } from '../../../../../shared/common.ts'
import type {
  PegawaiCreate,
  PegawaiDetail,
  PegawaiListItem,
  PegawaiUpdate,
  ResetPasswordView,
} from '../../../../../shared/pegawai.ts'
import { api, type QueryParams } from '../../../lib/api.ts'
import { queryKeys } from '../../../lib/queries.ts'

export interface PegawaiFilter extends QueryParams {
  instansiId: string | null
  q?: string
  unorId?: string | null
  termasukSubUnit?: boolean
  status?: string | null
  jenisAsn?: string | null
  tanpaAkun?: boolean
  statusSkp?: string | null
  wajibSkp?: boolean
  tahun?: string | null
  page: number
  pageSize: number
}

/** GET /pegawai: search by NIP or name, filter by unit, status and jenis ASN, paginated. */
export const usePegawaiList = (filter: PegawaiFilter) =>
  useQuery({
    queryKey: ['pegawai', 'list', filter],
    queryFn: () => api.get<Page<PegawaiListItem>>('/pegawai', filter),
    enabled: Boolean(filter.instansiId),
    placeholderData: keepPreviousData,
  })

export function useInvalidatePegawai() {
  const queryClient = useQueryClient()
  // Heads and headcounts in the unor tree follow pegawai changes.
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.pegawai }),
      queryClient.invalidateQueries({ queryKey: queryKeys.unor }),
    ])
}

/** POST /pegawai */
export function useCreatePegawai() {
  const invalidate = useInvalidatePegawai()
  return useMutation({
    mutationFn: (input: PegawaiCreate) => api.post<PegawaiDetail>('/pegawai', input),
    onSuccess: invalidate,
  })
}

/** PATCH /pegawai/:id */
export function useUpdatePegawai(id: string) {
  const invalidate = useInvalidatePegawai()
  return useMutation({
    mutationFn: (input: PegawaiUpdate) => api.patch<PegawaiDetail>(`/pegawai/${id}`, input),
    onSuccess: invalidate,
  })
}

/** POST /pegawai/:id/reset-password → the temporary password, shown once. */
export function useResetPassword(id: string) {
  const invalidate = useInvalidatePegawai()
  return useMutation({
    mutationFn: () => api.post<ResetPasswordView>(`/pegawai/${id}/reset-password`),
    onSuccess: invalidate,
  })
}
