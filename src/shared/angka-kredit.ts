import { z } from 'zod'
import { IsoDate, m } from './common.ts'
import { KONVENSI_BULAN_AK, PREDIKAT_PEGAWAI } from './enums.ts'
import { JENJANG_FUNGSIONAL } from './organisasi.ts'
import { Tahun } from './pengaturan.ts'

/**
 * Angka kredit jabatan fungsional (Peraturan BKN 3/2023, DOMAIN §5): the national coefficients, a pegawai's
 * opening balance (angka kredit integrasi) and the year's angka kredit per SKP segment, per period and per
 * year. The server computes every number; the web app shows them.
 */
export { JENJANG_FUNGSIONAL }

const Nilai = (maks: number) =>
  z
    .number()
    .min(0, m('Nilai minimal 0', 'Must be at least 0'))
    .max(maks, m(`Nilai maksimal ${maks}`, `Must be at most ${maks}`))
    .refine((n) => Math.abs(n * 1000 - Math.round(n * 1000)) < 1e-6, {
      message: m('Paling banyak 3 angka desimal', 'At most 3 decimals'),
    })
const Teks = (maks: number) =>
  z
    .string()
    .trim()
    .max(maks, m(`Maksimal ${maks} karakter`, `At most ${maks} characters`))

export const KoefisienAkView = z.object({
  id: z.string(),
  jenjang: z.enum(JENJANG_FUNGSIONAL),
  koefisien: z.number(),
  berlakuMulai: z.string(),
  dasarHukum: z.string().nullable(),
  createdAt: z.string(),
})
export type KoefisienAkView = z.infer<typeof KoefisienAkView>

/** The published coefficients, newest first, and the PermenPANRB 1/2023 defaults used when none applies. */
export const KoefisienAkDaftar = z.object({
  items: z.array(KoefisienAkView),
  bawaan: z.record(z.enum(JENJANG_FUNGSIONAL), z.number()),
})
export type KoefisienAkDaftar = z.infer<typeof KoefisienAkDaftar>

/** POST /referensi/koefisien-ak — admin nasional publishes a jenjang's coefficient from a date. */
export const KoefisienAkInput = z.object({
  jenjang: z.enum(JENJANG_FUNGSIONAL),
  koefisien: Nilai(1000).refine((n) => n > 0, { message: m('Harus lebih dari 0', 'Must be more than 0') }),
  berlakuMulai: IsoDate,
  dasarHukum: Teks(500).nullish(),
})
export type KoefisienAkInput = z.infer<typeof KoefisienAkInput>

/** PUT /pegawai/:id/angka-kredit-awal — the opening balance, set by an admin instansi. */
export const AngkaKreditAwalInput = z.object({
  nilai: Nilai(100000),
  tanggal: IsoDate,
  jenjang: z.enum(JENJANG_FUNGSIONAL).nullish(),
  keterangan: Teks(1000).nullish(),
})
export type AngkaKreditAwalInput = z.infer<typeof AngkaKreditAwalInput>

export const AngkaKreditQuery = z.object({ tahun: Tahun })

export const AngkaKreditAwalView = z.object({
  nilai: z.number(),
  tanggal: z.string(),
  jenjang: z.enum(JENJANG_FUNGSIONAL).nullable(),
  keterangan: z.string().nullable(),
  updatedAt: z.string(),
})
export type AngkaKreditAwalView = z.infer<typeof AngkaKreditAwalView>

const Predikat = z.enum(PREDIKAT_PEGAWAI)

export const SegmenAkView = z.object({
  skpId: z.string(),
  mulai: z.string(),
  selesai: z.string(),
  jabatan: z.string(),
  /** Null: not a jabatan fungsional (no angka kredit). */
  jenjang: z.enum(JENJANG_FUNGSIONAL).nullable(),
  bulan: z.number(),
  koefisien: z.number().nullable(),
  /** From the annual predikat; null before it is final or for a non-JF segment. */
  ak: z.number().nullable(),
})

export const PeriodeAkView = z.object({
  skpId: z.string(),
  periode: z.string(),
  predikat: Predikat,
  bulan: z.number(),
  ak: z.number().nullable(),
})

/** One year of a pegawai's angka kredit. */
export const AngkaKreditTahunView = z.object({
  pegawaiId: z.string(),
  tahun: z.number(),
  konvensiBulan: z.enum(KONVENSI_BULAN_AK),
  segmen: z.array(SegmenAkView),
  periode: z.array(PeriodeAkView),
  predikatTahunan: Predikat.nullable(),
  /** Σ of the segments from the annual predikat; null until it is final. */
  tahunan: z.number().nullable(),
  /** Σ of the periodic angka kredit (provisional). */
  periodik: z.number(),
  awal: AngkaKreditAwalView.nullable(),
  /** Opening balance + every year's angka kredit up to this one (the annual where final, else the periodic). */
  kumulatif: z.number(),
  /** Whether the pegawai holds (or held this year) a jabatan fungsional at all. */
  fungsional: z.boolean(),
  aksi: z.object({ ubahAwal: z.boolean() }),
})
export type AngkaKreditTahunView = z.infer<typeof AngkaKreditTahunView>
