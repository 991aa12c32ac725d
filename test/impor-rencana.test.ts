import { describe, expect, it } from 'vitest'
import { rencanakanImporPegawai, type PegawaiAda } from '../src/modules/impor/pegawai-rencana.rules.ts'
import type { PegawaiImpor } from '../src/modules/impor/pegawai-validasi.rules.ts'
import { rencanakanImporUnor, type UnorAdaPenuh } from '../src/modules/impor/unor-rencana.rules.ts'
import type { UnorImpor } from '../src/modules/impor/unor-validasi.rules.ts'

let n = 0
const idBaru = () => `id-${++n}`
const opsi = { hariIni: '2026-02-10', idBaru }

const baris = (o: Partial<PegawaiImpor> & { baris: number; nip: string }): PegawaiImpor => ({
  nama: 'Budi',
  gelarDepan: null,
  gelarBelakang: null,
  jenisKelamin: 'L',
  tempatLahir: null,
  tanggalLahir: '1990-01-01',
  jenisAsn: 'pns',
  golongan: 'III/a',
  pangkat: 'Penata Muda',
  status: undefined,
  email: undefined,
  jabatan: { nama: 'Analis', jenis: 'pelaksana', jenjang: null, isKepala: false },
  unor: 'Bidang A',
  unorInduk: null,
  tmtJabatan: null,
  ...o,
})

const UNOR = [
  { id: 'u-dinas', parentId: null, kode: 'DIN', nama: 'Dinas' },
  { id: 'u-a', parentId: 'u-dinas', kode: null, nama: 'Bidang A' },
  { id: 'u-sub1', parentId: 'u-a', kode: null, nama: 'Subbagian Umum' },
  { id: 'u-sub2', parentId: 'u-dinas', kode: null, nama: 'Subbagian Umum' },
]
const JABATAN = [
  {
    id: 'j-analis',
    unorId: 'u-a',
    nama: 'Analis',
    jenis: 'pelaksana' as const,
    jenjang: null,
    isKepala: false,
  },
]
const ADA: PegawaiAda = {
  id: 'p-1',
  nip: '199001012015031001',
  nama: 'Budi',
  gelarDepan: null,
  gelarBelakang: null,
  jenisKelamin: 'L',
  tempatLahir: null,
  tanggalLahir: '1990-01-01',
  jenisAsn: 'pns',
  golongan: 'III/a',
  pangkat: 'Penata Muda',
  status: 'aktif',
  email: 'budi@contoh.go.id',
  penugasan: { id: 't-1', unorId: 'u-a', jabatanId: 'j-analis', mulai: '2020-01-01' },
}
const keadaan = (pegawai: PegawaiAda[] = []) => ({
  unor: UNOR,
  jabatan: JABATAN,
  pegawai: new Map(pegawai.map((p) => [p.nip, p])),
})

describe('rencanakanImporPegawai', () => {
  it('a new pegawai: data with defaults, an assignment from TMT (else the import date), reusing the position', () => {
    const r = rencanakanImporPegawai(
      [baris({ baris: 2, nip: 'N1', tmtJabatan: '2024-03-01' }), baris({ baris: 3, nip: 'N2' })],
      keadaan(),
      opsi,
    )
    expect(r.ringkasan).toEqual({ baru: 2, diperbarui: 0, mutasi: 0, tidakBerubah: 0 })
    expect(r.pegawai.map((p) => [p.nip, p.baru, p.status, p.email])).toEqual([
      ['N1', true, 'aktif', null],
      ['N2', true, 'aktif', null],
    ])
    expect(r.penugasanBaru.map((t) => [t.unorId, t.jabatanId, t.mulai])).toEqual([
      ['u-a', 'j-analis', '2024-03-01'],
      ['u-a', 'j-analis', '2026-02-10'],
    ])
    expect(r.unorBaru).toEqual([])
    expect(r.jabatanBaru).toEqual([])
  })

  it('creates missing units under their parents (also a chain the file defines) and positions per unit', () => {
    const r = rencanakanImporPegawai(
      [
        baris({ baris: 2, nip: 'N1', unor: 'Seksi X', unorInduk: 'Bidang Baru' }),
        baris({ baris: 3, nip: 'N2', unor: 'Bidang Baru', unorInduk: 'DIN' }),
        baris({
          baris: 4,
          nip: 'N3',
          unor: 'bidang  baru',
          jabatan: { nama: 'Kepala Bidang', jenis: 'administrator', jenjang: null, isKepala: true },
        }),
      ],
      keadaan(),
      opsi,
    )
    expect(r.kesalahan).toEqual([])
    expect(r.unorBaru.map((u) => [u.nama, u.parentId])).toEqual([
      ['Bidang Baru', 'u-dinas'],
      ['Seksi X', r.unorBaru[0].id],
    ])
    expect(r.jabatanBaru.map((j) => [j.nama, j.unorId, j.isKepala])).toEqual([
      ['Analis', r.unorBaru[1].id, false],
      ['Analis', r.unorBaru[0].id, false],
      ['Kepala Bidang', r.unorBaru[0].id, true],
    ])
    expect(r.penugasanBaru[2]).toMatchObject({ unorId: r.unorBaru[0].id, isKepala: true })
  })

  it('an unchanged row writes nothing; a column absent from the file keeps the stored value', () => {
    const r = rencanakanImporPegawai(
      [baris({ baris: 2, nip: ADA.nip, email: undefined })],
      keadaan([ADA]),
      opsi,
    )
    expect(r.ringkasan).toEqual({ baru: 0, diperbarui: 0, mutasi: 0, tidakBerubah: 1 })
    expect([r.pegawai, r.penugasanBaru, r.akhiriPenugasan]).toEqual([[], [], []])
  })

  it('changed personal data is an update, not a mutasi', () => {
    const r = rencanakanImporPegawai(
      [baris({ baris: 2, nip: ADA.nip, golongan: 'III/b', email: null })],
      keadaan([ADA]),
      opsi,
    )
    expect(r.ringkasan.diperbarui).toBe(1)
    expect(r.pegawai).toMatchObject([{ id: 'p-1', baru: false, golongan: 'III/b', email: null }])
    expect(r.penugasanBaru).toEqual([])
  })

  it('a changed unit is a mutasi: the old assignment ends the day before TMT, or before the import date', () => {
    const pindah = (tmt: string | null) =>
      rencanakanImporPegawai(
        [baris({ baris: 2, nip: ADA.nip, unor: 'DIN', tmtJabatan: tmt })],
        keadaan([ADA]),
        opsi,
      )
    const r = pindah('2025-07-01')
    expect(r.ringkasan.mutasi).toBe(1)
    expect(r.akhiriPenugasan).toEqual([{ id: 't-1', selesai: '2025-06-30' }])
    expect(r.penugasanBaru).toMatchObject([{ pegawaiId: 'p-1', unorId: 'u-dinas', mulai: '2025-07-01' }])
    expect(pindah(null).akhiriPenugasan).toEqual([{ id: 't-1', selesai: '2026-02-09' }])
    expect(pindah('2020-01-01').kesalahan).toMatchObject([{ baris: 2, kolom: 'TMT_JABATAN' }])
  })

  it('reports an ambiguous unit name and a parent cycle in the file', () => {
    const r = rencanakanImporPegawai(
      [
        baris({ baris: 2, nip: 'N1', unor: 'Subbagian Umum' }),
        baris({ baris: 3, nip: 'N2', unor: 'Subbagian Umum', unorInduk: 'Bidang A' }),
        baris({ baris: 4, nip: 'N3', unor: 'P', unorInduk: 'Q' }),
        baris({ baris: 5, nip: 'N4', unor: 'Q', unorInduk: 'P' }),
      ],
      keadaan(),
      opsi,
    )
    expect(r.kesalahan.map((k) => [k.baris, k.kolom])).toEqual([
      [2, 'UNOR'],
      [4, 'UNOR_INDUK'],
      [5, 'UNOR_INDUK'],
    ])
    expect(r.penugasanBaru).toMatchObject([{ unorId: 'u-sub1' }])
  })
})

