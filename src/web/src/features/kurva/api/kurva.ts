import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type {
  KalibrasiGrid,
  KalibrasiSesuaikan,
  MonitoringKurva,
  PenetapanDetail,
  PredikatOrganisasiBaris,
  PredikatOrganisasiDaftar,
  PredikatOrganisasiInput,
} from '../../../../../shared/kurva.ts'
import { api } from '../../../lib/api.ts'

/** Query keys start with ['kurva']: a live event naming it refetches them all. */
const KUNCI = ['kurva'] as const

/**
 * The period asked for; null: the server picks the year's default and names it in the answer (with the year's
 * periods, `periodeTersedia`). The previous answer stays shown while another period loads.
 */
const denganPeriode = (periode: string | null) => (periode ? { periode } : {})

export const usePredikatOrganisasi = (tahun: number, periode: string | null) =>
  useQuery({
    queryKey: [...KUNCI, 'predikat-organisasi', tahun, periode],
    queryFn: () =>
      api.get<PredikatOrganisasiDaftar>('/predikat-organisasi', { tahun, ...denganPeriode(periode) }),
    placeholderData: keepPreviousData,
  })

export function useTetapkanPredikatOrganisasi(tahun: number, periode: string) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: ({ unorId, ...input }: PredikatOrganisasiInput & { unorId: string }) =>
      api.put<PredikatOrganisasiBaris>(`/unor/${unorId}/predikat-organisasi/${tahun}/${periode}`, input),
    onSuccess: () => void qc.invalidateQueries({ queryKey: KUNCI }),
  })
}

export const useMonitoringKurva = (
  tahun: number,
  periode: string | null,
  instansiId: string | null,
  enabled = true,
) =>
  useQuery({
    queryKey: [...KUNCI, 'monitoring', tahun, periode, instansiId],
    queryFn: () =>
      api.get<MonitoringKurva>('/kurva/monitoring', {
        tahun,
        ...denganPeriode(periode),
        ...(instansiId ? { instansiId } : {}),
      }),
    placeholderData: keepPreviousData,
    enabled,
  })

/** GET /kalibrasi/:unorId/:tahun[/:periode] (without a period: the year's default). */
export const useKalibrasi = (unorId: string | null, tahun: number, periode: string | null) =>
  useQuery({
    queryKey: [...KUNCI, 'kalibrasi', unorId, tahun, periode],
    queryFn: () => api.get<KalibrasiGrid>(`/kalibrasi/${unorId}/${tahun}${periode ? `/${periode}` : ''}`),
    enabled: unorId !== null,
  })

export function useSesuaikan(unorId: string, tahun: number, periode: string) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (input: KalibrasiSesuaikan) =>
      api.post<KalibrasiGrid>(`/kalibrasi/${unorId}/${tahun}/${periode}/sesuaikan`, input),
    onSuccess: (g) => {
      qc.setQueryData([...KUNCI, 'kalibrasi', unorId, tahun, periode], g)
      void qc.invalidateQueries({ queryKey: KUNCI })
      void qc.invalidateQueries({ queryKey: ['penilaian'] })
    },
  })
}

export function useTetapkan(unorId: string, tahun: number, periode: string) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: () => api.post<PenetapanDetail>(`/kalibrasi/${unorId}/${tahun}/${periode}/tetapkan`, {}),
    onSuccess: () => void qc.invalidateQueries({ queryKey: KUNCI }),
  })
}
