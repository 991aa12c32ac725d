import { z } from 'zod'

/** Custom messages are "Indonesian|English"; the server picks one by Accept-Language. */
export const m = (id: string, en: string) => `${id}|${en}`

export const MAKS_HALAMAN = 1_000_000

export const IdParams = z.object({ id: z.uuid(m('ID tidak valid', 'Invalid id')) })

/** An id in a body or query. */
export const Uuid = z.uuid(m('ID tidak valid', 'Invalid id'))
/** Required text, trimmed, at most `maks` characters (refused beyond, never cut). */
export const Teks = (maks: number) =>
  z
    .string()
    .trim()
    .min(1, m('Wajib diisi', 'Required'))
    .max(maks, m(`Maksimal ${maks} karakter`, `At most ${maks} characters`))
/** Optional text: empty or missing is null. */
export const TeksOpsional = (maks: number) =>
  z
    .string()
    .trim()
    .max(maks, m(`Maksimal ${maks} karakter`, `At most ${maks} characters`))
    .nullish()
    .transform((s) => (s ? s : null))

export const PageQuery = z.object({
  q: z.string().trim().max(100).optional(),
  // Bounded so the offset stays a number PostgreSQL accepts (page=1e308 would not).
  page: z.coerce.number().int().min(1).max(MAKS_HALAMAN).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
})
export type PageQuery = z.infer<typeof PageQuery>

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number(), page: z.number(), pageSize: z.number() })

export interface Page<T> {
  items: T[]
  total: number
  page: number
  pageSize: number
}

export const ErrorBody = z.object({
  code: z.string(),
  message: z.string(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })),
})

/**
 * A calendar date, YYYY-MM-DD (zod checks the day exists: no 2025-02-30). Year 0000 has the right format
 * but PostgreSQL refuses it, so the range is 0001–9999, PostgreSQL's own for a four-digit year.
 */
export const IsoDate = z.iso
  .date(m('Tanggal harus berformat YYYY-MM-DD', 'Date must be YYYY-MM-DD'))
  .refine(
    (s) => !s.startsWith('0000'),
    m('Tahun harus antara 0001 dan 9999', 'The year must be between 0001 and 9999'),
  )
