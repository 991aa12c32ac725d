import { z } from 'zod'
import { KODE_PERIODE_PENILAIAN, SKP_STATUS } from './enums.ts'

/**
 * Official documents and their public verification (DOMAIN.md §6: every document carries a verification
 * code so a printed copy can be checked in the system).
 */

export const KodeParams = z.object({ kode: z.string().trim().min(1).max(40) })

/** The status of what the document certifies when it was issued: an SKP, an evaluation or a penetapan. */
export const STATUS_DOKUMEN = [...SKP_STATUS, 'final', 'diterima', 'digantikan', 'ditetapkan'] as const
export type StatusDokumen = (typeof STATUS_DOKUMEN)[number]
const StatusDokumen = z.enum(STATUS_DOKUMEN)

/** The document kinds of DOMAIN §6 as the public summary names them. */
export const JENIS_RINGKASAN = ['SKP', 'EVALUASI', 'DOKUMEN_EVALUASI', 'PENETAPAN_PREDIKAT'] as const
export type JenisRingkasan = (typeof JENIS_RINGKASAN)[number]

/** What the public verification shows — type, period, name, masked NIP, status. Stored with the document. */
export const RingkasanDokumen = z.object({
  jenis: z.enum(JENIS_RINGKASAN),
  tahun: z.number(),
  periode: z.object({ mulai: z.string(), selesai: z.string() }),
  nama: z.string(),
  nipTersamar: z.string(),
  status: StatusDokumen,
  /** The SKP's approval date (an evaluation's finalisation date) printed on the document; null for a draft. */
  tanggalPersetujuan: z.string().nullable(),
  /** Evaluation documents and penetapan: the period code (TW1 … FINAL). */
  periodeKode: z.enum(KODE_PERIODE_PENILAIAN).optional(),
})
export type RingkasanDokumen = z.infer<typeof RingkasanDokumen>

/** Another version of the same document: its verification code and when it was issued. */
export const VersiDokumen = z.object({ kode: z.string(), dibuat: z.string() })
export type VersiDokumen = z.infer<typeof VersiDokumen>

export const VerifikasiView = RingkasanDokumen.extend({
  valid: z.literal(true),
  kode: z.string(),
  dibuat: z.string(),
  /**
   * The SKP was approved (the evaluation final, the penetapan made) when this version was issued; otherwise
   * it is a draft, not a final document.
   */
  final: z.boolean(),
  /**
   * SHA-256 (hex) of the issued PDF file, every byte of it: a holder checks a copy with `sha256sum`.
   * Null for a document issued before the files were kept.
   */
  hash: z.string().nullable(),
  /** The version issued right after this one (null: this is the latest version). */
  digantiOleh: VersiDokumen.nullable(),
  /** The latest version, when it is not `digantiOleh` itself. */
  versiTerbaru: VersiDokumen.nullable(),
})
export type VerifikasiView = z.infer<typeof VerifikasiView>

export const VerifikasiTidakValid = z.object({ valid: z.literal(false) })