const ADA_UNOR: UnorAdaPenuh[] = [
  { id: 'root', parentId: null, kode: 'R', nama: 'Pemkab', namaJabatanKepala: 'Bupati' },
  { id: 'a', parentId: 'root', kode: 'A', nama: 'Dinas A', namaJabatanKepala: 'Kepala Dinas A' },
  { id: 'b', parentId: 'a', kode: 'B', nama: 'Bidang B', namaJabatanKepala: null },
  { id: 'tanpa-kode', parentId: 'a', kode: null, nama: 'Sekretariat', namaJabatanKepala: null },
]
const u = (o: Partial<UnorImpor> & { baris: number; kode: string; nama: string }): UnorImpor => ({
  kodeInduk: null,
  namaInduk: null,
  namaJabatanKepala: undefined,
  ...o,
})

describe('rencanakanImporUnor', () => {
  it('creates new units parent-first, adopts a unit without code, moves and renames existing ones', () => {
    const r = rencanakanImporUnor(
      [
        u({ baris: 2, kode: 'C2', nama: 'Seksi C2', kodeInduk: 'C1' }),
        u({ baris: 3, kode: 'C1', nama: 'Bidang C1', namaInduk: 'Dinas A' }),
        u({ baris: 4, kode: 'SEK', nama: 'Sekretariat', kodeInduk: 'A' }),
        u({ baris: 5, kode: 'B', nama: 'Bidang B', kodeInduk: 'R' }),
        u({ baris: 6, kode: 'A', nama: 'Dinas A (baru)', kodeInduk: 'R', namaJabatanKepala: 'Kepala Dinas' }),
        u({ baris: 7, kode: 'R', nama: 'Pemkab' }),
      ],
      ADA_UNOR,
      idBaru,
    )
    expect(r.kesalahan).toEqual([])
    expect(r.baru.map((x) => [x.kode, x.parentId])).toEqual([
      ['C1', 'a'],
      ['C2', r.baru[0].id],
    ])
    expect(r.ubah.map((x) => [x.id, x.kode, x.parentId, x.nama])).toEqual([
      ['tanpa-kode', 'SEK', 'a', 'Sekretariat'],
      ['b', 'B', 'root', 'Bidang B'],
      ['a', 'A', 'root', 'Dinas A (baru)'],
    ])
    expect(r.ringkasan).toEqual({ baru: 2, diperbarui: 2, mutasi: 1, tidakBerubah: 1 })
  })

  it('refuses a move under its own descendant and a cycle inside the file', () => {
    const r = rencanakanImporUnor(
      [
        u({ baris: 2, kode: 'A', nama: 'Dinas A', kodeInduk: 'B' }),
        u({ baris: 3, kode: 'X', nama: 'X', kodeInduk: 'Y' }),
        u({ baris: 4, kode: 'Y', nama: 'Y', kodeInduk: 'X' }),
      ],
      ADA_UNOR,
      idBaru,
    )
    expect(r.kesalahan.map((k) => [k.baris, k.kolom])).toEqual([
      [3, 'KODE_INDUK'],
      [4, 'KODE_INDUK'],
      [2, 'KODE_INDUK'],
    ])
    expect([r.baru, r.ubah]).toEqual([[], []])
  })
})
