import { z } from 'zod'
import { parseNip, PERINGATAN_NIP, type NipErrorCode } from '../domain/nip.ts'
import { STATUS_CAPAIAN } from './beranda.ts'
import { IsoDate, m, PageQuery, Uuid } from './common.ts'
import { ALASAN_ATASAN, JENIS_KELAMIN } from './enums.ts'
import { JENIS_JABATAN, JENIS_PENUGASAN, JENJANG_FUNGSIONAL } from './organisasi.ts'
import { Tahun } from './pengaturan.ts'

export const JENIS_ASN = ['pns', 'pppk', 'pppk_paruh_waktu'] as const
/** Employment status; the SKP-exempt states are configurable per instansi/year (DOMAIN.md §1). */
export const STATUS_KEPEGAWAIAN = [
  'aktif',
  'pejabat_negara',
  'diberhentikan_sementara',
  'cltn',
  'mpp',
  'tugas_belajar',
  'pensiun',
  'berhenti',
] as const

const Ref = z.object({ id: z.string(), nama: z.string() })

/** The exact reason a NIP is refused (DOMAIN.md §1: birth date + TMT + gender digit + sequence). */
export const PESAN_NIP: Record<NipErrorCode, string> = {
  'NIP.FORMAT': m('NIP harus 18 digit angka', 'NIP must be exactly 18 digits'),
  'NIP.TANGGAL_LAHIR': m(
    'Tanggal lahir dalam NIP (digit 1–8) tidak mungkin',
    'The birth date in the NIP (digits 1–8) is impossible',
  ),
  'NIP.TMT': m(
    'TMT dalam NIP (digit 9–14) tidak mungkin atau kurang dari 18 tahun setelah tanggal lahir',
    'The appointment date in the NIP (digits 9–14) is impossible or less than 18 years after the birth date',
  ),
  'NIP.JENIS_KELAMIN': m(
    'Digit jenis kelamin NIP (digit 15) harus 1 atau 2',
    'The NIP gender digit (digit 15) must be 1 or 2',
  ),
}

// ---------------------------------------------------------------- views

export const PenugasanRingkas = z.object({
  id: z.string(),
  jabatan: z.object({
    id: z.string(),
    nama: z.string(),
    jenis: z.enum(JENIS_JABATAN),
    jenjang: z.enum(JENJANG_FUNGSIONAL).nullable(),
  }),
  unor: Ref,
  isKepala: z.boolean(),
  jenis: z.enum(JENIS_PENUGASAN),
  mulai: z.string(),
  selesai: z.string().nullable(),
  nomorSk: z.string().nullable(),
})
export type PenugasanRingkas = z.infer<typeof PenugasanRingkas>

/** One row of a penugasan history; `aktif` = covers today. */
export const PenugasanView = PenugasanRingkas.extend({ pegawaiId: z.string(), aktif: z.boolean() })
export type PenugasanView = z.infer<typeof PenugasanView>

export const PegawaiListItem = z.object({
  id: z.string(),
  nip: z.string(),
  nama: z.string(),
  jenisAsn: z.enum(JENIS_ASN),
  golongan: z.string().nullable(),
  pangkat: z.string().nullable(),
  status: z.enum(STATUS_KEPEGAWAIAN),
  jabatan: Ref.nullable(),
  unor: Ref.nullable(),
})
export type PegawaiListItem = z.infer<typeof PegawaiListItem>

export const PegawaiDetail = z.object({
  id: z.string(),
  instansiId: z.string(),
  nip: z.string(),
  nama: z.string(),
  gelarDepan: z.string().nullable(),
  gelarBelakang: z.string().nullable(),
  jenisKelamin: z.enum(JENIS_KELAMIN),
  tempatLahir: z.string().nullable(),
  tanggalLahir: z.string(),
  jenisAsn: z.enum(JENIS_ASN),
  golongan: z.string().nullable(),
  pangkat: z.string().nullable(),
  status: z.enum(STATUS_KEPEGAWAIAN),
  /** When the status holds (inclusive; null = open on that side): an exemption's dates (DOMAIN.md §1). */
  statusMulai: z.string().nullable(),
  statusSelesai: z.string().nullable(),
  email: z.string().nullable(),
  /**
   * What in the stored birth date / gender disagrees with the NIP: a warning to show, never an error
   * (DOMAIN.md §1; the NIP never changes, the other data may be a later correction). [] when all agree.
   */
  peringatanNip: z.array(z.enum(PERINGATAN_NIP)),
  /** The assignment that counts today: definitif first, else Plt, else Plh. */
  penugasanSaatIni: PenugasanRingkas.nullable(),
  akun: z.object({ id: z.string(), username: z.string(), aktif: z.boolean() }).nullable(),
})
export type PegawaiDetail = z.infer<typeof PegawaiDetail>

