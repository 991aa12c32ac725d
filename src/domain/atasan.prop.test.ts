import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  activeOn,
  resolvePenilai,
  resolvePenilaiBanyak,
  type AtasanOverrideRef,
  type DataAtasan,
  type PenugasanRef,
  type UnitRef,
} from './atasan.ts'

// Properties of the penilai derivation (PermenPANRB 6/2022, DOMAIN.md §1) on generated unor trees;
// the table of named cases is in atasan.test.ts.

const D = '2024-06-15'

interface Opsi {
  /** parent pointers may point anywhere (bad data: cycles, unknown ids) instead of to an earlier unit */
  indukBebas?: boolean
  /** Plt/Plh head posts besides the definitif positions */
  pltPlh?: boolean
  overrides?: boolean
}

/** An instansi: a unit tree (unit 0 the root, the others under an earlier unit), pegawai and positions. */
function instansiArb({
  indukBebas = false,
  pltPlh = true,
  overrides = false,
}: Opsi = {}): fc.Arbitrary<DataAtasan> {
  return fc
    .record({
      nUnit: fc.integer({ min: 1, max: 12 }),
      nPegawai: fc.integer({ min: 1, max: 20 }),
    })
    .chain(({ nUnit, nPegawai }) => {
      const unitIdx = fc.integer({ min: 0, max: nUnit - 1 })
      const induk = Array.from({ length: nUnit }, (_, i) =>
        indukBebas
          ? fc.option(fc.oneof(unitIdx, fc.constant(99)), { nil: null, freq: 4 })
          : i === 0
            ? fc.constant(null)
            : fc.integer({ min: 0, max: i - 1 }),
      )
      const rentang = fc.constantFrom(
        { mulai: '2024-01-01', selesai: null },
        { mulai: '2020-03-01', selesai: '2024-12-31' },
        { mulai: '2024-06-15', selesai: '2024-06-15' },
        { mulai: '2023-01-01', selesai: '2024-06-14' }, // ended the day before: not active
        { mulai: '2024-06-16', selesai: null }, // starts the day after: not active
      )
      const posisi = fc.record({ unit: unitIdx, isKepala: fc.boolean(), rentang })
      const posisiPlt = fc.record({
        unit: unitIdx,
        jenis: fc.constantFrom('plt' as const, 'plh' as const),
        rentang,
      })
      const pegawai = fc.record({
        definitif: fc.array(posisi, { minLength: 1, maxLength: 2 }),
        plt: fc.array(posisiPlt, { maxLength: pltPlh ? 1 : 0 }),
      })
      const pegawaiIdx = fc.integer({ min: 0, max: nPegawai - 1 })
      const override = fc.record({ dari: pegawaiIdx, ke: fc.oneof(pegawaiIdx, fc.constant(99)), rentang })
      return fc.record({
        induk: fc.tuple(...induk),
        pegawai: fc.array(pegawai, { minLength: nPegawai, maxLength: nPegawai }),
        overrides: fc.array(override, { maxLength: overrides ? 6 : 0 }),
      })
    })
    .map(({ induk, pegawai, overrides: ovs }) => {
      const units: UnitRef[] = induk.map((p, i) => ({ id: `u${i}`, parentId: p === null ? null : `u${p}` }))
      const penugasan: PenugasanRef[] = pegawai.flatMap((pg, k) => [
        ...pg.definitif.map((d, j) => ({
          id: `t${k}-${j}`,
          pegawaiId: `p${k}`,
          unitId: `u${d.unit}`,
          isKepala: d.isKepala,
          jenis: 'definitif' as const,
          ...d.rentang,
        })),
        ...pg.plt.map((d, j) => ({
          id: `t${k}-${d.jenis}${j}`,
          pegawaiId: `p${k}`,
          unitId: `u${d.unit}`,
          isKepala: true,
          jenis: d.jenis,
          ...d.rentang,
        })),
      ])
      const overrides: AtasanOverrideRef[] = ovs.map((o) => ({
        pegawaiId: `p${o.dari}`,
        atasanPegawaiId: `p${o.ke}`,
        ...o.rentang,
      }))
      return { units, penugasan, overrides }
    })
}

