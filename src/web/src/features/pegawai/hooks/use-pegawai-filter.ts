import { useSearchParams } from 'react-router'

const PAGE_SIZE = 25

/** The list's filters live in the URL, so Back from a detail page returns to the same search. */
export function usePegawaiFilter() {
  const [params, setParams] = useSearchParams()
  const filter = {
    q: params.get('q') ?? '',
    unorId: params.get('unorId'),
    termasukSubUnit: params.get('sub') !== '0',
    status: params.get('status'),
    jenisAsn: params.get('jenisAsn'),
    // set by the Beranda's counts: pegawai without an account; pegawai by the status of their SKP of a year
    tanpaAkun: params.get('tanpaAkun') === '1',
    statusSkp: params.get('statusSkp'),
    wajibSkp: params.get('wajibSkp') === '1',
    tahun: params.get('tahun'),
    page: Number(params.get('page') ?? 1) || 1,
    pageSize: PAGE_SIZE,
  }
  const set = (
    changes: Partial<
      Record<
        | 'q'
        | 'unorId'
        | 'sub'
        | 'status'
        | 'jenisAsn'
        | 'tanpaAkun'
        | 'statusSkp'
        | 'wajibSkp'
        | 'tahun'
        | 'page',
        string | null
      >
    >,
  ) => {
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev)
        for (const [key, value] of Object.entries(changes)) {
          if (value === null || value === '') next.delete(key)
          else next.set(key, value)
        }
        // Any filter change starts again at page 1.
        if (!('page' in changes)) next.delete('page')
        return next
      },
      { replace: true },
    )
  }
  const reset = () => setParams(new URLSearchParams(), { replace: true })
  const active = Boolean(
    filter.q ||
    filter.unorId ||
    filter.status ||
    filter.jenisAsn ||
    filter.tanpaAkun ||
    filter.statusSkp ||
    filter.wajibSkp,
  )
  return { filter, set, reset, active }
}
