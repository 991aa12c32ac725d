import { z } from 'zod'
import { m, Teks } from './common.ts'
import {
  JENIS_HARI_KEBERATAN,
  KEPUTUSAN_KEBERATAN,
  KODE_PERIODE_PENILAIAN,
  PREDIKAT_PEGAWAI,
  RATING,
  STATUS_KEBERATAN,
  SUMBER_RATING_HASIL,
} from './enums.ts'
import { Tahun } from './pengaturan.ts'

/**
 * Keberatan (PP 30/2019 Pasal 59, DOMAIN §5): the pegawai objects to a final evaluation within the window; the
 * atasan penilai hears both sides and keeps or changes the result; that decision is final. The server computes
 * the window, who may do what (`aksi`) and the new predikat; the web app shows them.
 */
export { KEPUTUSAN_KEBERATAN, STATUS_KEBERATAN }

export const MAKS_ALASAN_KEBERATAN = 4000
export const MAKS_KOMENTAR_KEBERATAN = 4000

/** A multipart field arrives as '' when left empty: no rating. */
const RatingOpsional = z.preprocess((v) => (v === '' ? undefined : v), z.enum(RATING).nullish())

/** POST /evaluasi/:id/keberatan */
export const KeberatanInput = z.object({
  alasan: Teks(MAKS_ALASAN_KEBERATAN),
  /** What the pegawai asks for (optional). */
  usulRatingHasil: RatingOpsional,
  usulRatingPerilaku: RatingOpsional,
})
export type KeberatanInput = z.infer<typeof KeberatanInput>

/** POST /keberatan/:id/komentar */
export const KomentarKeberatanInput = z.object({ isi: Teks(MAKS_KOMENTAR_KEBERATAN) })
export type KomentarKeberatanInput = z.infer<typeof KomentarKeberatanInput>

/**
 * POST /keberatan/:id/putuskan (JSON) and /putuskan-atas-nama (multipart fields before the letter): keep the
 * result, or change it to new ratings (both required); a reason either way.
 */
export const PutusanKeberatanInput = z
  .object({
    keputusan: z.enum(KEPUTUSAN_KEBERATAN),
    ratingHasil: RatingOpsional,
    ratingPerilaku: RatingOpsional,
    alasan: Teks(MAKS_ALASAN_KEBERATAN),
  })
  .superRefine((v, c) => {
    if (v.keputusan !== 'ubah') return
    for (const path of ['ratingHasil', 'ratingPerilaku'] as const)
      if (!v[path])
        c.addIssue({
          code: 'custom',
          path: [path],
          message: m('Wajib diisi bila hasil diubah', 'Required when the result is changed'),
        })
  })
export type PutusanKeberatanInput = z.infer<typeof PutusanKeberatanInput>

export const PERAN_DAFTAR_KEBERATAN = ['saya', 'putuskan', 'admin'] as const
export const KeberatanQuery = z.object({
  /** saya: filed by me or about an evaluation I rated; putuskan: I decide; admin: the instansi's. */
  peran: z.enum(PERAN_DAFTAR_KEBERATAN).default('saya'),
  tahun: Tahun.optional(),
})
export type KeberatanQuery = z.infer<typeof KeberatanQuery>

/** The reader's parts in a keberatan (someone may hold several). */
export const PERAN_KEBERATAN = ['pegawai', 'penilai', 'pemutus', 'admin', 'pembaca'] as const
export type PeranKeberatan = (typeof PERAN_KEBERATAN)[number]
/** Who wrote a statement. */
export const PERAN_KOMENTAR = ['pegawai', 'penilai', 'atasan_penilai', 'admin'] as const
export type PeranKomentar = (typeof PERAN_KOMENTAR)[number]

const Orang = z.object({ pegawaiId: z.string().nullable(), nama: z.string(), jabatan: z.string().nullable() })

export const KeberatanRingkas = z.object({
  id: z.string(),
  evaluasiId: z.string(),
  tahun: z.number(),
  periode: z.enum(KODE_PERIODE_PENILAIAN),
  versi: z.number(),
  pegawai: Orang,
  /** The atasan penilai who decides; pegawaiId null = the non-ASN official, recorded by an admin. */
  pemutus: Orang,
  pemutusNonAsn: z.boolean(),
  status: z.enum(STATUS_KEBERATAN),
  keputusan: z.enum(KEPUTUSAN_KEBERATAN).nullable(),
  predikatAwal: z.enum(PREDIKAT_PEGAWAI).nullable(),
  predikatBaru: z.enum(PREDIKAT_PEGAWAI).nullable(),
  diajukanAt: z.string(),
  diputuskanAt: z.string().nullable(),
  peran: z.array(z.enum(PERAN_KEBERATAN)),
  /** The reader must act (decide, or record the official's decision): listed first. */
  menunggu: z.boolean(),
})
export type KeberatanRingkas = z.infer<typeof KeberatanRingkas>
export const KeberatanDaftar = z.object({ items: z.array(KeberatanRingkas) })
export type KeberatanDaftar = z.infer<typeof KeberatanDaftar>

