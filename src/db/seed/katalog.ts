import type { JENIS_JABATAN, JENJANG_FUNGSIONAL } from '../schema/index.ts'
import type { GolonganPns, GolonganPppk, Pendidikan } from './pangkat.ts'

export type JenisJabatan = (typeof JENIS_JABATAN)[number]
export type Jenjang = (typeof JENJANG_FUNGSIONAL)[number]

/** Field of study: decides the academic titles a person of this position plausibly carries. */
export type Bidang =
  | 'pendidikan'
  | 'perawat'
  | 'bidan'
  | 'dokter'
  | 'dokter_gigi'
  | 'farmasi'
  | 'kesmas'
  | 'gizi'
  | 'teknik'
  | 'komputer'
  | 'ekonomi'
  | 'hukum'
  | 'sosial'
  | 'statistik'
  | 'komunikasi'

/** What the seed needs to know to staff a position plausibly. */
export interface JabatanKatalog {
  nama: string
  jenis: JenisJabatan
  jenjang: Jenjang | null
  /** PNS golongan range for a holder of this position. */
  golongan: readonly [GolonganPns, GolonganPns]
  pendidikan: Pendidikan
  /** null: take the field of the unit (a pelaksana in Dinas Kesehatan studied public health …). */
  bidang: Bidang | null
  /** Share of PPPK among holders (0 for structural positions, which PPPK cannot hold here). */
  pppk: number
  golonganPppk: GolonganPppk | null
}

// Golongan per jenjang of jabatan fungsional (PermenPANRB 1/2023 jo. Peraturan BKN 3/2023).
const JENJANG: Record<
  Jenjang,
  { label: string; golongan: [GolonganPns, GolonganPns]; pendidikan: Pendidikan; pppk: GolonganPppk | null }
> = {
  ahli_pertama: { label: 'Ahli Pertama', golongan: ['III/a', 'III/b'], pendidikan: 'S1', pppk: 'IX' },
  ahli_muda: { label: 'Ahli Muda', golongan: ['III/c', 'III/d'], pendidikan: 'S1', pppk: null },
  ahli_madya: { label: 'Ahli Madya', golongan: ['IV/a', 'IV/c'], pendidikan: 'S1', pppk: null },
  ahli_utama: { label: 'Ahli Utama', golongan: ['IV/d', 'IV/e'], pendidikan: 'S1', pppk: null },
  pemula: { label: 'Pemula', golongan: ['II/a', 'II/a'], pendidikan: 'SMA', pppk: null },
  terampil: { label: 'Terampil', golongan: ['II/c', 'II/d'], pendidikan: 'D3', pppk: 'VII' },
  mahir: { label: 'Mahir', golongan: ['III/a', 'III/b'], pendidikan: 'D3', pppk: null },
  penyelia: { label: 'Penyelia', golongan: ['III/c', 'III/d'], pendidikan: 'D3', pppk: null },
}

/** Jabatan fungsional used by the demo: name, field, share of PPPK at the entry jenjang. */
const FUNGSIONAL: Record<string, readonly [string, Bidang, number]> = {
  guru: ['Guru', 'pendidikan', 0.7],
  pamong_belajar: ['Pamong Belajar', 'pendidikan', 0],
  penilik: ['Penilik', 'pendidikan', 0],
  perawat: ['Perawat', 'perawat', 0.55],
  bidan: ['Bidan', 'bidan', 0.55],
  dokter: ['Dokter', 'dokter', 0.2],
  dokter_gigi: ['Dokter Gigi', 'dokter_gigi', 0],
  apoteker: ['Apoteker', 'farmasi', 0.4],
  pranata_lab: ['Pranata Laboratorium Kesehatan', 'kesmas', 0.4],
  epidemiolog: ['Epidemiolog Kesehatan', 'kesmas', 0],
  nutrisionis: ['Nutrisionis', 'gizi', 0.4],
  sanitarian: ['Sanitarian', 'kesmas', 0.3],
  penyuluh_kesmas: ['Penyuluh Kesehatan Masyarakat', 'kesmas', 0.3],
  administrator_kesehatan: ['Administrator Kesehatan', 'kesmas', 0],
  teknik_jalan: ['Teknik Jalan dan Jembatan', 'teknik', 0.25],
  teknik_pengairan: ['Teknik Pengairan', 'teknik', 0.25],
  teknik_penyehatan: ['Teknik Penyehatan Lingkungan', 'teknik', 0],
  penata_ruang: ['Penata Ruang', 'teknik', 0],
  analis_sdm: ['Analis Sumber Daya Manusia Aparatur', 'sosial', 0.15],
  asesor_sdm: ['Asesor Sumber Daya Manusia Aparatur', 'sosial', 0],
  perencana: ['Perencana', 'ekonomi', 0],
  analis_keuangan: ['Analis Keuangan Pusat dan Daerah', 'ekonomi', 0],
  analis_anggaran: ['Analis Anggaran', 'ekonomi', 0],
  pranata_komputer: ['Pranata Komputer', 'komputer', 0.4],
  pranata_humas: ['Pranata Hubungan Masyarakat', 'komunikasi', 0.3],
  sandiman: ['Sandiman', 'komputer', 0],
  statistisi: ['Statistisi', 'statistik', 0.2],
  adm_database_kependudukan: ['Administrator Database Kependudukan', 'komputer', 0],
  perancang_uu: ['Perancang Peraturan Perundang-undangan', 'hukum', 0],
  analis_hukum: ['Analis Hukum', 'hukum', 0],
  analis_kebijakan: ['Analis Kebijakan', 'sosial', 0],
  pengelola_pbj: ['Pengelola Pengadaan Barang/Jasa', 'ekonomi', 0],
  auditor: ['Auditor', 'ekonomi', 0],
  p2upd: ['Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah', 'sosial', 0],
  arsiparis: ['Arsiparis', 'sosial', 0.3],
}

