import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type {
  PengaturanBuka,
  PengaturanBukaKembali,
  PengaturanDaftar,
  PengaturanTutup,
  PengaturanUbah,
  PengaturanView,
} from '../../../../../shared/pengaturan.ts'
import { api } from '../../../lib/api.ts'

/** GET /pengaturan: the instansi's opened years. */
export const useDaftarTahun = (instansiId: string | null) =>
  useQuery({
    queryKey: ['pengaturan', 'daftar', instansiId],
    queryFn: () => api.get<PengaturanDaftar>('/pengaturan', { instansiId }),
    enabled: Boolean(instansiId),
    select: (d) => d.items,
  })

/** GET /pengaturan/:tahun: the year's settings, or the defaults with status belum_dibuka. */
export const usePengaturan = (tahun: number, instansiId: string | null) =>
  useQuery({
    queryKey: ['pengaturan', 'tahun', tahun, instansiId],
    queryFn: () => api.get<PengaturanView>(`/pengaturan/${tahun}`, { instansiId }),
    enabled: Boolean(instansiId),
  })

function useInvalidate() {
  const queryClient = useQueryClient()
  // SKP Saya reads the same year (['pengaturan', 'tahun', …, 'saya']).
  return () => queryClient.invalidateQueries({ queryKey: ['pengaturan'] })
}

/** POST /pengaturan: open a year with its settings. */
export function useBukaTahun() {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (input: PengaturanBuka) => api.post<PengaturanView>('/pengaturan', input),
    onSuccess: invalidate,
  })
}

/** PUT /pengaturan/:tahun */
export function useUbahPengaturan(tahun: number) {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (input: PengaturanUbah) => api.put<PengaturanView>(`/pengaturan/${tahun}`, input),
    onSuccess: invalidate,
  })
}

/** POST /pengaturan/:tahun/tutup: the year's SKPs become read-only. */
export function useTutupTahun(tahun: number) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: PengaturanTutup) => api.post<PengaturanView>(`/pengaturan/${tahun}/tutup`, input),
    // the SKP pages of that year change too (read-only)
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['pengaturan'] }),
        queryClient.invalidateQueries({ queryKey: ['skp'] }),
      ]),
  })
}

/** POST /pengaturan/:tahun/buka-kembali: only with a reason (kept in the audit trail). */
export function useBukaKembaliTahun(tahun: number) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: PengaturanBukaKembali) =>
      api.post<PengaturanView>(`/pengaturan/${tahun}/buka-kembali`, input),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['pengaturan'] }),
        queryClient.invalidateQueries({ queryKey: ['skp'] }),
      ]),
  })
}
