import { z } from 'zod'
import {
  JENIS_IMPOR,
  KODE_PERIODE_PENILAIAN,
  PREDIKAT_PEGAWAI,
  SKP_STATUS,
  STATUS_IMPOR_TERCATAT,
} from './enums.ts'
import { Tahun } from './pengaturan.ts'
import { Keterlambatan } from './skp.ts'
import { RealisasiBawahanBeranda, RealisasiSayaBeranda } from './pelaksanaan.ts'

/**
 * The Beranda: one to-do list per role, computed on the server (issue 6, item 18). The web app shows these
 * numbers and keys; it never recomputes a workflow step, a deadline or a completion.
 */
export const BerandaQuery = z.object({ tahun: Tahun.optional() })
export type BerandaQuery = z.infer<typeof BerandaQuery>

/** What the pegawai should do next about the SKP of the year (one key, translated by the web app). */
export const LANGKAH_PEGAWAI = [
  /**
   * The admin instansi closed the year: its SKPs are read-only (a year nobody opened is no obstacle: the
   * defaults apply and the first SKP opens it).
   */
  'tahun_ditutup',
  /** The employment status is exempt from an SKP this year (DOMAIN §1). */
  'bebas_skp',
  /** No position held: nothing to plan an SKP for (the admin records the assignment). */
  'tidak_ada_jabatan',
  'buat_skp',
  /** The penilai's SKP is not approved: RHK cannot be cascaded from it yet (DOMAIN §2 prerequisite). */
  'tunggu_skp_atasan',
  'lengkapi_ajukan',
  'perbaiki_ajukan',
  'tunggu_penilai',
  'selesai',
] as const
export type LangkahPegawai = (typeof LANGKAH_PEGAWAI)[number]

/** SKP status per pegawai, or `belum_ada` for a pegawai who needs an SKP and has none in the year. */
export const STATUS_CAPAIAN = ['belum_ada', ...SKP_STATUS] as const
export type StatusCapaian = (typeof STATUS_CAPAIAN)[number]

/** Pegawai counted by the status of their SKP of the year (the latest one after a mutasi). */
export const Capaian = z.object({
  belum_ada: z.number(),
  draft: z.number(),
  diajukan: z.number(),
  dikembalikan: z.number(),
  disetujui: z.number(),
  total: z.number(),
  /** Approved share of `total`, in percent with one decimal (0 when nobody needs an SKP). */
  persenDisetujui: z.number(),
})
export type Capaian = z.infer<typeof Capaian>

export const CapaianUnit = z.object({ unorId: z.string(), nama: z.string(), capaian: Capaian })
export type CapaianUnit = z.infer<typeof CapaianUnit>

const SkpOrang = z.object({
  skpId: z.string(),
  pegawaiId: z.string(),
  nama: z.string(),
  nip: z.string(),
  status: z.enum(SKP_STATUS),
  /** ISO timestamp of the submission (null for a draft never submitted). */
  diajukanAt: z.string().nullable(),
  ...Keterlambatan,
})

// evaluation to-dos (issue 9)
const PeriodePenilaian = z.enum(KODE_PERIODE_PENILAIAN)
const BerandaEv = z.object({ evaluasiId: z.string(), tahun: z.number(), periode: PeriodePenilaian })
/** The pegawai's to-do: drafts open for a penilaian diri; final results to acknowledge (keberatan until …). */
export const PenilaianSayaBeranda = z.object({
  isiDiri: z.array(BerandaEv),
  difinalisasi: z.array(
    BerandaEv.extend({
      predikat: z.enum(PREDIKAT_PEGAWAI).nullable(),
      batasKeberatan: z.string().nullable(),
    }),
  ),
})
export type PenilaianSayaBeranda = z.infer<typeof PenilaianSayaBeranda>
/** The penilai's to-do: N subordinates not yet rated in the period (links to /penilaian?tahun=&periode=). */
export const PenilaianBawahanBeranda = z.object({
  tahun: z.number(),
  periode: PeriodePenilaian,
  belum: z.number(),
  total: z.number(),
})
export type PenilaianBawahanBeranda = z.infer<typeof PenilaianBawahanBeranda>

