import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import {
  buatKodeVerifikasi,
  hashKonten,
  jsonKanonik,
  normalisasiKodeVerifikasi,
  POLA_KODE_VERIFIKASI,
} from './verifikasi.ts'

describe('buatKodeVerifikasi', () => {
  it('draws 10,000 distinct codes, all matching the documented pattern', () => {
    const kode = Array.from({ length: 10_000 }, buatKodeVerifikasi)
    expect(new Set(kode).size).toBe(kode.length)
    for (const k of kode) expect(k).toMatch(POLA_KODE_VERIFIKASI)
    expect(kode[0]).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/)
  })

  it('uses the whole Crockford alphabet (no character is stuck)', () => {
    const terpakai = new Set(Array.from({ length: 2_000 }, buatKodeVerifikasi).join('').replace(/-/g, ''))
    expect(terpakai.size).toBe(32)
    for (const huruf of 'ILOU') expect(terpakai.has(huruf)).toBe(false)
  })

  it('is URL-safe as is', () => {
    const k = buatKodeVerifikasi()
    expect(encodeURIComponent(k)).toBe(k)
  })
})

describe('normalisasiKodeVerifikasi', () => {
  it.each([
    ['K7QX-2M9P-4HBT-Z0RC', 'K7QX-2M9P-4HBT-Z0RC'],
    ['k7qx2m9p4hbtz0rc', 'K7QX-2M9P-4HBT-Z0RC'],
    [' k7qx 2m9p 4hbt zorc ', 'K7QX-2M9P-4HBT-Z0RC'], // letter O read as zero
    ['K7QX-2M9P-4HBT-ZIRL', 'K7QX-2M9P-4HBT-Z1R1'], // I and L read as one
  ])('%s → %s', (input, diharapkan) => {
    expect(normalisasiKodeVerifikasi(input)).toBe(diharapkan)
  })

  it.each(['', 'K7QX-2M9P-4HBT', 'K7QX-2M9P-4HBT-Z0RCX', 'K7QX-2M9P-4HBT-Z0R!', 'K7QX-2M9P-4HBT-Z0RU'])(
    'rejects %j',
    (input) => {
      expect(normalisasiKodeVerifikasi(input)).toBeUndefined()
    },
  )
})

describe('hashKonten', () => {
  it('does not depend on key order, at any depth', () => {
    const a = { tahun: 2026, pegawai: { nama: 'Rina', nip: '1990' }, iki: [{ aspek: 'waktu', target: '12' }] }
    const b = { iki: [{ target: '12', aspek: 'waktu' }], pegawai: { nip: '1990', nama: 'Rina' }, tahun: 2026 }
    expect(hashKonten(a)).toBe(hashKonten(b))
    expect(hashKonten(a)).toMatch(/^[0-9a-f]{64}$/)
  })

  it('changes with any value and with array order', () => {
    const dasar = hashKonten({ rhk: ['a', 'b'], target: 12 })
    expect(hashKonten({ rhk: ['b', 'a'], target: 12 })).not.toBe(dasar)
    expect(hashKonten({ rhk: ['a', 'b'], target: 13 })).not.toBe(dasar)
    expect(hashKonten({ rhk: ['a', 'b'], target: '12' })).not.toBe(dasar)
  })

  it('is the SHA-256 of RFC 8785-style canonical JSON', () => {
    const data = {
      b: 1,
      a: [1, 'x', null],
      c: { z: true, y: undefined },
      d: new Date('2026-01-15T00:00:00Z'),
    }
    const kanonik = '{"a":[1,"x",null],"b":1,"c":{"z":true},"d":"2026-01-15T00:00:00.000Z"}'
    expect(jsonKanonik(data)).toBe(kanonik)
    expect(hashKonten(data)).toBe(createHash('sha256').update(kanonik).digest('hex'))
  })

  it('refuses values JSON cannot represent faithfully', () => {
    expect(() => hashKonten(undefined)).toThrow(TypeError)
    expect(() => hashKonten({ n: 1n })).toThrow(TypeError)
    const siklus: Record<string, unknown> = {}
    siklus.diri = siklus
    expect(() => hashKonten(siklus)).toThrow(/circular/)
  })

  it('allows the same object twice when it is not a cycle', () => {
    const bersama = { x: 1 }
    expect(jsonKanonik({ a: bersama, b: bersama })).toBe('{"a":{"x":1},"b":{"x":1}}')
  })
})
