import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays, isoDate } from './iso-date.ts'
import { ZONA_WAKTU } from '../shared/enums.ts'
import { awalHariDiZona, terkunciPada } from './kunci-realisasi.ts'
import { daftarPeriode, potongSkpMutasi, type RentangSkp } from './periode.ts'
import { JENIS_PERIODE_PENILAIAN } from './settings.ts'

// Properties of periods and the mutasi split over generated years and assignment timelines;
// the table of cases is in periode.test.ts. PermenPANRB 6/2022, DOMAIN §1 (mutasi), §4 (periods).

const tahunArb = fc.integer({ min: 1901, max: 2199 })
const hariDalamTahun = (tahun: number) => (new Date(Date.UTC(tahun, 1, 29)).getUTCDate() === 29 ? 366 : 365)

/** Every day from `mulai` to `selesai` inclusive. */
function hari(mulai: string, selesai: string): string[] {
  const out: string[] = []
  for (let d = mulai; d <= selesai; d = addDays(d, 1)) out.push(d)
  return out
}

/** Consecutive pieces with no gap and no overlap, from the first's start to the last's end. */
function bersambung(pieces: { mulai: string; selesai: string }[]) {
  pieces.forEach((p, i) => {
    expect(p.mulai <= p.selesai).toBe(true)
    if (i > 0) expect(p.mulai).toBe(addDays(pieces[i - 1].selesai, 1))
  })
}

describe('daftarPeriode properties', () => {
  it('the periodic evaluations of any year cover it exactly, and FINAL is the whole year', () => {
    fc.assert(
      fc.property(tahunArb, fc.constantFrom(...JENIS_PERIODE_PENILAIAN), (tahun, jenis) => {
        const semua = daftarPeriode(tahun, jenis)
        const final = semua.at(-1)!
        const periodik = semua.slice(0, -1)
        expect(final).toMatchObject({
          kode: 'FINAL',
          mulai: isoDate(tahun, 1, 1),
          selesai: isoDate(tahun, 12, 31),
        })
        expect(periodik).toHaveLength({ bulanan: 12, triwulan: 4, semester: 2 }[jenis])
        expect(periodik[0].mulai).toBe(isoDate(tahun, 1, 1))
        expect(periodik.at(-1)!.selesai).toBe(isoDate(tahun, 12, 31))
        bersambung(periodik)
        expect(new Set(periodik.map((p) => p.kode)).size).toBe(periodik.length)
        const jumlahHari = periodik.reduce((n, p) => n + hari(p.mulai, p.selesai).length, 0)
        expect(jumlahHari).toBe(hariDalamTahun(tahun))
      }),
    )
  })

  it('a period is never locked on or before its last day, locked from midnight after N days', () => {
    fc.assert(
      fc.property(
        tahunArb,
        fc.constantFrom(...JENIS_PERIODE_PENILAIAN),
        fc.constantFrom(...ZONA_WAKTU),
        fc.nat(60),
        fc.nat(400),
        (tahun, jenis, zona, hariKunci, mundur) => {
          const awal = (tanggal: string) => awalHariDiZona(tanggal, zona)
          const terkunci = (saat: Date, selesai: string) => terkunciPada(saat, selesai, hariKunci, zona)
          for (const p of daftarPeriode(tahun, jenis)) {
            expect(terkunci(awal(addDays(p.selesai, -mundur)), p.selesai)).toBe(false)
            const besok = awal(addDays(p.selesai, hariKunci + 1))
            expect(terkunci(new Date(besok.getTime() - 1), p.selesai)).toBe(false)
            expect(terkunci(besok, p.selesai)).toBe(true)
          }
        },
      ),
    )
  })
})

interface Penugasan {
  id: string
  mulai: string
  selesai: string | null
}

/**
 * A pegawai's definitif assignments around a year, in the shapes the penugasan service allows: each one
 * ends the day before the next starts (a mutasi), earlier (a gap, e.g. CLTN), or was left open when the
 * next one started (the later one replaces it from its start). Starts are distinct days.
 */
function timeline(tahun: number): fc.Arbitrary<Penugasan[]> {
  const awal = isoDate(tahun, 1, 1)
  const akhir = fc.oneof(
    fc.constant({ jenis: 'mutasi' as const }),
    fc.record({ jenis: fc.constant('celah' as const), kurang: fc.integer({ min: 1, max: 200 }) }),
    fc.constant({ jenis: 'terbuka' as const }),
    fc.record({ jenis: fc.constant('lewat' as const), lebih: fc.integer({ min: 0, max: 200 }) }),
  )
  return fc
    .uniqueArray(fc.integer({ min: -500, max: 800 }), { maxLength: 6 })
    .chain((offsets) =>
      fc.tuple(fc.constant(offsets.sort((a, b) => a - b)), fc.array(akhir, { minLength: 6, maxLength: 6 })),
    )
    .map(([offsets, akhirs]) =>
      offsets.map((o, i): Penugasan => {
        const mulai = addDays(awal, o)
        const berikut = offsets[i + 1]
        const a = akhirs[i]
        let selesai: string | null = null
        if (a.jenis === 'mutasi' && berikut !== undefined) selesai = addDays(awal, berikut - 1)
        if (a.jenis === 'celah' && berikut !== undefined)
          selesai = addDays(awal, Math.max(o, berikut - 1 - a.kurang))
        if (a.jenis === 'celah' && berikut === undefined) selesai = addDays(mulai, a.kurang)
        if (a.jenis === 'lewat') selesai = addDays(awal, (berikut ?? o) + a.lebih)
        return { id: `p${i}`, mulai, selesai }
      }),
    )
}

