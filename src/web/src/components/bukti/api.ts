import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { BuktiDaftar, BuktiTautanInput, BuktiView } from '../../../../shared/bukti.ts'
import { api, apiUrl, galatXhr, headerTulis } from '../../lib/api.ts'

/** Query keys start with ['bukti', skpId]: one list per SKP and period, shared by every IKI row. */
export const kunciBukti = (skpId: string, periode?: string) => ['bukti', skpId, ...(periode ? [periode] : [])]

export const useBuktiSkp = (skpId: string, periode: string) =>
  useQuery({
    queryKey: kunciBukti(skpId, periode),
    queryFn: () => api.get<BuktiDaftar>(`/skp/${skpId}/bukti`, { periode }),
  })

/** The URL a browser downloads a file from (an attachment: the server never lets it render inline). */
export const urlUnduh = (buktiId: string) => apiUrl(`/bukti/${buktiId}/berkas`)

export interface IsianUnggah {
  ikiId: string
  periode: string
  jenis: string
  keterangan: string
  file: File
}

/**
 * POST /skp/:id/bukti through XMLHttpRequest, the one browser API that reports upload progress. The
 * fields go before the file (the server reads them first and refuses early, before the bytes).
 */
export function kirimBerkas(skpId: string, isian: IsianUnggah, onProgres: (bagian: number) => void) {
  const form = new FormData()
  form.append('ikiId', isian.ikiId)
  form.append('periode', isian.periode)
  form.append('jenis', isian.jenis)
  if (isian.keterangan.trim()) form.append('keterangan', isian.keterangan.trim())
  form.append('file', isian.file)
  return new Promise<BuktiView>((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', apiUrl(`/skp/${skpId}/bukti`))
    xhr.withCredentials = true
    for (const [k, v] of Object.entries(headerTulis())) xhr.setRequestHeader(k, v)
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgres(e.loaded / e.total)
    }
    xhr.onload = () => {
      let data: unknown
      try {
        data = JSON.parse(xhr.responseText)
      } catch {
        data = undefined
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(data as BuktiView)
      else reject(galatXhr(xhr.status, data))
    }
    xhr.onerror = () => reject(galatXhr(0, undefined))
    xhr.send(form)
  })
}

function useSegarkan(skpId: string, onBerubah?: () => void) {
  const qc = useQueryClient()
  return async () => {
    await qc.invalidateQueries({ queryKey: kunciBukti(skpId) })
    onBerubah?.()
  }
}

export function useUnggahBukti(skpId: string, onBerubah?: () => void) {
  const segarkan = useSegarkan(skpId, onBerubah)
  return useMutation({
    mutationFn: (o: { isian: IsianUnggah; onProgres: (bagian: number) => void }) =>
      kirimBerkas(skpId, o.isian, o.onProgres),
    onSuccess: segarkan,
  })
}

export function useTambahTautan(skpId: string, onBerubah?: () => void) {
  const segarkan = useSegarkan(skpId, onBerubah)
  return useMutation({
    mutationFn: (isian: Omit<BuktiTautanInput, 'periode'> & { periode: string }) =>
      api.post<BuktiView>(`/skp/${skpId}/bukti/tautan`, isian),
    onSuccess: segarkan,
  })
}

export function useHapusBukti(skpId: string, onBerubah?: () => void) {
  const segarkan = useSegarkan(skpId, onBerubah)
  return useMutation({
    mutationFn: (buktiId: string) => api.delete<void>(`/bukti/${buktiId}`),
    onSuccess: segarkan,
  })
}
