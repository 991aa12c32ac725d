import { z } from 'zod'
import { KODE_BERAKHLAK } from '../domain/berakhlak.ts'
import { m, Teks, TeksOpsional, Uuid } from './common.ts'
import {
  KODE_PERIODE_PENILAIAN,
  PREDIKAT_ORGANISASI,
  PREDIKAT_PEGAWAI,
  RATING,
  STATUS_EVALUASI,
  SUMBER_RATING_HASIL,
} from './enums.ts'
import { JENIS_JABATAN, JENJANG_FUNGSIONAL } from './organisasi.ts'
import { Tahun } from './pengaturan.ts'
import { PejabatSnapshot } from './skp.ts'

/**
 * Evaluation contract (DOMAIN §5). The server computes every rating suggestion, predikat and allowed action
 * and sends them; the web app shows them and never recomputes them.
 */

/** Who actually rates this evaluation and why (DOMAIN §1 delegation). */
export const BERTINDAK_SEBAGAI = ['penilai', 'delegasi', 'atasan_berikutnya', 'atas_nama_non_asn'] as const

/**
 * `evaluasi.snapshot`: the blocks at the time (DOMAIN §1), refreshed while draft, frozen at finalisation.
 * penilai = who rates (the SKP's penilai, a delegate Plt/Plh, or the next superior up when the penilai is
 * gone); atasanPenilai = that person's own penilai, who hears a keberatan and may reopen.
 */
export const EvaluasiSnapshot = z.object({
  pegawai: PejabatSnapshot,
  penilai: PejabatSnapshot.nullable(),
  atasanPenilai: PejabatSnapshot.nullable(),
  /** The SKP's own penilai when someone else rates (delegation, next superior). */
  penilaiSkp: PejabatSnapshot.nullable().optional(),
  bertindakSebagai: z.enum(BERTINDAK_SEBAGAI),
  unorId: z.string(),
  unorNama: z.string(),
  /** The pegawai heads unorId (leader rule, not counted in the unit's curve). */
  kepalaUnit: z.boolean(),
  /** The head position is held as Plt/Plh. */
  plt: z.boolean(),
  jenisJabatan: z.enum(JENIS_JABATAN),
  /** Jenjang of a jabatan fungsional (angka kredit), null otherwise. */
  jenjang: z.enum(JENJANG_FUNGSIONAL).nullable(),
  /** The first and last day this evaluation covers (the period cut to the SKP's dates). */
  mulai: z.string(),
  selesai: z.string(),
  tanggal: z.string(),
  /**
   * The unit's curve headcount (its head and exempt pegawai out, DOMAIN §5) when the evaluation was finalised:
   * the POLA DISTRIBUSI of the document stays as it was. Absent on drafts and on evaluations finalised before
   * it was kept (the document then counts now).
   */
  jumlahPegawaiUnit: z.number().int().optional(),
})
export type EvaluasiSnapshot = z.infer<typeof EvaluasiSnapshot>

/** Why a version after the first exists (`evaluasi.asal`). */
export const AsalVersi = z.object({
  oleh: z.enum(['buka_kembali', 'keberatan']),
  alasan: z.string(),
  olehNama: z.string(),
  pada: z.string(),
  /** The keberatan that changed the result. */
  keberatanId: z.string().optional(),
})
export type AsalVersi = z.infer<typeof AsalVersi>

// ============================ API contract (routes under /api/v1) ============================
//
// GET  /penilaian/bawahan?tahun&periode      PenilaianBawahanQuery → PenilaianBawahanView
// GET  /penilaian/saya?tahun                 PenilaianSayaQuery    → PenilaianSayaView
// POST /skp/:id/evaluasi/:periode            SkpEvaluasiParams     → EvaluasiDetail (opens the draft, idempotent)
// GET  /skp/:id/evaluasi                     IdParams              → EvaluasiSkpView (every period, every version)
// GET  /evaluasi/:id                         IdParams              → EvaluasiDetail
// PUT  /evaluasi/:id                         EvaluasiSimpan        → EvaluasiDetail (penilai, draft)
// POST /evaluasi/:id/finalisasi              EvaluasiRevisi        → EvaluasiDetail
// POST /evaluasi/:id/terima                  EvaluasiRevisi        → EvaluasiDetail (pegawai)
// POST /evaluasi/:id/buka-kembali            EvaluasiBukaKembali   → EvaluasiDetail (the new draft version)
// PUT  /evaluasi/:id/diri                    EvaluasiDiri          → EvaluasiDetail (pegawai, draft)
// POST /evaluasi/:id/diri/ajukan             EvaluasiRevisi        → EvaluasiDetail
// GET, POST /delegasi-penilaian, POST /delegasi-penilaian/:id/cabut: see delegasi-penilaian.ts
// Live query keys (web): ['penilaian', …].

