import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type {
  AngkaKreditAwalInput,
  AngkaKreditTahunView,
  KoefisienAkDaftar,
  KoefisienAkInput,
  KoefisienAkView,
} from '../../../../../shared/angka-kredit.ts'
import { api } from '../../../lib/api.ts'

/** Query keys start with ['riwayat']: a finalised or changed evaluation refetches them (live). */
const KUNCI = ['riwayat', 'angka-kredit'] as const

export const useAngkaKredit = (pegawaiId: string | null, tahun: number) =>
  useQuery({
    queryKey: [...KUNCI, pegawaiId, tahun],
    queryFn: () => api.get<AngkaKreditTahunView>(`/pegawai/${pegawaiId}/angka-kredit`, { tahun }),
    enabled: Boolean(pegawaiId),
  })

export function useSimpanAwal(pegawaiId: string) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (input: AngkaKreditAwalInput) =>
      api.put<AngkaKreditTahunView>(`/pegawai/${pegawaiId}/angka-kredit-awal`, input),
    onSuccess: () => void qc.invalidateQueries({ queryKey: [...KUNCI, pegawaiId] }),
  })
}

export const useKoefisien = () =>
  useQuery({
    queryKey: ['koefisien-ak'],
    queryFn: () => api.get<KoefisienAkDaftar>('/referensi/koefisien-ak'),
  })

export function useTerbitkanKoefisien() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (input: KoefisienAkInput) => api.post<KoefisienAkView>('/referensi/koefisien-ak', input),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['koefisien-ak'] })
      void qc.invalidateQueries({ queryKey: KUNCI })
    },
  })
}
