import { and, gte, isNull, lte, or, type Column } from 'drizzle-orm'

/** A period [mulai, selesai] (selesai inclusive, null = open) that covers `tanggal`. */
export const aktifPada = (mulai: Column, selesai: Column, tanggal: string) =>
  and(lte(mulai, tanggal), or(isNull(selesai), gte(selesai, tanggal)))

/** A user's search text inside LIKE/ILIKE: `%`, `_` and `\` match themselves, not everything. */
export const likeAman = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`)
