/**
 * Pengaturan per instansi per tahun: every rule DOMAIN.md marks configurable, with its default.
 * Formulas and thresholds are data, never constants in the code (STYLE.md "Rules as data").
 */
import {
  JENIS_PERIODE_PENILAIAN,
  type JenisHariKeberatan,
  type KonvensiBulanAk,
  type RumusPolaritasTurun,
  type ZonaWaktu,
} from '../shared/enums.ts'
import { JENIS_JABATAN_KEPALA } from '../shared/organisasi.ts'
import { isoDate } from './iso-date.ts'
import {
  AMBANG_RATING_BAWAAN,
  PETA_PIMPINAN_BAWAAN,
  type AmbangRating,
  type PembulatanDistribusi,
  type PredikatOrganisasi,
  type PredikatPegawai,
  type Rating,
} from './predikat.ts'

export { JENIS_PERIODE_PENILAIAN }
export type JenisPeriodePenilaian = (typeof JENIS_PERIODE_PENILAIAN)[number]

// DOMAIN §1 (PermenPANRB 6/2022): pegawai exempt from SKP, configurable list
export const STATUS_BEBAS_SKP_BAWAAN = [
  'pejabat_negara',
  'diberhentikan_sementara',
  'cltn',
  'mpp',
  'tugas_belajar',
] as const
export type StatusBebasSkp = (typeof STATUS_BEBAS_SKP_BAWAAN)[number]

export interface PengaturanTahun {
  periodePenilaian: JenisPeriodePenilaian // PermenPANRB 6/2022: periodic evaluation, default triwulan
  batasSkp: string // yyyy-mm-dd: SKP approval deadline, default 31 January of the year
  hariKunciRealisasi: number // realisasi entry locks this many days after a period ends (default 5)
  statusBebasSkp: string[] // kepegawaian statuses that need no SKP (StatusBebasSkp keys by default)
  ambangRating: AmbangRating // thresholds of the suggested rating hasil kerja
  petaPimpinan: Record<PredikatOrganisasi, Rating> // SE MenPANRB 3/2023: predikat organisasi → rating pimpinan
  pembulatanDistribusi: PembulatanDistribusi // SE MenPANRB 3/2023: rounding of the curve for small units
  batasKeberatanHari: number // PP 30/2019 Pasal 59: days to file a keberatan (default 14)
  // DOMAIN §7: Tukin/TPP percentage per predikat is each instansi's own rule; null = not set yet
  persenTunjangan: Record<PredikatPegawai, number> | null
  // DOMAIN §4: realisasi locks at midnight in the instansi's zone (WIB default, WITA, WIT)
  zonaWaktu: ZonaWaktu
  batasUnggahMb: number // largest bukti dukung upload, in MB (default 10)
  rumusPolaritasTurun: RumusPolaritasTurun // capaian of a lower-is-better IKI (src/domain/capaian.ts)
  hariPengingatKunci: number // reminder this many days before a period's realisasi locks (default 3)
  // PP 30/2019 Pasal 59: the keberatan window counts calendar days (default) or working days
  jenisHariKeberatan: JenisHariKeberatan
  // Non-working days besides Saturday and Sunday (national holidays, cuti bersama), yyyy-mm-dd
  hariLibur: string[]
  // Leader rule (DOMAIN §5): the jenis jabatan of unit heads whose rating hasil kerja follows the unit's
  // predikat organisasi (default: every head position), and whether it applies to a Plt/Plh head
  pimpinanJenisJabatan: (typeof JENIS_JABATAN_KEPALA)[number][]
  pimpinanTermasukPlt: boolean
  // Peraturan BKN 3/2023: how months of an SKP segment count for angka kredit (src/shared/enums.ts)
  konvensiBulanAk: KonvensiBulanAk
}

export function pengaturanBawaan(tahun: number): PengaturanTahun {
  return {
    periodePenilaian: 'triwulan',
    batasSkp: isoDate(tahun, 1, 31),
    hariKunciRealisasi: 5,
    statusBebasSkp: [...STATUS_BEBAS_SKP_BAWAAN],
    ambangRating: { ...AMBANG_RATING_BAWAAN },
    petaPimpinan: { ...PETA_PIMPINAN_BAWAAN },
    pembulatanDistribusi: 'terdekat',
    batasKeberatanHari: 14,
    persenTunjangan: null,
    zonaWaktu: 'Asia/Jakarta',
    batasUnggahMb: 10,
    rumusPolaritasTurun: 'selisih',
    hariPengingatKunci: 3,
    jenisHariKeberatan: 'kalender',
    hariLibur: [],
    pimpinanJenisJabatan: [...JENIS_JABATAN_KEPALA],
    pimpinanTermasukPlt: false,
    konvensiBulanAk: 'awal_bulan',
  }
}

/** A stored override: any field; ambangRating and petaPimpinan field by field (persenTunjangan is whole). */
export type PengaturanTahunParsial = Partial<Omit<PengaturanTahun, 'ambangRating' | 'petaPimpinan'>> & {
  ambangRating?: Partial<AmbangRating>
  petaPimpinan?: Partial<Record<PredikatOrganisasi, Rating>>
}

function tanpaUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>
}

function salinTabel<T extends object>(t: T | null): T | null {
  return t === null ? null : { ...t }
}

/**
 * Layer a partial setting (e.g. the instansi's stored row) over a base (e.g. the defaults).
 * ambangRating and petaPimpinan merge field by field; arrays and persenTunjangan replace whole;
 * `undefined` means "keep the base". Never mutates or shares the inputs.
 */
export function mergePengaturan(base: PengaturanTahun, partial: PengaturanTahunParsial): PengaturanTahun {
  const { ambangRating, petaPimpinan, ...rest } = partial
  return {
    ...base,
    ...tanpaUndefined(rest),
    statusBebasSkp: [...(rest.statusBebasSkp ?? base.statusBebasSkp)],
    hariLibur: [...(rest.hariLibur ?? base.hariLibur)],
    pimpinanJenisJabatan: [...(rest.pimpinanJenisJabatan ?? base.pimpinanJenisJabatan)],
    ambangRating: { ...base.ambangRating, ...tanpaUndefined(ambangRating ?? {}) },
    petaPimpinan: { ...base.petaPimpinan, ...tanpaUndefined(petaPimpinan ?? {}) },
    persenTunjangan:
      rest.persenTunjangan === undefined ? base.persenTunjangan : salinTabel(rest.persenTunjangan),
  }
}
