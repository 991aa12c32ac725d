import { useQuery } from '@tanstack/react-query'
import type { LaporanTunjangan } from '../../../../../shared/tunjangan.ts'
import { api, apiUrl } from '../../../lib/api.ts'

export interface FilterTunjangan {
  tahun: number
  bulan: number
  unorId: string | null
}

/** Query keys start with ['penilaian']: a finalised evaluation changes the month's predikat (live). */
export const useLaporanTunjangan = (f: FilterTunjangan) =>
  useQuery({
    queryKey: ['penilaian', 'tunjangan', f.tahun, f.bulan, f.unorId],
    queryFn: () => api.get<LaporanTunjangan>('/tunjangan/laporan', { ...f }),
    enabled: Boolean(f.unorId),
    retry: false,
  })

/** The same report as a CSV file (UTF-8 with BOM, `;`), downloaded by the browser with the session cookie. */
export const urlCsvTunjangan = (f: FilterTunjangan) => apiUrl('/tunjangan/laporan', { ...f, format: 'csv' })