// ---------------------------------------------------------------- queries and inputs

const Bool = z.enum(['true', 'false']).transform((v) => v === 'true')

export const PegawaiQuery = PageQuery.extend({
  instansiId: Uuid.optional(),
  unorId: Uuid.optional(),
  /** With unorId: also pegawai of every sub-unit. */
  termasukSubUnit: Bool.optional(),
  status: z.enum(STATUS_KEPEGAWAIAN).optional(),
  jenisAsn: z.enum(JENIS_ASN).optional(),
  /** Only pegawai no account names (the Beranda's "pegawai without an account"). */
  tanpaAkun: Bool.optional(),
  /**
   * Only pegawai who need an SKP in `tahun` (default: this year) and whose latest SKP of that year has this
   * status, or none (`belum_ada`): the list behind each completion count of the Beranda.
   */
  statusSkp: z.enum(STATUS_CAPAIAN).optional(),
  /** Only pegawai who need an SKP in `tahun`, whatever its status (the Beranda's totals). */
  wajibSkp: Bool.optional(),
  tahun: Tahun.optional(),
})
export type PegawaiQuery = z.infer<typeof PegawaiQuery>

export const PenugasanCreate = z
  .object({
    jabatanId: Uuid,
    /** Defaults to the jabatan's unit; required for a jabatan not bound to a unit. */
    unorId: Uuid.optional(),
    jenis: z.enum(JENIS_PENUGASAN).default('definitif'),
    mulai: IsoDate,
    selesai: IsoDate.nullish(),
    nomorSk: z.string().trim().max(100).nullish(),
  })
  .refine((v) => !v.selesai || v.selesai >= v.mulai, {
    path: ['selesai'],
    message: m(
      'Tanggal selesai tidak boleh sebelum tanggal mulai',
      'The end date cannot be before the start date',
    ),
  })
export type PenugasanCreate = z.infer<typeof PenugasanCreate>

export const PenugasanUpdate = z.object({
  /** Inclusive; null reopens the assignment. */
  selesai: IsoDate.nullable().optional(),
  nomorSk: z.string().trim().max(100).nullish(),
})
export type PenugasanUpdate = z.infer<typeof PenugasanUpdate>

const PegawaiFields = z.object({
  nama: z.string().trim().min(2, m('Nama minimal 2 karakter', 'Name must be at least 2 characters')).max(200),
  gelarDepan: z.string().trim().max(50).nullish(),
  gelarBelakang: z.string().trim().max(100).nullish(),
  jenisKelamin: z.enum(JENIS_KELAMIN),
  tempatLahir: z.string().trim().max(100).nullish(),
  tanggalLahir: IsoDate,
  jenisAsn: z.enum(JENIS_ASN),
  golongan: z.string().trim().max(10).nullish(),
  pangkat: z.string().trim().max(100).nullish(),
  status: z.enum(STATUS_KEPEGAWAIAN),
  statusMulai: IsoDate.nullish(),
  statusSelesai: IsoDate.nullish(),
  email: z.email(m('Email tidak valid', 'Invalid email')).nullish(),
})

/** An exemption's end cannot come before its start (both inclusive). */
const cekTanggalStatus = (
  v: { statusMulai?: string | null; statusSelesai?: string | null },
  ctx: z.RefinementCtx,
) => {
  if (v.statusMulai && v.statusSelesai && v.statusSelesai < v.statusMulai)
    ctx.addIssue({
      code: 'custom',
      path: ['statusSelesai'],
      message: m(
        'Tanggal akhir status tidak boleh sebelum tanggal mulainya',
        'The status end date cannot be before its start date',
      ),
    })
}

/**
 * The NIP must be possible (DOMAIN.md §1). A birth date or gender that disagrees with it is accepted: the
 * pegawai then carries a stored warning (`peringatanNip`), never an error.
 */
export function cekNip(nip: string, ctx: z.RefinementCtx) {
  const parsed = parseNip(nip)
  if (!parsed.ok) ctx.addIssue({ code: 'custom', path: ['nip'], message: PESAN_NIP[parsed.code] })
}

/** Birth date and gender may be left out: they are then taken from the NIP. */
export const PegawaiCreate = PegawaiFields.partial({ jenisKelamin: true, tanggalLahir: true, status: true })
  .extend({
    instansiId: Uuid.optional(),
    nip: z.string().trim(),
    /** Optional first assignment. */
    penugasan: PenugasanCreate.optional(),
  })
  .superRefine((v, ctx) => {
    cekNip(v.nip, ctx)
    cekTanggalStatus(v, ctx)
  })
