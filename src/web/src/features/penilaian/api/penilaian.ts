import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import {
  RUTE_PENILAIAN as R,
  type EvaluasiBukaKembali,
  type EvaluasiDetail,
  type EvaluasiDiri,
  type EvaluasiRevisi,
  EvaluasiSimpan,
  type EvaluasiSkpView,
  type PenilaianBawahanView,
  type PenilaianSayaView,
} from '../../../../../shared/penilaian.ts'
import type {
  DelegasiCreate,
  DelegasiDaftar,
  DelegasiView,
} from '../../../../../shared/delegasi-penilaian.ts'
import type { z } from 'zod'
import { api } from '../../../lib/api.ts'

/**
 * Query keys start with ['penilaian']: the live events of the evaluation work (finalised, reopened, penilaian
 * diri submitted, delegation) refetch them all. Every write puts the returned evaluation in its detail query
 * and refreshes the lists, the curve panel and the Beranda.
 */
const KUNCI = ['penilaian'] as const
/** The save request as sent (the server trims and turns empty texts into null). */
export type EvaluasiSimpanKirim = z.input<typeof EvaluasiSimpan>
export const kunciEvaluasi = (id: string) => [...KUNCI, 'evaluasi', id] as const

export const usePenilaianBawahan = (tahun: number, periode: string | null) =>
  useQuery({
    queryKey: [...KUNCI, 'bawahan', tahun, periode],
    queryFn: () => api.get<PenilaianBawahanView>(R.bawahan, { tahun, periode }),
    placeholderData: keepPreviousData,
  })

export const usePenilaianSaya = (tahun: number) =>
  useQuery({
    queryKey: [...KUNCI, 'saya', tahun],
    queryFn: () => api.get<PenilaianSayaView>(R.saya, { tahun }),
  })

export const useEvaluasi = (id: string) =>
  useQuery({ queryKey: kunciEvaluasi(id), queryFn: () => api.get<EvaluasiDetail>(R.detail(id)) })

export const useEvaluasiSkp = (skpId: string, enabled = true) =>
  useQuery({
    queryKey: [...KUNCI, 'skp', skpId],
    queryFn: () => api.get<EvaluasiSkpView>(R.perSkp(skpId)),
    enabled,
  })

function useTulis<I>(kirim: (input: I) => Promise<EvaluasiDetail>) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: kirim,
    onSuccess: (d) => {
      qc.setQueryData(kunciEvaluasi(d.id), d)
      // a reopen supersedes the version it was called on: its page must not show the old state
      void qc.invalidateQueries({
        queryKey: [...KUNCI, 'evaluasi'],
        predicate: (q) => q.queryKey[2] !== d.id,
      })
      for (const queryKey of [
        [...KUNCI, 'bawahan'],
        [...KUNCI, 'saya'],
        [...KUNCI, 'skp'],
        ['kurva'],
        ['beranda'],
      ]) {
        void qc.invalidateQueries({ queryKey })
      }
    },
  })
}

/** POST /skp/:id/evaluasi/:periode: opens (or finds) the draft of the period. */
export const useBukaEvaluasi = () =>
  useTulis((v: { skpId: string; periode: string }) => api.post<EvaluasiDetail>(R.buka(v.skpId, v.periode)))
export const useSimpanEvaluasi = (id: string) =>
  useTulis((input: EvaluasiSimpanKirim) => api.put<EvaluasiDetail>(R.detail(id), input))
export const useFinalisasi = (id: string) =>
  useTulis((input: EvaluasiRevisi) => api.post<EvaluasiDetail>(R.finalisasi(id), input))
export const useTerima = (id: string) =>
  useTulis((input: EvaluasiRevisi) => api.post<EvaluasiDetail>(R.terima(id), input))
export const useBukaKembali = (id: string) =>
  useTulis((input: EvaluasiBukaKembali) => api.post<EvaluasiDetail>(R.bukaKembali(id), input))
export const useSimpanDiri = (id: string) =>
  useTulis((input: EvaluasiDiri) => api.put<EvaluasiDetail>(R.diri(id), input))
export const useAjukanDiri = (id: string) =>
  useTulis((input: EvaluasiRevisi) => api.post<EvaluasiDetail>(R.ajukanDiri(id), input))

export const useDelegasi = () =>
  useQuery({
    queryKey: [...KUNCI, 'delegasi'],
    queryFn: () => api.get<DelegasiDaftar>(R.delegasi),
  })

function useTulisDelegasi<I>(kirim: (input: I) => Promise<DelegasiView>) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: kirim,
    onSuccess: () => void qc.invalidateQueries({ queryKey: KUNCI }),
  })
}
export const useBuatDelegasi = () =>
  useTulisDelegasi((input: DelegasiCreate) => api.post<DelegasiView>(R.delegasi, input))
export const useCabutDelegasi = () =>
  useTulisDelegasi((id: string) => api.post<DelegasiView>(R.cabutDelegasi(id)))
