import { z } from 'zod'
import { m, Teks, TeksOpsional, Uuid } from './common.ts'
import { AKUMULASI, ASPEK, JENIS_RHK, KODE_PERIODE, POLARITAS, SKP_STATUS } from './enums.ts'
import { Tahun } from './pengaturan.ts'

/**
 * Pelaksanaan (DOMAIN.md §4): realisasi per IKI per period, rencana aksi per RHK per period, per-period
 * targets, the admin's unlock and the atasan's overview. Shared by the server and the web app; capaian and
 * lock state are computed on the server and only shown by the web app.
 */
export { KODE_PERIODE }
export type KodePeriodeRealisasi = (typeof KODE_PERIODE)[number]

const Periode = z.enum(KODE_PERIODE, m('Periode tidak dikenal', 'Unknown period'))
const Angka = z
  .number(m('Harus berupa angka', 'Must be a number'))
  .min(-1e12, m('Angka terlalu kecil', 'Number too small'))
  .max(1e12, m('Angka terlalu besar', 'Number too large'))
const Versi = z.number().int().min(1).max(2_000_000_000)

// ---------- params and queries ----------

export const PelaksanaanParams = z.object({ id: Uuid })
export const PelaksanaanQuery = z.object({ periode: Periode.optional() })
export type PelaksanaanQuery = z.infer<typeof PelaksanaanQuery>

export const RealisasiParams = z.object({ id: Uuid, ikiId: Uuid, periode: Periode })
export type RealisasiParams = z.infer<typeof RealisasiParams>

export const RencanaAksiParams = z.object({ id: Uuid, rencanaAksiId: Uuid })
export type RencanaAksiParams = z.infer<typeof RencanaAksiParams>

export const BawahanQuery = z.object({ tahun: Tahun.optional(), periode: Periode.optional() })
export type BawahanQuery = z.infer<typeof BawahanQuery>

export const BukaKunciQuery = z.object({ tahun: Tahun.optional() })
export type BukaKunciQuery = z.infer<typeof BukaKunciQuery>

// ---------- input ----------

/**
 * A kuantitatif IKI takes `nilai`, a kualitatif one `nilaiTeks` (which one applies is checked on the server
 * against the IKI). `versi`: the realisasi's version the client last saw (a stale one answers 409).
 */
export const RealisasiInput = z.object({
  nilai: Angka.nullish(),
  nilaiTeks: TeksOpsional(2000),
  catatan: TeksOpsional(2000),
  versi: Versi.optional(),
})
export type RealisasiInput = z.input<typeof RealisasiInput>

export const RencanaAksiInput = z.object({
  rhkId: Uuid,
  periode: Periode,
  uraian: Teks(2000),
  target: Angka.nullish(),
  satuan: TeksOpsional(50),
  targetTeks: TeksOpsional(500),
})
export type RencanaAksiInput = z.input<typeof RencanaAksiInput>

export const RencanaAksiUbah = RencanaAksiInput.omit({ rhkId: true, periode: true })
export type RencanaAksiUbah = z.input<typeof RencanaAksiUbah>

/** A per-period target: a number or range for a kuantitatif IKI, words for a kualitatif one; null resets. */
export const TargetPeriodeInput = z
  .object({
    targetMin: Angka.nullish(),
    targetMax: Angka.nullish(),
    targetTeks: TeksOpsional(500),
  })
  .refine((t) => t.targetMax == null || t.targetMin == null || t.targetMax >= t.targetMin, {
    message: m('Batas atas harus ≥ batas bawah', 'The upper bound must be ≥ the lower bound'),
    path: ['targetMax'],
  })
export type TargetPeriodeInput = z.input<typeof TargetPeriodeInput>

export const BukaKunciInput = z.object({
  skpId: Uuid,
  periode: Periode,
  alasan: Teks(1000),
  /** ISO instant; default: 7 days from now. At most 90 days ahead. */
  berlakuSampai: z.iso.datetime({ offset: true }).optional(),
})
export type BukaKunciInput = z.infer<typeof BukaKunciInput>

// ---------- views ----------

export const PeriodeView = z.object({
  kode: Periode,
  nama: z.string(),
  mulai: z.string(),
  selesai: z.string(),
  /** The instant entry locks (midnight in the instansi's zone, N days after the period ends). */
  terkunciPada: z.string(),
  sudahDimulai: z.boolean(),
  terbuka: z.boolean(),
  /** Set while an admin's unlock is in force. */
  dibukaSampai: z.string().nullable(),
})
export type PeriodeView = z.infer<typeof PeriodeView>

const TargetView = z.object({ min: z.number(), max: z.number().nullable() })
const NilaiCapaian = z.object({
  target: TargetView.nullable(),
  realisasi: z.number().nullable(),
  capaian: z.number().nullable(),
})

export const RealisasiView = z.object({
  nilai: z.number().nullable(),
  nilaiTeks: z.string().nullable(),
  catatan: z.string().nullable(),
  versi: z.number(),
  updatedAt: z.string(),
})
export type RealisasiView = z.infer<typeof RealisasiView>

