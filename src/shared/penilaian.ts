import { z } from 'zod'
import { JENIS_JABATAN, JENJANG_FUNGSIONAL } from './organisasi.ts'
import { PejabatSnapshot } from './skp.ts'

/**
 * Evaluation contract (DOMAIN §5). The server computes every rating suggestion, predikat and allowed action
 * and sends them; the web app shows them and never recomputes them.
 */

/** Who actually rates this evaluation and why (DOMAIN §1 delegation). */
export const BERTINDAK_SEBAGAI = ['penilai', 'delegasi', 'atasan_berikutnya', 'atas_nama_non_asn'] as const

/**
 * `evaluasi.snapshot`: the blocks at the time (DOMAIN §1), refreshed while draft, frozen at finalisation.
 * penilai = who rates (the SKP's penilai, a delegate Plt/Plh, or the next superior up when the penilai is
 * gone); atasanPenilai = that person's own penilai, who hears a keberatan and may reopen.
 */
export const EvaluasiSnapshot = z.object({
  pegawai: PejabatSnapshot,
  penilai: PejabatSnapshot.nullable(),
  atasanPenilai: PejabatSnapshot.nullable(),
  /** The SKP's own penilai when someone else rates (delegation, next superior). */
  penilaiSkp: PejabatSnapshot.nullable().optional(),
  bertindakSebagai: z.enum(BERTINDAK_SEBAGAI),
  unorId: z.string(),
  unorNama: z.string(),
  /** The pegawai heads unorId (leader rule, not counted in the unit's curve). */
  kepalaUnit: z.boolean(),
  /** The head position is held as Plt/Plh. */
  plt: z.boolean(),
  jenisJabatan: z.enum(JENIS_JABATAN),
  /** Jenjang of a jabatan fungsional (angka kredit), null otherwise. */
  jenjang: z.enum(JENJANG_FUNGSIONAL).nullable(),
  /** The first and last day this evaluation covers (the period cut to the SKP's dates). */
  mulai: z.string(),
  selesai: z.string(),
  tanggal: z.string(),
})
export type EvaluasiSnapshot = z.infer<typeof EvaluasiSnapshot>

/** Why a version after the first exists (`evaluasi.asal`). */
export const AsalVersi = z.object({
  oleh: z.enum(['buka_kembali', 'keberatan']),
  alasan: z.string(),
  olehNama: z.string(),
  pada: z.string(),
  /** The keberatan that changed the result. */
  keberatanId: z.string().optional(),
})
export type AsalVersi = z.infer<typeof AsalVersi>
