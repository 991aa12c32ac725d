import { z } from 'zod'
import { m, Teks } from './common.ts'
import {
  AKUMULASI,
  ASPEK,
  JENIS_RHK,
  KLASIFIKASI,
  PENDEKATAN,
  PERSPEKTIF,
  POLARITAS,
  SKP_STATUS,
  VARIAN,
} from './enums.ts'
import { Tahun } from './pengaturan.ts'

/** SKP planning (PermenPANRB 6/2022, DOMAIN.md §2): request and response shapes shared by server and web. */
export { AKUMULASI, ASPEK, JENIS_RHK, KLASIFIKASI, PENDEKATAN, PERSPEKTIF, POLARITAS, SKP_STATUS, VARIAN }

// --- input ---

export const SkpCreate = z.object({
  tahun: Tahun,
  pendekatan: z.enum(PENDEKATAN),
  // No varian: the form follows the position (DOMAIN §2), derived on the server (varianJabatan).
  /** Which assignment of the year (after a mutasi there are several); default: the current one. */
  penugasanId: z.uuid().optional(),
})
export type SkpCreate = z.infer<typeof SkpCreate>

export const Lampiran = z.object({
  dukunganSumberDaya: z.array(Teks(1000)).max(50),
  skemaPertanggungjawaban: z.array(Teks(1000)).max(50),
  konsekuensi: z.array(Teks(1000)).max(50),
})
export type Lampiran = z.infer<typeof Lampiran>

const Versi = z.number().int().min(1)

export const SkpPatch = z.object({
  pendekatan: z.enum(PENDEKATAN).optional(),
  lampiran: Lampiran.optional(),
  /** The versi the client last saw: a stale one answers 409 (optimistic concurrency). */
  versi: Versi,
})
export type SkpPatch = z.infer<typeof SkpPatch>

// 0 is a target only where lower is better (zero findings); checked with the polarity below and on the server
const Target = z
  .number(m('Target harus berupa angka', 'Target must be a number'))
  .min(0, m('Target tidak boleh negatif', 'Target must not be negative'))
  .max(1e12)

/**
 * One IKI, in either shape (DOMAIN §2); which one applies follows the SKP's pendekatan and is checked on
 * the server (cekBentukIki): kuantitatif = aspek + numeric target (or range) + satuan; kualitatif =
 * ukuran keberhasilan (indikator) + target in words (targetTeks), satuan optional, no aspek, no number.
 */
export const IkiInput = z
  .object({
    aspek: z.enum(ASPEK).nullish(),
    indikator: Teks(1000),
    targetMin: Target.nullish(),
    targetMax: Target.nullish(),
    satuan: Teks(50).nullish(),
    targetTeks: Teks(500).nullish(),
    /** DOMAIN §4: higher or lower is better (default naik); ignored for a kualitatif IKI. */
    polaritas: z.enum(POLARITAS).optional(),
    /** DOMAIN §4: how the periods add up (default jumlah); ignored for a kualitatif IKI. */
    akumulasi: z.enum(AKUMULASI).optional(),
  })
  .refine((i) => i.targetMax == null || i.targetMin == null || i.targetMax >= i.targetMin, {
    path: ['targetMax'],
    message: m(
      'Target maksimal tidak boleh kurang dari target minimal',
      'Maximum target must not be below the minimum',
    ),
  })
  .refine((i) => !(i.targetMin === 0 && !i.targetMax && i.polaritas !== 'turun'), {
    path: ['targetMin'],
    message: m(
      'Target 0 hanya untuk indikator "semakin rendah semakin baik"',
      'A target of 0 only fits a "lower is better" indicator',
    ),
  })
export type IkiInput = z.infer<typeof IkiInput>

