import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Page } from '../../../../../shared/common.ts'
import type {
  ImporDetail,
  ImporReport,
  ImporRun,
  JenisImpor,
  ModeImpor,
} from '../../../../../shared/impor.ts'
import { api, apiUrl, isApiError } from '../../../lib/api.ts'

export const templateUrl = (jenis: JenisImpor) => apiUrl(`/impor/template/${jenis}.csv`)

interface Unggah {
  jenis: JenisImpor
  mode: ModeImpor
  file: File
}

/**
 * POST /impor/{jenis}?mode=: validasi only checks; semua writes only when every row is valid (else 400
 * IMPOR.ADA_KESALAHAN with the report in the body, returned here as a report); valid_saja skips bad rows.
 */
export function useImpor(instansiId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async ({ jenis, mode, file }: Unggah): Promise<ImporReport> => {
      try {
        return await api.upload<ImporReport>(`/impor/${jenis}`, file, { query: { instansiId, mode } })
      } catch (err) {
        const laporan = isApiError(err)
          ? (err.body as { laporan?: ImporReport } | undefined)?.laporan
          : undefined
        if (laporan) return laporan
        throw err
      }
    },
    onSuccess: (report) => {
      if (report.mode === 'validasi') return
      // An import changes pegawai, units and the history.
      for (const key of ['impor', 'pegawai', 'unor', 'jabatan'])
        void queryClient.invalidateQueries({ queryKey: [key] })
    },
  })
}

/** GET /impor: the runs of one instansi, newest first. */
export const useRiwayatImpor = (instansiId: string, page: number) =>
  useQuery({
    queryKey: ['impor', 'riwayat', instansiId, page],
    queryFn: () => api.get<Page<ImporRun>>('/impor', { instansiId, page, pageSize: 10 }),
  })

/** GET /impor/:id: one run with its full report. */
export const useDetailImpor = (id: string | null) =>
  useQuery({
    queryKey: ['impor', 'detail', id],
    queryFn: () => api.get<ImporDetail>(`/impor/${id}`),
    enabled: Boolean(id),
  })
