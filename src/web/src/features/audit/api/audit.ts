import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { AuditView } from '../../../../../shared/audit.ts'
import type { Page } from '../../../../../shared/common.ts'
import { api, type QueryParams } from '../../../lib/api.ts'

export interface AuditFilter extends QueryParams {
  instansiId?: string | null
  aksi?: string | null
  entitas?: string | null
  entitasId?: string
  aktor?: string
  dari?: string | null
  sampai?: string | null
  page: number
  pageSize: number
}

/** GET /audit: filtered, newest first. */
export const useAudit = (filter: AuditFilter) =>
  useQuery({
    queryKey: ['audit', filter],
    queryFn: () => api.get<Page<AuditView>>('/audit', filter),
    placeholderData: keepPreviousData,
    staleTime: 0,
  })
