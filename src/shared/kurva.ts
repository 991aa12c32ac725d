import { z } from 'zod'
import { m, Teks, Uuid } from './common.ts'
import {
  KODE_PERIODE_PENILAIAN,
  PEMBULATAN_DISTRIBUSI,
  PREDIKAT_ORGANISASI,
  PREDIKAT_PEGAWAI,
  RATING,
  STATUS_EVALUASI,
} from './enums.ts'
import { Tahun } from './pengaturan.ts'
import { PeriodeEvaluasiView } from './penilaian.ts'

/**
 * Organisation predikat, the SE MenPANRB 3/2023 distribution curve (pratinjau, Monitoring Kurva), calibration
 * and the Penetapan Predikat Kinerja (DOMAIN §5). Every count, limit, percentage and warning is computed by the
 * server (src/domain/kurva.ts); the web app only shows them.
 */

const Periode = z.enum(KODE_PERIODE_PENILAIAN)

/**
 * The periods of the year's setting (src/domain/periode-pilihan.ts), FINAL last: what the period pickers list.
 * A query without `periode` gets the server's default (the latest period whose evaluation may start).
 */
const PeriodeTersedia = z.array(PeriodeEvaluasiView)

// --- predikat organisasi ---

export const PredikatOrganisasiQuery = z.object({ tahun: Tahun, periode: Periode.optional() })
export const PredikatOrganisasiParams = z.object({ id: Uuid, tahun: Tahun, periode: Periode })
export const PredikatOrganisasiInput = z.object({
  predikat: z.enum(PREDIKAT_ORGANISASI),
  catatan: z
    .string()
    .trim()
    .max(2000, m('Maksimal 2000 karakter', 'At most 2000 characters'))
    .nullable()
    .optional(),
})
export type PredikatOrganisasiInput = z.infer<typeof PredikatOrganisasiInput>

export const PredikatOrganisasiBaris = z.object({
  unorId: z.string(),
  unorNama: z.string(),
  indukNama: z.string().nullable(),
  kepalaNama: z.string().nullable(),
  predikat: z.enum(PREDIKAT_ORGANISASI).nullable(),
  catatan: z.string().nullable(),
  ditetapkanOlehNama: z.string().nullable(),
  ditetapkanPada: z.string().nullable(),
  /** This actor sets it (the head one level up, or an admin). */
  aksi: z.object({ tetapkan: z.boolean() }),
  /** Not set yet and this actor is the one to set it: listed first. */
  perluDitetapkan: z.boolean(),
})
export type PredikatOrganisasiBaris = z.infer<typeof PredikatOrganisasiBaris>
export const PredikatOrganisasiDaftar = z.object({
  tahun: z.number(),
  periode: Periode,
  periodeTersedia: PeriodeTersedia,
  items: z.array(PredikatOrganisasiBaris),
})
export type PredikatOrganisasiDaftar = z.infer<typeof PredikatOrganisasiDaftar>

// --- the curve ---

export const KurvaQuery = z.object({ tahun: Tahun, periode: Periode.optional(), unorId: Uuid.optional() })
export const MonitoringKurvaQuery = KurvaQuery.extend({ instansiId: Uuid.optional() })

export const JumlahPredikat = z.object(
  Object.fromEntries(PREDIKAT_PEGAWAI.map((p) => [p, z.number()])) as Record<
    (typeof PREDIKAT_PEGAWAI)[number],
    z.ZodNumber
  >,
)
export type JumlahPredikat = z.infer<typeof JumlahPredikat>

export const BatasKurva = z.object({
  jenis: z.enum(['terbanyak', 'maks', 'min']),
  predikat: z.array(z.enum(PREDIKAT_PEGAWAI)),
  persen: z.number().nullable(),
  /** People allowed (maks) or required (min) in this unit; null for "the most". */
  batas: z.number().nullable(),
})
export type BatasKurva = z.infer<typeof BatasKurva>

export const PeringatanKurva = z.object({
  code: z.enum(['DISTRIBUSI.BUKAN_TERBANYAK', 'DISTRIBUSI.MELEBIHI_MAKS', 'DISTRIBUSI.KURANG_DARI_MIN']),
  predikat: z.array(z.enum(PREDIKAT_PEGAWAI)),
  batas: z.number(),
  aktual: z.number(),
  /** Some pegawai are not rated yet and could still meet this rule. */
  sementara: z.boolean(),
})
export type PeringatanKurva = z.infer<typeof PeringatanKurva>

/** Who is left out of the count (DOMAIN §5), so the reader sees why the count is what it is. */
export const TidakDihitung = z.object({
  /** Unit heads: their hasil kerja follows the organisation predikat. */
  kepalaUnit: z.number(),
  /** Pegawai exempt for the whole period (CLTN, tugas belajar …). */
  bebas: z.number(),
})

/** One unit's (or one penilai's subordinates') curve. predikatOrganisasi null: no pattern yet (info state). */
export const RingkasanKurva = z.object({
  predikatOrganisasi: z.enum(PREDIKAT_ORGANISASI).nullable(),
  pembulatan: z.enum(PEMBULATAN_DISTRIBUSI),
  /** Pegawai counted (head and exempt out), rated or not. */
  dihitung: z.number(),
  belumDinilai: z.number(),
  tidakDihitung: TidakDihitung,
  jumlah: JumlahPredikat,
  /** Percentages of `dihitung`, one decimal. */
  persen: JumlahPredikat,
  persenBelumDinilai: z.number(),
  batas: z.array(BatasKurva),
  peringatan: z.array(PeringatanKurva),
})
export type RingkasanKurva = z.infer<typeof RingkasanKurva>
/** The curve as a penetapan stored it: snapshots written before `tidakDihitung` was recorded lack it. */
export const RingkasanKurvaTersimpan = RingkasanKurva.extend({ tidakDihitung: TidakDihitung.optional() })
export type RingkasanKurvaTersimpan = z.infer<typeof RingkasanKurvaTersimpan>