const pegawaiIds = (data: DataAtasan) => [...new Set(data.penugasan.map((p) => p.pegawaiId))]

/** The units from `unitId` upwards (a unit not in the list is a root; a cycle in bad data stops). */
function naik(data: DataAtasan, unitId: string | null): string[] {
  const parent = new Map(data.units.map((u) => [u.id, u.parentId]))
  const jalur: string[] = []
  while (unitId !== null && !jalur.includes(unitId)) {
    jalur.push(unitId)
    unitId = parent.get(unitId) ?? null
  }
  return jalur
}

const kepalaAktif = (data: DataAtasan, unitId: string) =>
  data.penugasan.filter((p) => p.unitId === unitId && p.isKepala && activeOn(p, D))

/**
 * The one who heads a unit on D when several posts are active: definitif, then Plt, then Plh; then the
 * latest start; then the id. Someone who heads their own unit is its head, not assessed by a stand-in.
 */
const PERINGKAT = { definitif: 0, plt: 1, plh: 2 }
function kepalaUtama(data: DataAtasan, unitId: string): PenugasanRef | undefined {
  return kepalaAktif(data, unitId).sort(
    (a, b) =>
      PERINGKAT[a.jenis] - PERINGKAT[b.jenis] ||
      b.mulai.localeCompare(a.mulai) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  )[0]
}

/** The tree's answer, checked against an independent walk: the nearest unit above headed by someone else. */
function cekPohon(data: DataAtasan, pegawaiId: string) {
  const r = resolvePenilai(data, pegawaiId, D)
  const aktif = data.penugasan.filter((p) => p.pegawaiId === pegawaiId && activeOn(p, D))
  if (aktif.length === 0) {
    expect(r).toEqual({
      penugasan: null,
      penilai: null,
      atasanPenilai: null,
      atasanPenilaiNonAsn: false,
      alasan: 'TIDAK_ADA_PENUGASAN',
    })
    return r
  }
  expect(aktif).toContainEqual(r.penugasan)
  if (aktif.some((p) => p.jenis === 'definitif')) expect(r.penugasan!.jenis).toBe('definitif')

  const posisi = r.penugasan!
  const jalur = naik(
    data,
    posisi.isKepala ? (data.units.find((u) => u.id === posisi.unitId)?.parentId ?? null) : posisi.unitId,
  )
  const layak = (unitId: string) => {
    const kepala = kepalaUtama(data, unitId)
    return kepala && kepala.pegawaiId !== pegawaiId ? [kepala] : []
  }
  const terdekat = jalur.findIndex((u) => layak(u).length > 0)
  if (terdekat < 0) {
    expect(r.penilai).toBeNull()
    // a headless root reached from below is the non-ASN official's office, not a vacancy
    const akar = (u: string) => (data.units.find((x) => x.id === u)?.parentId ?? null) === null
    const adaKosong = jalur.some(
      (u) => kepalaAktif(data, u).length === 0 && !(akar(u) && u !== posisi.unitId),
    )
    expect(r.alasan).toBe(adaKosong ? 'JABATAN_KOSONG_NAIK' : 'PIMPINAN_TERTINGGI')
  } else {
    const penilai = r.penilai!
    expect(penilai.sumber).toBe('pohon')
    expect(penilai.pegawaiId).not.toBe(pegawaiId)
    expect(penilai.unitId).toBe(jalur[terdekat])
    expect(penilai.penugasanId).toBe(layak(jalur[terdekat])[0].id)
    expect(penilai.isPltPlh).toBe(layak(jalur[terdekat])[0].jenis !== 'definitif')
  }
  return r
}

