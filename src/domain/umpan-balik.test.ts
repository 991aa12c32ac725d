import { describe, expect, it } from 'vitest'
import { batasUbahUmpanBalik, bolehUbahUmpanBalik } from './umpan-balik.ts'

const dibuat = new Date('2026-03-02T03:00:00.000Z')
describe('the 15-minute edit window of a feedback comment', () => {
  it.each([
    ['at posting', '2026-03-02T03:00:00.000Z', true],
    ['after 14 min 59 s', '2026-03-02T03:14:59.000Z', true],
    ['exactly 15 min', '2026-03-02T03:15:00.000Z', true],
    ['15 min + 1 ms', '2026-03-02T03:15:00.001Z', false],
    ['an hour later', '2026-03-02T04:00:00.000Z', false],
  ])('%s → %s', (_n, saat, boleh) => {
    expect(bolehUbahUmpanBalik(dibuat, new Date(saat))).toBe(boleh)
  })
  it('the boundary is 15 minutes after posting', () => {
    expect(batasUbahUmpanBalik(dibuat).toISOString()).toBe('2026-03-02T03:15:00.000Z')
  })
})