export const RUTE_PENILAIAN = {
  bawahan: '/penilaian/bawahan',
  saya: '/penilaian/saya',
  buka: (skpId: string, periode: string) => `/skp/${skpId}/evaluasi/${periode}`,
  perSkp: (skpId: string) => `/skp/${skpId}/evaluasi`,
  detail: (id: string) => `/evaluasi/${id}`,
  finalisasi: (id: string) => `/evaluasi/${id}/finalisasi`,
  terima: (id: string) => `/evaluasi/${id}/terima`,
  bukaKembali: (id: string) => `/evaluasi/${id}/buka-kembali`,
  diri: (id: string) => `/evaluasi/${id}/diri`,
  ajukanDiri: (id: string) => `/evaluasi/${id}/diri/ajukan`,
  delegasi: '/delegasi-penilaian',
  cabutDelegasi: (id: string) => `/delegasi-penilaian/${id}/cabut`,
} as const

export {
  KODE_PERIODE_PENILAIAN,
  RATING,
  PREDIKAT_PEGAWAI,
  PREDIKAT_ORGANISASI,
  STATUS_EVALUASI,
  SUMBER_RATING_HASIL,
}

const PeriodePenilaian = z.enum(KODE_PERIODE_PENILAIAN, m('Periode tidak dikenal', 'Unknown period'))
const RatingIn = z.enum(RATING, m('Rating tidak dikenal', 'Unknown rating'))
/** The evaluation's `revisi` the client last saw: a stale one answers 409. */
const Revisi = z.number().int().min(1).max(2_000_000_000)
export const MAKS_UMPAN_BALIK = 4000
export const MAKS_CATATAN = 4000

// ---------- params and queries ----------

export const SkpEvaluasiParams = z.object({ id: Uuid, periode: PeriodePenilaian })
export type SkpEvaluasiParams = z.infer<typeof SkpEvaluasiParams>
export const PenilaianBawahanQuery = z.object({
  tahun: Tahun.optional(),
  periode: PeriodePenilaian.optional(),
})
export type PenilaianBawahanQuery = z.infer<typeof PenilaianBawahanQuery>
export const PenilaianSayaQuery = z.object({ tahun: Tahun.optional() })
export type PenilaianSayaQuery = z.infer<typeof PenilaianSayaQuery>

// ---------- input ----------

/**
 * The penilai saves the draft. Omitted ratings and umpan balik keep their value (null clears a rating, an empty
 * text removes an umpan balik); alasanRatingHasil and catatan are replaced (omitted = empty). `ratingHasil` is
 * ignored when the leader rule applies. `alasanRatingHasil` is required when ratingHasil differs from the
 * suggestion (400 field error).
 */
export const EvaluasiSimpan = z.object({
  ratingHasil: RatingIn.nullish(),
  alasanRatingHasil: TeksOpsional(2000),
  ratingPerilaku: RatingIn.nullish(),
  /** Per BerAKHLAK value code; an empty text removes it. */
  umpanBalikPerilaku: z
    .partialRecord(
      z.enum(KODE_BERAKHLAK),
      z
        .string()
        .trim()
        .max(
          MAKS_UMPAN_BALIK,
          m(`Maksimal ${MAKS_UMPAN_BALIK} karakter`, `At most ${MAKS_UMPAN_BALIK} characters`),
        ),
    )
    .optional(),
  /** Per RHK id of the SKP; an empty text removes it. */
  umpanBalikHasil: z
    .record(
      Uuid,
      z
        .string()
        .trim()
        .max(
          MAKS_UMPAN_BALIK,
          m(`Maksimal ${MAKS_UMPAN_BALIK} karakter`, `At most ${MAKS_UMPAN_BALIK} characters`),
        ),
    )
    .optional(),
  catatan: TeksOpsional(MAKS_CATATAN),
  revisi: Revisi,
})
export type EvaluasiSimpan = z.infer<typeof EvaluasiSimpan>

export const EvaluasiRevisi = z.object({ revisi: Revisi })
export type EvaluasiRevisi = z.infer<typeof EvaluasiRevisi>

export const EvaluasiBukaKembali = z.object({ alasan: Teks(2000), revisi: Revisi })
export type EvaluasiBukaKembali = z.infer<typeof EvaluasiBukaKembali>

/** Penilaian diri: the ratings the pegawai proposes and a note, before the penilai finalises. Replaces all. */
export const EvaluasiDiri = z.object({
  ratingHasil: RatingIn.nullish(),
  ratingPerilaku: RatingIn.nullish(),
  catatan: TeksOpsional(MAKS_CATATAN),
  revisi: Revisi,
})
export type EvaluasiDiri = z.infer<typeof EvaluasiDiri>

