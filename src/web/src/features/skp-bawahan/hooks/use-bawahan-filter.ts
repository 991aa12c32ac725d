import { tahunIni } from '../../../lib/hari-ini.ts'
import { useSearchParams } from 'react-router'

const PAGE_SIZE = 25

/** Year, status, search and page in the URL, so Back from an SKP returns to the same list. */
export function useBawahanFilter() {
  const [params, setParams] = useSearchParams()
  const filter = {
    tahun: Number(params.get('tahun')) || tahunIni(),
    status: params.get('status'),
    terlambat: params.get('terlambat'),
    q: params.get('q') ?? '',
    page: Number(params.get('page') ?? 1) || 1,
    pageSize: PAGE_SIZE,
  }
  const set = (changes: Partial<Record<'tahun' | 'status' | 'terlambat' | 'q' | 'page', string | null>>) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev)
        for (const [key, value] of Object.entries(changes)) {
          if (value === null || value === '') next.delete(key)
          else next.set(key, value)
        }
        if (!('page' in changes)) next.delete('page')
        return next
      },
      { replace: true },
    )
  return { filter, set }
}
