import { z } from 'zod'
import { PageQuery } from './common.ts'
import {
  JENIS_DIALOG,
  KEPUTUSAN_KEBERATAN,
  KODE_PERIODE,
  KODE_PERIODE_PENILAIAN,
  PREDIKAT_ORGANISASI,
  PREDIKAT_PEGAWAI,
  PERAN_UMPAN_BALIK,
  TIPE_NOTIFIKASI,
  type TipeNotifikasi,
} from './enums.ts'
import { AsalVersi } from './penilaian.ts'

/** What happened to a dialog kinerja, for its DIALOG_KINERJA notification. */
export const AKSI_NOTIFIKASI_DIALOG = [
  'dijadwalkan',
  'diubah',
  'selesai',
  'dibatalkan',
  'b18',
  'b19',
] as const

/**
 * In-app notifications (DOMAIN §8: nudge the superior a subordinate is waiting for). A notification is
 * stored as a type and its parameters, never as a sentence: the web app writes the sentence in the
 * reader's language from i18n keys (features/notifikasi/i18n.ts), numbers and dates formatted per language.
 */
export { TIPE_NOTIFIKASI, type TipeNotifikasi }

const Nama = z.string().min(1).max(300)
const Tahun = z.number().int().min(1).max(9999)
const PeriodePenilaian = z.enum(KODE_PERIODE_PENILAIAN)

/**
 * A scheduled reminder about a period's realisasi (src/modules/pengingat): the period, the last day entry
 * is open (`batas`, yyyy-mm-dd in the instansi's zone), the days left and how many IKI still lack realisasi.
 */
const ParameterPengingat = z.object({
  tahun: Tahun,
  periode: z.enum(KODE_PERIODE),
  batas: z.iso.date(),
  hari: z.number().int().min(0),
  jumlah: z.number().int().min(1),
})