export const BerandaPegawai = z.object({
  /** The SKP of the year for today's position (after a mutasi: the one covering today, else the latest). */
  skp: z
    .object({
      id: z.string(),
      status: z.enum(SKP_STATUS),
      mulai: z.string(),
      selesai: z.string(),
      /** The penilai's note, only while the SKP is returned. */
      catatanPengembalian: z.string().nullable(),
      penilaiNama: z.string().nullable(),
      ...Keterlambatan,
    })
    .nullable(),
  /** Other SKPs of the year (earlier positions), for a link. */
  jumlahSkpTahunIni: z.number(),
  tahunDibuka: z.boolean(),
  /** The approval deadline of the year's settings (`batasSkp`), null when the year is not opened. */
  batasSkp: z.string().nullable(),
  /** Days from the server's today to the deadline; negative when past. Null when the year is not opened. */
  sisaHari: z.number().nullable(),
  /** False when the penilai's SKP of the year is not approved yet (null: not known or not needed). */
  skpAtasanDisetujui: z.boolean().nullable(),
  langkah: z.enum(LANGKAH_PEGAWAI),
  /** The open period of the approved SKP still missing realisasi (issue 8); null when nothing is due. */
  realisasi: RealisasiSayaBeranda.nullable().optional(),
  /** Evaluations waiting for me: a penilaian diri to fill, a final result to acknowledge (issue 9). */
  penilaian: PenilaianSayaBeranda.nullable().optional(),
})
export type BerandaPegawai = z.infer<typeof BerandaPegawai>

export const BerandaAtasan = z.object({
  /** SKPs naming me as penilai, submitted and waiting for my decision: oldest submission first. */
  menunggu: z.object({ total: z.number(), items: z.array(SkpOrang) }),
  /** My own SKP of the year is approved (subordinates can cascade from it). */
  skpSayaDisetujui: z.boolean(),
  /**
   * Subordinates drafting (or fixing a returned) SKP that names me, who cannot link their RHK to mine
   * because my SKP is not approved. Empty once mine is approved.
   */
  tertahan: z.object({
    total: z.number(),
    draft: z.number(),
    dikembalikan: z.number(),
    items: z.array(SkpOrang),
  }),
  /** Progres harian entries submitted to me and waiting for my review (DOMAIN §4), from how many people. */
  progresHarian: z.object({ jumlah: z.number(), orang: z.number() }),
  /** Keberatan waiting for my decision as the atasan penilai (PP 30/2019 Pasal 59). */
  keberatanMenunggu: z.number().optional(),
  /** Improvement records (PP 30/2019) I follow up that need a follow-up or closing now. */
  perbaikanMenunggu: z.number().optional(),
  /** Subordinates who have not filled the open period's realisasi (issue 8); null when none is due. */
  realisasiBawahan: RealisasiBawahanBeranda.nullable().optional(),
  /** Subordinates not yet rated in the latest period that can be evaluated (issue 9); null when none. */
  penilaianBawahan: PenilaianBawahanBeranda.nullable().optional(),
})
export type BerandaAtasan = z.infer<typeof BerandaAtasan>

export const BerandaPimpinan = z.object({
  /** The units my monitoring starts from (the units I head, or the scope the admin set on my account). */
  akar: z.array(z.object({ unorId: z.string(), nama: z.string() })),
  total: Capaian,
  unit: z.array(CapaianUnit),
})
export type BerandaPimpinan = z.infer<typeof BerandaPimpinan>

export const BerandaAdminInstansi = z.object({
  instansiId: z.string(),
  total: Capaian,
  unit: z.array(CapaianUnit),
  /** Pegawai of the instansi (any status) with no account to log in with. */
  tanpaAkun: z.number(),
  /** Keberatan whose decider is the non-ASN official: an admin records the signed decision. */
  keberatanAtasNama: z.number().optional(),
  imporTerakhir: z
    .object({
      id: z.string(),
      waktu: z.string(),
      aktorNama: z.string().nullable(),
      jenis: z.enum(JENIS_IMPOR),
      namaFile: z.string(),
      status: z.enum(STATUS_IMPOR_TERCATAT),
      totalBaris: z.number(),
      barisDitulis: z.number(),
    })
    .nullable(),
})
export type BerandaAdminInstansi = z.infer<typeof BerandaAdminInstansi>

export const BerandaAdminNasional = z.object({
  instansi: z.array(
    z.object({ instansiId: z.string(), kode: z.string(), nama: z.string(), capaian: Capaian }),
  ),
})
export type BerandaAdminNasional = z.infer<typeof BerandaAdminNasional>

/** One section per role the actor holds; null when the role does not apply. */
export const BerandaView = z.object({
  tahun: z.number(),
  /** The server's today (yyyy-mm-dd, Indonesia). */
  hariIni: z.string(),
  pegawai: BerandaPegawai.nullable(),
  atasan: BerandaAtasan.nullable(),
  pimpinan: BerandaPimpinan.nullable(),
  adminInstansi: BerandaAdminInstansi.nullable(),
  adminNasional: BerandaAdminNasional.nullable(),
})
export type BerandaView = z.infer<typeof BerandaView>