type Pelaksana = readonly [
  string,
  Pendidikan,
  GolonganPns,
  GolonganPns,
  Bidang | null,
  number,
  GolonganPppk | null,
]

/**
 * Jabatan pelaksana. PNS names follow KepmenPANRB 41/2018; the "… Layanan Operasional" names are the
 * ones PPPK pelaksana are appointed to since the 2024 formations, so they are PPPK-only here.
 */
const PELAKSANA: Record<string, Pelaksana> = {
  pramu_bakti: ['Pramu Bakti', 'SD', 'I/c', 'II/a', null, 0, null],
  pengemudi: ['Pengemudi', 'SMA', 'II/a', 'II/d', null, 0, null],
  pengadministrasi_umum: ['Pengadministrasi Umum', 'SMA', 'II/a', 'II/d', null, 0, null],
  pengadministrasi_persuratan: ['Pengadministrasi Persuratan', 'SMA', 'II/a', 'II/d', null, 0, null],
  pengadministrasi_keuangan: ['Pengadministrasi Keuangan', 'SMA', 'II/b', 'II/d', null, 0, null],
  pengolah_data: ['Pengolah Data', 'D3', 'II/c', 'III/a', null, 0, null],
  pengelola_data: ['Pengelola Data', 'S1', 'III/a', 'III/c', null, 0, null],
  pengelola_kepegawaian: ['Pengelola Kepegawaian', 'D3', 'II/c', 'III/b', 'sosial', 0, null],
  pengelola_keuangan: ['Pengelola Keuangan', 'S1', 'III/a', 'III/c', 'ekonomi', 0, null],
  bendahara: ['Bendahara', 'S1', 'III/a', 'III/c', 'ekonomi', 0, null],
  pengelola_bmd: ['Pengelola Barang Milik Daerah', 'D3', 'II/c', 'III/b', 'ekonomi', 0, null],
  operator_layanan: ['Operator Layanan Operasional', 'SMA', 'II/a', 'II/a', null, 1, 'V'],
  pengelola_layanan: ['Pengelola Layanan Operasional', 'D3', 'II/c', 'II/c', null, 1, 'VII'],
  penata_layanan: ['Penata Layanan Operasional', 'S1', 'III/a', 'III/a', null, 1, 'IX'],
}

/** Golongan of head positions by level: eselon ranges of PP 100/2000 jo. PP 13/2002 (I.a … IV.a). */
const STRUKTURAL: Record<
  'jpt_utama' | 'jpt_madya' | 'jpt_pratama' | 'administrator' | 'pengawas',
  [GolonganPns, GolonganPns]
> = {
  jpt_utama: ['IV/d', 'IV/e'],
  jpt_madya: ['IV/d', 'IV/e'],
  jpt_pratama: ['IV/b', 'IV/c'],
  administrator: ['III/d', 'IV/b'],
  pengawas: ['III/c', 'III/d'],
}
export type LevelStruktural = keyof typeof STRUKTURAL

function fungsional(kode: string, jenjang: Jenjang): JabatanKatalog {
  const jf = FUNGSIONAL[kode]
  if (!jf) throw new Error(`jabatan fungsional tidak dikenal: ${kode}`)
  const j = JENJANG[jenjang]
  const [nama, bidang, pppk] = jf
  return {
    nama: `${nama} ${j.label}`,
    jenis: 'fungsional',
    jenjang,
    golongan: j.golongan,
    pendidikan: bidang === 'dokter' || bidang === 'dokter_gigi' ? 'S1' : j.pendidikan,
    bidang,
    pppk: j.pppk ? pppk : 0,
    golonganPppk: j.pppk,
  }
}

/** A staff position by key: 'guru.ahli_pertama' (fungsional.jenjang) or 'pengadministrasi_umum' (pelaksana). */
export function katalog(key: string): JabatanKatalog {
  const [kode, jenjang] = key.split('.')
  if (jenjang) return fungsional(kode, jenjang as Jenjang)
  const p = PELAKSANA[kode]
  if (!p) throw new Error(`jabatan pelaksana tidak dikenal: ${kode}`)
  const [nama, pendidikan, min, max, bidang, pppk, golonganPppk] = p
  return {
    nama,
    jenis: 'pelaksana',
    jenjang: null,
    golongan: [min, max],
    pendidikan,
    bidang,
    pppk,
    golonganPppk,
  }
}

/** A head position: structural by level, or a fungsional one with a head duty (kepala sekolah, puskesmas). */
export function katalogKepala(
  nama: string,
  level: LevelStruktural | string,
  golongan?: [GolonganPns, GolonganPns],
): JabatanKatalog {
  if (!(level in STRUKTURAL)) return { ...katalog(level), pppk: 0 }
  const jenis = level as LevelStruktural
  return {
    nama,
    jenis,
    jenjang: null,
    golongan: golongan ?? STRUKTURAL[jenis],
    pendidikan: 'S1',
    bidang: null,
    pppk: 0,
    golonganPppk: null,
  }
}
