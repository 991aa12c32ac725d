import { z } from 'zod'
import { IsoDate, m, PageQuery, pageOf } from './common.ts'
import { STATUS_HARI_PROGRES, STATUS_PROGRES } from './enums.ts'

/**
 * Progres harian (DOMAIN §4): the pegawai's daily entries and the penilai's review. Times travel as
 * "HH:MM" (the end may be 24:00); the server computes durations, day totals and day statuses.
 */
export { STATUS_HARI_PROGRES, STATUS_PROGRES }

/** A clock time of the day, 00:00–24:00. */
export const Jam = z
  .string()
  .regex(/^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/, m('Jam harus berformat JJ:MM', 'Time must be HH:MM'))

/** The evidence link: a web address only (never javascript:, file: or data:). */
export const TautanBukti = z
  .url({
    protocol: /^https?$/,
    message: m(
      'Tautan harus alamat http:// atau https://',
      'The link must be an http:// or https:// address',
    ),
  })
  .max(2000)

const Kegiatan = z.string().trim().min(1).max(2000)
const Catatan = z.string().trim().max(2000)

const ProgresDasar = z.object({
  tanggal: IsoDate,
  jamMulai: Jam,
  jamSelesai: Jam,
  kegiatan: Kegiatan,
  realisasi: z.number().min(0).max(1e12).nullable().optional(),
  satuan: z.string().trim().min(1).max(50).nullable().optional(),
  rencanaAksiId: z.uuid().nullable().optional(),
  tautanBukti: TautanBukti.nullable().optional(),
})

/** Cross-field rules: the end after the start, a quantity with its unit. */
function cekProgres(v: z.infer<typeof ProgresDasar>, ctx: z.RefinementCtx) {
  if (v.jamSelesai <= v.jamMulai)
    ctx.addIssue({
      code: 'custom',
      path: ['jamSelesai'],
      message: m('Jam selesai harus setelah jam mulai', 'The end time must be after the start time'),
    })
  if ((v.realisasi ?? null) === null && (v.satuan ?? null) !== null)
    ctx.addIssue({
      code: 'custom',
      path: ['realisasi'],
      message: m('Isi realisasi untuk satuan ini', 'Enter the quantity for this unit'),
    })
  if ((v.realisasi ?? null) !== null && (v.satuan ?? null) === null)
    ctx.addIssue({
      code: 'custom',
      path: ['satuan'],
      message: m('Satuan wajib diisi bersama realisasi', 'The unit is required with a quantity'),
    })
}

const Versi = z.number().int().min(1).max(2_000_000_000)
/** A day's entry as the pegawai writes it (create, and the whole entry again on edit, with its version). */
export const ProgresInput = ProgresDasar.superRefine(cekProgres)
export type ProgresInput = z.infer<typeof ProgresInput>
export const ProgresUbah = ProgresDasar.extend({ versi: Versi }).superRefine(cekProgres)
export type ProgresUbah = z.infer<typeof ProgresUbah>
export const VersiQuery = z.object({ versi: z.coerce.number().int().min(1).max(2_000_000_000).optional() })

/** Several entries named with the version the reader saw: all change, or none. */
const DaftarEntri = z
  .array(z.object({ id: z.uuid(), versi: Versi }))
  .min(1)
  .max(200)
  .refine(
    (xs) => new Set(xs.map((x) => x.id)).size === xs.length,
    m('Entri yang sama disebut dua kali', 'The same entry is listed twice'),
  )

export const AjukanProgresInput = z.object({ entri: DaftarEntri })
export type AjukanProgresInput = z.infer<typeof AjukanProgresInput>

export const KEPUTUSAN_TINJAUAN = ['setujui', 'kembalikan'] as const
/** The penilai's decision on several entries; returning needs a note. */
export const TinjauProgresInput = z
  .object({ keputusan: z.enum(KEPUTUSAN_TINJAUAN), catatan: Catatan.optional(), entri: DaftarEntri })
  .superRefine((v, ctx) => {
    if (v.keputusan === 'kembalikan' && !v.catatan)
      ctx.addIssue({
        code: 'custom',
        path: ['catatan'],
        message: m('Catatan wajib diisi saat mengembalikan', 'A note is required to return entries'),
      })
  })
export type TinjauProgresInput = z.infer<typeof TinjauProgresInput>

/** What this reader may do with the entry now (the web shows buttons from it). */
export const AksiProgres = z.object({
  ubah: z.boolean(),
  hapus: z.boolean(),
  ajukan: z.boolean(),
  setujui: z.boolean(),
  kembalikan: z.boolean(),
})
export type AksiProgres = z.infer<typeof AksiProgres>

