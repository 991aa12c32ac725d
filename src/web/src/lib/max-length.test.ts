import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { MphCreate, TimKerjaCreate } from '../../../shared/kaskade.ts'
import { IkiInput, KembalikanInput, Lampiran, RhkInput, SetujuiInput } from '../../../shared/skp.ts'
import { maxLengthOf } from './max-length.ts'

describe('maxLengthOf', () => {
  it('reads the .max() of the shared contract, through optional/nullable wrappers, arrays and records', () => {
    expect(maxLengthOf(RhkInput, 'deskripsi')).toBe(2000)
    expect(maxLengthOf(RhkInput, 'penugasanDari')).toBe(300)
    expect(maxLengthOf(IkiInput, 'satuan')).toBe(50)
    expect(maxLengthOf(RhkInput, 'iki.*.indikator')).toBe(1000)
    expect(maxLengthOf(Lampiran, 'konsekuensi.*')).toBe(1000)
    expect(maxLengthOf(KembalikanInput, 'catatanRhk.*.catatan')).toBe(2000)
    expect(maxLengthOf(SetujuiInput, 'ekspektasi.*')).toBe(2000)
    expect(maxLengthOf(MphCreate, 'peran')).toBe(500)
    expect(maxLengthOf(TimKerjaCreate, 'deskripsi')).toBe(2000)
    expect(maxLengthOf(z.object({ a: z.string().max(7).default('') }), 'a')).toBe(7)
  })

  it('fails loudly for a path that is not a limited text field', () => {
    expect(() => maxLengthOf(RhkInput, 'tidakAda')).toThrow(/tidakAda/)
    expect(() => maxLengthOf(RhkInput, 'jenis')).toThrow(/max/)
    expect(() => maxLengthOf(z.object({ a: z.string() }), 'a')).toThrow(/max/)
  })
})
