import { describe, expect, it } from 'vitest'
import { formatPeriode, formatTanggal } from './dokumen-format.ts'
import { putusKataPanjang } from './dokumen-tabel.ts'

describe('formatTanggal / formatPeriode', () => {
  it.each([
    ['2026-01-02', '2 Januari 2026'],
    ['2026-08-17', '17 Agustus 2026'],
    ['2024-02-29', '29 Februari 2024'],
  ])('%s → %s', (iso, teks) => {
    expect(formatTanggal(iso)).toBe(teks)
  })

  it.each([
    ['2026-01-01', '2026-12-31', '1 JANUARI SD 31 DESEMBER 2026'],
    ['2026-03-01', '2026-06-30', '1 MARET SD 30 JUNI 2026'],
    ['2025-07-01', '2026-06-30', '1 JULI 2025 SD 30 JUNI 2026'],
  ])('periode %s – %s', (mulai, selesai, teks) => {
    expect(formatPeriode(mulai, selesai)).toBe(teks)
  })

  it.each(['2026-02-29', '2026-13-01', '2026-1-5', '15/01/2026', ''])('rejects %j', (iso) => {
    expect(() => formatTanggal(iso)).toThrow(RangeError)
  })
})

describe('putusKataPanjang', () => {
  it('leaves words that fit untouched', () => {
    const teks = 'Terlaksananya interoperabilitas data pertanggungjawaban'
    expect(putusKataPanjang(teks, 190)).toBe(teks)
  })

  it('adds break opportunities to a token wider than its column, losing nothing', () => {
    const tautan = `https://data.go.id/${'x'.repeat(120)}`
    const hasil = putusKataPanjang(`lihat ${tautan}`, 190)
    expect(hasil).toContain('\u200B')
    expect(hasil.replace(/\u200B/g, '')).toBe(`lihat ${tautan}`)
    for (const potong of hasil.split(/[\s\u200B]/)) expect(potong.length).toBeLessThanOrEqual(30)
  })
})
