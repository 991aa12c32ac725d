import { z } from 'zod'

/** Custom messages are "Indonesian|English"; the server picks one by Accept-Language. */
export const m = (id: string, en: string) => `${id}|${en}`

export const IdParams = z.object({ id: z.uuid(m('ID tidak valid', 'Invalid id')) })

export const PageQuery = z.object({
  q: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).default(1),
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

export const IsoDate = z.iso.date(m('Tanggal harus berformat YYYY-MM-DD', 'Date must be YYYY-MM-DD'))
