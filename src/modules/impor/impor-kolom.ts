/**
 * Columns of the import files, shaped like the national HR system's (SIASN) export, with the header
 * spellings seen in the wild. Documented in docs/IMPORT.md — keep the two in step.
 */
import { kunciEnum, type NilaiSel, type Teks } from './impor-nilai.ts'

export const KOLOM_PEGAWAI = [
  'NIP',
  'NAMA',
  'GELAR_DEPAN',
  'GELAR_BELAKANG',
  'JENIS_KELAMIN',
  'TEMPAT_LAHIR',
  'TANGGAL_LAHIR',
  'STATUS_ASN',
  'GOLONGAN',
  'PANGKAT',
  'JABATAN',
  'JENIS_JABATAN',
  'JENJANG',
  'KEPALA_UNOR',
  'UNOR',
  'UNOR_INDUK',
  'TMT_JABATAN',
  'STATUS_KEPEGAWAIAN',
  'STATUS_MULAI',
  'STATUS_SELESAI',
  'EMAIL',
] as const
export type KolomPegawai = (typeof KOLOM_PEGAWAI)[number]

export const KOLOM_UNOR = ['KODE', 'NAMA', 'KODE_INDUK', 'NAMA_INDUK', 'NAMA_JABATAN_KEPALA'] as const
export type KolomUnor = (typeof KOLOM_UNOR)[number]

/** Header spellings besides the column's own name (compared after upper-casing and `_`/space folding). */
const ALIAS_PEGAWAI: Partial<Record<KolomPegawai, string[]>> = {
  NIP: ['NIP BARU', 'NIP18', 'NIP 18', 'NIPBARU'],
  NAMA: ['NAMA LENGKAP', 'NAMA PEGAWAI'],
  GELAR_DEPAN: ['GLR DEPAN'],
  GELAR_BELAKANG: ['GLR BELAKANG'],
  JENIS_KELAMIN: ['JK', 'KELAMIN', 'GENDER', 'SEX', 'JENIS KELAMIN NAMA'],
  TEMPAT_LAHIR: ['TEMPAT LAHIR NAMA', 'TMP LAHIR'],
  TANGGAL_LAHIR: ['TGL LAHIR', 'TGL LHR'],
  STATUS_ASN: ['JENIS ASN', 'JENIS PEGAWAI', 'STATUS PEGAWAI', 'STATUS CPNS PNS'],
  GOLONGAN: ['GOL', 'GOL RUANG', 'GOLONGAN RUANG', 'GOL AKHIR', 'GOL AKHIR NAMA', 'GOLONGAN NAMA'],
  PANGKAT: ['PANGKAT NAMA', 'PANGKAT AKHIR'],
  JABATAN: ['JABATAN NAMA', 'NAMA JABATAN'],
  JENIS_JABATAN: ['JENIS JABATAN NAMA'],
  JENJANG: ['JENJANG JABATAN', 'JENJANG FUNGSIONAL'],
  KEPALA_UNOR: ['IS KEPALA', 'KEPALA', 'KEPALA UNIT'],
  UNOR: ['UNOR NAMA', 'UNIT KERJA', 'UNIT ORGANISASI', 'KODE UNOR', 'UNOR ID'],
  UNOR_INDUK: ['UNOR INDUK NAMA', 'INDUK UNOR', 'UNIT INDUK'],
  TMT_JABATAN: ['TMT JAB'],
  STATUS_KEPEGAWAIAN: ['KEDUDUKAN HUKUM', 'KEDUDUKAN HUKUM NAMA', 'STATUS KEPEG'],
  STATUS_MULAI: ['TMT STATUS', 'TMT KEDUDUKAN HUKUM', 'STATUS SEJAK'],
  STATUS_SELESAI: ['STATUS SAMPAI', 'AKHIR STATUS', 'TGL AKHIR STATUS'],
  EMAIL: ['E MAIL', 'EMAIL GOV', 'EMAIL KANTOR'],
}

const ALIAS_UNOR: Partial<Record<KolomUnor, string[]>> = {
  KODE: ['KODE UNOR', 'UNOR ID', 'ID'],
  NAMA: ['NAMA UNOR', 'UNOR NAMA'],
  KODE_INDUK: ['DIATASAN ID', 'INDUK ID', 'KODE UNOR INDUK', 'UNOR INDUK ID'],
  NAMA_INDUK: ['UNOR INDUK', 'NAMA UNOR INDUK', 'UNOR INDUK NAMA'],
  NAMA_JABATAN_KEPALA: ['NAMA JABATAN', 'JABATAN KEPALA', 'NAMA JABATAN PIMPINAN'],
}

