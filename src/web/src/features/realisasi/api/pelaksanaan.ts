import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type {
  BawahanRealisasiView,
  BukaKunciInput,
  BukaKunciView,
  PelaksanaanView,
  RealisasiInput,
  RealisasiTersimpan,
  RencanaAksiInput,
  RencanaAksiUbah,
  RencanaAksiView,
  TargetPeriodeInput,
  TargetPeriodeView,
} from '../../../../../shared/pelaksanaan.ts'
import type { SkpDaftar } from '../../../../../shared/skp.ts'
import { api } from '../../../lib/api.ts'

/** One query hook per request; every write refreshes the SKP's pelaksanaan queries and the Beranda. */

const KUNCI = 'pelaksanaan'

/** GET /skp/:id/pelaksanaan: the period view (lock state, capaian and permissions from the server). */
export const usePelaksanaan = (skpId: string, periode: string | null) =>
  useQuery({
    queryKey: [KUNCI, skpId, periode],
    queryFn: () => api.get<PelaksanaanView>(`/skp/${skpId}/pelaksanaan`, { periode }),
    placeholderData: keepPreviousData,
  })

function useTulis<I, O>(skpId: string, fn: (input: I) => Promise<O>) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: [KUNCI, skpId] }),
        qc.invalidateQueries({ queryKey: [KUNCI, 'bawahan'] }),
        qc.invalidateQueries({ queryKey: ['beranda'] }),
      ]),
  })
}

export const useIsiRealisasi = (skpId: string) =>
  useTulis(skpId, (v: { ikiId: string; periode: string; isi: RealisasiInput }) =>
    api.put<RealisasiTersimpan>(`/skp/${skpId}/realisasi/${v.ikiId}/${v.periode}`, v.isi),
  )

export const useHapusRealisasi = (skpId: string) =>
  useTulis(skpId, (v: { ikiId: string; periode: string }) =>
    api.delete<void>(`/skp/${skpId}/realisasi/${v.ikiId}/${v.periode}`),
  )

export const useTargetPeriode = (skpId: string) =>
  useTulis(skpId, (v: { ikiId: string; periode: string; isi: TargetPeriodeInput }) =>
    api.put<TargetPeriodeView>(`/skp/${skpId}/target-periode/${v.ikiId}/${v.periode}`, v.isi),
  )

export const useSimpanRencana = (skpId: string) =>
  useTulis(skpId, (v: { id?: string; baru?: RencanaAksiInput; ubah?: RencanaAksiUbah }) =>
    v.id
      ? api.patch<RencanaAksiView>(`/skp/${skpId}/rencana-aksi/${v.id}`, v.ubah)
      : api.post<RencanaAksiView>(`/skp/${skpId}/rencana-aksi`, v.baru),
  )

export const useHapusRencana = (skpId: string) =>
  useTulis(skpId, (id: string) => api.delete<void>(`/skp/${skpId}/rencana-aksi/${id}`))

/** GET /pelaksanaan/bawahan: who filled what this period. */
export const useRealisasiBawahan = (tahun: number, periode: string | null) =>
  useQuery({
    queryKey: [KUNCI, 'bawahan', tahun, periode],
    queryFn: () => api.get<BawahanRealisasiView>('/pelaksanaan/bawahan', { tahun, periode }),
    placeholderData: keepPreviousData,
  })

export const useBukaKunci = (skpId: string) =>
  useTulis(skpId, (v: BukaKunciInput) => api.post<BukaKunciView>('/pelaksanaan/buka-kunci', v))

export const useDaftarBukaKunci = (tahun: number) =>
  useQuery({
    queryKey: [KUNCI, 'buka-kunci', tahun],
    queryFn: () => api.get<{ items: BukaKunciView[] }>('/pelaksanaan/buka-kunci', { tahun }),
  })

/** My SKPs of the year (GET /skp), to open the realisasi of the approved one from the menu. */
export const useSkpSayaTahun = (tahun: number) =>
  useQuery({
    queryKey: ['skp', 'saya', tahun, 'realisasi'],
    queryFn: () => api.get<SkpDaftar>('/skp', { tahun }),
  })
