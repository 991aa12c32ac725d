import { z } from 'zod'
import { PageQuery } from './common.ts'

/** In-app notifications (DOMAIN §8: nudge the superior a subordinate is waiting for). */
export const NotifikasiQuery = PageQuery.omit({ q: true }).extend({
  belumDibaca: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
})
export type NotifikasiQuery = z.infer<typeof NotifikasiQuery>

export const NotifikasiView = z.object({
  id: z.string(),
  jenis: z.string(),
  judul: z.string(),
  isi: z.string().nullable(),
  tautan: z.string().nullable(),
  dibaca: z.boolean(),
  dibacaAt: z.string().nullable(),
  createdAt: z.string(),
})
export type NotifikasiView = z.infer<typeof NotifikasiView>

export const NotifikasiPage = z.object({
  items: z.array(NotifikasiView),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  jumlahBelumDibaca: z.number(),
})
export const BacaSemuaView = z.object({ jumlah: z.number() })