// ---------- views ----------

/** What the reader may do with an evaluation (sent by the server; the web shows exactly these). */
export const AKSI_EVALUASI = [
  'buka', // open the draft (no evaluation yet; the penilai)
  'simpan', // save ratings (penilai, draft)
  'finalisasi', // finalise (penilai, draft)
  'terima', // acknowledge (pegawai, final)
  'buka_kembali', // reopen → new draft version (atasan penilai, final|diterima, no pending keberatan)
  'isi_diri', // fill the penilaian diri (pegawai, draft, not yet submitted)
  'ajukan_diri', // submit it
  'keberatan', // object (pegawai, final|diterima, within the window, none pending)
] as const
export type AksiEvaluasi = (typeof AKSI_EVALUASI)[number]

/** Someone named on a view: the pegawai (null: the non-ASN official or a removed row) and the name. */
export const Orang = z.object({ pegawaiId: z.string().nullable(), nama: z.string() })

export const EvaluasiRingkas = z.object({
  id: z.string(),
  skpId: z.string(),
  periode: PeriodePenilaian,
  versi: z.number(),
  status: z.enum(STATUS_EVALUASI),
  revisi: z.number(),
  ratingHasil: RatingIn.nullable(),
  ratingPerilaku: RatingIn.nullable(),
  predikat: z.enum(PREDIKAT_PEGAWAI).nullable(),
  difinalisasiAt: z.string().nullable(),
  diterimaAt: z.string().nullable(),
})
export type EvaluasiRingkas = z.infer<typeof EvaluasiRingkas>

export const PeriodeEvaluasiView = z.object({
  kode: PeriodePenilaian,
  nama: z.string(),
  mulai: z.string(),
  selesai: z.string(),
  /** The first day it can be evaluated (first day of its last month; FINAL: 1 December or the SKP's last month). */
  bisaDinilaiMulai: z.string(),
})
export type PeriodeEvaluasiView = z.infer<typeof PeriodeEvaluasiView>

/** One row of Penilaian Bawahan: a pegawai the reader evaluates in the period. */
export const PenilaianBawahanItem = z.object({
  pegawai: z.object({ id: z.string(), nama: z.string(), nip: z.string().nullable(), jabatan: z.string() }),
  skpId: z.string(),
  evaluasi: EvaluasiRingkas.nullable(),
  saranRatingHasil: RatingIn.nullable(),
  kepalaUnit: z.boolean(),
  /**
   * The leader rule applies (DOMAIN §5, settings pimpinanJenisJabatan / pimpinanTermasukPlt): the rating hasil
   * kerja follows the unit's predikat organisasi, so there is no suggestion from capaian.
   */
  hasilDariPredikatOrganisasi: z.boolean(),
  dikecualikan: z.boolean(),
  /** Why (status bebas SKP and its dates), as a key + parameters message `id|en`. */
  alasanDikecualikan: z.string().nullable(),
  /** The pegawai submitted a penilaian diri. */
  diriDiajukan: z.boolean(),
  bertindakSebagai: z.enum(BERTINDAK_SEBAGAI),
  /** Can be evaluated already (from the first day of the period's last month). */
  bisaDinilai: z.boolean(),
  aksi: z.array(z.enum(AKSI_EVALUASI)),
  /** Something waits for the reader here: listed first. */
  perluTindakan: z.boolean(),
})
export type PenilaianBawahanItem = z.infer<typeof PenilaianBawahanItem>

export const PenilaianBawahanView = z.object({
  tahun: z.number(),
  periode: PeriodePenilaian,
  /** The year's periods (the penilai's picker) and FINAL. */
  periodeTersedia: z.array(PeriodeEvaluasiView),
  items: z.array(PenilaianBawahanItem),
})
export type PenilaianBawahanView = z.infer<typeof PenilaianBawahanView>

const IkiEvaluasiView = z.object({
  id: z.string(),
  indikator: z.string(),
  aspek: z.string().nullable(),
  satuan: z.string().nullable(),
  kualitatif: z.boolean(),
  targetLabel: z.string(),
  /** Target, realisasi and capaian (%) of the period (FINAL: the year), server-computed. */
  target: z.object({ min: z.number(), max: z.number().nullable() }).nullable(),
  targetTeks: z.string().nullable(),
  realisasi: z.number().nullable(),
  realisasiTeks: z.string().nullable(),
  capaian: z.number().nullable(),
  jumlahBukti: z.number(),
  jumlahUmpanBalik: z.number(),
})