const Rating = z.enum(RATING).nullable()

/** The evaluation version objected to (kept readable whatever the decision). */
export const EvaluasiKeberatan = z.object({
  id: z.string(),
  skpId: z.string(),
  tahun: z.number(),
  periode: z.enum(KODE_PERIODE_PENILAIAN),
  versi: z.number(),
  status: z.string(),
  ratingHasil: Rating,
  /** predikat_organisasi: a unit head's (leader rule); a decision cannot change it. */
  sumberRatingHasil: z.enum(SUMBER_RATING_HASIL),
  ratingPerilaku: Rating,
  predikat: z.enum(PREDIKAT_PEGAWAI).nullable(),
  difinalisasiAt: z.string().nullable(),
  penilai: Orang.nullable(),
})

/** The window: received on `diterima` (the instansi's calendar), last day `batas`. */
export const BatasView = z.object({
  diterima: z.string(),
  batas: z.string(),
  hari: z.number(),
  jenisHari: z.enum(JENIS_HARI_KEBERATAN),
})

export const KomentarKeberatanView = z.object({
  id: z.string(),
  peran: z.enum(PERAN_KOMENTAR),
  nama: z.string(),
  isi: z.string(),
  createdAt: z.string(),
})

export const KeberatanDetail = KeberatanRingkas.extend({
  alasan: z.string(),
  usulRatingHasil: Rating,
  usulRatingPerilaku: Rating,
  evaluasi: EvaluasiKeberatan,
  batas: BatasView.nullable(),
  komentar: z.array(KomentarKeberatanView),
  putusan: z
    .object({
      keputusan: z.enum(KEPUTUSAN_KEBERATAN),
      alasan: z.string(),
      ratingHasil: Rating,
      ratingPerilaku: Rating,
      predikat: z.enum(PREDIKAT_PEGAWAI).nullable(),
      diputuskanAt: z.string(),
      olehNama: z.string().nullable(),
      /** An admin recorded the non-ASN official's signed decision. */
      atasNama: z.boolean(),
      surat: z.object({ nama: z.string(), ukuran: z.number() }).nullable(),
      evaluasiBaruId: z.string().nullable(),
    })
    .nullable(),
  aksi: z.object({
    komentar: z.boolean(),
    putuskan: z.boolean(),
    putuskanAtasNama: z.boolean(),
    unduhSurat: z.boolean(),
  }),
})
export type KeberatanDetail = z.infer<typeof KeberatanDetail>

/** Why the pegawai may not (or no longer) object; null when he may. */
export const ALASAN_TIDAK_BOLEH = [
  'bukan_pegawai',
  'belum_final',
  'versi_lama',
  'keputusan_final',
  'sudah_diajukan',
  'terlambat',
] as const

/** GET /evaluasi/:id/keberatan/batas — for the evaluation page and the filing form. */
export const BatasKeberatanView = z.object({
  boleh: z.boolean(),
  alasan: z.enum(ALASAN_TIDAK_BOLEH).nullable(),
  hariIni: z.string(),
  batas: BatasView.nullable(),
  /** The keberatan already filed on this version. */
  keberatanId: z.string().nullable(),
  evaluasi: EvaluasiKeberatan,
  pemutus: Orang.nullable(),
  pemutusNonAsn: z.boolean(),
})
export type BatasKeberatanView = z.infer<typeof BatasKeberatanView>

/** A keberatan in a pegawai's riwayat (read by the riwayat module through keberatan.baca.ts). */
export const KeberatanRiwayat = z.object({
  id: z.string(),
  evaluasiId: z.string(),
  tahun: z.number(),
  periode: z.enum(KODE_PERIODE_PENILAIAN),
  versi: z.number(),
  status: z.enum(STATUS_KEBERATAN),
  keputusan: z.enum(KEPUTUSAN_KEBERATAN).nullable(),
  alasan: z.string(),
  alasanKeputusan: z.string().nullable(),
  predikatAwal: z.enum(PREDIKAT_PEGAWAI).nullable(),
  predikatBaru: z.enum(PREDIKAT_PEGAWAI).nullable(),
  evaluasiBaruId: z.string().nullable(),
  atasNama: z.boolean(),
  diajukanAt: z.string(),
  diputuskanAt: z.string().nullable(),
})
export type KeberatanRiwayat = z.infer<typeof KeberatanRiwayat>
