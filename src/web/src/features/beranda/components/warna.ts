import type { StatusCapaian } from '../../../../../shared/beranda.ts'

/** Colours of the SKP states (the same as the SKP pages), with `belum_ada` for no SKP at all. */
export const WARNA_STATUS: Record<StatusCapaian, string> = {
  belum_ada: 'gray',
  draft: 'gray',
  diajukan: 'blue',
  disetujui: 'green',
  dikembalikan: 'orange',
}