export const KurvaPratinjau = z.object({
  tahun: z.number(),
  periode: Periode,
  /** 'bawahan': the actor's subordinates as penilai; 'unit': the whole unit. */
  lingkup: z.enum(['bawahan', 'unit']),
  periodeTersedia: PeriodeTersedia,
  unor: z.object({ id: z.string(), nama: z.string() }).nullable(),
  kurva: RingkasanKurva,
})
export type KurvaPratinjau = z.infer<typeof KurvaPratinjau>

export const MonitoringKurvaBaris = z.object({
  unorId: z.string(),
  unorNama: z.string(),
  indukNama: z.string().nullable(),
  kepalaNama: z.string().nullable(),
  kurva: RingkasanKurva,
})
export type MonitoringKurvaBaris = z.infer<typeof MonitoringKurvaBaris>
export const MonitoringKurva = z.object({
  tahun: z.number(),
  periode: Periode,
  periodeTersedia: PeriodeTersedia,
  items: z.array(MonitoringKurvaBaris),
})
export type MonitoringKurva = z.infer<typeof MonitoringKurva>

// --- calibration and penetapan ---

export const KalibrasiParams = z.object({ unorId: Uuid, tahun: Tahun, periode: Periode })
/** GET /kalibrasi/:unorId/:tahun: the grid of the year's default period (the answer names it). */
export const KalibrasiTahunParams = KalibrasiParams.omit({ periode: true })

export const KalibrasiBaris = z.object({
  evaluasiId: z.string().nullable(),
  pegawaiId: z.string(),
  nama: z.string(),
  nip: z.string(),
  jabatan: z.string().nullable(),
  penilaiNama: z.string().nullable(),
  ratingHasil: z.enum(RATING).nullable(),
  ratingPerilaku: z.enum(RATING).nullable(),
  predikat: z.enum(PREDIKAT_PEGAWAI).nullable(),
  status: z.enum(STATUS_EVALUASI).nullable(),
  /** Adjusted by calibration at least once. */
  dikalibrasi: z.boolean(),
  revisi: z.number().nullable(),
  aksi: z.object({ sesuaikan: z.boolean() }),
})
export type KalibrasiBaris = z.infer<typeof KalibrasiBaris>

export const PenetapanRingkas = z.object({
  id: z.string(),
  unorId: z.string(),
  tahun: z.number(),
  periode: Periode,
  versi: z.number(),
  ditetapkanOlehNama: z.string().nullable(),
  ditetapkanPada: z.string(),
  /** The signed PDF (documents module). */
  dokumenUrl: z.string(),
})
export type PenetapanRingkas = z.infer<typeof PenetapanRingkas>

export const KalibrasiGrid = z.object({
  unor: z.object({ id: z.string(), nama: z.string() }),
  tahun: z.number(),
  periode: Periode,
  periodeTersedia: PeriodeTersedia,
  kurva: RingkasanKurva,
  baris: z.array(KalibrasiBaris),
  penetapan: PenetapanRingkas.nullable(),
  aksi: z.object({ sesuaikan: z.boolean(), tetapkan: z.boolean() }),
})
export type KalibrasiGrid = z.infer<typeof KalibrasiGrid>

export const KalibrasiSesuaikan = z.object({
  evaluasiId: Uuid,
  ratingHasil: z.enum(RATING),
  ratingPerilaku: z.enum(RATING),
  alasan: Teks(2000),
  revisi: z.number().int().min(1),
})
export type KalibrasiSesuaikan = z.infer<typeof KalibrasiSesuaikan>

/** One adjustment stored in `evaluasi.kalibrasi`. */
export const CatatanKalibrasi = z.object({
  olehAkunId: z.string(),
  olehNama: z.string(),
  pada: z.string(),
  dari: z.object({
    ratingHasil: z.enum(RATING).nullable(),
    ratingPerilaku: z.enum(RATING).nullable(),
    predikat: z.enum(PREDIKAT_PEGAWAI).nullable(),
  }),
  ke: z.object({
    ratingHasil: z.enum(RATING),
    ratingPerilaku: z.enum(RATING),
    predikat: z.enum(PREDIKAT_PEGAWAI),
  }),
  alasan: z.string(),
})
export type CatatanKalibrasi = z.infer<typeof CatatanKalibrasi>

export const PenetapanQuery = z.object({ unorId: Uuid, tahun: Tahun, periode: Periode })
export const PenetapanDaftar = z.object({ items: z.array(PenetapanRingkas) })
export type PenetapanDaftar = z.infer<typeof PenetapanDaftar>

export const PenetapanBaris = z.object({
  pegawaiId: z.string(),
  nama: z.string(),
  nip: z.string(),
  jabatan: z.string().nullable(),
  ratingHasil: z.enum(RATING).nullable(),
  ratingPerilaku: z.enum(RATING).nullable(),
  predikat: z.enum(PREDIKAT_PEGAWAI).nullable(),
  dikalibrasi: z.boolean(),
})
export type PenetapanBaris = z.infer<typeof PenetapanBaris>
export const PenetapanDetail = PenetapanRingkas.extend({
  unorNama: z.string(),
  baris: z.array(PenetapanBaris),
  kurva: RingkasanKurvaTersimpan,
})
export type PenetapanDetail = z.infer<typeof PenetapanDetail>