export const ProgresView = z.object({
  id: z.string(),
  pegawaiId: z.string(),
  skpId: z.string(),
  tanggal: z.string(),
  jamMulai: z.string(),
  jamSelesai: z.string(),
  durasiMenit: z.number().int(),
  kegiatan: z.string(),
  realisasi: z.number().nullable(),
  satuan: z.string().nullable(),
  rencanaAksi: z.object({ id: z.string(), uraian: z.string() }).nullable(),
  tautanBukti: z.string().nullable(),
  status: z.enum(STATUS_PROGRES),
  catatanAtasan: z.string().nullable(),
  diajukanAt: z.string().nullable(),
  ditinjauAt: z.string().nullable(),
  versi: z.number().int(),
  aksi: AksiProgres,
})
export type ProgresView = z.infer<typeof ProgresView>

/** A range of days (a week or a month): at most 62 days, `sampai` not before `dari`. */
export const ProgresQuery = z
  .object({ dari: IsoDate, sampai: IsoDate })
  .refine((v) => v.sampai >= v.dari, {
    path: ['sampai'],
    message: m('Tanggal akhir sebelum tanggal awal', 'The end date is before the start date'),
  })
  .refine((v) => (Date.parse(v.sampai) - Date.parse(v.dari)) / 86_400_000 <= 62, {
    path: ['sampai'],
    message: m('Rentang paling lama 62 hari', 'The range is at most 62 days'),
  })
export type ProgresQuery = z.infer<typeof ProgresQuery>

export const HariProgres = z.object({
  tanggal: z.string(),
  /** The approved SKP covering the day (where a new entry goes); null: nothing can be written that day. */
  skpId: z.string().nullable(),
  /** A new entry may be written: an approved SKP covers the day and it is not after today. */
  bisaDiisi: z.boolean(),
  status: z.enum(STATUS_HARI_PROGRES),
  totalMenit: z.number().int(),
  entri: z.array(ProgresView),
})
export type HariProgres = z.infer<typeof HariProgres>

/** The pegawai's days in a range, every day listed (empty ones too), with hours per day and in total. */
export const ProgresDaftar = z.object({
  dari: z.string(),
  sampai: z.string(),
  /** The server's today: days after it cannot be filled. */
  hariIni: z.string(),
  totalMenit: z.number().int(),
  hari: z.array(HariProgres),
})
export type ProgresDaftar = z.infer<typeof ProgresDaftar>

export const HasilBanyak = z.object({ entri: z.array(ProgresView) })
export type HasilBanyak = z.infer<typeof HasilBanyak>

const PegawaiRingkas = z.object({ id: z.string(), nama: z.string(), nip: z.string() })

/** The penilai's review list: a week's entries of the people they assess. */
export const TinjauanQuery = PageQuery.omit({ q: true }).extend({
  /** Any day of the week (Monday–Sunday); default this week. */
  minggu: IsoDate.optional(),
  pegawaiId: z.uuid().optional(),
  status: z.enum(STATUS_PROGRES).optional(),
})
export type TinjauanQuery = z.infer<typeof TinjauanQuery>

export const TinjauanItem = ProgresView.extend({ pegawai: PegawaiRingkas })
export type TinjauanItem = z.infer<typeof TinjauanItem>
export const TinjauanDaftar = pageOf(TinjauanItem).extend({
  mulai: z.string(),
  selesai: z.string(),
  /** Entries waiting for my decision in that week (whatever the filters). */
  jumlahDiajukan: z.number().int(),
})
export type TinjauanDaftar = z.infer<typeof TinjauanDaftar>

export const GridQuery = z.object({ minggu: IsoDate.optional() })
export type GridQuery = z.infer<typeof GridQuery>

export const SelGrid = z.object({
  tanggal: z.string(),
  status: z.enum(STATUS_HARI_PROGRES),
  jumlahEntri: z.number().int(),
  totalMenit: z.number().int(),
})
/** Subordinates × the days of a week: each day's status; rows needing action first. */
export const GridTinjauan = z.object({
  mulai: z.string(),
  selesai: z.string(),
  hariIni: z.string(),
  hari: z.array(z.string()),
  baris: z.array(
    z.object({ pegawai: PegawaiRingkas, jumlahDiajukan: z.number().int(), hari: z.array(SelGrid) }),
  ),
})
export type GridTinjauan = z.infer<typeof GridTinjauan>
