/**
 * Evaluation workflow and rules (PermenPANRB 6/2022 penilaian kinerja; DOMAIN.md §5). Pure: the server asks
 * these and sends the answers (allowed actions, periods, the leader rule) to the web app.
 *
 * Workflow (one version of an SKP's period):
 *   draft —simpan / finalisasi (penilai)→ final —terima (pegawai)→ diterima
 *   final | diterima —buka_kembali (atasan penilai)→ a new draft version (the old one stays, digantikan)
 *   draft, penilaian diri not yet submitted —isi_diri / ajukan_diri (pegawai)
 */
import type { JENIS_JABATAN } from '../shared/organisasi.ts'
import type { StatusEvaluasi } from '../shared/enums.ts'
import { isoDate, maxDate, minDate, type IsoDate } from './iso-date.ts'
import { mulaiDinilai } from './periode-pilihan.ts'
import { daftarPeriode, potongMasaBebas, type KodePeriode } from './periode.ts'
import type { Rating } from './predikat.ts'
import type { JenisPeriodePenilaian } from './settings.ts'

export type PeranEvaluasi = 'penilai' | 'pegawai' | 'atasan_penilai' | 'pembaca'
export const AKSI_ALUR_EVALUASI = [
  'simpan',
  'finalisasi',
  'terima',
  'buka_kembali',
  'isi_diri',
  'ajukan_diri',
] as const
export type AksiAlurEvaluasi = (typeof AKSI_ALUR_EVALUASI)[number]

export interface KeadaanEvaluasi {
  status: StatusEvaluasi
  /** The pegawai submitted the penilaian diri. */
  diriDiajukan: boolean
  /** A keberatan on this version waits for a decision. */
  keberatanTerbuka: boolean
}

export type KodeTolakEvaluasi =
  | 'EVALUASI.BUKAN_WEWENANG'
  | 'EVALUASI.STATUS_TIDAK_SAH'
  | 'EVALUASI.KEBERATAN_TERBUKA'
  | 'EVALUASI.DIRI_SUDAH_DIAJUKAN'

export type HasilTransisi = { ok: true; ke: StatusEvaluasi } | { ok: false; code: KodeTolakEvaluasi }

/** Who may take each step, from which states, to which state. */
const ATURAN: Record<AksiAlurEvaluasi, { peran: PeranEvaluasi; dari: StatusEvaluasi[]; ke: StatusEvaluasi }> =
  {
    simpan: { peran: 'penilai', dari: ['draft'], ke: 'draft' },
    finalisasi: { peran: 'penilai', dari: ['draft'], ke: 'final' },
    terima: { peran: 'pegawai', dari: ['final'], ke: 'diterima' },
    buka_kembali: { peran: 'atasan_penilai', dari: ['final', 'diterima'], ke: 'draft' },
    isi_diri: { peran: 'pegawai', dari: ['draft'], ke: 'draft' },
    ajukan_diri: { peran: 'pegawai', dari: ['draft'], ke: 'draft' },
  }

/** 403 first (no role may take this step), then 409 (the state forbids it). */
export function transisiEvaluasi(
  k: KeadaanEvaluasi,
  aksi: AksiAlurEvaluasi,
  peran: PeranEvaluasi[],
): HasilTransisi {
  const a = ATURAN[aksi]
  if (!peran.includes(a.peran)) return { ok: false, code: 'EVALUASI.BUKAN_WEWENANG' }
  if (!a.dari.includes(k.status)) return { ok: false, code: 'EVALUASI.STATUS_TIDAK_SAH' }
  if (aksi === 'buka_kembali' && k.keberatanTerbuka) return { ok: false, code: 'EVALUASI.KEBERATAN_TERBUKA' }
  if ((aksi === 'isi_diri' || aksi === 'ajukan_diri') && k.diriDiajukan)
    return { ok: false, code: 'EVALUASI.DIRI_SUDAH_DIAJUKAN' }
  return { ok: true, ke: a.ke }
}

/** The steps open to these roles now, in the table's order. */
export const aksiEvaluasi = (k: KeadaanEvaluasi, peran: PeranEvaluasi[]): AksiAlurEvaluasi[] =>
  AKSI_ALUR_EVALUASI.filter((a) => transisiEvaluasi(k, a, peran).ok)

/** Something waits for this role: the penilai rates a draft, the pegawai acknowledges a final one. */
export function menungguEvaluasi(k: KeadaanEvaluasi, peran: PeranEvaluasi[]): boolean {
  const a = aksiEvaluasi(k, peran)
  return a.includes('finalisasi') || a.includes('terima')
}

