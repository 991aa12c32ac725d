import { describe, expect, it } from 'vitest'
import { batasSkpUntuk, terlambat } from './terlambat.ts'

describe('terlambat (SKP approval deadline)', () => {
  const batas = '2026-01-31'
  it.each([
    // status, mulai, today → late, days
    ['draft', '2026-01-01', '2026-01-30', false, 0],
    ['draft', '2026-01-01', '2026-01-31', false, 0], // the deadline day itself is on time
    ['draft', '2026-01-01', '2026-02-01', true, 1],
    ['diajukan', '2026-01-01', '2026-03-02', true, 30],
    ['dikembalikan', '2026-01-01', '2026-02-10', true, 10],
    ['disetujui', '2026-01-01', '2026-12-31', false, 0],
    ['belum_ada', '2026-01-01', '2026-02-05', true, 5],
    // a mutasi SKP starting 1 June: the same 30 days of lead time from its start → 1 July
    ['draft', '2026-06-01', '2026-07-01', false, 0],
    ['draft', '2026-06-01', '2026-07-03', true, 2],
    ['disetujui', '2026-06-01', '2026-12-01', false, 0],
    // a start before the deadline keeps the year's deadline
    ['draft', '2026-01-10', '2026-02-01', false, 0],
    ['draft', '2026-01-10', '2026-02-10', true, 1],
  ])('%s from %s on %s → late %s (%i days)', (status, mulai, hari, late, days) => {
    expect(terlambat({ status, mulai }, batas, hari)).toEqual({ terlambat: late, hariTerlambat: days })
  })

  it.each([
    ['2026-01-01', '2026-01-31', '2026-01-31'],
    ['2026-03-01', '2026-01-31', '2026-03-31'],
    ['2026-03-01', '2026-03-15', '2026-05-13'], // a configured deadline of 15 March: 73 days of lead time
    ['2026-02-01', '2026-01-01', '2026-02-01'], // a deadline of 1 January: no lead time
  ])('batasSkpUntuk(%s, %s) = %s', (mulai, batasSkp, hasil) => {
    expect(batasSkpUntuk(mulai, batasSkp)).toBe(hasil)
  })
})