export interface SkemaKolom<K extends string> {
  jenis: 'pegawai' | 'unor'
  kolom: readonly K[]
  wajib: readonly K[]
  alias: ReadonlyMap<string, K>
  /** Example row for the CSV template. */
  contoh: Record<K, string>
}

function petaAlias<K extends string>(kolom: readonly K[], alias: Partial<Record<K, string[]>>) {
  const peta = new Map<string, K>()
  for (const k of kolom) for (const e of [k, ...(alias[k] ?? [])]) peta.set(kunciEnum(e), k)
  return peta
}

export const SKEMA_PEGAWAI: SkemaKolom<KolomPegawai> = {
  jenis: 'pegawai',
  kolom: KOLOM_PEGAWAI,
  wajib: ['NIP', 'NAMA', 'STATUS_ASN', 'GOLONGAN', 'JABATAN', 'JENIS_JABATAN', 'UNOR'],
  alias: petaAlias(KOLOM_PEGAWAI, ALIAS_PEGAWAI),
  contoh: {
    NIP: '198707172010121001',
    NAMA: 'Budi Santoso',
    GELAR_DEPAN: '',
    GELAR_BELAKANG: 'S.Kom.',
    JENIS_KELAMIN: 'L',
    TEMPAT_LAHIR: 'Bandung',
    TANGGAL_LAHIR: '17-07-1987',
    STATUS_ASN: 'PNS',
    GOLONGAN: 'III/b',
    PANGKAT: 'Penata Muda Tingkat I',
    JABATAN: 'Pranata Komputer Ahli Pertama',
    JENIS_JABATAN: 'FUNGSIONAL',
    JENJANG: 'AHLI PERTAMA',
    KEPALA_UNOR: 'N',
    UNOR: 'Bidang Aplikasi Informatika',
    UNOR_INDUK: 'Dinas Komunikasi dan Informatika',
    TMT_JABATAN: '01-03-2024',
    STATUS_KEPEGAWAIAN: 'AKTIF',
    STATUS_MULAI: '',
    STATUS_SELESAI: '',
    EMAIL: 'budi.santoso@contoh.go.id',
  },
}

export const SKEMA_UNOR: SkemaKolom<KolomUnor> = {
  jenis: 'unor',
  kolom: KOLOM_UNOR,
  wajib: ['KODE', 'NAMA'],
  alias: petaAlias(KOLOM_UNOR, ALIAS_UNOR),
  contoh: {
    KODE: 'DISKOMINFO-APTIKA',
    NAMA: 'Bidang Aplikasi Informatika',
    KODE_INDUK: 'DISKOMINFO',
    NAMA_INDUK: '',
    NAMA_JABATAN_KEPALA: 'Kepala Bidang Aplikasi Informatika',
  },
}

export interface PetaHeader<K extends string> {
  /** Column → index in the row. */
  indeks: Map<K, number>
  /** Required columns the header lacks. */
  hilang: K[]
}

/** Map a header row to columns: case-insensitive, aliases allowed, unknown headers ignored. */
export function petakanHeader<K extends string>(skema: SkemaKolom<K>, header: NilaiSel[]): PetaHeader<K> {
  const indeks = new Map<K, number>()
  header.forEach((h, i) => {
    const k = skema.alias.get(kunciEnum(h))
    if (k && !indeks.has(k)) indeks.set(k, i)
  })
  return { indeks, hilang: skema.wajib.filter((k) => !indeks.has(k)) }
}

export const pesanKolomHilang = (kolom: string): Teks => ({
  id: `Kolom wajib ${kolom} tidak ada di baris judul`,
  en: `Required column ${kolom} is missing from the header row`,
})

/** Quote a CSV field when it needs it. */
const csvSel = (s: string) => (/[",;\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s)

/** The downloadable template: the header row and one example row, comma-separated, UTF-8 with BOM for Excel. */
export function templateCsv<K extends string>(skema: SkemaKolom<K>): string {
  const baris = [skema.kolom.join(','), skema.kolom.map((k) => csvSel(skema.contoh[k])).join(',')]
  return `\ufeff${baris.join('\r\n')}\r\n`
}
