import { namaBulan, tanggalKalimat } from '../domain/periode.ts'
import type { Bahasa } from './enums.ts'

/**
 * The words inside notification sentences (src/shared/notifikasi-teks.ts): period names, dates,
 * predikat and the words of feedback, dialog and keberatan, per language.
 */

/** Predikat and keberatan words inside the evaluation sentences (organisation predikat prefixed ORG_). */
export const KATA_PENILAIAN: Record<Bahasa, Record<string, string>> = {
  id: {
    SANGAT_BAIK: 'Sangat Baik',
    BAIK: 'Baik',
    BUTUH_PERBAIKAN: 'Butuh Perbaikan',
    KURANG: 'Kurang/Misconduct',
    SANGAT_KURANG: 'Sangat Kurang',
    ORG_ISTIMEWA: 'Istimewa',
    ORG_BAIK: 'Baik',
    ORG_BUTUH_PERBAIKAN: 'Butuh Perbaikan',
    ORG_KURANG: 'Kurang',
    ORG_SANGAT_KURANG: 'Sangat Kurang',
    tetap: 'hasil tetap',
    ubah: 'hasil diubah',
    // why an evaluation has a new version (AsalVersi.oleh)
    keberatan: 'melalui keputusan keberatan',
    buka_kembali: 'melalui koreksi evaluasi',
  },
  en: {
    SANGAT_BAIK: 'Very Good',
    BAIK: 'Good',
    BUTUH_PERBAIKAN: 'Needs Improvement',
    KURANG: 'Poor/Misconduct',
    SANGAT_KURANG: 'Very Poor',
    ORG_ISTIMEWA: 'Outstanding',
    ORG_BAIK: 'Good',
    ORG_BUTUH_PERBAIKAN: 'Needs Improvement',
    ORG_KURANG: 'Poor',
    ORG_SANGAT_KURANG: 'Very Poor',
    tetap: 'result kept',
    ubah: 'result changed',
    keberatan: 'by the objection decision',
    buka_kembali: 'by a correction of the evaluation',
  },
}

/** Words inside the feedback and dialog sentences: the author's role, the kind of session, what happened. */
export const KATA_DIALOG: Record<Bahasa, Record<string, string>> = {
  id: {
    pegawai: 'pegawai',
    penilai: 'pejabat penilai',
    ketua_tim: 'ketua tim',
    bimbingan: 'bimbingan',
    konseling: 'konseling',
    dijadwalkan: 'dijadwalkan',
    diubah: 'jadwal diubah',
    selesai: 'telah dilaksanakan',
    dibatalkan: 'dibatalkan',
    b18: 'pegawai mengisi umpan balik (B.1.8)',
    b19: 'atasan mengisi evaluasi kompetensi (B.1.9)',
  },
  en: {
    pegawai: 'employee',
    penilai: 'assessor',
    ketua_tim: 'team leader',
    bimbingan: 'coaching',
    konseling: 'counselling',
    dijadwalkan: 'scheduled',
    diubah: 'rescheduled',
    selesai: 'held',
    dibatalkan: 'cancelled',
    b18: 'the employee gave feedback (B.1.8)',
    b19: 'the superior evaluated competencies (B.1.9)',
  },
}

const ROMAWI = ['I', 'II', 'III', 'IV']

/** A period code as people say it: B04 → April, TW1 → Triwulan I / Quarter I, S2 → Semester II. */
export function namaPeriode(kode: string, bahasa: Bahasa): string {
  const n = Number(kode.replace(/\D/g, ''))
  if (kode.startsWith('B')) return n >= 1 && n <= 12 ? namaBulan(n - 1, bahasa) : kode
  if (kode.startsWith('TW')) return `${bahasa === 'en' ? 'Quarter' : 'Triwulan'} ${ROMAWI[n - 1]}`
  if (kode.startsWith('S')) return `Semester ${ROMAWI[n - 1]}`
  return bahasa === 'en' ? 'the year' : 'tahunan'
}

/** yyyy-mm-dd → 5 April 2026 (the same words in both languages but the month's name). */
export const tanggal = (iso: string, bahasa: Bahasa) => tanggalKalimat(iso, bahasa)