const tahunDanTimeline = fc
  .integer({ min: 1990, max: 2060 })
  .chain((tahun) => fc.tuple(fc.constant(tahun), timeline(tahun)))

/**
 * Day by day: the pegawai's position on a day is the assignment started most recently on or before it,
 * if that one has not ended (a mutasi replaces the old position for good, even if it was left open).
 */
function hariPerPenugasan(tahun: number, penugasan: Penugasan[]): Map<string, string> {
  const urut = [...penugasan].sort((a, b) => (a.mulai < b.mulai ? -1 : 1))
  const milik = new Map<string, string>()
  for (const d of hari(isoDate(tahun, 1, 1), isoDate(tahun, 12, 31))) {
    const terakhir = urut.filter((p) => p.mulai <= d).at(-1)
    if (terakhir && (terakhir.selesai === null || d <= terakhir.selesai)) milik.set(d, terakhir.id)
  }
  return milik
}

function hariPotongan(rentang: RentangSkp[]): Map<string, string> {
  const milik = new Map<string, string>()
  for (const r of rentang) for (const d of hari(r.mulai, r.selesai)) milik.set(d, r.penugasanId)
  return milik
}

describe('potongSkpMutasi properties', () => {
  it('the SKP ranges are ordered, inside the year and their assignment, with no overlap', () => {
    fc.assert(
      fc.property(tahunDanTimeline, ([tahun, penugasan]) => {
        const rentang = potongSkpMutasi(tahun, penugasan)
        const perId = new Map(penugasan.map((p) => [p.id, p]))
        rentang.forEach((r, i) => {
          const p = perId.get(r.penugasanId)!
          expect(r.mulai >= isoDate(tahun, 1, 1) && r.selesai <= isoDate(tahun, 12, 31)).toBe(true)
          expect(r.mulai <= r.selesai).toBe(true)
          expect(r.mulai >= p.mulai && (p.selesai === null || r.selesai <= p.selesai)).toBe(true)
          if (i > 0) expect(r.mulai > rentang[i - 1].selesai).toBe(true)
        })
        expect(new Set(rentang.map((r) => r.penugasanId)).size).toBe(rentang.length)
      }),
    )
  })

  it('every day of the year in a position is in that position’s SKP, and no other day is in any', () => {
    fc.assert(
      fc.property(tahunDanTimeline, ([tahun, penugasan]) => {
        const rentang = potongSkpMutasi(tahun, penugasan)
        expect(hariPotongan(rentang)).toEqual(hariPerPenugasan(tahun, penugasan))
      }),
      { numRuns: 60 },
    )
  })

  it('a chain of mutasi from before the year, still open, splits the year exactly', () => {
    const rantai = fc
      .record({
        tahun: fc.integer({ min: 1990, max: 2060 }),
        pindah: fc.uniqueArray(fc.integer({ min: 1, max: 364 }), { maxLength: 5 }),
        sejak: fc.integer({ min: 0, max: 3000 }),
      })
      .map(({ tahun, pindah, sejak }) => {
        const awal = isoDate(tahun, 1, 1)
        const mulai = [addDays(awal, -sejak), ...pindah.sort((a, b) => a - b).map((o) => addDays(awal, o))]
        const penugasan = mulai.map((m, i) => ({
          id: `p${i}`,
          mulai: m,
          selesai: i + 1 < mulai.length ? addDays(mulai[i + 1], -1) : null,
        }))
        return { tahun, penugasan }
      })
    fc.assert(
      fc.property(rantai, ({ tahun, penugasan }) => {
        const rentang = potongSkpMutasi(tahun, penugasan)
        expect(rentang).toHaveLength(penugasan.length)
        expect(rentang[0].mulai).toBe(isoDate(tahun, 1, 1))
        expect(rentang.at(-1)!.selesai).toBe(isoDate(tahun, 12, 31))
        bersambung(rentang)
      }),
    )
  })

  it('the order in which the assignments are given does not matter', () => {
    fc.assert(
      fc.property(
        tahunDanTimeline.chain(([tahun, p]) =>
          fc.tuple(fc.constant(tahun), fc.constant(p), fc.shuffledSubarray(p, { minLength: p.length })),
        ),
        ([tahun, penugasan, acak]) => {
          expect(potongSkpMutasi(tahun, acak)).toEqual(potongSkpMutasi(tahun, penugasan))
        },
      ),
    )
  })
})
