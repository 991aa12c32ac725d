import { z } from 'zod'
import { PageQuery, pageOf } from './common.ts'
import { Tahun } from './pengaturan.ts'
import { SKP_STATUS } from './enums.ts'
import { Keterlambatan } from './skp.ts'

/** SKP Bawahan: the atasan's list of subordinates' SKPs, sorted by what needs action, and bulk approval. */
export const STATUS_BAWAHAN = [...SKP_STATUS, 'belum_ada'] as const
export const SkpBawahanQuery = PageQuery.extend({
  tahun: Tahun.optional(),
  status: z.enum(STATUS_BAWAHAN).optional(),
  /** Only late rows ('1' / 'true'). */
  terlambat: z.stringbool().optional(),
})
export type SkpBawahanQuery = z.infer<typeof SkpBawahanQuery>

export const SkpBawahanItem = z.object({
  pegawai: z.object({
    id: z.string(),
    nip: z.string(),
    nama: z.string(),
    jabatan: z.string().nullable(),
    unor: z.string().nullable(),
  }),
  status: z.enum(STATUS_BAWAHAN),
  skp: z
    .object({
      id: z.string(),
      status: z.enum(SKP_STATUS),
      mulai: z.string(),
      selesai: z.string(),
      versi: z.number(),
    })
    .nullable(),
  /** True when the SKP names me as penilai. */
  sayaPenilai: z.boolean(),
  /** What I may do with this row's SKP now (from the workflow and my relation to it). */
  aksi: z.object({ setujui: z.boolean(), kembalikan: z.boolean(), bukaKembali: z.boolean() }),
  /** A row without an SKP is late too once the deadline has passed. */
  ...Keterlambatan,
  /** When the SKP was submitted (diajukan rows come first, the oldest submission first). */
  diajukanAt: z.string().nullable(),
})
export type SkpBawahanItem = z.infer<typeof SkpBawahanItem>

/** The list, sorted by what needs action, with counts by status (before the status filter) and of late rows. */
export const SkpBawahanDaftar = pageOf(SkpBawahanItem).extend({
  jumlah: z.record(z.enum(STATUS_BAWAHAN), z.number().int()),
  jumlahTerlambat: z.number().int(),
})
export type SkpBawahanDaftar = z.infer<typeof SkpBawahanDaftar>

export const SetujuiBanyakInput = z.object({ skpIds: z.array(z.uuid()).min(1).max(100) })
export const SetujuiBanyakView = z.object({
  hasil: z.array(
    z.object({
      skpId: z.string(),
      ok: z.boolean(),
      status: z.enum(SKP_STATUS).nullable(),
      code: z.string().nullable(),
      message: z.string().nullable(),
    }),
  ),
})
