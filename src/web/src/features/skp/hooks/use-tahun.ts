import { tahunIni } from '../../../lib/hari-ini.ts'
import { useSearchParams } from 'react-router'
import { TAHUN_MAX, TAHUN_MIN } from '../../../../../shared/pengaturan.ts'

/** The year being planned lives in the URL (`?tahun=2026`), so links and Back keep it; default this year. */
export function useTahun() {
  const [params, setParams] = useSearchParams()
  const dariUrl = Number(params.get('tahun'))
  const tahun = dariUrl >= TAHUN_MIN && dariUrl <= TAHUN_MAX ? dariUrl : tahunIni()
  const setTahun = (t: number) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev)
        next.set('tahun', String(t))
        return next
      },
      { replace: true },
    )
  return { tahun, setTahun, params }
}