export type PegawaiCreate = z.infer<typeof PegawaiCreate>

/** NIP is immutable: sending it is an error (a wrong NIP means a new pegawai record). */
export const PegawaiUpdate = PegawaiFields.partial()
  .extend({
    nip: z
      .unknown()
      .refine((v) => v === undefined, m('NIP tidak dapat diubah', 'The NIP cannot be changed'))
      .optional(),
  })
  .superRefine(cekTanggalStatus)
export type PegawaiUpdate = z.infer<typeof PegawaiUpdate>

// ---------------------------------------------------------------- atasan (pejabat penilai)

export { ALASAN_ATASAN }

/** A person in a position on a date, enriched for display and for document snapshots (SKP, evaluasi). */
export const PejabatView = z.object({
  pegawaiId: z.string(),
  penugasanId: z.string(),
  nip: z.string(),
  nama: z.string(),
  gelarDepan: z.string().nullable(),
  gelarBelakang: z.string().nullable(),
  golongan: z.string().nullable(),
  pangkat: z.string().nullable(),
  jabatan: z.string(),
  unorId: z.string(),
  unor: z.string(),
  /** Holds the position as Plt/Plh (acting). */
  isPltPlh: z.boolean(),
})
export type PejabatView = z.infer<typeof PejabatView>

/** A penilai or atasan penilai; `sumber` says whether the tree or an admin override chose them. */
export const PenilaiView = PejabatView.extend({ sumber: z.enum(['pohon', 'override']) })
export type PenilaiView = z.infer<typeof PenilaiView>

export const AtasanOverrideView = z.object({
  id: z.string(),
  pegawaiId: z.string(),
  atasan: z.object({ pegawaiId: z.string(), nip: z.string(), nama: z.string() }),
  mulai: z.string(),
  selesai: z.string().nullable(),
  alasan: z.string(),
})
export type AtasanOverrideView = z.infer<typeof AtasanOverrideView>

export const AtasanQuery = z.object({ tanggal: IsoDate.optional() })

/** Who assesses a pegawai on a date: `cariPenilai` on the server, GET /pegawai/:id/atasan on the web. */
export const PenilaiInfo = z.object({
  tanggal: z.string(),
  /** The pegawai's own position on the date (null: no assignment then). */
  pegawai: PejabatView.nullable(),
  penilai: PenilaiView.nullable(),
  atasanPenilai: PenilaiView.nullable(),
  alasan: z.enum(ALASAN_ATASAN),
  /** For the top leader (PIMPINAN_TERTINGGI): the non-ASN official recorded on the instansi. */
  penilaiNonAsn: z.object({ nama: z.string(), jabatan: z.string().nullable() }).nullable(),
  /**
   * When the penilai is the top leader or heads a unit directly under the non-ASN official: that official
   * is the atasan penilai (DOMAIN §1), recorded on the instansi.
   */
  atasanPenilaiNonAsn: z.object({ nama: z.string(), jabatan: z.string().nullable() }).nullable(),
})
export type PenilaiInfo = z.infer<typeof PenilaiInfo>

export const AtasanView = PenilaiInfo.extend({
  /** Every override of this pegawai, newest first. */
  overrides: z.array(AtasanOverrideView),
})
export type AtasanView = z.infer<typeof AtasanView>

export const AtasanOverrideCreate = z
  .object({
    atasanPegawaiId: Uuid,
    mulai: IsoDate,
    selesai: IsoDate.nullish(),
    alasan: z
      .string()
      .trim()
      .min(5, m('Alasan minimal 5 karakter', 'Reason must be at least 5 characters'))
      .max(500),
  })
  .refine((v) => !v.selesai || v.selesai >= v.mulai, {
    path: ['selesai'],
    message: m(
      'Tanggal selesai tidak boleh sebelum tanggal mulai',
      'The end date cannot be before the start date',
    ),
  })
export type AtasanOverrideCreate = z.infer<typeof AtasanOverrideCreate>

export const AtasanOverrideEnded = z.object({
  id: z.string(),
  /** `dihapus` when it had not started yet, else `diakhiri` (selesai = yesterday). */
  tindakan: z.enum(['dihapus', 'diakhiri']),
  selesai: z.string().nullable(),
})

export const ResetPasswordView = z.object({
  username: z.string(),
  /** Shown once; only its argon2id hash is stored. */
  passwordSementara: z.string(),
})
export type ResetPasswordView = z.infer<typeof ResetPasswordView>
