import { describe, expect, it } from 'vitest'
import { PREDIKAT_PEGAWAI } from './enums.ts'
import { membukaPerbaikan } from './perbaikan.ts'

describe('membukaPerbaikan (PP 30/2019 Pasal 56–58)', () => {
  // every predikat of the scale: only Kurang/Misconduct and Sangat Kurang open (or keep) a record
  const HARAP: Record<(typeof PREDIKAT_PEGAWAI)[number], boolean> = {
    SANGAT_BAIK: false,
    BAIK: false,
    BUTUH_PERBAIKAN: false,
    KURANG: true,
    SANGAT_KURANG: true,
  }
  it.each(PREDIKAT_PEGAWAI.map((p) => [p, HARAP[p]] as const))('%s → %s', (p, harap) => {
    expect(membukaPerbaikan(p)).toBe(harap)
  })
  it('no predikat (a draft) opens none', () => {
    expect(membukaPerbaikan(null)).toBe(false)
    expect(membukaPerbaikan(undefined)).toBe(false)
  })
})
