import { useQuery } from '@tanstack/react-query'
import type { Page } from '../../../../../shared/common.ts'
import type { PegawaiListItem } from '../../../../../shared/pegawai.ts'
import { api } from '../../../lib/api.ts'

/** Headcount of one instansi: GET /pegawai with one row, read `total`. */
export const useJumlahPegawai = (instansiId: string | null) =>
  useQuery({
    queryKey: ['pegawai', 'jumlah', instansiId],
    queryFn: () => api.get<Page<PegawaiListItem>>('/pegawai', { instansiId, pageSize: 1 }),
    enabled: Boolean(instansiId),
    select: (page) => page.total,
  })