describe('resolvePenilai properties', () => {
  it('the penilai heads the nearest unit above not headed by oneself, or nobody at the top', () => {
    fc.assert(
      fc.property(instansiArb(), (data) => {
        for (const id of pegawaiIds(data)) cekPohon(data, id)
      }),
      { numRuns: 200 },
    )
  })

  it('the chain climbs: the atasan penilai heads the nearest unit above the penilai’s, skipping both of them', () => {
    fc.assert(
      fc.property(instansiArb(), (data) => {
        for (const id of pegawaiIds(data)) {
          const r = resolvePenilai(data, id, D)
          if (!r.penilai) {
            expect(r.atasanPenilai).toBeNull()
            continue
          }
          const bukan = [id, r.penilai.pegawaiId]
          const harapan = naik(data, r.penilai.unitId)
            .slice(1)
            .map((u) => kepalaUtama(data, u))
            .find((k) => k && !bukan.includes(k.pegawaiId))
          expect(r.atasanPenilai?.penugasanId ?? null).toBe(harapan?.id ?? null)
          expect(r.atasanPenilai?.pegawaiId).not.toBe(id)
        }
      }),
      { numRuns: 200 },
    )
  })

  it('with one definitif position each, following the penilai from anyone reaches the top without a cycle', () => {
    const satuPosisi = instansiArb({ pltPlh: false }).map((data) => {
      const pertama = new Map<string, PenugasanRef>()
      for (const p of data.penugasan) if (!pertama.has(p.pegawaiId)) pertama.set(p.pegawaiId, p)
      return {
        ...data,
        penugasan: [...pertama.values()].map((p) => ({ ...p, mulai: '2024-01-01', selesai: null })),
      }
    })
    fc.assert(
      fc.property(satuPosisi, (data) => {
        for (const awal of pegawaiIds(data)) {
          const dilihat = [awal]
          let penilai = resolvePenilai(data, awal, D).penilai
          while (penilai) {
            expect(dilihat).not.toContain(penilai.pegawaiId)
            dilihat.push(penilai.pegawaiId)
            penilai = resolvePenilai(data, penilai.pegawaiId, D).penilai
          }
          expect(dilihat.length).toBeLessThanOrEqual(data.units.length + 1)
        }
      }),
      { numRuns: 200 },
    )
  })

  it('overrides: never oneself; an override wins only while its target holds a position', () => {
    fc.assert(
      fc.property(instansiArb({ overrides: true }), (data) => {
        for (const id of pegawaiIds(data)) {
          const r = resolvePenilai(data, id, D)
          expect(r.penilai?.pegawaiId).not.toBe(id)
          expect(r.atasanPenilai?.pegawaiId).not.toBe(id)
          const targets = data.overrides
            .filter((o) => o.pegawaiId === id && o.atasanPegawaiId !== id && activeOn(o, D))
            .map((o) => o.atasanPegawaiId)
          const bertugas = targets.filter((t) =>
            data.penugasan.some((p) => p.pegawaiId === t && activeOn(p, D)),
          )
          if (r.penugasan && bertugas.length > 0) {
            expect(r.alasan).toBe('OVERRIDE')
            expect(bertugas).toContain(r.penilai!.pegawaiId)
          } else if (r.penugasan) {
            expect(r.alasan).not.toBe('OVERRIDE')
            const tanpaOverride = cekPohon({ ...data, overrides: [] }, id)
            expect(r.penilai).toEqual(tanpaOverride.penilai)
          }
        }
      }),
      { numRuns: 200 },
    )
  })

  it('bad unit data (cycles, unknown parents) still answers, never oneself', () => {
    fc.assert(
      fc.property(instansiArb({ indukBebas: true, overrides: true }), (data) => {
        for (const id of pegawaiIds(data)) {
          const r = resolvePenilai(data, id, D)
          expect(r.penilai?.pegawaiId).not.toBe(id)
          expect(r.atasanPenilai?.pegawaiId).not.toBe(id)
        }
      }),
      { numRuns: 200 },
    )
  })

  it('resolvePenilaiBanyak answers as resolvePenilai for each pegawai', () => {
    fc.assert(
      fc.property(instansiArb({ overrides: true }), (data) => {
        const ids = [...pegawaiIds(data), 'tidak-ada']
        const banyak = resolvePenilaiBanyak(data, ids, D)
        for (const id of ids) expect(banyak.get(id)).toEqual(resolvePenilai(data, id, D))
      }),
    )
  })
})
