import { describe, expect, it } from 'vitest'
import {
  aksiDialog,
  FORMAT_B18,
  formatB18Terbaru,
  menungguDialog,
  type KeadaanDialog,
} from './dialog-kinerja.ts'

const d = (o: Partial<KeadaanDialog>): KeadaanDialog => ({
  status: 'dijadwalkan',
  jenis: 'bimbingan',
  b18Terisi: false,
  b19Terisi: false,
  ...o,
})

describe('dialog kinerja workflow', () => {
  it.each([
    // keadaan, peran, aksi yang boleh
    [d({}), 'atasan', ['ubah', 'selesaikan', 'batalkan']],
    [d({}), 'pegawai', []],
    [d({ status: 'selesai' }), 'pegawai', ['isiB18']],
    [d({ status: 'selesai' }), 'atasan', ['isiB19']],
    [d({ status: 'selesai', b18Terisi: true }), 'pegawai', []],
    [d({ status: 'selesai', b19Terisi: true }), 'atasan', []],
    [d({ status: 'selesai', jenis: 'konseling' }), 'pegawai', []],
    [d({ status: 'selesai', jenis: 'konseling' }), 'atasan', []],
    [d({ status: 'dibatalkan' }), 'atasan', []],
    [d({ status: 'selesai' }), 'pembaca', []],
  ] as const)('%o as %s may %o', (k, peran, boleh) => {
    const a = aksiDialog(k, peran)
    expect(
      Object.entries(a)
        .filter(([, v]) => v)
        .map(([x]) => x),
    ).toEqual(boleh)
  })
  it('waiting: the atasan for a scheduled session, the pegawai for an unanswered B.1.8', () => {
    expect(menungguDialog(d({}), 'atasan')).toBe(true)
    expect(menungguDialog(d({}), 'pegawai')).toBe(false)
    expect(menungguDialog(d({ status: 'selesai' }), 'pegawai')).toBe(true)
    expect(menungguDialog(d({ status: 'selesai', b18Terisi: true, b19Terisi: true }), 'atasan')).toBe(false)
  })
  it('B.1.8 has nine statements on a 1–5 scale in every version', () => {
    for (const f of FORMAT_B18) {
      expect(f.pernyataan).toHaveLength(9)
      expect(f.skala.map((s) => s.nilai)).toEqual([1, 2, 3, 4, 5])
    }
    expect(formatB18Terbaru().versi).toBe(FORMAT_B18.length)
  })
})