export const RhkInput = z.object({
  jenis: z.enum(JENIS_RHK),
  deskripsi: Teks(2000),
  /** The superior's approved RHK this RHK contributes to; null only for the instansi's top leader. */
  intervensiRhkId: z.uuid().nullable(),
  klasifikasi: z.enum(KLASIFIKASI),
  penugasanDari: z.string().trim().max(300).nullish(),
  /** SKP JPT only. */
  perspektif: z.enum(PERSPEKTIF).nullish(),
  /** The Tim Kerja this RHK is for (DOMAIN §2: a member carries at least one IKI for the team). */
  timKerjaId: z.uuid().nullish(),
  iki: z.array(IkiInput).min(1, m('Minimal satu indikator (IKI)', 'At least one indicator (IKI)')).max(20),
})
export type RhkInput = z.infer<typeof RhkInput>

export const UrutanInput = z.object({ ids: z.array(z.uuid()).min(1).max(200) })
export const VersiOpsional = z.object({ versi: Versi.optional() })

export const SetujuiInput = z.object({
  /** Ekspektasi khusus pimpinan per BerAKHLAK kode (e.g. AKUNTABEL), written when approving. */
  ekspektasi: z.record(z.string(), z.string().trim().max(2000)).optional(),
  versi: Versi.optional(),
})
export type SetujuiInput = z.infer<typeof SetujuiInput>

export const KembalikanInput = z.object({
  catatan: Teks(4000),
  catatanRhk: z
    .array(z.object({ rhkId: z.uuid(), catatan: Teks(2000) }))
    .max(200)
    .optional(),
  versi: Versi.optional(),
})
export type KembalikanInput = z.infer<typeof KembalikanInput>

export const BukaInput = z.object({ alasan: Teks(2000), versi: Versi.optional() })
export const PerilakuInput = z.object({ ekspektasi: z.string().trim().max(2000).nullable() })
export const PerilakuParams = z.object({ id: z.uuid(), kode: z.string().max(50) })
export const SalinInput = z.object({ dariSkpId: z.uuid(), tahun: Tahun })
export const SkpListQuery = z.object({ tahun: Tahun.optional() })

// --- views ---

export const PejabatSnapshot = z.object({
  pegawaiId: z.string().nullable(),
  nama: z.string(),
  nip: z.string().nullable(),
  pangkat: z.string().nullable(),
  golongan: z.string().nullable(),
  jabatan: z.string(),
  unor: z.string(),
})
export type PejabatSnapshot = z.infer<typeof PejabatSnapshot>

export const SkpSnapshot = z.object({
  pegawai: PejabatSnapshot,
  /** The non-ASN official (nip null) for the instansi's top leader; null when nobody could be found. */
  penilai: PejabatSnapshot.nullable(),
  atasanPenilai: PejabatSnapshot.nullable(),
  pimpinanTertinggi: z.boolean(),
  /** The date the blocks were resolved on; they follow the current assignment until approval (DOMAIN §2). */
  tanggal: z.string().optional(),
  /** An admin set another pejabat penilai for this pending SKP, with a reason (audited). */
  penilaiDiganti: z
    .object({ alasan: z.string(), olehNama: z.string(), pada: z.string() })
    .nullable()
    .optional(),
  /**
   * The last approval or return was done by an admin on behalf of the non-ASN official (Bupati, Menteri …)
   * who has no account (DOMAIN §1): who acted, for whom.
   */
  atasNama: z
    .object({
      aksi: z.enum(['setujui', 'kembalikan']),
      olehAkunId: z.string(),
      olehNama: z.string(),
      untukNama: z.string(),
      untukJabatan: z.string(),
      pada: z.string(),
    })
    .nullable()
    .optional(),
})
export type SkpSnapshot = z.infer<typeof SkpSnapshot>

/** POST /skp/:id/penilai — an admin instansi names another pejabat penilai of a pending SKP. */
export const GantiPenilaiInput = z.object({
  penilaiPegawaiId: z.uuid(m('ID tidak valid', 'Invalid id')),
  alasan: Teks(2000),
  versi: Versi.optional(),
})
export type GantiPenilaiInput = z.infer<typeof GantiPenilaiInput>

