import { z } from 'zod'
import { IsoDate, m } from './common.ts'

export const AuditQuery = z
  .object({
    instansiId: z.uuid(m('ID tidak valid', 'Invalid id')).optional(),
    aksi: z.string().trim().max(50).optional(),
    entitas: z.string().trim().max(50).optional(),
    entitasId: z.string().trim().max(100).optional(),
    /** Part of the actor's display name, case-insensitive. */
    aktor: z.string().trim().max(100).optional(),
    /** Inclusive calendar dates (WIB, UTC+7). */
    dari: IsoDate.optional(),
    sampai: IsoDate.optional(),
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(200).default(50),
  })
  .refine((v) => !v.dari || !v.sampai || v.dari <= v.sampai, {
    path: ['sampai'],
    message: m(
      'Tanggal akhir tidak boleh sebelum tanggal awal',
      'The end date cannot be before the start date',
    ),
  })
export type AuditQuery = z.infer<typeof AuditQuery>

export const AuditView = z.object({
  id: z.number(),
  instansiId: z.string().nullable(),
  /** ISO timestamp. */
  waktu: z.string(),
  aktorAkunId: z.string().nullable(),
  aktorNama: z.string().nullable(),
  aksi: z.string(),
  entitas: z.string(),
  entitasId: z.string().nullable(),
  sebelum: z.unknown(),
  sesudah: z.unknown(),
  ip: z.string().nullable(),
  requestId: z.string().nullable(),
  /**
   * The object the row names, resolved on the server when the row is read: its display name and the web
   * path that shows it (null when it has no page). Null when the object no longer exists.
   */
  objek: z.object({ nama: z.string(), tautan: z.string().nullable() }).nullable(),
})
export type AuditView = z.infer<typeof AuditView>
