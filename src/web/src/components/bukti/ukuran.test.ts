// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { formatUkuran } from './ukuran.ts'

describe('formatUkuran', () => {
  it.each([
    [820, 'id', '820 B'],
    [35 * 1024, 'id', '35 KB'],
    [1.25 * 1024 * 1024, 'id', '1,3 MB'],
    [1.25 * 1024 * 1024, 'en', '1.3 MB'],
    [10 * 1024 * 1024, 'en', '10 MB'],
  ] as const)('%d bytes (%s) → %s', (bita, bahasa, teks) => {
    expect(formatUkuran(bita, bahasa)).toBe(teks)
  })
})