export const IkiView = z.object({
  id: z.string(),
  /** Null in a kualitatif IKI. */
  aspek: z.enum(ASPEK).nullable(),
  indikator: z.string(),
  targetMin: z.number().nullable(),
  targetMax: z.number().nullable(),
  satuan: z.string().nullable(),
  /** Kualitatif: the target in words. */
  targetTeks: z.string().nullable(),
  /** e.g. '12 Dokumen', '80–100 %', or the target in words. */
  targetLabel: z.string(),
  polaritas: z.enum(POLARITAS),
  akumulasi: z.enum(AKUMULASI),
})
export type IkiView = z.infer<typeof IkiView>

export const RhkView = z.object({
  id: z.string(),
  jenis: z.enum(JENIS_RHK),
  urutan: z.number(),
  deskripsi: z.string(),
  klasifikasi: z.enum(KLASIFIKASI),
  penugasanDari: z.string().nullable(),
  perspektif: z.enum(PERSPEKTIF).nullable(),
  catatanPengembalian: z.string().nullable(),
  intervensi: z.object({ rhkId: z.string(), deskripsi: z.string(), pegawaiNama: z.string() }).nullable(),
  timKerja: z.object({ id: z.string(), nama: z.string() }).nullable(),
  iki: z.array(IkiView),
})
export type RhkView = z.infer<typeof RhkView>

export const PerilakuView = z.object({
  kode: z.string(),
  nama: z.string(),
  /** English name for the English UI; the indicators are the official Indonesian texts. */
  namaEn: z.string(),
  indikator: z.array(z.string()),
  ekspektasi: z.string().nullable(),
})

/**
 * What this actor may do with the SKP now, computed on the server from the workflow
 * (src/domain/skp-workflow.ts) and the actor's relation to the SKP; the web app shows buttons from it.
 */
export const AksiSkp = z.object({
  /** edit the header, lampiran and RHK (owner, draft or returned) */
  ubah: z.boolean(),
  ajukan: z.boolean(),
  tarik: z.boolean(),
  setujui: z.boolean(),
  kembalikan: z.boolean(),
  /** reopen an approved SKP (penilai, or an admin as an administrative unlock) */
  bukaKembali: z.boolean(),
  /** write the BerAKHLAK expectations (penilai, while submitted) */
  ubahEkspektasi: z.boolean(),
  /** download the PDF (whoever may read the SKP) */
  unduh: z.boolean(),
  /** cascade own RHK to subordinates in the Matriks Peran Hasil (owner, approved) */
  matriks: z.boolean(),
  /** set another pejabat penilai (admin instansi, while not approved) */
  gantiPenilai: z.boolean(),
  /** setujui/kembalikan act on behalf of the non-ASN official, who has no account (admin instansi) */
  atasNama: z.boolean(),
})
export type AksiSkp = z.infer<typeof AksiSkp>

/**
 * Late: not approved after the year's batasSkp (src/domain/terlambat.ts), computed on the server with the
 * server's clock and sent with every SKP row and view; the web app only shows it.
 */
export const Keterlambatan = {
  terlambat: z.boolean(),
  /** Whole days past the deadline; 0 when not late. */
  hariTerlambat: z.number().int(),
}

export const SkpView = z.object({
  id: z.string(),
  instansiId: z.string(),
  pegawaiId: z.string(),
  penugasanId: z.string(),
  tahun: z.number(),
  mulai: z.string(),
  selesai: z.string(),
  pendekatan: z.enum(PENDEKATAN),
  varian: z.enum(VARIAN),
  status: z.enum(SKP_STATUS),
  versi: z.number(),
  /** How many earlier versions are kept (GET /skp/:id/revisi): a reopen once realisasi exists (DOMAIN §2). */
  revisi: z.number(),
  catatanPengembalian: z.string().nullable(),
  diajukanAt: z.string().nullable(),
  disetujuiAt: z.string().nullable(),
  snapshot: SkpSnapshot,
  rhk: z.array(RhkView),
  perilaku: z.array(PerilakuView),
  lampiran: Lampiran,
  aksi: AksiSkp,
  ...Keterlambatan,
  /** The year was closed by the admin instansi: read-only, `aksi` allows no write. */
  tahunDitutup: z.boolean(),
})
export type SkpView = z.infer<typeof SkpView>

