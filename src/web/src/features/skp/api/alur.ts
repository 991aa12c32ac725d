import { useMutation } from '@tanstack/react-query'
import type { GantiPenilaiInput, KembalikanInput, SetujuiInput, SkpView } from '../../../../../shared/skp.ts'
import { api } from '../../../lib/api.ts'
import { useSimpanSkp } from './skp.ts'

/** The workflow steps of one SKP (POST /skp/:id/{ajukan,tarik,setujui,kembalikan,buka}). */
export function useAlurSkp(skp: Pick<SkpView, 'id' | 'versi'>) {
  const simpan = useSimpanSkp()
  const path = (aksi: string) => `/skp/${skp.id}/${aksi}`
  const versi = skp.versi
  const ajukan = useMutation({
    mutationFn: () => api.post<SkpView>(path('ajukan'), { versi }),
    onSuccess: simpan,
  })
  const tarik = useMutation({
    mutationFn: () => api.post<SkpView>(path('tarik'), { versi }),
    onSuccess: simpan,
  })
  const setujui = useMutation({
    mutationFn: (input: SetujuiInput) => api.post<SkpView>(path('setujui'), { ...input, versi }),
    onSuccess: simpan,
  })
  const kembalikan = useMutation({
    mutationFn: (input: KembalikanInput) => api.post<SkpView>(path('kembalikan'), { ...input, versi }),
    onSuccess: simpan,
  })
  const buka = useMutation({
    mutationFn: (alasan: string) => api.post<SkpView>(path('buka'), { alasan, versi }),
    onSuccess: simpan,
  })
  return { ajukan, tarik, setujui, kembalikan, buka }
}

/** PUT /skp/:id/perilaku/:kode: the penilai's ekspektasi for one BerAKHLAK value. */
export function useUbahEkspektasi(skpId: string) {
  const simpan = useSimpanSkp()
  return useMutation({
    mutationFn: ({ kode, ekspektasi }: { kode: string; ekspektasi: string | null }) =>
      api.put<SkpView>(`/skp/${skpId}/perilaku/${encodeURIComponent(kode)}`, { ekspektasi }),
    onSuccess: simpan,
  })
}

/** POST /skp/:id/penilai: an admin names another pejabat penilai of a pending SKP, with a reason. */
export function useGantiPenilai(skp: Pick<SkpView, 'id' | 'versi'>) {
  const simpan = useSimpanSkp()
  return useMutation({
    mutationFn: (input: Omit<GantiPenilaiInput, 'versi'>) =>
      api.post<SkpView>(`/skp/${skp.id}/penilai`, { ...input, versi: skp.versi }),
    onSuccess: simpan,
  })
}
