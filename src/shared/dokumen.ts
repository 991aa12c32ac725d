import { z } from 'zod'

/**
 * Official documents and their public verification (DOMAIN.md §6: every document carries a verification
 * code so a printed copy can be checked in the system).
 */

export const KodeParams = z.object({ kode: z.string().trim().min(1).max(40) })

/** What the public verification shows — type, period, name, masked NIP, status, content hash. Nothing more. */
export const RingkasanDokumen = z.object({
  jenis: z.literal('SKP'),
  tahun: z.number(),
  periode: z.object({ mulai: z.string(), selesai: z.string() }),
  nama: z.string(),
  nipTersamar: z.string(),
  status: z.enum(['draft', 'diajukan', 'disetujui', 'dikembalikan']),
  hash: z.string(),
})
export type RingkasanDokumen = z.infer<typeof RingkasanDokumen>

export const VerifikasiView = RingkasanDokumen.extend({
  valid: z.literal(true),
  kode: z.string(),
  dibuat: z.string(),
})
export type VerifikasiView = z.infer<typeof VerifikasiView>

export const VerifikasiTidakValid = z.object({ valid: z.literal(false) })
