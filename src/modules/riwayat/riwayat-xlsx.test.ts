import { describe, expect, it } from 'vitest'
import { selAman } from './riwayat-xlsx.ts'

describe('selAman (formula injection)', () => {
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+62', "'+62"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['Baik', 'Baik'],
    ['', ''],
  ])('%j → %j', (masuk, keluar) => expect(selAman(masuk)).toBe(keluar))
  it('keeps numbers and blanks', () => {
    expect(selAman(-2.5)).toBe(-2.5)
    expect(selAman(null)).toBe('')
  })
})
