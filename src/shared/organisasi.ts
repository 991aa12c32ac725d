import { z } from 'zod'
import { m, PageQuery } from './common.ts'

export const InstansiView = z.object({
  id: z.string(),
  kode: z.string(),
  nama: z.string(),
  jenis: z.enum(['pusat', 'daerah']),
  lokasi: z.string().nullable(),
  pejabatNonAsnNama: z.string().nullable(),
  pejabatNonAsnJabatan: z.string().nullable(),
})
export type InstansiView = z.infer<typeof InstansiView>

export const InstansiCreate = z.object({
  kode: z
    .string()
    .trim()
    .regex(/^[A-Z0-9_-]{2,20}$/, m('Kode 2–20 huruf kapital/angka', 'Code: 2–20 capital letters/digits')),
  nama: z.string().trim().min(3, m('Nama minimal 3 karakter', 'Name must be at least 3 characters')).max(200),
  jenis: z.enum(['pusat', 'daerah']),
  lokasi: z.string().trim().max(100).nullish(),
  pejabatNonAsnNama: z.string().trim().max(200).nullish(),
  pejabatNonAsnJabatan: z.string().trim().max(200).nullish(),
})
export type InstansiCreate = z.infer<typeof InstansiCreate>
export const InstansiUpdate = InstansiCreate.omit({ kode: true }).partial()
export type InstansiUpdate = z.infer<typeof InstansiUpdate>

export const InstansiQuery = PageQuery.extend({ jenis: z.enum(['pusat', 'daerah']).optional() })
export type InstansiQuery = z.infer<typeof InstansiQuery>