/** The parameters of each type: names, year, counts, ids. What the sentence needs, nothing more. */
export const PesanNotifikasi = z.discriminatedUnion('tipe', [
  z.object({ tipe: z.literal('SKP_DIAJUKAN'), parameter: z.object({ nama: Nama, tahun: Tahun }) }),
  z.object({
    tipe: z.literal('SKP_DIKEMBALIKAN'),
    parameter: z.object({ tahun: Tahun, catatan: z.string().nullable() }),
  }),
  z.object({ tipe: z.literal('SKP_DISETUJUI'), parameter: z.object({ tahun: Tahun }) }),
  z.object({ tipe: z.literal('SKP_DIBUKA'), parameter: z.object({ tahun: Tahun }) }),
  z.object({
    tipe: z.literal('ATASAN_BELUM_SKP'),
    parameter: z.object({ nama: Nama, tahun: Tahun, bawahanPegawaiId: z.uuid() }),
  }),
  z.object({
    tipe: z.literal('MPH_SEL'),
    parameter: z.object({ nama: Nama, jumlah: z.number().int().min(1), hasil: z.array(z.string()) }),
  }),
  z.object({ tipe: z.literal('TIM_ANGGOTA'), parameter: z.object({ namaTim: Nama, tahun: Tahun }) }),
  z.object({
    tipe: z.literal('TIM_ANGGOTA_SKP_DISETUJUI'),
    parameter: z.object({ namaTim: Nama, tahun: Tahun }),
  }),
  z.object({
    tipe: z.literal('RHK_ATASAN_DIUBAH'),
    parameter: z.object({ nama: Nama, tahun: Tahun, rhkAtasan: z.string(), rhkAnda: z.array(z.string()) }),
  }),
  z.object({ tipe: z.literal('SKP_DIBUAT_DARI_MPH'), parameter: z.object({ nama: Nama, tahun: Tahun }) }),
  z.object({
    tipe: z.literal('PROGRES_HARIAN_DIAJUKAN'),
    parameter: z.object({ nama: Nama, jumlah: z.number().int().min(1) }),
  }),
  z.object({
    tipe: z.literal('PROGRES_HARIAN_DIKEMBALIKAN'),
    parameter: z.object({ nama: Nama, jumlah: z.number().int().min(1), catatan: z.string() }),
  }),
  z.object({
    tipe: z.literal('UMPAN_BALIK_BARU'),
    parameter: z.object({
      nama: Nama,
      peran: z.enum(PERAN_UMPAN_BALIK),
      periode: z.enum(KODE_PERIODE),
      /** The RHK's text or the BerAKHLAK value's name; `cuplikan` the start of the comment. */
      tentang: z.string().max(2000),
      cuplikan: z.string().max(200),
    }),
  }),
  z.object({
    tipe: z.literal('DIALOG_KINERJA'),
    parameter: z.object({
      nama: Nama,
      aksi: z.enum(AKSI_NOTIFIKASI_DIALOG),
      jenis: z.enum(JENIS_DIALOG),
      tanggal: z.iso.date(),
    }),
  }),
  z.object({ tipe: z.literal('REALISASI_SEGERA_TERKUNCI'), parameter: ParameterPengingat }),
  z.object({ tipe: z.literal('REALISASI_JATUH_TEMPO'), parameter: ParameterPengingat }),
  z.object({
    tipe: z.literal('REALISASI_DIBUKA'),
    parameter: z.object({
      tahun: Tahun,
      periode: z.enum(KODE_PERIODE),
      sampai: z.iso.date(),
      alasan: z.string().max(1000),
    }),
  }),
  z.object({
    tipe: z.literal('PENILAIAN_DIRI_DIAJUKAN'),
    parameter: z.object({ nama: Nama, tahun: Tahun, periode: PeriodePenilaian }),
  }),
  z.object({
    tipe: z.literal('EVALUASI_DIFINALISASI'),
    parameter: z.object({
      tahun: Tahun,
      periode: PeriodePenilaian,
      predikat: z.enum(PREDIKAT_PEGAWAI),
      /** The last day a keberatan can be filed (yyyy-mm-dd, the instansi's calendar). */
      batas: z.iso.date(),
    }),
  }),
  z.object({
    tipe: z.literal('EVALUASI_DIBUKA_KEMBALI'),
    parameter: z.object({
      nama: Nama,
      tahun: Tahun,
      periode: PeriodePenilaian,
      alasan: z.string().max(2000),
    }),
  }),
  z.object({
    tipe: z.literal('DELEGASI_PENILAIAN'),
    parameter: z.object({ nama: Nama, mulai: z.iso.date(), selesai: z.iso.date() }),
  }),
  z.object({
    tipe: z.literal('KEBERATAN_DIAJUKAN'),
    parameter: z.object({ nama: Nama, tahun: Tahun, periode: PeriodePenilaian }),
  }),
  z.object({
    tipe: z.literal('KEBERATAN_KOMENTAR'),
    parameter: z.object({ nama: Nama, cuplikan: z.string().max(200) }),
  }),
  z.object({
    tipe: z.literal('KEBERATAN_DIPUTUSKAN'),
    parameter: z.object({
      nama: Nama,
      tahun: Tahun,
      periode: PeriodePenilaian,
      keputusan: z.enum(KEPUTUSAN_KEBERATAN),
      predikat: z.enum(PREDIKAT_PEGAWAI),
    }),
  }),
  z.object({
    tipe: z.literal('PREDIKAT_ORGANISASI_DITETAPKAN'),
    parameter: z.object({
      unit: Nama,
      tahun: Tahun,
      periode: PeriodePenilaian,
      predikat: z.enum(PREDIKAT_ORGANISASI),
    }),
  }),
  z.object({
    tipe: z.literal('RENCANA_PERBAIKAN_DIBUKA'),
    parameter: z.object({ nama: Nama, predikat: z.enum(PREDIKAT_PEGAWAI), selesai: z.iso.date() }),
  }),
  z.object({
    tipe: z.literal('RENCANA_PERBAIKAN_GUGUR'),
    parameter: z.object({
      nama: Nama,
      /** The predikat that opened the record, and the one of the version that replaced it. */
      predikat: z.enum(PREDIKAT_PEGAWAI),
      predikatBaru: z.enum(PREDIKAT_PEGAWAI),
      /** What replaced it: a keberatan decision or the atasan penilai's reopen and the penilai's correction. */
      oleh: AsalVersi.shape.oleh,
    }),
  }),
])
export type PesanNotifikasi = z.infer<typeof PesanNotifikasi>
export type ParameterNotifikasi<T extends TipeNotifikasi> = Extract<PesanNotifikasi, { tipe: T }>['parameter']

export const NotifikasiQuery = PageQuery.omit({ q: true }).extend({
  /** Only the new ones: neither read nor resolved (what the bell counts). */
  belumDibaca: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
})
export type NotifikasiQuery = z.infer<typeof NotifikasiQuery>

export const NotifikasiView = z.object({
  id: z.string(),
  /** The type and its parameters; null only for a row written before notifications were typed. */
  pesan: PesanNotifikasi.nullable(),
  /** Rows written before notifications were typed kept their Indonesian text: shown as they are. */
  teks: z.object({ judul: z.string(), isi: z.string().nullable() }).nullable(),
  tautan: z.string().nullable(),
  dibaca: z.boolean(),
  dibacaAt: z.string().nullable(),
  /** The matter is done (the SKP approved, returned, …): no longer new, whether read or not. */
  selesai: z.boolean(),
  selesaiAt: z.string().nullable(),
  createdAt: z.string(),
})
export type NotifikasiView = z.infer<typeof NotifikasiView>

export const NotifikasiPage = z.object({
  items: z.array(NotifikasiView),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  /** New notifications: unread and not resolved. */
  jumlahBelumDibaca: z.number(),
})
export type NotifikasiPage = z.infer<typeof NotifikasiPage>
export const BacaSemuaView = z.object({ jumlah: z.number() })
