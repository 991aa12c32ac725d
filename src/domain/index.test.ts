import { describe, expect, it } from 'vitest'
import * as domain from './index.ts'

// the names other modules import from 'src/domain'
describe('index re-exports', () => {
  it.each([
    'parseNip',
    'isValidNip',
    'maskNip',
    'resolvePenilai',
    'activeOn',
    'transisiSkp',
    'SKP_STATUS',
    'SKP_AKSI',
    'cekIntervensi',
    'adaSiklus',
    'BERAKHLAK',
    'berakhlakUntukTahun',
    'pengaturanBawaan',
    'mergePengaturan',
    'daftarPeriode',
    'tanggalKunci',
    'saatKunci',
    'terkunciPada',
    'hitungCapaianIki',
    'potongSkpMutasi',
    'predikatPegawai',
    'saranRatingHasil',
    'ratingPimpinan',
    'cekPolaDistribusi',
    'angkaKredit',
    'LABEL_PREDIKAT',
    'LABEL_RATING',
    'PESAN_ERROR',
  ])('%s', (nama) => {
    expect(domain).toHaveProperty(nama)
  })
})
