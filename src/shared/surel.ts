import { z } from 'zod'
import { m } from './common.ts'
import { TIPE_NOTIFIKASI, type TipeNotifikasi } from './enums.ts'

/**
 * Which notifications also come by mail, per person (src/modules/surel). Off unless listed here: the
 * important ones are on by default — the SKP returned or approved, feedback received, realisasi about to
 * lock. A person's own choice is stored only where it differs from this list.
 */
export const SUREL_BAWAAN: readonly TipeNotifikasi[] = [
  'SKP_DIKEMBALIKAN',
  'SKP_DISETUJUI',
  'UMPAN_BALIK_BARU',
  'REALISASI_SEGERA_TERKUNCI',
  // PP 30/2019 Pasal 59: the keberatan window runs from receipt, so the result and the decision come by mail
  'EVALUASI_DIFINALISASI',
  'KEBERATAN_DIAJUKAN',
  'KEBERATAN_DIPUTUSKAN',
]

export const surelBawaan = (tipe: TipeNotifikasi) => SUREL_BAWAAN.includes(tipe)

export const PreferensiSurelItem = z.object({
  tipe: z.enum(TIPE_NOTIFIKASI),
  /** Also by mail. */
  surel: z.boolean(),
  /** The default for this type (what "reset" would give). */
  bawaan: z.boolean(),
})
export type PreferensiSurelItem = z.infer<typeof PreferensiSurelItem>

export const PreferensiSurelView = z.object({
  /** The pegawai's email address from the employee data; null: no mail can be sent whatever is chosen. */
  alamat: z.string().nullable(),
  /** The server sends mail at all (SMTP configured). */
  surelAktif: z.boolean(),
  /** False for an account without employee data (it receives no notifications). */
  bisaDiatur: z.boolean(),
  items: z.array(PreferensiSurelItem),
})
export type PreferensiSurelView = z.infer<typeof PreferensiSurelView>

/** PUT: the types to change (others keep their choice); one entry per type. */
export const PreferensiSurelInput = z.strictObject({
  items: z
    .array(z.strictObject({ tipe: z.enum(TIPE_NOTIFIKASI), surel: z.boolean() }))
    .min(1, m('Pilih minimal satu jenis notifikasi', 'Choose at least one notification type'))
    .max(TIPE_NOTIFIKASI.length)
    .refine(
      (a) => new Set(a.map((i) => i.tipe)).size === a.length,
      m('Setiap jenis notifikasi hanya sekali', 'Each notification type only once'),
    ),
})
export type PreferensiSurelInput = z.infer<typeof PreferensiSurelInput>
