import { useQuery } from '@tanstack/react-query'
import type { UnorNode } from '../../../shared/organisasi.ts'
import type { AtasanView, PegawaiDetail } from '../../../shared/pegawai.ts'
import { api } from './api.ts'

/**
 * Reads used by more than one feature (features do not import each other), with the query keys
 * every feature invalidates after a write: ['pegawai', …] after any pegawai change, ['unor', …]
 * after any unit change.
 */
export const queryKeys = {
  pegawai: ['pegawai'] as const,
  pegawaiDetail: (id: string) => ['pegawai', 'detail', id] as const,
  atasan: (id: string, tanggal?: string) => ['pegawai', 'atasan', id, tanggal ?? 'hari-ini'] as const,
  unor: ['unor'] as const,
  unorList: (instansiId: string | null) => ['unor', 'list', instansiId] as const,
}

/** GET /pegawai/:id: data, current assignment, account. */
export const usePegawaiDetail = (id: string | null | undefined) =>
  useQuery({
    queryKey: queryKeys.pegawaiDetail(id ?? ''),
    queryFn: () => api.get<PegawaiDetail>(`/pegawai/${id}`),
    enabled: Boolean(id),
  })

/** GET /pegawai/:id/atasan: penilai, atasan penilai, the reason, overrides. */
export const useAtasan = (id: string | null | undefined, tanggal?: string) =>
  useQuery({
    queryKey: queryKeys.atasan(id ?? '', tanggal),
    queryFn: () => api.get<AtasanView>(`/pegawai/${id}/atasan`, { tanggal }),
    enabled: Boolean(id),
  })

/** GET /unor: the whole tree of one instansi as a flat list. */
export const useUnorList = (instansiId: string | null) =>
  useQuery({
    queryKey: queryKeys.unorList(instansiId),
    queryFn: () => api.get<{ items: UnorNode[] }>('/unor', { instansiId }),
    enabled: Boolean(instansiId),
    select: (data) => data.items,
  })
