import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isValidNip, maskNip, parseNip } from './nip.ts'

// Properties of the NIP parser over generated input; the table of cases is in nip.test.ts.

const dua = (n: number) => String(n).padStart(2, '0')
const hariDalamBulan = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate()

interface BagianNip {
  lahir: { y: number; m: number; d: number }
  tmt: { y: number; kode: number } // kode: month 1–12 (PNS) or PPPK code 21–29
  gender: 1 | 2
  urutan: number
}

/**
 * A structurally valid NIP: a real birth date, a TMT at least 19 years later (so valid whatever the
 * birth month: the minimum age at the TMT is 18), a gender digit and a sequence.
 */
const bagianNip: fc.Arbitrary<BagianNip> = fc
  .record({
    y: fc.integer({ min: 1900, max: 2007 }),
    m: fc.integer({ min: 1, max: 12 }),
    hari: fc.integer({ min: 1, max: 31 }),
    usia: fc.integer({ min: 19, max: 65 }),
    kode: fc.oneof(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 21, max: 29 })),
    gender: fc.constantFrom(1 as const, 2 as const),
    urutan: fc.integer({ min: 0, max: 999 }),
  })
  .map(({ y, m, hari, usia, kode, gender, urutan }) => ({
    lahir: { y, m, d: Math.min(hari, hariDalamBulan(y, m)) },
    tmt: { y: y + usia, kode },
    gender,
    urutan,
  }))

const susunNip = (b: BagianNip) =>
  `${b.lahir.y}${dua(b.lahir.m)}${dua(b.lahir.d)}${b.tmt.y}${dua(b.tmt.kode)}${b.gender}${String(b.urutan).padStart(3, '0')}`

const nipValid = bagianNip.map(susunNip)

/** Change one digit of a NIP to any digit, or to any character at all. */
const mutasi = fc.record({
  posisi: fc.integer({ min: 0, max: 17 }),
  pengganti: fc.oneof(fc.constantFrom(...'0123456789'), fc.string({ minLength: 0, maxLength: 2 })),
})

describe('parseNip properties', () => {
  it('a generated valid NIP parses back to the parts it was built from', () => {
    fc.assert(
      fc.property(bagianNip, (b) => {
        const nip = susunNip(b)
        const pppk = b.tmt.kode > 12
        expect(parseNip(nip)).toEqual({
          ok: true,
          parts: {
            nip,
            tanggalLahir: `${b.lahir.y}-${dua(b.lahir.m)}-${dua(b.lahir.d)}`,
            tmtTahun: String(b.tmt.y),
            tmtBulan: pppk ? null : `${b.tmt.y}-${dua(b.tmt.kode)}`,
            jenisAsn: pppk ? 'PPPK' : 'PNS',
            kodePppk: pppk ? dua(b.tmt.kode) : null,
            jenisKelamin: b.gender === 1 ? 'L' : 'P',
            urutan: String(b.urutan).padStart(3, '0'),
          },
        })
      }),
    )
  })

  it('surrounding whitespace never changes the result', () => {
    const spasi = fc.string({ unit: fc.constantFrom(' ', '\t', '\n'), maxLength: 3 })
    fc.assert(
      fc.property(nipValid, spasi, spasi, (nip, kiri, kanan) => {
        expect(parseNip(`${kiri}${nip}${kanan}`)).toEqual(parseNip(nip))
      }),
    )
  })

  it('a mutated valid NIP is either valid or refused with a code, never a throw', () => {
    fc.assert(
      fc.property(nipValid, mutasi, (nip, { posisi, pengganti }) => {
        const diubah = nip.slice(0, posisi) + pengganti + nip.slice(posisi + 1)
        const hasil = parseNip(diubah)
        expect(isValidNip(diubah)).toBe(hasil.ok)
        if (hasil.ok) {
          expect(hasil.parts.nip).toBe(diubah.trim())
          expect(hasil.parts.nip).toMatch(/^\d{18}$/)
        } else {
          expect(['NIP.FORMAT', 'NIP.TANGGAL_LAHIR', 'NIP.TMT', 'NIP.JENIS_KELAMIN']).toContain(hasil.code)
        }
      }),
    )
  })

  it('any string at all: a result, never a throw; valid only as 18 digits', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^\d{18}$/)), (raw) => {
        const hasil = parseNip(raw)
        if (hasil.ok) expect(raw.trim()).toMatch(/^\d{18}$/)
        else expect(hasil.code).toMatch(/^NIP\./)
      }),
    )
  })

  it('a valid NIP parsed from its own parts is the same NIP (round trip through the parts)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{18}$/), (raw) => {
        const hasil = parseNip(raw)
        if (!hasil.ok) return
        const p = hasil.parts
        const tmt = p.tmtBulan ? p.tmtBulan.slice(5) : p.kodePppk
        const gender = p.jenisKelamin === 'L' ? '1' : '2'
        expect(`${p.tanggalLahir.replaceAll('-', '')}${p.tmtTahun}${tmt}${gender}${p.urutan}`).toBe(raw)
      }),
    )
  })

  it('the mask keeps the length, the first 4 and the last 3 characters of a NIP', () => {
    fc.assert(
      fc.property(nipValid, (nip) => {
        const m = maskNip(nip)
        expect(m).toHaveLength(18)
        expect(m.slice(0, 4)).toBe(nip.slice(0, 4))
        expect(m.slice(-3)).toBe(nip.slice(-3))
        expect(m.slice(4, -3)).toMatch(/^\*+$/)
      }),
    )
  })
})
