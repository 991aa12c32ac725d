import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { PelaksanaanView } from '../../../../../shared/pelaksanaan.ts'
import type {
  GridTinjauan,
  HasilBanyak,
  ProgresDaftar,
  ProgresInput,
  ProgresView,
  TinjauanDaftar,
  TinjauProgresInput,
} from '../../../../../shared/progres-harian.ts'
import { api } from '../../../lib/api.ts'

/** One query hook per request (bulletproof-react); every write refreshes the progres queries. */

const KUNCI = ['progres-harian'] as const

/** GET /progres-harian: my days in a range, with hours and statuses from the server. */
export const useProgresHarian = (dari: string, sampai: string) =>
  useQuery({
    queryKey: [...KUNCI, 'saya', dari, sampai],
    queryFn: () => api.get<ProgresDaftar>('/progres-harian', { dari, sampai }),
    placeholderData: keepPreviousData,
  })

function useTulis<I, O>(fn: (input: I) => Promise<O>) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: KUNCI }),
        qc.invalidateQueries({ queryKey: ['beranda'] }),
      ]),
  })
}

export const useSimpanProgres = () =>
  useTulis((v: { id?: string; versi?: number; isi: ProgresInput }) =>
    v.id
      ? api.put<ProgresView>(`/progres-harian/${v.id}`, { ...v.isi, versi: v.versi })
      : api.post<ProgresView>('/progres-harian', v.isi),
  )

export const useHapusProgres = () =>
  useTulis((e: { id: string; versi: number }) =>
    api.delete<void>(`/progres-harian/${e.id}`, { query: { versi: e.versi } }),
  )

/** POST /progres-harian/ajukan: a day or a week, all or nothing. */
export const useAjukanProgres = () =>
  useTulis((entri: { id: string; versi: number }[]) =>
    api.post<HasilBanyak>('/progres-harian/ajukan', { entri }),
  )

/** The rencana aksi of the SKP for the date's period (H2's pelaksanaan page data), for the form's picker. */
export const useRencanaAksi = (skpId: string | null, tanggal: string) =>
  useQuery({
    queryKey: ['pelaksanaan', skpId, 'rencana-aksi', tanggal],
    enabled: !!skpId,
    queryFn: async () => {
      const semua = await api.get<PelaksanaanView>(`/skp/${skpId}/pelaksanaan`)
      const p = semua.periode.find((x) => x.mulai <= tanggal && tanggal <= x.selesai)
      if (!p) return []
      const v =
        p.kode === semua.periodeDipilih
          ? semua
          : await api.get<PelaksanaanView>(`/skp/${skpId}/pelaksanaan`, { periode: p.kode })
      return v.rhk.flatMap((r) => r.rencanaAksi.filter((ra) => ra.periode === p.kode))
    },
    retry: false,
  })

/** GET /progres-harian/tinjauan: a week's entries of the people I assess, what waits for me first. */
export const useTinjauan = (minggu: string, pegawaiId: string | null) =>
  useQuery({
    queryKey: [...KUNCI, 'tinjauan', minggu, pegawaiId],
    queryFn: () => api.get<TinjauanDaftar>('/progres-harian/tinjauan', { minggu, pegawaiId, pageSize: 200 }),
    placeholderData: keepPreviousData,
  })

/** GET /progres-harian/tinjauan/grid: people × days with each day's status. */
export const useGridTinjauan = (minggu: string) =>
  useQuery({
    queryKey: [...KUNCI, 'grid', minggu],
    queryFn: () => api.get<GridTinjauan>('/progres-harian/tinjauan/grid', { minggu }),
    placeholderData: keepPreviousData,
  })

/** POST /progres-harian/tinjauan: approve or return several entries, all or nothing. */
export const useTinjauProgres = () =>
  useTulis((input: TinjauProgresInput) => api.post<HasilBanyak>('/progres-harian/tinjauan', input))
