import { describe, expect, it } from 'vitest'
import {
  adaSiklus,
  cekIntervensi,
  petaIntervensi,
  type CekIntervensiInput,
  type IntervensiCode,
} from './intervensi.ts'
import type { SkpStatus } from './skp-workflow.ts'

const staf = { pegawaiId: 'staf', instansiId: 'kab-a', isPimpinanTertinggi: false }
const sekda = { pegawaiId: 'sekda', instansiId: 'kab-a', isPimpinanTertinggi: true }
const rhkAtasan = (skpStatus: SkpStatus = 'disetujui', pegawaiId = 'kabid', instansiId = 'kab-a') => ({
  id: 'rhk-kabid-1',
  instansiId,
  pegawaiId,
  skpStatus,
})
const penilai = ['kabid', 'ketua-tim']

// DOMAIN §2 (PermenPANRB 6/2022): rhk_atasan_diintervensi
describe('cekIntervensi', () => {
  it.each<[string, CekIntervensiInput, IntervensiCode | 'OK']>([
    ['approved RHK of the penilai', { rhk: staf, kandidat: rhkAtasan(), penilaiPegawaiIds: penilai }, 'OK'],
    [
      'approved RHK of the ketua tim',
      { rhk: staf, kandidat: rhkAtasan('disetujui', 'ketua-tim'), penilaiPegawaiIds: penilai },
      'OK',
    ],
    ['missing for a pegawai', { rhk: staf, kandidat: null, penilaiPegawaiIds: penilai }, 'INTERVENSI.WAJIB'],
    ['missing for the top leader', { rhk: sekda, kandidat: null, penilaiPegawaiIds: [] }, 'OK'],
    [
      'top leader picking an RHK is still checked',
      { rhk: sekda, kandidat: rhkAtasan('disetujui', 'kabid'), penilaiPegawaiIds: [] },
      'INTERVENSI.BUKAN_ATASAN',
    ],
    [
      'picked id that was not found',
      { rhk: staf, kandidat: null, penilaiPegawaiIds: penilai, intervensiId: 'rhk-hilang' },
      'INTERVENSI.TIDAK_DITEMUKAN',
    ],
    [
      'loaded RHK is not the picked one',
      { rhk: staf, kandidat: rhkAtasan(), penilaiPegawaiIds: penilai, intervensiId: 'rhk-lain' },
      'INTERVENSI.TIDAK_DITEMUKAN',
    ],
    [
      'picked id matches',
      { rhk: staf, kandidat: rhkAtasan(), penilaiPegawaiIds: penilai, intervensiId: 'rhk-kabid-1' },
      'OK',
    ],
    [
      'another instansi (even if approved and of a listed person)',
      { rhk: staf, kandidat: rhkAtasan('disetujui', 'kabid', 'kab-b'), penilaiPegawaiIds: penilai },
      'INTERVENSI.LINTAS_INSTANSI',
    ],
    [
      'another instansi wins over not-approved',
      { rhk: staf, kandidat: rhkAtasan('draft', 'orang-lain', 'kab-b'), penilaiPegawaiIds: penilai },
      'INTERVENSI.LINTAS_INSTANSI',
    ],
    [
      'RHK of someone who is not the penilai',
      { rhk: staf, kandidat: rhkAtasan('disetujui', 'kadis'), penilaiPegawaiIds: penilai },
      'INTERVENSI.BUKAN_ATASAN',
    ],
    [
      'own RHK, even if listed',
      { rhk: staf, kandidat: rhkAtasan('disetujui', 'staf'), penilaiPegawaiIds: ['staf', 'kabid'] },
      'INTERVENSI.BUKAN_ATASAN',
    ],
    [
      'penilai SKP in draft',
      { rhk: staf, kandidat: rhkAtasan('draft'), penilaiPegawaiIds: penilai },
      'INTERVENSI.BELUM_DISETUJUI',
    ],
    [
      'penilai SKP submitted, not yet approved',
      { rhk: staf, kandidat: rhkAtasan('diajukan'), penilaiPegawaiIds: penilai },
      'INTERVENSI.BELUM_DISETUJUI',
    ],
    [
      'penilai SKP returned',
      { rhk: staf, kandidat: rhkAtasan('dikembalikan'), penilaiPegawaiIds: penilai },
      'INTERVENSI.BELUM_DISETUJUI',
    ],
  ])('%s → %s', (_label, input, expected) => {
    expect(cekIntervensi(input)).toEqual(expected === 'OK' ? { ok: true } : { ok: false, code: expected })
  })
})

describe('adaSiklus', () => {
  // a chain: staf-1 → kasi-1 → kabid-1 → kadis-1 → (top)
  const rantai = petaIntervensi([
    { id: 'kadis-1', intervensiId: null },
    { id: 'kabid-1', intervensiId: 'kadis-1' },
    { id: 'kasi-1', intervensiId: 'kabid-1' },
    { id: 'staf-1', intervensiId: 'kasi-1' },
    { id: 'staf-2', intervensiId: null },
  ])
  const rusak = new Map<string, string | null>([
    ['x', 'y'],
    ['y', 'x'],
  ])

  it.each<[string, Map<string, string | null>, string, string | null, boolean]>([
    ['no link', rantai, 'staf-2', null, false],
    ['link to the top of a chain', rantai, 'staf-2', 'kadis-1', false],
    ['link to the bottom of a chain', rantai, 'staf-2', 'staf-1', false],
    ['re-link within the chain, no loop', rantai, 'staf-1', 'kabid-1', false],
    ['link to an unknown RHK', rantai, 'staf-2', 'baru', false],
    ['self', rantai, 'staf-2', 'staf-2', true],
    ['2-cycle', rantai, 'kasi-1', 'staf-1', true],
    ['long chain: top to bottom', rantai, 'kadis-1', 'staf-1', true],
    ['long chain: middle to bottom', rantai, 'kabid-1', 'staf-1', true],
    ['new RHK not yet in the map', rantai, 'baru', 'staf-1', false],
    ['existing loop above (bad data)', rusak, 'z', 'x', true],
  ])('%s: %s → %s', (_label, edges, rhkId, baru, siklus) => {
    expect(adaSiklus(edges, rhkId, baru)).toBe(siklus)
  })
})
