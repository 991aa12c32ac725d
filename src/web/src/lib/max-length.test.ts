import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import {
  AnggotaInput,
  MphCreate,
  MphUpdate,
  TimKerjaCreate,
  TimKerjaUpdate,
} from '../../../shared/kaskade.ts'
import { InstansiCreate, JabatanCreate, UnorCreate } from '../../../shared/organisasi.ts'
import {
  AtasanOverrideCreate,
  PegawaiUpdate,
  PenugasanCreate,
  PenugasanUpdate,
} from '../../../shared/pegawai.ts'
import {
  BukaInput,
  IkiInput,
  KembalikanInput,
  Lampiran,
  PerilakuInput,
  RhkInput,
  SetujuiInput,
} from '../../../shared/skp.ts'
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

/**
 * Every limit a counted field of the web app reads: a renamed or unlimited field fails here, not as a
 * crashed form.
 */
describe.each([
  [RhkInput, ['deskripsi', 'penugasanDari']],
  [IkiInput, ['indikator', 'satuan']],
  [KembalikanInput, ['catatan', 'catatanRhk.*.catatan']],
  [BukaInput, ['alasan']],
  [SetujuiInput, ['ekspektasi.*']],
  [PerilakuInput, ['ekspektasi']],
  [Lampiran, ['dukunganSumberDaya.*', 'skemaPertanggungjawaban.*', 'konsekuensi.*']],
  [MphCreate, ['peran', 'hasil']],
  [MphUpdate, ['peran', 'hasil']],
  [TimKerjaUpdate, ['nama', 'deskripsi']],
  [AnggotaInput, ['peran']],
  [UnorCreate, ['nama', 'kode', 'namaJabatanKepala']],
  [InstansiCreate, ['nama', 'lokasi', 'pejabatNonAsnNama', 'pejabatNonAsnJabatan']],
  [PegawaiUpdate, ['nama', 'gelarDepan', 'gelarBelakang', 'tempatLahir', 'golongan', 'pangkat']],
  [PenugasanCreate, ['nomorSk']],
  [PenugasanUpdate, ['nomorSk']],
  [JabatanCreate, ['nama']],
  [AtasanOverrideCreate, ['alasan']],
] as [z.ZodType, string[]][])('limits the web app reads (%#)', (schema, paths) => {
  it.each(paths)('%s has a maximum', (path) => {
    expect(maxLengthOf(schema, path)).toBeGreaterThan(0)
  })
})