// ---------- periods ----------

export interface PeriodeEvaluasi {
  kode: KodePeriode
  nama: string
  /** The period cut to the SKP's dates. */
  mulai: IsoDate
  selesai: IsoDate
  /**
   * The first day it can be evaluated: the first day of its last month (of the SKP's part of it). FINAL: the
   * first day of the last SKP's last month (1 December for an SKP to 31 December).
   */
  bisaDinilaiMulai: IsoDate
}

/**
 * The evaluations an SKP has: one per periodic period overlapping its dates (the same periods as realisasi),
 * and FINAL when it is the pegawai's last SKP of the year (with several SKPs, the last penilai evaluates the
 * year).
 */
export function periodeEvaluasiSkp(
  s: { tahun: number; mulai: IsoDate; selesai: IsoDate },
  jenis: JenisPeriodePenilaian,
  terakhir: boolean,
): PeriodeEvaluasi[] {
  return daftarPeriode(s.tahun, jenis)
    .filter((p) => (p.kode === 'FINAL' ? terakhir : p.selesai >= s.mulai && p.mulai <= s.selesai))
    .map((p) => {
      const mulai = maxDate(p.mulai, s.mulai)
      const selesai = minDate(p.selesai, s.selesai)
      return { kode: p.kode, nama: p.nama, mulai, selesai, bisaDinilaiMulai: mulaiDinilai(selesai) }
    })
}

export const bisaDinilai = (p: Pick<PeriodeEvaluasi, 'bisaDinilaiMulai'>, hariIni: IsoDate) =>
  hariIni >= p.bisaDinilaiMulai

/** The year's whole range: the range FINAL covers in the document (1 January – the last SKP's end). */
export const awalTahun = (tahun: number) => isoDate(tahun, 1, 1)

// ---------- exemption ----------

/**
 * DOMAIN §1/§5: a pegawai whose exempt status (CLTN, tugas belajar …, the year's statusBebasSkp) covers the
 * whole period is not evaluated in it (and not counted in the curve).
 */
export function dikecualikanPeriode(
  rentang: { mulai: IsoDate; selesai: IsoDate },
  pegawai: { status: string; statusMulai: IsoDate | null; statusSelesai: IsoDate | null },
  statusBebasSkp: readonly string[],
): boolean {
  if (!statusBebasSkp.includes(pegawai.status)) return false
  return !potongMasaBebas(rentang, { mulai: pegawai.statusMulai, selesai: pegawai.statusSelesai }).ok
}

// ---------- leader rule ----------

/**
 * SE MenPANRB 3/2023: a unit head's rating hasil kerja follows the unit's predikat organisasi. Applies when
 * the position heads the unit, its jenis is one of the configured levels, and it is held definitively (a
 * Plt/Plh only when the instansi says so).
 */
export function aturanPimpinanBerlaku(
  posisi: { kepalaUnit: boolean; jenisJabatan: (typeof JENIS_JABATAN)[number]; plt: boolean },
  aturan: { pimpinanJenisJabatan: readonly string[]; pimpinanTermasukPlt: boolean },
): boolean {
  return (
    posisi.kepalaUnit &&
    aturan.pimpinanJenisJabatan.includes(posisi.jenisJabatan) &&
    (!posisi.plt || aturan.pimpinanTermasukPlt)
  )
}

// ---------- ratings ----------

/** The penilai overrides the suggestion: a reason is required (DOMAIN §5). */
export const perluAlasanRating = (ratingHasil: Rating | null, saran: Rating | null) =>
  ratingHasil !== null && saran !== null && ratingHasil !== saran

/**
 * FINAL prefill from the year's periodic ratings (the penilai decides; DOMAIN §5 "prefilled from the periodic
 * ones"): per rating, the most frequent one; a tie goes to the latest period's.
 */
export function prefillTahunan(periodik: { ratingHasil: Rating | null; ratingPerilaku: Rating | null }[]) {
  const pilih = (nilai: (Rating | null)[]): Rating | null => {
    const ada = nilai.filter((r): r is Rating => r !== null)
    if (ada.length === 0) return null
    const hitung = new Map<Rating, number>()
    for (const r of ada) hitung.set(r, (hitung.get(r) ?? 0) + 1)
    const maks = Math.max(...hitung.values())
    return [...ada].reverse().find((r) => hitung.get(r) === maks)!
  }
  if (periodik.length === 0) return null
  return {
    ratingHasil: pilih(periodik.map((p) => p.ratingHasil)),
    ratingPerilaku: pilih(periodik.map((p) => p.ratingPerilaku)),
  }
}
