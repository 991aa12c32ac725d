import { z } from 'zod'
import { m, PageQuery, Uuid } from './common.ts'
import { JENIS_RHK, SKP_STATUS } from './enums.ts'
import { IkiInput } from './skp.ts'

/**
 * Cascading at scale (DOMAIN.md §2): Matriks Peran Hasil, Tim Kerja and the alignment tree.
 * Shared by the server and the web app.
 */

const Teks = (max: number) =>
  z
    .string()
    .trim()
    .min(1, m('Wajib diisi', 'Required'))
    .max(max, m(`Maksimal ${max} karakter`, `At most ${max} characters`))
const Tahun = z.coerce.number().int().min(2000).max(2100)

export const SKP_STATUS_ATAU_BELUM = ['belum_ada', ...SKP_STATUS] as const

// ---------- Matriks Peran Hasil ----------

export const MphCreate = z.object({
  rhkAtasanId: Uuid,
  pegawaiId: Uuid,
  peran: Teks(500),
  hasil: Teks(1000),
  /**
   * Without it the subordinate's RHK has no IKI yet: the matrix never invents one (DOMAIN §2); the
   * subordinate adds it before submitting, and the submission check says so per RHK.
   */
  iki: z.array(IkiInput).min(1).max(20).optional(),
})
export type MphCreate = z.infer<typeof MphCreate>

export const MphBulk = z.object({ items: z.array(MphCreate).min(1).max(500) })
export type MphBulk = z.infer<typeof MphBulk>

export const MphUpdate = z.object({ peran: Teks(500), hasil: Teks(1000) })
export type MphUpdate = z.infer<typeof MphUpdate>

export const MphSel = z.object({
  id: z.string(),
  rhkAtasanId: z.string(),
  pegawaiId: z.string(),
  peran: z.string(),
  hasil: z.string(),
  rhkBawahanId: z.string().nullable(),
  rhkBawahanDeskripsi: z.string().nullable(),
})
export type MphSel = z.infer<typeof MphSel>

export const MphView = z.object({
  skp: z.object({ id: z.string(), tahun: z.number(), status: z.string() }),
  rhkAtasan: z.array(z.object({ id: z.string(), deskripsi: z.string(), jenis: z.enum(JENIS_RHK) })),
  bawahan: z.array(
    z.object({
      pegawaiId: z.string(),
      nama: z.string(),
      nip: z.string(),
      jabatan: z.string().nullable(),
      skpId: z.string().nullable(),
      skpStatus: z.enum(SKP_STATUS_ATAU_BELUM),
      /**
       * isi: I may fill an empty cell of this row now; terkunci: I own the matrix but this subordinate's SKP
       * is submitted or approved, so no RHK can be added (say why instead of a dash).
       */
      aksi: z.object({ isi: z.boolean(), terkunci: z.boolean() }),
    }),
  ),
  sel: z.array(MphSel.extend({ peranHasilId: z.string() }).omit({ id: true })),
  /**
   * The real cascade: every subordinate RHK that intervenes a row (an RHK of this SKP), whether a cell
   * created it (peranHasilId) or its owner linked it by hand (peranHasilId null).
   */
  intervensi: z.array(
    z.object({
      rhkAtasanId: z.string(),
      pegawaiId: z.string(),
      rhkId: z.string(),
      deskripsi: z.string(),
      skpId: z.string(),
      skpStatus: z.enum(SKP_STATUS),
      peranHasilId: z.string().nullable(),
    }),
  ),
  /**
   * Computed on the server from the cascade rules: isi — I own this approved SKP and may add cells;
   * ubahSel — I own it and may edit or remove existing cells.
   */
  aksi: z.object({ isi: z.boolean(), ubahSel: z.boolean() }),
})
export type MphView = z.infer<typeof MphView>

export const MphBulkResult = z.object({ items: z.array(MphSel) })
export const MphHapusResult = z.object({ rhkDihapus: z.boolean() })

// ---------- Tim Kerja ----------

export const AnggotaInput = z.object({ pegawaiId: Uuid, peran: z.string().trim().max(200).nullish() })
export type AnggotaInput = z.infer<typeof AnggotaInput>

export const TimKerjaCreate = z.object({
  /** Only for national admins (everyone else forms teams in their own instansi). */
  instansiId: Uuid.optional(),
  tahun: Tahun,
  nama: Teks(200),
  deskripsi: z.string().trim().max(2000).nullish(),
  ketuaPegawaiId: Uuid,
  rhkId: Uuid.nullish(),
  anggota: z.array(AnggotaInput).max(200).default([]),
})
export type TimKerjaCreate = z.infer<typeof TimKerjaCreate>

export const TimKerjaUpdate = z.object({
  nama: Teks(200).optional(),
  deskripsi: z.string().trim().max(2000).nullish(),
  ketuaPegawaiId: Uuid.optional(),
  rhkId: Uuid.nullish(),
})
export type TimKerjaUpdate = z.infer<typeof TimKerjaUpdate>

export const TimKerjaQuery = PageQuery.extend({ tahun: Tahun.optional(), instansiId: Uuid.optional() })
export type TimKerjaQuery = z.infer<typeof TimKerjaQuery>

export const AnggotaParams = z.object({ id: Uuid, pegawaiId: Uuid })

