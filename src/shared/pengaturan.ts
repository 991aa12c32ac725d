import { z } from 'zod'
import { IsoDate, m } from './common.ts'
import { JENIS_JABATAN_KEPALA } from './organisasi.ts'
import {
  JENIS_HARI_KEBERATAN,
  JENIS_PERIODE_PENILAIAN,
  KONVENSI_BULAN_AK,
  PEMBULATAN_DISTRIBUSI,
  PREDIKAT_ORGANISASI,
  PREDIKAT_PEGAWAI,
  RATING,
  RUMUS_POLARITAS_TURUN,
  STATUS_PENGATURAN,
  STATUS_TAHUN,
  ZONA_WAKTU,
} from './enums.ts'

/**
 * Settings per instansi and year (DOMAIN.md: everything marked configurable). The shape mirrors
 * `PengaturanTahun` in src/domain/settings.ts; bounds keep an admin from saving nonsense.
 */
export const TAHUN_MIN = 2021
export const TAHUN_MAX = 2100
export const Tahun = z.coerce
  .number()
  .int()
  .min(TAHUN_MIN, m(`Tahun minimal ${TAHUN_MIN}`, `Year must be ${TAHUN_MIN} or later`))
  .max(TAHUN_MAX, m(`Tahun maksimal ${TAHUN_MAX}`, `Year must be ${TAHUN_MAX} or earlier`))

const Rating = z.enum(RATING)
// DOMAIN §1: statuses that may be exempted from SKP; 'aktif' never (it would exempt everyone)
export const STATUS_BISA_BEBAS_SKP = [
  'pejabat_negara',
  'diberhentikan_sementara',
  'cltn',
  'mpp',
  'tugas_belajar',
  'pensiun',
  'berhenti',
] as const

const Persen = z
  .number()
  .min(0, m('Nilai minimal 0', 'Must be at least 0'))
  .max(200, m('Nilai maksimal 200', 'Must be at most 200'))
const Hari = (maks: number) =>
  z
    .number()
    .int()
    .min(1, m('Minimal 1 hari', 'At least 1 day'))
    .max(maks, m(`Maksimal ${maks} hari`, `At most ${maks} days`))

/** The largest upload limit an admin may set (the server refuses larger bodies anyway). */
export const BATAS_UNGGAH_MAKS_MB = 100

const AmbangRating = z.strictObject({
  diAtasMinSemua: Persen,
  diAtasMinSalahSatu: Persen,
  sesuaiMinSemua: Persen,
})

const fields = {
  periodePenilaian: z.enum(JENIS_PERIODE_PENILAIAN),
  batasSkp: IsoDate,
  hariKunciRealisasi: Hari(90),
  statusBebasSkp: z.array(z.enum(STATUS_BISA_BEBAS_SKP)).max(STATUS_BISA_BEBAS_SKP.length),
  pembulatanDistribusi: z.enum(PEMBULATAN_DISTRIBUSI),
  batasKeberatanHari: Hari(90),
  persenTunjangan: z.record(z.enum(PREDIKAT_PEGAWAI), Persen).nullable(),
  zonaWaktu: z.enum(ZONA_WAKTU),
  batasUnggahMb: z
    .number()
    .int()
    .min(1, m('Minimal 1 MB', 'At least 1 MB'))
    .max(
      BATAS_UNGGAH_MAKS_MB,
      m(`Maksimal ${BATAS_UNGGAH_MAKS_MB} MB`, `At most ${BATAS_UNGGAH_MAKS_MB} MB`),
    ),
  rumusPolaritasTurun: z.enum(RUMUS_POLARITAS_TURUN),
  hariPengingatKunci: Hari(30),
  jenisHariKeberatan: z.enum(JENIS_HARI_KEBERATAN),
  hariLibur: z.array(IsoDate).max(60, m('Maksimal 60 hari libur', 'At most 60 holidays')),
  pimpinanJenisJabatan: z.array(z.enum(JENIS_JABATAN_KEPALA)).max(JENIS_JABATAN_KEPALA.length),
  pimpinanTermasukPlt: z.boolean(),
  konvensiBulanAk: z.enum(KONVENSI_BULAN_AK),
}

/** The full settings of a year, as stored and returned. */
export const PengaturanTahun = z.strictObject({
  ...fields,
  ambangRating: AmbangRating,
  petaPimpinan: z.record(z.enum(PREDIKAT_ORGANISASI), Rating),
})
export type PengaturanTahun = z.infer<typeof PengaturanTahun>

/** A change: any field; ambangRating and petaPimpinan field by field (merged onto the stored year). */
export const PengaturanParsial = z.strictObject({
  ...z.strictObject(fields).partial().shape,
  ambangRating: AmbangRating.partial().optional(),
  petaPimpinan: z.partialRecord(z.enum(PREDIKAT_ORGANISASI), Rating).optional(),
})
export type PengaturanParsial = z.infer<typeof PengaturanParsial>

export const PengaturanQuery = z.object({ instansiId: z.uuid().optional() })
export const TahunParams = z.object({ tahun: Tahun })

export const PengaturanBuka = z.object({
  instansiId: z.uuid().optional(),
  tahun: Tahun,
  pengaturan: PengaturanParsial.optional(),
})
export type PengaturanBuka = z.infer<typeof PengaturanBuka>

export const PengaturanUbah = z.object({
  instansiId: z.uuid().optional(),
  pengaturan: PengaturanParsial,
})
export type PengaturanUbah = z.infer<typeof PengaturanUbah>

export { STATUS_TAHUN }

/** `dibuka: false` (status belum_dibuka) = the year is not opened yet and these are the defaults. */
export const PengaturanView = z.object({
  instansiId: z.string(),
  tahun: z.number(),
  status: z.enum(STATUS_TAHUN),
  dibuka: z.boolean(),
  pengaturan: PengaturanTahun,
})
export type PengaturanView = z.infer<typeof PengaturanView>

export const PengaturanDaftar = z.object({
  items: z.array(z.object({ tahun: z.number(), status: z.enum(STATUS_PENGATURAN), updatedAt: z.string() })),
})
export type PengaturanDaftar = z.infer<typeof PengaturanDaftar>

export const PengaturanTutup = z.object({ instansiId: z.uuid().optional() })
export type PengaturanTutup = z.infer<typeof PengaturanTutup>

export const ALASAN_BUKA_KEMBALI_MAKS = 1000
/** Reopening a closed year is an exception: the admin says why (kept in the audit trail). */
export const PengaturanBukaKembali = z.object({
  instansiId: z.uuid().optional(),
  alasan: z
    .string()
    .trim()
    .min(5, m('Alasan wajib diisi (minimal 5 karakter)', 'A reason is required (at least 5 characters)'))
    .max(
      ALASAN_BUKA_KEMBALI_MAKS,
      m(
        `Alasan maksimal ${ALASAN_BUKA_KEMBALI_MAKS} karakter`,
        `At most ${ALASAN_BUKA_KEMBALI_MAKS} characters`,
      ),
    ),
})
export type PengaturanBukaKembali = z.infer<typeof PengaturanBukaKembali>
