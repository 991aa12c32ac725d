import { describe, expect, it } from 'vitest'
import { ALASAN_ATASAN, JENIS_PENUGASAN } from './atasan.ts'
import { JENJANG_JF } from './angka-kredit.ts'
import {
  LABEL_ALASAN_ATASAN,
  LABEL_JENIS_PENUGASAN,
  LABEL_JENIS_PERIODE,
  LABEL_JENJANG_JF,
  LABEL_PEMBULATAN,
  LABEL_PREDIKAT,
  LABEL_PREDIKAT_ORGANISASI,
  LABEL_RATING,
  LABEL_SKP_AKSI,
  LABEL_SKP_PERAN,
  LABEL_SKP_STATUS,
  LABEL_STATUS_BEBAS_SKP,
  type Label,
} from './labels.ts'
import { PESAN_ERROR } from './pesan-error.ts'
import { PEMBULATAN_DISTRIBUSI } from './pola-distribusi.ts'
import { PREDIKAT_ORGANISASI, PREDIKAT_PEGAWAI, RATING } from './predikat.ts'
import { JENIS_PERIODE_PENILAIAN, STATUS_BEBAS_SKP_BAWAAN } from './settings.ts'
import { SKP_AKSI, SKP_PERAN, SKP_STATUS } from './skp-workflow.ts'

const TABEL: [string, Record<string, Label>, readonly string[]][] = [
  ['LABEL_RATING', LABEL_RATING, RATING],
  ['LABEL_PREDIKAT', LABEL_PREDIKAT, PREDIKAT_PEGAWAI],
  ['LABEL_PREDIKAT_ORGANISASI', LABEL_PREDIKAT_ORGANISASI, PREDIKAT_ORGANISASI],
  ['LABEL_SKP_STATUS', LABEL_SKP_STATUS, SKP_STATUS],
  ['LABEL_SKP_AKSI', LABEL_SKP_AKSI, SKP_AKSI],
  ['LABEL_SKP_PERAN', LABEL_SKP_PERAN, SKP_PERAN],
  ['LABEL_JENIS_PENUGASAN', LABEL_JENIS_PENUGASAN, JENIS_PENUGASAN],
  ['LABEL_ALASAN_ATASAN', LABEL_ALASAN_ATASAN, ALASAN_ATASAN],
  ['LABEL_JENJANG_JF', LABEL_JENJANG_JF, JENJANG_JF],
  ['LABEL_JENIS_PERIODE', LABEL_JENIS_PERIODE, JENIS_PERIODE_PENILAIAN],
  ['LABEL_PEMBULATAN', LABEL_PEMBULATAN, PEMBULATAN_DISTRIBUSI],
  ['LABEL_STATUS_BEBAS_SKP', LABEL_STATUS_BEBAS_SKP, STATUS_BEBAS_SKP_BAWAAN],
]

describe.each(TABEL)('%s', (_nama, labels, nilai) => {
  it('labels exactly the enum values', () => {
    expect(Object.keys(labels).sort()).toEqual([...nilai].sort())
  })

  it.each([...nilai])('%s has Indonesian and English text', (v) => {
    expect(labels[v].id.trim()).not.toBe('')
    expect(labels[v].en.trim()).not.toBe('')
  })
})

// the wording printed on documents (PermenPANRB 6/2022, SE MenPANRB 3/2023)
describe('official wording', () => {
  it.each<[Label, string]>([
    [LABEL_RATING.DI_ATAS, 'Di Atas Ekspektasi'],
    [LABEL_RATING.SESUAI, 'Sesuai Ekspektasi'],
    [LABEL_RATING.DI_BAWAH, 'Di Bawah Ekspektasi'],
    [LABEL_PREDIKAT.SANGAT_BAIK, 'Sangat Baik'],
    [LABEL_PREDIKAT.BAIK, 'Baik'],
    [LABEL_PREDIKAT.BUTUH_PERBAIKAN, 'Butuh Perbaikan'],
    [LABEL_PREDIKAT.KURANG, 'Kurang/Misconduct'],
    [LABEL_PREDIKAT.SANGAT_KURANG, 'Sangat Kurang'],
    [LABEL_PREDIKAT_ORGANISASI.ISTIMEWA, 'Istimewa'],
    [LABEL_PREDIKAT_ORGANISASI.BAIK, 'Baik'],
    [LABEL_PREDIKAT_ORGANISASI.BUTUH_PERBAIKAN, 'Butuh Perbaikan'],
    [LABEL_PREDIKAT_ORGANISASI.KURANG, 'Kurang'],
    [LABEL_PREDIKAT_ORGANISASI.SANGAT_KURANG, 'Sangat Kurang'],
  ])('%j reads %s', (label, teks) => {
    expect(label.id).toBe(teks)
  })
})

describe('PESAN_ERROR', () => {
  it.each(Object.entries(PESAN_ERROR))('%s has Indonesian and English text', (_code, pesan) => {
    expect(pesan.id.trim()).not.toBe('')
    expect(pesan.en.trim()).not.toBe('')
  })
})
