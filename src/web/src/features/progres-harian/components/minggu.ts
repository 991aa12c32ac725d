import dayjs from 'dayjs'
import { useSearchParams } from 'react-router'
import { formatAngka, hariIni } from '../../../lib/format.ts'

/** Week navigation in the URL (`?minggu=yyyy-mm-dd`, any day of the week; default the server's today). */
export function useMinggu() {
  const [params, setParams] = useSearchParams()
  const dipilih = params.get('minggu') ?? hariIni()
  const d = dayjs(dipilih)
  const mulai = d.subtract((d.day() + 6) % 7, 'day')
  const geser = (hari: number) =>
    setParams((p) => {
      const next = new URLSearchParams(p)
      next.set('minggu', mulai.add(hari, 'day').format('YYYY-MM-DD'))
      return next
    })
  return {
    mulai: mulai.format('YYYY-MM-DD'),
    selesai: mulai.add(6, 'day').format('YYYY-MM-DD'),
    sebelum: () => geser(-7),
    berikut: () => geser(7),
    ini: () =>
      setParams((p) => {
        const next = new URLSearchParams(p)
        next.delete('minggu')
        return next
      }),
    params,
    setParams,
  }
}

/** Minutes as hours for people: 90 → "1,5" (id) / "1.5" (en). */
export const jam = (menit: number) => formatAngka(Math.round((menit / 60) * 100) / 100)

/** "Senin, 11 Mei" in the current language. */
export const namaHari = (tanggal: string) => dayjs(tanggal).format('dddd, D MMMM')
