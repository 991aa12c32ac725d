import { z } from 'zod'
import { m } from './common.ts'
import {
  KEPUTUSAN_KEBERATAN,
  KODE_PERIODE_PENILAIAN,
  PREDIKAT_PEGAWAI,
  RATING,
  SKP_STATUS,
  STATUS_EVALUASI,
  STATUS_KEBERATAN,
} from './enums.ts'
import { JENIS_DOKUMEN } from './enums.ts'

/**
 * Riwayat kinerja (DOMAIN §7): a pegawai's SKPs, evaluations (every version: final records are never
 * overwritten, a correction is a new version), predikat, angka kredit, keberatan and issued documents, by year.
 */

export const RiwayatParams = z.object({
  pegawaiId: z.uuid(m('ID pegawai tidak valid', 'Invalid pegawai id')),
})

export const RiwayatSkp = z.object({
  id: z.string(),
  status: z.enum(SKP_STATUS),
  mulai: z.string(),
  selesai: z.string(),
  jabatan: z.string(),
  unor: z.string(),
  penilai: z.string().nullable(),
  diajukanAt: z.string().nullable(),
  disetujuiAt: z.string().nullable(),
})

export const RiwayatEvaluasi = z.object({
  id: z.string(),
  skpId: z.string(),
  periode: z.enum(KODE_PERIODE_PENILAIAN),
  versi: z.number(),
  status: z.enum(STATUS_EVALUASI),
  /** The current version of its (SKP, period); older versions stay readable. */
  kini: z.boolean(),
  ratingHasil: z.enum(RATING).nullable(),
  ratingPerilaku: z.enum(RATING).nullable(),
  predikat: z.enum(PREDIKAT_PEGAWAI).nullable(),
  penilai: z.string().nullable(),
  difinalisasiAt: z.string().nullable(),
  diterimaAt: z.string().nullable(),
  /** Why this version exists (reopened or keberatan) and its reason. */
  asal: z.object({ oleh: z.enum(['buka_kembali', 'keberatan']), alasan: z.string() }).nullable(),
})

export const RiwayatKeberatan = z.object({
  id: z.string(),
  evaluasiId: z.string(),
  status: z.enum(STATUS_KEBERATAN),
  keputusan: z.enum(KEPUTUSAN_KEBERATAN).nullable(),
  alasanKeputusan: z.string().nullable(),
  predikatBaru: z.enum(PREDIKAT_PEGAWAI).nullable(),
  diajukanAt: z.string(),
  diputuskanAt: z.string().nullable(),
})

export const RiwayatDokumen = z.object({
  id: z.string(),
  jenis: z.enum(JENIS_DOKUMEN),
  kode: z.string(),
  skpId: z.string().nullable(),
  evaluasiId: z.string().nullable(),
  dibuat: z.string(),
  /** The object was final (approved SKP, final evaluation) when this version was issued. */
  final: z.boolean(),
})

export const RiwayatAngkaKredit = z.object({
  /** The year's angka kredit from the annual predikat; null until it is final. */
  tahunan: z.number().nullable(),
  periodik: z.number(),
  kumulatif: z.number(),
})

export const RiwayatTahun = z.object({
  tahun: z.number(),
  skp: z.array(RiwayatSkp),
  evaluasi: z.array(RiwayatEvaluasi),
  /** The year's predikat: the current FINAL evaluation's when final, else null. */
  predikatTahunan: z.enum(PREDIKAT_PEGAWAI).nullable(),
  angkaKredit: RiwayatAngkaKredit.nullable(),
  keberatan: z.array(RiwayatKeberatan),
  dokumen: z.array(RiwayatDokumen),
})

export const RiwayatView = z.object({
  pegawai: z.object({ id: z.string(), nama: z.string(), nip: z.string() }),
  /** Newest year first. */
  tahun: z.array(RiwayatTahun),
})
export type RiwayatView = z.infer<typeof RiwayatView>
export type RiwayatTahun = z.infer<typeof RiwayatTahun>