export const SkpRingkas = z.object({
  id: z.string(),
  tahun: z.number(),
  mulai: z.string(),
  selesai: z.string(),
  status: z.enum(SKP_STATUS),
  pendekatan: z.enum(PENDEKATAN),
  varian: z.enum(VARIAN),
  versi: z.number(),
  jabatan: z.string(),
  unor: z.string(),
  penilaiNama: z.string().nullable(),
  ...Keterlambatan,
})
export type SkpRingkas = z.infer<typeof SkpRingkas>
export const SkpDaftar = z.object({
  items: z.array(SkpRingkas),
  /**
   * With `tahun`: my assignments of the year that have no SKP yet (after a mutasi a year holds one SKP per
   * assignment): "Buat SKP" is offered only for these.
   */
  tanpaSkp: z.array(
    z.object({
      penugasanId: z.string(),
      jabatan: z.string(),
      unor: z.string(),
      mulai: z.string(),
      selesai: z.string(),
    }),
  ),
  /** The year is closed by the admin instansi: nothing can be created or changed. */
  tahunDitutup: z.boolean(),
})
export type SkpDaftar = z.infer<typeof SkpDaftar>

export const SalinView = z.object({ skp: SkpView, catatan: z.string() })

export const ALASAN_KANDIDAT_KOSONG = [
  'ATASAN_BELUM_DISETUJUI',
  'ATASAN_BELUM_PUNYA_SKP',
  'PIMPINAN_TERTINGGI',
  'TIDAK_ADA_ATASAN',
] as const

export const KandidatIntervensiView = z.object({
  kandidat: z.array(
    z.object({
      rhkId: z.string(),
      deskripsi: z.string(),
      jenis: z.enum(JENIS_RHK),
      pegawaiNama: z.string(),
      sumber: z.enum(['atasan', 'ketua_tim']),
    }),
  ),
  /** Why the atasan's part of the list is empty (null when the atasan has approved RHK). */
  alasanKosong: z.enum(ALASAN_KANDIDAT_KOSONG).nullable(),
  atasan: z.object({ nama: z.string(), nip: z.string().nullable() }).nullable(),
})
export type KandidatIntervensiView = z.infer<typeof KandidatIntervensiView>

const angka = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 })

/** How a target is printed: '12 Dokumen', '80–100 %' (DOMAIN §2: a number + unit, or a range). */
export function labelTarget(targetMin: number, targetMax: number | null, satuan: string): string {
  const nilai =
    targetMax != null && targetMax !== targetMin
      ? `${angka.format(targetMin)}–${angka.format(targetMax)}`
      : angka.format(targetMin)
  return `${nilai} ${satuan}`
}

/** The target of a stored IKI in either shape: the words (with the optional unit) or the number + unit. */
export function labelTargetIki(i: {
  targetMin: number | null
  targetMax: number | null
  satuan: string | null
  targetTeks: string | null
}): string {
  if (i.targetTeks != null) return i.satuan ? `${i.targetTeks} (${i.satuan})` : i.targetTeks
  return labelTarget(Number(i.targetMin), i.targetMax == null ? null : Number(i.targetMax), i.satuan ?? '')
}

/**
 * DOMAIN §2: the SKP form follows the position, never a choice. JPT (utama/madya/pratama) and the head
 * of a unit kerja mandiri get the JPT form; a pelaksana never does, whatever the unit.
 */
export function varianJabatan(j: {
  jenisJabatan: string
  isKepala: boolean
  unorMandiri: boolean
}): (typeof VARIAN)[number] {
  if (j.jenisJabatan.startsWith('jpt')) return 'jpt'
  if (j.jenisJabatan !== 'pelaksana' && j.isKepala && j.unorMandiri) return 'jpt'
  return 'administrasi_fungsional'
}
