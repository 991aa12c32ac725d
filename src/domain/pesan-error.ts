/**
 * Messages for people, per stable domain code (STYLE.md: errors carry a code and a message in
 * Indonesian and English). The HTTP layer maps a code to a status; the wording lives here.
 */
import type { IntervensiCode } from './intervensi.ts'
import type { Label } from './labels.ts'
import type { NipErrorCode } from './nip.ts'
import type { PeringatanDistribusi } from './pola-distribusi.ts'
import type { SkpTransisiCode } from './skp-workflow.ts'

export type DomainCode =
  NipErrorCode | SkpTransisiCode | 'SKP.CATATAN_WAJIB' | IntervensiCode | PeringatanDistribusi['code']

export const PESAN_ERROR: Record<DomainCode, Label> = {
  'NIP.FORMAT': { id: 'NIP harus 18 digit angka.', en: 'NIP must be 18 digits.' },
  'NIP.TANGGAL_LAHIR': {
    id: 'Tanggal lahir pada NIP tidak valid.',
    en: 'The birth date in the NIP is not a valid date.',
  },
  'NIP.TMT': {
    id: 'TMT pengangkatan pada NIP tidak valid atau kurang dari 18 tahun setelah tanggal lahir.',
    en: 'The appointment date in the NIP is invalid or less than 18 years after the birth date.',
  },
  'NIP.JENIS_KELAMIN': {
    id: 'Digit jenis kelamin pada NIP harus 1 atau 2.',
    en: 'The gender digit of the NIP must be 1 or 2.',
  },
  'SKP.TRANSISI_TIDAK_SAH': {
    id: 'Tindakan ini tidak dapat dilakukan pada status SKP saat ini.',
    en: 'This action is not possible in the current SKP status.',
  },
  'SKP.BUKAN_WEWENANG': {
    id: 'Anda tidak berwenang melakukan tindakan ini pada SKP ini.',
    en: 'You are not allowed to take this action on this SKP.',
  },
  'SKP.CATATAN_WAJIB': {
    id: 'Catatan wajib diisi saat mengembalikan SKP.',
    en: 'A note is required when returning an SKP.',
  },
  'INTERVENSI.WAJIB': {
    id: 'RHK atasan yang diintervensi wajib dipilih.',
    en: "Choose the superior's RHK this RHK contributes to.",
  },
  'INTERVENSI.LINTAS_INSTANSI': {
    id: 'RHK dari instansi lain tidak dapat diintervensi.',
    en: "Another agency's RHK cannot be cascaded from.",
  },
  'INTERVENSI.BUKAN_ATASAN': {
    id: 'RHK yang dipilih bukan milik pejabat penilai atau ketua tim Anda.',
    en: 'The chosen RHK does not belong to your assessor or team leader.',
  },
  'INTERVENSI.BELUM_DISETUJUI': {
    id: 'SKP atasan belum disetujui; RHK-nya belum dapat diintervensi.',
    en: "The superior's SKP is not approved yet; its RHK cannot be cascaded from.",
  },
  'INTERVENSI.TIDAK_DITEMUKAN': {
    id: 'RHK atasan yang dipilih tidak ditemukan.',
    en: "The chosen superior's RHK was not found.",
  },
  'DISTRIBUSI.BUKAN_TERBANYAK': {
    id: 'Predikat ini seharusnya yang terbanyak menurut pola distribusi.',
    en: 'This predicate should be the most frequent one under the distribution curve.',
  },
  'DISTRIBUSI.MELEBIHI_MAKS': {
    id: 'Jumlah pegawai dengan predikat ini melebihi batas pola distribusi.',
    en: 'More employees have this predicate than the distribution curve allows.',
  },
  'DISTRIBUSI.KURANG_DARI_MIN': {
    id: 'Jumlah pegawai dengan predikat ini kurang dari pola distribusi.',
    en: 'Fewer employees have this predicate than the distribution curve expects.',
  },
}
