import { z } from 'zod'
import { m } from './common.ts'
import { Tahun } from './pengaturan.ts'

/**
 * Export of results to the national HR system, SIASN (DOMAIN §7): yearly results as `rw-skp22` records and
 * periodic results, from the current final evaluations (final or diterima; never a replaced version). The
 * code tables are in src/domain/siasn.ts.
 */

export const JENIS_EKSPOR = ['rw-skp22', 'periodik'] as const
export type JenisEkspor = (typeof JENIS_EKSPOR)[number]
export const FORMAT_EKSPOR = ['json', 'csv'] as const
export type FormatEkspor = (typeof FORMAT_EKSPOR)[number]

export const EksporQuery = z.object({
  tahun: Tahun,
  format: z.enum(FORMAT_EKSPOR, m('Format: json atau csv', 'Format: json or csv')).default('json'),
  /** Required for the admin nasional; an admin instansi may leave it out (their own instansi). */
  instansiId: z.uuid(m('ID instansi tidak valid', 'Invalid agency id')).optional(),
})
export type EksporQuery = z.infer<typeof EksporQuery>

/**
 * One rw-skp22 record: the pegawai's yearly (FINAL) evaluation, naming the last penilai. `nip` is the
 * pegawai's NIP (SIASN's pnsDinilaiId is its internal PNS id, which we do not hold; the NIP identifies the
 * pegawai on upload).
 */
export const BarisRwSkp22 = z.object({
  nip: z.string(),
  tahun: z.number(),
  hasilKinerja: z.string(),
  hasilKinerjaNilai: z.number(),
  perilakuKerja: z.string(),
  perilakuKerjaNilai: z.number(),
  kuadranKinerja: z.string(),
  kuadranKinerjaNilai: z.number(),
  namaPenilai: z.string().nullable(),
  nipNrpPenilai: z.string().nullable(),
  penilaiGolonganId: z.string().nullable(),
  penilaiJabatanNm: z.string().nullable(),
  penilaiUnorNm: z.string().nullable(),
  statusPenilai: z.enum(['ASN', 'NON ASN']),
})
export type BarisRwSkp22 = z.infer<typeof BarisRwSkp22>

/** One periodic result (a final periodic evaluation). */
export const BarisPeriodik = z.object({
  nip: z.string(),
  bulanMulaiPenilaian: z.number(),
  bulanSelesaiPenilaian: z.number(),
  tahunMulaiPenilaian: z.number(),
  tahunSelesaiPenilaian: z.number(),
  hasilKinerjaNilai: z.number(),
  perilakuKerjaNilai: z.number(),
  kuadranKinerjaNilai: z.number(),
  koefisienId: z.string().nullable(),
})
export type BarisPeriodik = z.infer<typeof BarisPeriodik>

export const KOLOM_RW_SKP22 = Object.keys(BarisRwSkp22.shape) as (keyof BarisRwSkp22)[]
export const KOLOM_PERIODIK = Object.keys(BarisPeriodik.shape) as (keyof BarisPeriodik)[]

/**
 * What the export counted, sent before the rows (JSON `meta`, and headers X-Jumlah-Baris /
 * X-Tanpa-Evaluasi): pegawai with an approved SKP of the year but no final evaluation are not rows.
 */
export const MetaEkspor = z.object({
  jenis: z.enum(JENIS_EKSPOR),
  instansiId: z.string(),
  tahun: z.number(),
  jumlahBaris: z.number(),
  /** Pegawai with an approved SKP of the year and no final evaluation (of the year / of any period). */
  tanpaEvaluasiFinal: z.number(),
})
export type MetaEkspor = z.infer<typeof MetaEkspor>
