import { describe, expect, it } from 'vitest'
import { angkaKreditCetak, bulanTercakup, periodePenilaian } from './evaluasi-dokumen.isi.ts'
import type { EvaluasiRow } from './evaluasi-dokumen.repository.ts'
import type { SnapshotEvaluasi } from './evaluasi-dokumen.isi.ts'

describe('periodePenilaian', () => {
  it.each([
    ['TW1', 'TRIWULAN I', '2026-01-01', '2026-03-31'],
    ['S2', 'SEMESTER II', '2026-07-01', '2026-12-31'],
    ['B02', 'FEBRUARI', '2026-02-01', '2026-02-28'],
    ['FINAL', 'TAHUNAN', '2026-01-01', '2026-12-31'],
  ] as const)('%s → %s %s–%s', (kode, nama, mulai, selesai) => {
    expect(periodePenilaian(2026, kode)).toEqual({ nama, mulai, selesai })
  })
})

describe('bulanTercakup', () => {
  it.each([
    ['2026-01-01', '2026-12-31', 12],
    ['2026-01-01', '2026-03-31', 3],
    ['2026-04-15', '2026-05-31', 2],
    ['2026-02-01', '2026-02-28', 1],
  ])('%s – %s: %i months', (mulai, selesai, n) => expect(bulanTercakup(mulai, selesai)).toBe(n))
})

describe('angkaKreditCetak', () => {
  const snap = (jenjang: string | null) => ({ jenjang }) as unknown as SnapshotEvaluasi
  const e = (predikat: string | null) => ({ predikat }) as unknown as EvaluasiRow
  it('prints the angka kredit of the covered months with the jenjang (DOMAIN §5 examples)', () => {
    expect(angkaKreditCetak(snap('ahli_pertama'), e('SANGAT_BAIK'), '2026-01-01', '2026-12-31')).toBe(
      '18.750 (Ahli Pertama, 12 bulan)',
    )
    expect(angkaKreditCetak(snap('ahli_pertama'), e('BAIK'), '2026-01-01', '2026-02-28')).toBe(
      '2.083 (Ahli Pertama, 2 bulan)',
    )
  })
  it('prints nothing without a jabatan fungsional or a predikat', () => {
    expect(angkaKreditCetak(snap(null), e('BAIK'), '2026-01-01', '2026-12-31')).toBeNull()
    expect(angkaKreditCetak(snap('ahli_muda'), e(null), '2026-01-01', '2026-12-31')).toBeNull()
  })
})
