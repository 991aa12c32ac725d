import { z } from 'zod'
import { m } from './common.ts'
import { JENIS_BUKTI, KODE_PERIODE } from './enums.ts'

/** Bukti dukung (DOMAIN §4): evidence of an IKI's realisasi in a period, an uploaded file or a link. */

export const Periode = z.enum(KODE_PERIODE, m('Periode tidak dikenal', 'Unknown period'))
export const JenisBukti = z.enum(JENIS_BUKTI, m('Jenis bukti tidak dikenal', 'Unknown evidence type'))

/** At most this many pieces of evidence per IKI per period (a runaway upload loop stops here). */
export const MAKS_BUKTI_PER_IKI = 20

const Keterangan = z
  .string()
  .trim()
  .max(500, m('Keterangan paling banyak 500 karakter', 'The note is at most 500 characters'))
  .optional()

/** The multipart fields sent before the file (field `file`) on POST /skp/:id/bukti. */
export const BuktiUnggahInput = z.object({
  ikiId: z.uuid(m('IKI tidak valid', 'Invalid IKI')),
  periode: Periode,
  jenis: JenisBukti.exclude(['tautan']),
  keterangan: Keterangan,
})
export type BuktiUnggahInput = z.infer<typeof BuktiUnggahInput>

/** An http(s) address only: no javascript:, data:, file: links in front of a penilai. */
export const Tautan = z
  .url({
    protocol: /^https?$/,
    hostname: z.regexes.domain,
    error: m('Tautan harus alamat http:// atau https://', 'The link must be an http:// or https:// address'),
  })
  .max(2000, m('Tautan paling banyak 2000 karakter', 'The link is at most 2000 characters'))

export const BuktiTautanInput = z.object({
  ikiId: z.uuid(m('IKI tidak valid', 'Invalid IKI')),
  periode: Periode,
  jenis: JenisBukti.default('tautan'),
  tautan: Tautan,
  keterangan: Keterangan,
})
export type BuktiTautanInput = z.infer<typeof BuktiTautanInput>

export const BuktiQuery = z.object({ periode: Periode })

export const BuktiView = z.object({
  id: z.uuid(),
  ikiId: z.uuid(),
  periode: Periode,
  jenis: JenisBukti,
  /** A file: its display name, size in bytes and detected type; null for a link. */
  berkas: z.object({ nama: z.string(), ukuran: z.number(), mime: z.string() }).nullable(),
  tautan: z.string().nullable(),
  keterangan: z.string().nullable(),
  dibuatPada: z.string(),
})
export type BuktiView = z.infer<typeof BuktiView>

export const BuktiDaftar = z.object({
  items: z.array(BuktiView),
  /** The upload limit of the SKP's year (setting batasUnggahMb), so the web app can refuse early. */
  batasUnggahMb: z.number(),
  maksPerIki: z.number(),
  /** The owner may add and delete evidence in this period now (approved SKP, period open). */
  bisaUbah: z.boolean(),
})
export type BuktiDaftar = z.infer<typeof BuktiDaftar>
