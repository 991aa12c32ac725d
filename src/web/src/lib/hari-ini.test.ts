import dayjs from 'dayjs'
import { afterEach, describe, expect, it } from 'vitest'
import { hariIni, setHariIniServer, tahunIni } from './hari-ini.ts'

afterEach(() => setHariIniServer(null))

describe("the app's today", () => {
  it("is the server's once /me has answered, whatever the browser's clock says", () => {
    setHariIniServer('2031-07-01')
    expect(hariIni()).toBe('2031-07-01')
    expect(tahunIni()).toBe(2031)
  })

  it("is the browser's date only before the first /me (the login page)", () => {
    expect(hariIni()).toBe(dayjs().format('YYYY-MM-DD'))
  })
})
