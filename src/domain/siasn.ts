/**
 * Code tables of the SIASN exchange (DOMAIN §7): the national HR system keeps yearly results as `rw-skp22`
 * records and periodic results with month/year bounds. Pure tables and conversions; the export module
 * (src/modules/ekspor) writes the rows.
 *
 * Provenance of each value (marked beside each table):
 * - DOMAIN: the field names, the rating codes 1–3 (KODE_SIASN_RATING in predikat.ts) and statusPenilai
 *   ASN / NON ASN come from DOMAIN §5/§7.
 * - READING: our reading of SIASN's reference data, TO BE VERIFIED against the SIASN API reference before
 *   a real upload: the kuadran (predikat) codes 1–5 and their labels, the rating labels, the golongan ids,
 *   and koefisienId (we send our jenjang code; SIASN's own koefisien reference id is not known here).
 */
import type { JENJANG_FUNGSIONAL } from '../shared/organisasi.ts'
import type { KodePeriodePenilaian } from '../shared/enums.ts'
import { KODE_SIASN_RATING, type PredikatPegawai, type Rating } from './predikat.ts'

export { KODE_SIASN_RATING }

/** READING: hasilKinerja / perilakuKerja text as SIASN shows it (the code itself is DOMAIN). */
export const LABEL_SIASN_RATING: Record<Rating, string> = {
  DI_ATAS: 'DIATAS EKSPEKTASI',
  SESUAI: 'SESUAI EKSPEKTASI',
  DI_BAWAH: 'DIBAWAH EKSPEKTASI',
}

/** READING: kuadranKinerjaNilai (1 best … 5) and kuadranKinerja text per predikat kinerja pegawai. */
export const KUADRAN_SIASN: Record<PredikatPegawai, { nilai: number; label: string }> = {
  SANGAT_BAIK: { nilai: 1, label: 'SANGAT BAIK' },
  BAIK: { nilai: 2, label: 'BAIK' },
  BUTUH_PERBAIKAN: { nilai: 3, label: 'BUTUH PERBAIKAN' },
  KURANG: { nilai: 4, label: 'KURANG/MISCONDUCT' },
  SANGAT_KURANG: { nilai: 5, label: 'SANGAT KURANG' },
}

const PNS = ['a', 'b', 'c', 'd', 'e'] as const
const ROMAWI = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV']
const ROMAWI_PPPK = [...ROMAWI, 'XV', 'XVI', 'XVII']

/**
 * READING: penilaiGolonganId. PNS golongan ruang (PP 99/2000) I/a … IV/e as "<ruang><huruf>" 11 … 45
 * (I/e, II/e, III/e do not exist); PPPK golongan I … XVII (Perpres 98/2020) as 51 … 67.
 */
export const GOLONGAN_ID_SIASN: Readonly<Record<string, string>> = Object.freeze({
  ...Object.fromEntries(
    ROMAWI.slice(0, 4).flatMap((r, i) =>
      PNS.filter((h) => h !== 'e' || i === 3).map((h, j) => [`${r}/${h}`, String((i + 1) * 10 + j + 1)]),
    ),
  ),
  ...Object.fromEntries(ROMAWI_PPPK.map((r, i) => [r, String(51 + i)])),
})

/** The SIASN golongan id of a golongan as stored ("III/b", "IX"); null when empty or unknown. */
export function golonganIdSiasn(golongan: string | null | undefined): string | null {
  if (!golongan) return null
  return GOLONGAN_ID_SIASN[golongan.trim().replace(/\s+/g, '')] ?? null
}

/** DOMAIN: statusPenilai — a penilai without a NIP is the non-ASN official (Bupati, Menteri …). */
export const statusPenilaiSiasn = (nip: string | null | undefined): 'ASN' | 'NON ASN' =>
  nip ? 'ASN' : 'NON ASN'

/** READING: koefisienId — our jenjang code (to be mapped to SIASN's koefisien reference), null outside JF. */
export const koefisienIdSiasn = (jenjang: (typeof JENJANG_FUNGSIONAL)[number] | null | undefined) =>
  jenjang ?? null

/** First and last month (1–12) a period code covers in its year: B01 … B12, TW1 … TW4, S1, S2, FINAL. */
export function bulanPeriode(kode: KodePeriodePenilaian): { mulai: number; selesai: number } {
  if (kode === 'FINAL') return { mulai: 1, selesai: 12 }
  const n = Number(kode.replace(/^\D+/, ''))
  if (kode.startsWith('B')) return { mulai: n, selesai: n }
  if (kode.startsWith('TW')) return { mulai: n * 3 - 2, selesai: n * 3 }
  return { mulai: n * 6 - 5, selesai: n * 6 }
}

/**
 * The months and years of a periodic evaluation: the dates it covers (the period cut to the SKP's dates,
 * from the snapshot) when known, else the period's whole months.
 */
export function rentangPeriodik(
  tahun: number,
  kode: KodePeriodePenilaian,
  tanggal?: { mulai?: string | null; selesai?: string | null },
) {
  const b = bulanPeriode(kode)
  const iso = /^(\d{4})-(\d{2})-\d{2}$/
  const m = tanggal?.mulai ? iso.exec(tanggal.mulai) : null
  const s = tanggal?.selesai ? iso.exec(tanggal.selesai) : null
  return {
    bulanMulaiPenilaian: m ? Number(m[2]) : b.mulai,
    bulanSelesaiPenilaian: s ? Number(s[2]) : b.selesai,
    tahunMulaiPenilaian: m ? Number(m[1]) : tahun,
    tahunSelesaiPenilaian: s ? Number(s[1]) : tahun,
  }
}