/** GET /tim-kerja/calon: whom I may put in a team of the year (my subtree; admins search the instansi). */
export const CalonAnggotaQuery = z.object({ tahun: Tahun })
export const CalonAnggota = z.object({
  items: z.array(z.object({ id: z.string(), nama: z.string(), nip: z.string() })),
  /** More people than listed (a very large subtree): the list is cut. */
  terpotong: z.boolean(),
})
export type CalonAnggota = z.infer<typeof CalonAnggota>

const PegawaiRingkas = z.object({ pegawaiId: z.string(), nama: z.string(), nip: z.string() })

export const TimKerjaRingkas = z.object({
  id: z.string(),
  tahun: z.number(),
  nama: z.string(),
  deskripsi: z.string().nullable(),
  ketua: PegawaiRingkas,
  rhk: z.object({ id: z.string(), deskripsi: z.string() }).nullable(),
  dibuatOlehPegawaiId: z.string().nullable(),
  jumlahAnggota: z.number(),
})
export type TimKerjaRingkas = z.infer<typeof TimKerjaRingkas>

export const IkiTim = z.object({
  rhkId: z.string(),
  rhkDeskripsi: z.string(),
  ikiId: z.string(),
  aspek: z.string().nullable(),
  indikator: z.string(),
  target: z.string(),
})

export const TimKerjaDetail = TimKerjaRingkas.extend({
  anggota: z.array(
    PegawaiRingkas.extend({
      peran: z.string().nullable(),
      jabatan: z.string().nullable(),
      skpId: z.string().nullable(),
      skpStatus: z.enum(SKP_STATUS_ATAU_BELUM),
      iki: z.array(IkiTim),
      /** DOMAIN §2: the member's SKP carries at least one IKI for the team assignment. */
      terpenuhi: z.boolean(),
    }),
  ),
  /** kelola: I may edit the team and its members (who formed it, its ketua, an admin) — from the server. */
  aksi: z.object({ kelola: z.boolean() }),
})
export type TimKerjaDetail = z.infer<typeof TimKerjaDetail>

export const CekTimKerjaItem = z.object({ timKerjaId: z.string(), nama: z.string(), terpenuhi: z.boolean() })
export type CekTimKerjaItem = z.infer<typeof CekTimKerjaItem>
export const CekTimKerjaView = z.object({ items: z.array(CekTimKerjaItem) })

// ---------- Keselarasan (alignment tree) ----------

export const RhkRingkas = z.object({
  rhkId: z.string(),
  deskripsi: z.string(),
  pegawaiId: z.string(),
  pegawaiNama: z.string(),
  jabatan: z.string().nullable(),
  skpId: z.string(),
  skpStatus: z.string(),
})
export type RhkRingkas = z.infer<typeof RhkRingkas>

export interface SimpulKeselarasan extends RhkRingkas {
  tanpaKontributor: boolean
  anak: SimpulKeselarasan[]
}
export const SimpulKeselarasan: z.ZodType<SimpulKeselarasan> = RhkRingkas.extend({
  tanpaKontributor: z.boolean(),
  get anak() {
    return z.array(SimpulKeselarasan)
  },
})

export const KeselarasanRhk = z.object({
  /** From the RHK's intervensi up to the top leader's RHK. */
  atas: z.array(RhkRingkas),
  node: RhkRingkas.extend({ tanpaKontributor: z.boolean() }),
  bawah: z.array(SimpulKeselarasan),
  terpotong: z.boolean(),
})
export type KeselarasanRhk = z.infer<typeof KeselarasanRhk>

export const KeselarasanSkp = z.object({
  skpId: z.string(),
  items: z.array(KeselarasanRhk.omit({ terpotong: true })),
  tanpaKontributor: z.array(z.object({ rhkId: z.string(), deskripsi: z.string() })),
  terpotong: z.boolean(),
})
export type KeselarasanSkp = z.infer<typeof KeselarasanSkp>

/** One node of the tree opened level by level, with the counts of the subtree below it. */
export const SimpulLevel = RhkRingkas.extend({
  /** Nobody contributes to it while its owner has subordinates (a staff member's RHK is never flagged). */
  tanpaKontributor: z.boolean(),
  /** Direct contributors: what opening the node shows. */
  jumlahKontributor: z.number(),
  /** Every RHK below it, at any depth. */
  jumlahTurunan: z.number(),
  /** RHK below it (itself included) that nobody contributes to while their owner has subordinates. */
  jumlahTanpaKontributor: z.number(),
})
export type SimpulLevel = z.infer<typeof SimpulLevel>

export const KeselarasanLevel = z.object({
  /** The RHK whose contributors these are; null for the first level (the RHK of the SKP). */
  indukRhkId: z.string().nullable(),
  items: z.array(SimpulLevel),
})
export type KeselarasanLevel = z.infer<typeof KeselarasanLevel>

export const KeselarasanCariQuery = z.object({
  q: z
    .string()
    .trim()
    .min(2, m('Minimal 2 karakter', 'At least 2 characters'))
    .max(200, m('Maksimal 200 karakter', 'At most 200 characters')),
})
export type KeselarasanCariQuery = z.infer<typeof KeselarasanCariQuery>

export const KeselarasanCari = z.object({
  items: z.array(
    RhkRingkas.extend({
      tanpaKontributor: z.boolean(),
      /** The ancestors from an RHK of the SKP down to this one's parent (top first): the nodes to open. */
      jalur: z.array(z.string()),
    }),
  ),
  /** More matches than shown: refine the search. */
  lebih: z.boolean(),
})
export type KeselarasanCari = z.infer<typeof KeselarasanCari>
