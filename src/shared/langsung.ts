import { z } from 'zod'
import { TIPE_NOTIFIKASI } from './enums.ts'

/**
 * Live events (GET /api/v1/langsung, Server-Sent Events). An event says only that something changed for
 * its reader and which TanStack Query keys to refetch: never the data itself (the web app asks the API,
 * which applies the usual rules). `event: notifikasi` for a new notification, `event: segarkan` otherwise.
 */
export const JENIS_PERISTIWA = ['notifikasi', 'segarkan'] as const
export type JenisPeristiwa = (typeof JENIS_PERISTIWA)[number]

/** A query-key prefix, e.g. ['notifikasi'] or ['umpan-balik', skpId]: every query starting with it is refetched. */
export const KunciQuery = z.array(z.string().min(1).max(100)).min(1).max(4)
export type KunciQuery = z.infer<typeof KunciQuery>

export const PeristiwaLangsung = z.discriminatedUnion('jenis', [
  z.object({
    jenis: z.literal('notifikasi'),
    /** The notification's id (the web app reads its text through GET /notifikasi). */
    id: z.string().max(64),
    tipe: z.enum(TIPE_NOTIFIKASI),
    kunci: z.array(KunciQuery).max(8),
  }),
  z.object({ jenis: z.literal('segarkan'), id: z.string().max(64), kunci: z.array(KunciQuery).max(8) }),
])
export type PeristiwaLangsung = z.infer<typeof PeristiwaLangsung>

/** Always refetched on any event and after a reconnection: the header bell and the Beranda. */
export const KUNCI_SELALU: KunciQuery[] = [['notifikasi'], ['beranda']]
