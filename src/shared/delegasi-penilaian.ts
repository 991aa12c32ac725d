import { z } from 'zod'
import { IsoDate, Teks, Uuid } from './common.ts'
import { Orang } from './penilaian.ts'

/**
 * Delegation of evaluation (DOMAIN §1, issue 9): the atasan penilai (or an admin instansi) lets a Plt/Plh rate
 * for a penilai over a date range; revocable. Routes in RUTE_PENILAIAN (delegasi, cabutDelegasi):
 *
 * GET  /delegasi-penilaian                           → DelegasiDaftar
 * POST /delegasi-penilaian            DelegasiCreate → DelegasiView
 * POST /delegasi-penilaian/:id/cabut  IdParams       → DelegasiView
 */

export const DelegasiCreate = z.object({
  penilaiPegawaiId: Uuid,
  penerimaPegawaiId: Uuid,
  mulai: IsoDate,
  selesai: IsoDate,
  alasan: Teks(1000),
})
export type DelegasiCreate = z.infer<typeof DelegasiCreate>

export const DelegasiView = z.object({
  id: z.string(),
  penilai: Orang,
  penerima: Orang,
  mulai: z.string(),
  selesai: z.string(),
  alasan: z.string(),
  /** Covers today and not revoked. */
  aktif: z.boolean(),
  dicabutAt: z.string().nullable(),
  aksi: z.object({ cabut: z.boolean() }),
})
export type DelegasiView = z.infer<typeof DelegasiView>
export const DelegasiDaftar = z.object({
  items: z.array(DelegasiView),
  /** The reader may create delegations (an atasan penilai or an admin instansi). */
  bisaBuat: z.boolean(),
})
export type DelegasiDaftar = z.infer<typeof DelegasiDaftar>