export const IkiPelaksanaanView = z.object({
  id: z.string(),
  indikator: z.string(),
  aspek: z.enum(ASPEK).nullable(),
  satuan: z.string().nullable(),
  kualitatif: z.boolean(),
  polaritas: z.enum(POLARITAS),
  akumulasi: z.enum(AKUMULASI),
  /** The annual target as printed ('12 Dokumen', '80–100 %', or words). */
  targetLabel: z.string(),
  /** The period's target: the override or the default from the annual target (kuantitatif). */
  targetPeriode: TargetView.nullable(),
  /** Kualitatif: the period's target in words (override) or the annual one. */
  targetPeriodeTeks: z.string().nullable(),
  targetDiubah: z.boolean(),
  realisasi: RealisasiView.nullable(),
  /** Capaian of the period in percent (null: kualitatif, or nothing entered). */
  capaian: z.number().nullable(),
  tahunan: NilaiCapaian.extend({ periodeDihitung: z.number() }),
  jumlahBukti: z.number(),
})
export type IkiPelaksanaanView = z.infer<typeof IkiPelaksanaanView>

export const RencanaAksiView = z.object({
  id: z.string(),
  rhkId: z.string(),
  periode: Periode,
  urutan: z.number(),
  uraian: z.string(),
  target: z.number().nullable(),
  satuan: z.string().nullable(),
  targetTeks: z.string().nullable(),
})
export type RencanaAksiView = z.infer<typeof RencanaAksiView>

export const RhkPelaksanaanView = z.object({
  id: z.string(),
  jenis: z.enum(JENIS_RHK),
  deskripsi: z.string(),
  iki: z.array(IkiPelaksanaanView),
  rencanaAksi: z.array(RencanaAksiView),
  umpanBalikBelumDibaca: z.number(),
})
export type RhkPelaksanaanView = z.infer<typeof RhkPelaksanaanView>

export const AksiPelaksanaan = z.object({
  /** The owner, on an approved SKP, in an open period that has begun. */
  isiRealisasi: z.boolean(),
  /** The owner, on an approved SKP, in an open period. */
  ubahRencana: z.boolean(),
  /** An admin of the instansi: reopen a locked period. */
  bukaKunci: z.boolean(),
})
export type AksiPelaksanaan = z.infer<typeof AksiPelaksanaan>

export const PelaksanaanView = z.object({
  skp: z.object({
    id: z.string(),
    tahun: z.number(),
    status: z.enum(SKP_STATUS),
    mulai: z.string(),
    selesai: z.string(),
    pegawaiId: z.string(),
    pegawaiNama: z.string(),
  }),
  periode: z.array(PeriodeView),
  /** The period shown (the requested one, else the one of today, else the last). Null: no period. */
  periodeDipilih: Periode.nullable(),
  /** Why nothing can be written now, as a key the web app translates (null when writing is possible). */
  alasanTertutup: z.enum(['belum_disetujui', 'tahun_ditutup', 'terkunci', 'belum_dimulai']).nullable(),
  rhk: z.array(RhkPelaksanaanView),
  /** Filled IKI of the period and the IKI count. */
  terisi: z.number(),
  jumlahIki: z.number(),
  aksi: AksiPelaksanaan,
})
export type PelaksanaanView = z.infer<typeof PelaksanaanView>

/** The answer to a realisasi write: the value as stored and the period's capaian. */
export const RealisasiTersimpan = z.object({
  ikiId: z.string(),
  periode: Periode,
  realisasi: RealisasiView,
  capaian: z.number().nullable(),
})
export type RealisasiTersimpan = z.infer<typeof RealisasiTersimpan>

export const TargetPeriodeView = z.object({
  ikiId: z.string(),
  periode: Periode,
  targetMin: z.number().nullable(),
  targetMax: z.number().nullable(),
  targetTeks: z.string().nullable(),
})
export type TargetPeriodeView = z.infer<typeof TargetPeriodeView>

export const BukaKunciView = z.object({
  id: z.string(),
  skpId: z.string(),
  periode: Periode,
  pegawaiNama: z.string(),
  pegawaiNip: z.string(),
  alasan: z.string(),
  berlakuSampai: z.string(),
  olehNama: z.string().nullable(),
  createdAt: z.string(),
  berlaku: z.boolean(),
})
export type BukaKunciView = z.infer<typeof BukaKunciView>
export const BukaKunciDaftar = z.object({ items: z.array(BukaKunciView) })

export const BawahanRealisasi = z.object({
  pegawaiId: z.string(),
  nama: z.string(),
  nip: z.string(),
  skpId: z.string().nullable(),
  status: z.enum(['belum_ada', ...SKP_STATUS]),
  jumlahIki: z.number(),
  terisi: z.number(),
  jumlahBukti: z.number(),
  terakhirDiubah: z.string().nullable(),
  umpanBalikBelumDibaca: z.number(),
})
export type BawahanRealisasi = z.infer<typeof BawahanRealisasi>

export const BawahanRealisasiView = z.object({
  tahun: z.number(),
  periode: PeriodeView.nullable(),
  daftarPeriode: z.array(PeriodeView),
  items: z.array(BawahanRealisasi),
})
export type BawahanRealisasiView = z.infer<typeof BawahanRealisasiView>

/** Beranda (pegawai): fill in period X (N of M IKI), locks on … */
export const RealisasiSayaBeranda = z.object({
  skpId: z.string(),
  periode: Periode,
  nama: z.string(),
  terisi: z.number(),
  jumlahIki: z.number(),
  terkunciPada: z.string(),
})
export type RealisasiSayaBeranda = z.infer<typeof RealisasiSayaBeranda>

/** Beranda (atasan): K of the subordinates with an approved SKP have not filled period X. */
export const RealisasiBawahanBeranda = z.object({
  periode: Periode,
  nama: z.string(),
  belum: z.number(),
  total: z.number(),
  terkunciPada: z.string(),
})
export type RealisasiBawahanBeranda = z.infer<typeof RealisasiBawahanBeranda>
