import { z } from 'zod'
import { m, PageQuery, Uuid } from './common.ts'
import { JENIS_INSTANSI, JENIS_PENUGASAN } from './enums.ts'

export const InstansiView = z.object({
  id: z.string(),
  kode: z.string(),
  nama: z.string(),
  jenis: z.enum(JENIS_INSTANSI),
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
  jenis: z.enum(JENIS_INSTANSI),
  lokasi: z.string().trim().max(100).nullish(),
  pejabatNonAsnNama: z.string().trim().max(200).nullish(),
  pejabatNonAsnJabatan: z.string().trim().max(200).nullish(),
})
export type InstansiCreate = z.infer<typeof InstansiCreate>
export const InstansiUpdate = InstansiCreate.omit({ kode: true }).partial()
export type InstansiUpdate = z.infer<typeof InstansiUpdate>

export const InstansiQuery = PageQuery.extend({ jenis: z.enum(JENIS_INSTANSI).optional() })
export type InstansiQuery = z.infer<typeof InstansiQuery>

// ---------------------------------------------------------------- unit organisasi (unor)

const Nama = z
  .string()
  .trim()
  .min(2, m('Nama minimal 2 karakter', 'Name must be at least 2 characters'))
  .max(200)
const Kode = z.string().trim().min(1).max(50)

export { JENIS_PENUGASAN }

/** One node of the flat unor tree list (the web builds the tree from parentId). */
export const UnorNode = z.object({
  id: z.string(),
  instansiId: z.string(),
  parentId: z.string().nullable(),
  kode: z.string().nullable(),
  nama: z.string(),
  namaJabatanKepala: z.string().nullable(),
  /** Unit kerja mandiri: its head writes the SKP for JPT and pimpinan unit kerja mandiri (DOMAIN §2). */
  mandiri: z.boolean(),
  aktif: z.boolean(),
  /** Holder of the head position today: definitif first, else Plt, else Plh. */
  kepala: z
    .object({ pegawaiId: z.string(), nama: z.string(), nip: z.string(), jenis: z.enum(JENIS_PENUGASAN) })
    .nullable(),
  /** Pegawai with an assignment in this unit today (this unit only, not its sub-units). */
  jumlahPegawai: z.number(),
})
export type UnorNode = z.infer<typeof UnorNode>

export const UnorDetail = UnorNode.extend({
  /** Ancestors from the root down to the parent, for breadcrumbs. */
  jalur: z.array(z.object({ id: z.string(), nama: z.string() })),
})
export type UnorDetail = z.infer<typeof UnorDetail>

export const UnorQuery = z.object({ instansiId: Uuid.optional() })
export type UnorQuery = z.infer<typeof UnorQuery>
export const UnorList = z.object({ items: z.array(UnorNode) })

export const UnorCreate = z.object({
  /** Required for a national admin; others default to their own instansi. */
  instansiId: Uuid.optional(),
  parentId: Uuid.nullish(),
  kode: Kode.nullish(),
  nama: Nama,
  namaJabatanKepala: z.string().trim().max(200).nullish(),
  /** Unit kerja mandiri (default false): its head gets the SKP form of JPT (DOMAIN §2). */
  mandiri: z.boolean().optional(),
})
export type UnorCreate = z.infer<typeof UnorCreate>

/** Rename, move (parentId; null = root) and (de)activate. */
export const UnorUpdate = UnorCreate.omit({ instansiId: true })
  .partial()
  .extend({ aktif: z.boolean().optional() })
export type UnorUpdate = z.infer<typeof UnorUpdate>

// ---------------------------------------------------------------- jabatan

export const JENIS_JABATAN = [
  'jpt_utama',
  'jpt_madya',
  'jpt_pratama',
  'administrator',
  'pengawas',
  'pelaksana',
  'fungsional',
] as const
/** The positions that can head a unit (leader rule, DOMAIN §5). */
export const JENIS_JABATAN_KEPALA = [
  'jpt_utama',
  'jpt_madya',
  'jpt_pratama',
  'administrator',
  'pengawas',
] as const
export const JENJANG_FUNGSIONAL = [
  'ahli_pertama',
  'ahli_muda',
  'ahli_madya',
  'ahli_utama',
  'pemula',
  'terampil',
  'mahir',
  'penyelia',
] as const

export const JabatanView = z.object({
  id: z.string(),
  instansiId: z.string(),
  unor: z.object({ id: z.string(), nama: z.string() }).nullable(),
  kode: z.string().nullable(),
  nama: z.string(),
  jenis: z.enum(JENIS_JABATAN),
  jenjang: z.enum(JENJANG_FUNGSIONAL).nullable(),
  isKepala: z.boolean(),
})
export type JabatanView = z.infer<typeof JabatanView>

export const JabatanQuery = PageQuery.extend({
  instansiId: Uuid.optional(),
  unorId: Uuid.optional(),
  jenis: z.enum(JENIS_JABATAN).optional(),
})
export type JabatanQuery = z.infer<typeof JabatanQuery>

const JENJANG_WAJIB = m(
  'Jenjang wajib diisi untuk jabatan fungsional',
  'Level is required for a functional position',
)
const JENJANG_DILARANG = m(
  'Jenjang hanya untuk jabatan fungsional',
  'Level applies to functional positions only',
)
const KEPALA_BUTUH_UNOR = m('Jabatan kepala harus terikat pada unit', 'A head position must belong to a unit')

const JabatanFields = z.object({
  instansiId: Uuid.optional(),
  unorId: Uuid.nullish(),
  kode: Kode.nullish(),
  nama: Nama,
  jenis: z.enum(JENIS_JABATAN),
  jenjang: z.enum(JENJANG_FUNGSIONAL).nullish(),
  isKepala: z.boolean().optional(),
})

/** Jenjang only for jabatan fungsional (DOMAIN.md §1). Checked again on update against the stored row. */
export function cekJenjang(
  v: { jenis?: string; jenjang?: string | null; isKepala?: boolean; unorId?: string | null },
  ctx: z.RefinementCtx,
) {
  if (v.jenis === 'fungsional' && !v.jenjang)
    ctx.addIssue({ code: 'custom', path: ['jenjang'], message: JENJANG_WAJIB })
  if (v.jenis && v.jenis !== 'fungsional' && v.jenjang)
    ctx.addIssue({ code: 'custom', path: ['jenjang'], message: JENJANG_DILARANG })
  if (v.isKepala && v.unorId === null)
    ctx.addIssue({ code: 'custom', path: ['unorId'], message: KEPALA_BUTUH_UNOR })
}

export const JabatanCreate = JabatanFields.extend({ isKepala: z.boolean().default(false) }).superRefine(
  (v, ctx) => cekJenjang({ ...v, unorId: v.unorId ?? null }, ctx),
)
export type JabatanCreate = z.infer<typeof JabatanCreate>

/** Partial; the jenjang/kepala rules are checked by the server against the merged row. */
export const JabatanUpdate = JabatanFields.omit({ instansiId: true }).partial()
export type JabatanUpdate = z.infer<typeof JabatanUpdate>