export const RhkEvaluasiView = z.object({
  id: z.string(),
  jenis: z.string(),
  deskripsi: z.string(),
  iki: z.array(IkiEvaluasiView),
  /** The penilai's umpan balik on this RHK in the evaluation. */
  umpanBalik: z.string().nullable(),
})
export type RhkEvaluasiView = z.infer<typeof RhkEvaluasiView>

export const RiwayatPeriodikItem = z.object({
  evaluasiId: z.string(),
  skpId: z.string(),
  periode: PeriodePenilaian,
  status: z.enum(STATUS_EVALUASI),
  ratingHasil: RatingIn.nullable(),
  ratingPerilaku: RatingIn.nullable(),
  predikat: z.enum(PREDIKAT_PEGAWAI).nullable(),
  penilaiNama: z.string().nullable(),
})

export const EvaluasiDetail = EvaluasiRingkas.extend({
  pegawaiId: z.string(),
  tahun: z.number(),
  snapshot: EvaluasiSnapshot,
  periodeInfo: PeriodeEvaluasiView,
  hasilKerja: z.array(RhkEvaluasiView),
  /** Suggested rating hasil kerja from the Utama IKI capaian; null when nothing to judge (e.g. kualitatif). */
  saranRatingHasil: RatingIn.nullable(),
  sumberRatingHasil: z.enum(SUMBER_RATING_HASIL),
  alasanRatingHasil: z.string().nullable(),
  /** Leader rule applies: rating hasil comes from the unit's predikat organisasi, not editable. */
  aturanPimpinan: z.boolean(),
  /** The unit's predikat organisasi for this period (stored one once final). */
  predikatOrganisasi: z.enum(PREDIKAT_ORGANISASI).nullable(),
  /** BerAKHLAK values of the year (code + names), in order. */
  nilaiPerilaku: z.array(z.object({ kode: z.enum(KODE_BERAKHLAK), nama: z.string(), namaEn: z.string() })),
  umpanBalikPerilaku: z.partialRecord(z.enum(KODE_BERAKHLAK), z.string()),
  catatan: z.string().nullable(),
  diri: z.object({
    ratingHasil: RatingIn.nullable(),
    ratingPerilaku: RatingIn.nullable(),
    catatan: z.string().nullable(),
    diajukanAt: z.string().nullable(),
  }),
  /** FINAL only: every periodic evaluation of the pegawai's SKPs that year (incl. earlier penilai's). */
  riwayatPeriodik: z.array(RiwayatPeriodikItem),
  /** FINAL only: ratings prefilled from the periodic ones (the penilai decides). */
  prefill: z.object({ ratingHasil: RatingIn.nullable(), ratingPerilaku: RatingIn.nullable() }).nullable(),
  /** Last day to file a keberatan (PP 30/2019 Pasal 59), once final. */
  batasKeberatan: z.string().nullable(),
  /**
   * Angka kredit of this evaluation for a jabatan fungsional (Peraturan BKN 3/2023), computed by the server from
   * the final predikat (null `nilai` until then); null for other jabatan.
   */
  angkaKredit: z
    .object({ bulan: z.number().nullable(), nilai: z.number().nullable(), kumulatif: z.number() })
    .nullable(),
  asal: AsalVersi.nullable(),
  /** Every version of this SKP and period, newest first. */
  versiLain: z.array(z.object({ id: z.string(), versi: z.number(), status: z.enum(STATUS_EVALUASI) })),
  /** The reader's side. */
  peran: z.enum(['penilai', 'pegawai', 'atasan_penilai', 'pembaca']),
  aksi: z.array(z.enum(AKSI_EVALUASI)),
})
export type EvaluasiDetail = z.infer<typeof EvaluasiDetail>

/** GET /skp/:id/evaluasi: every period's versions, old versions readable (DOMAIN §7). */
export const EvaluasiSkpView = z.object({
  skpId: z.string(),
  tahun: z.number(),
  periode: z.array(
    z.object({
      info: PeriodeEvaluasiView,
      versi: z.array(EvaluasiRingkas),
    }),
  ),
})
export type EvaluasiSkpView = z.infer<typeof EvaluasiSkpView>

export const PenilaianSayaItem = EvaluasiRingkas.extend({
  tahun: z.number(),
  penilai: Orang.nullable(),
  batasKeberatan: z.string().nullable(),
  diriDiajukan: z.boolean(),
  aksi: z.array(z.enum(AKSI_EVALUASI)),
  perluTindakan: z.boolean(),
})
export type PenilaianSayaItem = z.infer<typeof PenilaianSayaItem>
export const PenilaianSayaView = z.object({ tahun: z.number(), items: z.array(PenilaianSayaItem) })
export type PenilaianSayaView = z.infer<typeof PenilaianSayaView>
