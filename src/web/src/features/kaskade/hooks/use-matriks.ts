import { tahunIni } from '../../../lib/hari-ini.ts'
import { useState } from 'react'
import { useSearchParams } from 'react-router'
import type { MphView } from '../../../../../shared/kaskade.ts'
import type { SkpRingkas } from '../../../../../shared/skp.ts'

export type Grid = MphView
export type Sel = Grid['sel'][number]
export type Bawahan = Grid['bawahan'][number]
export type RhkAtasan = Grid['rhkAtasan'][number]

/** One cell of the matrix: my RHK (with its number) × a subordinate, filled or not. */
export interface Sasaran {
  rhk: RhkAtasan
  nomor: number
  bawahan: Bawahan
  sel: Sel | null
}

export const kunciSel = (rhkId: string, pegawaiId: string) => `${rhkId}:${pegawaiId}`

export const petaSel = (grid: Grid) => new Map(grid.sel.map((s) => [kunciSel(s.rhkAtasanId, s.pegawaiId), s]))

/** Whether a row's empty cells can be filled: the server's answer (DOMAIN §2 rules, for this actor). */
export const bisaDiisi = (b: Bawahan) => b.aksi.isi

/** The year and the chosen SKP in the URL; default: the approved SKP of the year, else the latest. */
export function usePilihanSkp() {
  const [params, setParams] = useSearchParams()
  const tahun = Number(params.get('tahun')) || tahunIni()
  const pilih = (skp: string | null, th = tahun) =>
    setParams(skp ? { tahun: String(th), skp } : { tahun: String(th) }, { replace: true })
  const skpDari = (items: SkpRingkas[] | undefined) =>
    params.get('skp') ?? items?.find((s) => s.status === 'disetujui')?.id ?? items?.at(-1)?.id ?? null
  return { tahun, pilih, skpDari }
}

/** Bulk mode: a set of empty cells to fill at once. */
export function usePilihanSel() {
  const [terpilih, setTerpilih] = useState<Map<string, Sasaran>>(new Map())
  const ubah = (s: Sasaran, ya: boolean) =>
    setTerpilih((m) => {
      const next = new Map(m)
      const k = kunciSel(s.rhk.id, s.bawahan.pegawaiId)
      if (ya) next.set(k, s)
      else next.delete(k)
      return next
    })
  return { terpilih, ubah, kosongkan: () => setTerpilih(new Map()) }
}
