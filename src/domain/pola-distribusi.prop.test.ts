import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  PEMBULATAN_DISTRIBUSI,
  POLA_DISTRIBUSI,
  cekPolaDistribusi,
  hitungPolaDistribusi,
  type JumlahPredikat,
} from './pola-distribusi.ts'
import { PREDIKAT_ORGANISASI, PREDIKAT_PEGAWAI, type PredikatPegawai } from './predikat.ts'

// Properties of the SE MenPANRB 3/2023 distribution check over generated units; the table of every
// rule met and broken is in pola-distribusi.test.ts.

const orgArb = fc.constantFrom(...PREDIKAT_ORGANISASI)
const pembulatanArb = fc.constantFrom(...PEMBULATAN_DISTRIBUSI)

/** The predikat of each pegawai of a unit, as the penilai entered them (any order, any size). */
const pegawaiArb = fc.array(fc.constantFrom(...PREDIKAT_PEGAWAI), { maxLength: 120 })

function hitung(predikat: PredikatPegawai[]): JumlahPredikat {
  const counts: JumlahPredikat = {}
  for (const p of predikat) counts[p] = (counts[p] ?? 0) + 1
  return counts
}

/** Counts as callers may pass them: keys missing, zero, undefined, in any order. */
const countsArb: fc.Arbitrary<JumlahPredikat> = fc
  .tuple(
    fc.shuffledSubarray([...PREDIKAT_PEGAWAI]),
    fc.array(fc.option(fc.nat(500), { nil: undefined }), { minLength: 5, maxLength: 5 }),
  )
  .map(([keys, nilai]) => Object.fromEntries(keys.map((k, i) => [k, nilai[i]])))

const jumlah = (counts: JumlahPredikat, predikat: readonly PredikatPegawai[]) =>
  predikat.reduce((n, p) => n + (counts[p] ?? 0), 0)
const totalOf = (counts: JumlahPredikat) => jumlah(counts, PREDIKAT_PEGAWAI)

describe('cekPolaDistribusi properties', () => {
  it('never throws, and every warning reports the real count of its predikat against its limit', () => {
    fc.assert(
      fc.property(orgArb, countsArb, pembulatanArb, (org, counts, pembulatan) => {
        const total = totalOf(counts)
        for (const w of cekPolaDistribusi(org, counts, pembulatan)) {
          expect(w.aktual).toBe(jumlah(counts, w.predikat))
          expect(w.aktual).toBeLessThanOrEqual(total)
          if (w.code === 'DISTRIBUSI.MELEBIHI_MAKS') expect(w.aktual).toBeGreaterThan(w.batas)
          else expect(w.aktual).toBeLessThan(w.batas)
          if (w.code === 'DISTRIBUSI.BUKAN_TERBANYAK') {
            const lain = PREDIKAT_PEGAWAI.filter((p) => !w.predikat.includes(p)).map((p) => counts[p] ?? 0)
            expect(w.batas).toBe(Math.max(...lain))
          }
        }
      }),
    )
  })

  it('warns exactly for the rules the unit breaks, computed from the percentages', () => {
    fc.assert(
      fc.property(orgArb, pegawaiArb, pembulatanArb, (org, predikat, pembulatan) => {
        const counts = hitung(predikat)
        const total = predikat.length
        const batas = hitungPolaDistribusi(org, total, pembulatan)
        const dilanggar = POLA_DISTRIBUSI[org].filter((aturan, i) => {
          const n = predikat.filter((p) => aturan.predikat.includes(p)).length
          if (aturan.jenis === 'terbanyak') {
            const lain = PREDIKAT_PEGAWAI.filter((p) => !aturan.predikat.includes(p))
            return lain.some((p) => predikat.filter((x) => x === p).length > n)
          }
          const b = batas[i].batas!
          // the limit in persons lies within one rounding step of the percentage (at least 1 for a minimum)
          expect(Math.abs(b - (aturan.persen * total) / 100)).toBeLessThan(
            aturan.jenis === 'min' ? 1.0001 : 1,
          )
          return aturan.jenis === 'maks' ? n > b : n < b
        })
        const peringatan = cekPolaDistribusi(org, counts, pembulatan)
        expect(total === 0 ? [] : dilanggar.map((a) => a.predikat)).toEqual(peringatan.map((w) => w.predikat))
      }),
    )
  })

  it('the order of the pegawai and of the count keys does not change the warnings', () => {
    fc.assert(
      fc.property(
        orgArb,
        pembulatanArb,
        pegawaiArb.chain((p) => fc.tuple(fc.constant(p), fc.shuffledSubarray(p, { minLength: p.length }))),
        (org, pembulatan, [predikat, acak]) => {
          const a = hitung(predikat)
          const b = hitung(acak)
          const dibalik = Object.fromEntries(Object.entries(a).reverse()) as JumlahPredikat
          const hasil = cekPolaDistribusi(org, a, pembulatan)
          expect(cekPolaDistribusi(org, b, pembulatan)).toEqual(hasil)
          expect(cekPolaDistribusi(org, dibalik, pembulatan)).toEqual(hasil)
        },
      ),
    )
  })

  it('zero counts and absent predikat are the same thing', () => {
    fc.assert(
      fc.property(orgArb, pembulatanArb, countsArb, (org, pembulatan, counts) => {
        const tanpaNol = Object.fromEntries(Object.entries(counts).filter(([, n]) => n)) as JumlahPredikat
        expect(cekPolaDistribusi(org, counts, pembulatan)).toEqual(
          cekPolaDistribusi(org, tanpaNol, pembulatan),
        )
      }),
    )
  })
})

describe('hitungPolaDistribusi properties', () => {
  it('limits are whole persons within the unit, and rounding down ≤ nearest ≤ up', () => {
    fc.assert(
      fc.property(orgArb, fc.integer({ min: 1, max: 100_000 }), (org, total) => {
        const [bawah, terdekat, atas] = (['bawah', 'terdekat', 'atas'] as const).map((r) =>
          hitungPolaDistribusi(org, total, r),
        )
        terdekat.forEach((b, i) => {
          if (b.aturan.jenis === 'terbanyak') return expect(b.batas).toBeNull()
          for (const x of [bawah[i].batas!, b.batas!, atas[i].batas!]) {
            expect(Number.isInteger(x)).toBe(true)
            // a minimum asks for someone; in a unit of 1 or 2 a secondary one may give way
            expect(x).toBeGreaterThanOrEqual(b.aturan.jenis === 'min' && total >= 3 ? 1 : 0)
            expect(x).toBeLessThanOrEqual(total)
          }
          // rounding order, except where a secondary minimum gave way to a larger primary one
          if (b.aturan.jenis === 'maks' || total >= 3) {
            expect(bawah[i].batas!).toBeLessThanOrEqual(b.batas!)
            expect(b.batas!).toBeLessThanOrEqual(atas[i].batas!)
          }
        })
      }),
    )
  })

  it('a unit is never asked for more people than it counts', () => {
    fc.assert(
      fc.property(orgArb, pembulatanArb, fc.integer({ min: 0, max: 50 }), (org, pembulatan, total) => {
        const batas = hitungPolaDistribusi(org, total, pembulatan)
        const terbanyak = batas.some((b) => b.aturan.jenis === 'terbanyak') && total > 0 ? 1 : 0
        const minimum = batas.reduce((n, b) => n + (b.aturan.jenis === 'min' ? b.batas! : 0), 0)
        expect(terbanyak + minimum).toBeLessThanOrEqual(total)
      }),
    )
  })
})
