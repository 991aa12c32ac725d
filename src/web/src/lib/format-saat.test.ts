import { afterEach, describe, expect, it } from 'vitest'
import i18n from '../i18n/index.ts'
import { formatSaatInstansi } from './format.ts'

afterEach(() => i18n.changeLanguage('id'))

describe('formatSaatInstansi: the instansi wall clock and zone, whatever the device zone', () => {
  it.each([
    ['2027-01-06T00:00:00+07:00', '6 Jan 2027 00.00 WIB'],
    ['2027-01-06T01:00:00+08:00', '6 Jan 2027 01.00 WITA'],
    ['2027-01-06T02:00:00+09:00', '6 Jan 2027 02.00 WIT'],
  ])('%s → %s', (iso, teks) => {
    expect(formatSaatInstansi(iso)).toBe(teks)
  })

  it('English uses a colon; empty stays empty', async () => {
    await i18n.changeLanguage('en')
    expect(formatSaatInstansi('2027-01-06T00:00:00+07:00')).toBe('6 Jan 2027 00:00 WIB')
    expect(formatSaatInstansi(null)).toBe('')
  })
})
