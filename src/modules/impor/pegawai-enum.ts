/**
 * The enums of a pegawai row and the spellings the national HR system and hand-made files use.
 * Type-only imports from the schema keep this module free of the database at runtime.
 */
import type { JENIS_JABATAN, JENJANG_FUNGSIONAL } from '../../db/schema/organisasi.ts'
import type { JENIS_ASN, STATUS_KEPEGAWAIAN } from '../../db/schema/pegawai.ts'
import { petaEnum, teks, type Hasil, type NilaiSel } from './impor-nilai.ts'

export type JenisAsn = (typeof JENIS_ASN)[number]
export type StatusKepegawaian = (typeof STATUS_KEPEGAWAIAN)[number]
export type JenisJabatan = (typeof JENIS_JABATAN)[number]
export type Jenjang = (typeof JENJANG_FUNGSIONAL)[number]

export const JENIS_KELAMIN = petaEnum<'L' | 'P'>([
  ['L', ['L', '1', 'M', 'LAKI-LAKI', 'LAKI LAKI', 'PRIA', 'MALE']],
  ['P', ['P', '2', 'F', 'W', 'PEREMPUAN', 'WANITA', 'FEMALE']],
])

/** PermenPANRB 6/2022 applies to PNS and PPPK (incl. PPPK paruh waktu); a CPNS is assessed as PNS. */
export const STATUS_ASN = petaEnum<JenisAsn>([
  ['pns', ['PNS', 'CPNS']],
  ['pppk', ['PPPK', 'P3K']],
  ['pppk_paruh_waktu', ['PPPK PARUH WAKTU', 'PPPK PW', 'P3K PARUH WAKTU']],
])

export const JENIS_JABATAN_PETA = petaEnum<JenisJabatan>([
  ['jpt_utama', ['JPT UTAMA', 'JABATAN PIMPINAN TINGGI UTAMA']],
  ['jpt_madya', ['JPT MADYA', 'JABATAN PIMPINAN TINGGI MADYA']],
  ['jpt_pratama', ['JPT PRATAMA', 'JABATAN PIMPINAN TINGGI PRATAMA']],
  ['administrator', ['ADMINISTRATOR', 'JABATAN ADMINISTRATOR']],
  ['pengawas', ['PENGAWAS', 'JABATAN PENGAWAS']],
  // "Fungsional umum" (JFU) is the old name of jabatan pelaksana.
  ['pelaksana', ['PELAKSANA', 'JABATAN PELAKSANA', 'FUNGSIONAL UMUM', 'JFU']],
  ['fungsional', ['FUNGSIONAL', 'JABATAN FUNGSIONAL', 'FUNGSIONAL TERTENTU', 'JF', 'JFT']],
])

export const JENJANG_PETA = petaEnum<Jenjang>([
  ['ahli_pertama', ['AHLI PERTAMA', 'PERTAMA']],
  ['ahli_muda', ['AHLI MUDA', 'MUDA']],
  ['ahli_madya', ['AHLI MADYA', 'MADYA']],
  ['ahli_utama', ['AHLI UTAMA', 'UTAMA']],
  ['pemula', ['PEMULA']],
  ['terampil', ['TERAMPIL']],
  ['mahir', ['MAHIR']],
  ['penyelia', ['PENYELIA']],
])

export const STATUS_KEPEGAWAIAN_PETA = petaEnum<StatusKepegawaian>([
  ['aktif', ['AKTIF']],
  ['pejabat_negara', ['PEJABAT NEGARA']],
  ['diberhentikan_sementara', ['DIBERHENTIKAN SEMENTARA', 'BERHENTI SEMENTARA']],
  ['cltn', ['CLTN', 'CUTI DI LUAR TANGGUNGAN NEGARA']],
  ['mpp', ['MPP', 'MASA PERSIAPAN PENSIUN']],
  ['tugas_belajar', ['TUGAS BELAJAR']],
  ['pensiun', ['PENSIUN']],
  ['berhenti', ['BERHENTI', 'DIBERHENTIKAN']],
])

/** Units are led by JPT, administrator or pengawas positions (PP 11/2017); JF and pelaksana head no unit. */
export const JABATAN_STRUKTURAL: ReadonlySet<JenisJabatan> = new Set([
  'jpt_utama',
  'jpt_madya',
  'jpt_pratama',
  'administrator',
  'pengawas',
])

/** PNS pangkat per golongan ruang (PP 99/2000), used when the PANGKAT cell is empty. */
export const PANGKAT_PNS: Record<string, string> = {
  'I/a': 'Juru Muda',
  'I/b': 'Juru Muda Tingkat I',
  'I/c': 'Juru',
  'I/d': 'Juru Tingkat I',
  'II/a': 'Pengatur Muda',
  'II/b': 'Pengatur Muda Tingkat I',
  'II/c': 'Pengatur',
  'II/d': 'Pengatur Tingkat I',
  'III/a': 'Penata Muda',
  'III/b': 'Penata Muda Tingkat I',
  'III/c': 'Penata',
  'III/d': 'Penata Tingkat I',
  'IV/a': 'Pembina',
  'IV/b': 'Pembina Tingkat I',
  'IV/c': 'Pembina Utama Muda',
  'IV/d': 'Pembina Utama Madya',
  'IV/e': 'Pembina Utama',
}

// PPPK golongan I–XVII (Perpres 98/2020).
const ROMAWI_PPPK = [
  'I',
  'II',
  'III',
  'IV',
  'V',
  'VI',
  'VII',
  'VIII',
  'IX',
  'X',
  'XI',
  'XII',
  'XIII',
  'XIV',
  'XV',
  'XVI',
  'XVII',
]

/** "iii / A" → "III/a" for PNS; "ix" → "IX" for PPPK. Empty → null; the wrong shape for the status fails. */
export function parseGolongan(v: NilaiSel, jenisAsn: JenisAsn | null): Hasil<string | null> {
  const s = teks(v).toUpperCase().replace(/\s+/g, '')
  if (!s) return { ok: true, nilai: null }
  const pns = /^(IV|III|II|I)\/([A-E])$/.exec(s)
  const golPns = pns ? `${pns[1]}/${pns[2].toLowerCase()}` : null
  if (golPns && golPns in PANGKAT_PNS && jenisAsn !== 'pppk' && jenisAsn !== 'pppk_paruh_waktu') {
    return { ok: true, nilai: golPns }
  }
  if (ROMAWI_PPPK.includes(s) && jenisAsn !== 'pns') return { ok: true, nilai: s }
  return { ok: false }
}
