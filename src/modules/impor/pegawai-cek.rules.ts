/**
 * The checks of one pegawai row, column by column (pure). Each reports every problem it finds to the
 * Pemeriksa with the column and a reason in Indonesian and English.
 */
import { parseNip, type NipParts } from '../../domain/nip.ts'
import type { KolomPegawai } from './impor-kolom.ts'
import {
  EMAIL_RE,
  nipMentah,
  parseEnum,
  parseTanggal,
  parseYaTidak,
  teks,
  type NilaiSel,
} from './impor-nilai.ts'
import type { BarisMentah, Pemeriksa } from './impor-tipe.ts'
import { kunciKepala } from './pegawai-konteks.rules.ts'
import {
  JABATAN_STRUKTURAL,
  JENIS_JABATAN_PETA,
  JENIS_KELAMIN,
  JENJANG_PETA,
  PANGKAT_PNS,
  parseGolongan,
  STATUS_ASN,
  STATUS_KEPEGAWAIAN_PETA,
  type JenisJabatan,
} from './pegawai-enum.ts'
import type { KonteksPegawai } from './pegawai-validasi.rules.ts'

type Nilai = BarisMentah<KolomPegawai>['nilai']

const PESAN_NIP = {
  'NIP.FORMAT': ['NIP harus 18 digit angka', 'The NIP must be 18 digits'],
  'NIP.TANGGAL_LAHIR': [
    'Tanggal lahir pada NIP (digit 1–8) tidak valid',
    'The birth date in the NIP (digits 1–8) is not a valid date',
  ],
  'NIP.TMT': [
    'TMT pada NIP (digit 9–14) tidak valid',
    'The appointment date in the NIP (digits 9–14) is not valid',
  ],
  'NIP.JENIS_KELAMIN': [
    'Digit ke-15 NIP (jenis kelamin) harus 1 atau 2',
    'Digit 15 of the NIP (gender) must be 1 or 2',
  ],
} as const
export const TANGGAL_SALAH = [
  'Tanggal tidak valid; gunakan dd-mm-yyyy, dd/mm/yyyy atau yyyy-mm-dd',
  'Not a valid date; use dd-mm-yyyy, dd/mm/yyyy or yyyy-mm-dd',
] as const

export function cekNip(nilai: NilaiSel, baris: number, ctx: KonteksPegawai, p: Pemeriksa): NipParts | null {
  const { nip, presisiHilang } = nipMentah(nilai)
  if (!nip) return (p.salah('NIP', 'NIP wajib diisi', 'NIP is required'), null)
  if (presisiHilang) {
    p.salah(
      'NIP',
      'NIP tersimpan sebagai angka di Excel sehingga digit terakhirnya hilang; format kolom NIP sebagai Teks',
      'The NIP was stored as a number in Excel and lost its last digits; format the NIP column as Text',
    )
    return null
  }
  const hasil = parseNip(nip)
  if (!hasil.ok) {
    const [id, en] = PESAN_NIP[hasil.code]
    return (p.salah('NIP', id, en), null)
  }
  const pertama = ctx.nipPertama.get(hasil.parts.nip)
  if (pertama !== undefined && pertama !== baris) {
    p.salah('NIP', `NIP ganda: sudah ada di baris ${pertama}`, `Duplicate NIP: already in row ${pertama}`)
  }
  if (ctx.nipInstansiLain.has(hasil.parts.nip)) {
    p.salah('NIP', 'NIP terdaftar di instansi lain', 'This NIP is registered in another agency')
  }
  return hasil.parts
}

/**
 * DOMAIN.md §1: the NIP carries the birth date and gender; an empty column takes them from it. A column that
 * disagrees with the NIP is kept as given — the HR record may hold a later correction, and a NIP never
 * changes — and the database stores the warning on the pegawai (pegawai.peringatan_nip), never an error.
 */
export function cekIdentitas(n: Nilai, nip: NipParts | null, p: Pemeriksa) {
  const jk = parseEnum(n.JENIS_KELAMIN, JENIS_KELAMIN)
  if (!jk.ok)
    p.salah('JENIS_KELAMIN', 'Jenis kelamin harus L atau P', 'Gender must be L (male) or P (female)')
  const lahir = parseTanggal(n.TANGGAL_LAHIR)
  if (!lahir.ok) p.salah('TANGGAL_LAHIR', ...TANGGAL_SALAH)
  return {
    jenisKelamin: (jk.ok && jk.nilai) || nip?.jenisKelamin || 'L',
    tanggalLahir: (lahir.ok && lahir.nilai) || nip?.tanggalLahir || '',
  }
}

/**
 * When the status holds (DOMAIN §1: an exemption — CLTN, tugas belajar … — has dates; a return mid-year
 * gives a shortened SKP). Undefined when the file lacks the column (the stored date stays).
 */
export function cekMasaStatus(n: Nilai, ctx: KonteksPegawai, p: Pemeriksa) {
  const tanggal = (k: 'STATUS_MULAI' | 'STATUS_SELESAI') => {
    if (!ctx.kolomAda.has(k)) return undefined
    const t = parseTanggal(n[k])
    if (!t.ok) return (p.salah(k, ...TANGGAL_SALAH), null)
    return t.nilai
  }
  const statusMulai = tanggal('STATUS_MULAI')
  const statusSelesai = tanggal('STATUS_SELESAI')
  if (statusMulai && statusSelesai && statusSelesai < statusMulai)
    p.salah(
      'STATUS_SELESAI',
      'STATUS_SELESAI tidak boleh sebelum STATUS_MULAI',
      'STATUS_SELESAI cannot be before STATUS_MULAI',
    )
  return { statusMulai, statusSelesai }
}

/** An optional text column: undefined when the file lacks the column, null when the cell is empty. */
export function opsional(n: Nilai, k: KolomPegawai, maks: number, ctx: KonteksPegawai, p: Pemeriksa) {
  if (!ctx.kolomAda.has(k)) return undefined
  const s = teks(n[k])
  if (s.length > maks) p.salah(k, `Paling banyak ${maks} karakter`, `At most ${maks} characters`)
  return s || null
}

export function cekTeks(n: Nilai, ctx: KonteksPegawai, p: Pemeriksa) {
  const nama = teks(n.NAMA)
  if (!nama) p.salah('NAMA', 'NAMA wajib diisi', 'NAMA (name) is required')
  else if (nama.length > 200) p.salah('NAMA', 'Paling banyak 200 karakter', 'At most 200 characters')
  const email = opsional(n, 'EMAIL', 200, ctx, p)
  if (email && !EMAIL_RE.test(email))
    p.salah('EMAIL', 'Alamat email tidak valid', 'Not a valid email address')
  return {
    nama,
    gelarDepan: opsional(n, 'GELAR_DEPAN', 50, ctx, p),
    gelarBelakang: opsional(n, 'GELAR_BELAKANG', 50, ctx, p),
    tempatLahir: opsional(n, 'TEMPAT_LAHIR', 100, ctx, p),
    pangkat: opsional(n, 'PANGKAT', 100, ctx, p),
    email,
  }
}

export function cekKepegawaian(n: Nilai, p: Pemeriksa) {
  const asn = parseEnum(n.STATUS_ASN, STATUS_ASN)
  if (!asn.ok)
    p.salah(
      'STATUS_ASN',
      'STATUS_ASN harus PNS, PPPK atau PPPK PARUH WAKTU',
      'STATUS_ASN must be PNS, PPPK or PPPK PARUH WAKTU',
    )
  else if (!asn.nilai) p.salah('STATUS_ASN', 'STATUS_ASN wajib diisi', 'STATUS_ASN is required')
  const jenisAsn = asn.ok ? asn.nilai : null
  const gol = parseGolongan(n.GOLONGAN, jenisAsn)
  if (!gol.ok) {
    if (jenisAsn === 'pns')
      p.salah('GOLONGAN', 'Golongan PNS harus I/a sampai IV/e', 'A PNS grade must be I/a to IV/e')
    else
      p.salah(
        'GOLONGAN',
        'Golongan PPPK harus angka Romawi I sampai XVII',
        'A PPPK grade must be a Roman numeral I to XVII',
      )
  } else if (!gol.nilai && (jenisAsn === 'pns' || jenisAsn === 'pppk')) {
    p.salah(
      'GOLONGAN',
      'GOLONGAN wajib diisi untuk PNS dan PPPK',
      'GOLONGAN (grade) is required for PNS and PPPK',
    )
  }
  const status = parseEnum(n.STATUS_KEPEGAWAIAN, STATUS_KEPEGAWAIAN_PETA)
  if (!status.ok) {
    p.salah(
      'STATUS_KEPEGAWAIAN',
      'STATUS_KEPEGAWAIAN tidak dikenal (lihat docs/IMPORT.md)',
      'Unknown STATUS_KEPEGAWAIAN (see docs/IMPORT.md)',
    )
  }
  const golongan = gol.ok ? gol.nilai : null
  return {
    jenisAsn: jenisAsn ?? 'pns',
    golongan,
    pangkatBawaan: jenisAsn === 'pns' && golongan ? PANGKAT_PNS[golongan] : undefined,
    status: (status.ok && status.nilai) || undefined,
  }
}

export function cekJabatan(n: Nilai, baris: number, ctx: KonteksPegawai, p: Pemeriksa) {
  const nama = teks(n.JABATAN)
  if (!nama) p.salah('JABATAN', 'JABATAN wajib diisi', 'JABATAN (position) is required')
  const jenis = parseEnum(n.JENIS_JABATAN, JENIS_JABATAN_PETA)
  if (!jenis.ok || !jenis.nilai) {
    p.salah(
      'JENIS_JABATAN',
      'JENIS_JABATAN harus JPT UTAMA, JPT MADYA, JPT PRATAMA, ADMINISTRATOR, PENGAWAS, PELAKSANA atau FUNGSIONAL',
      'JENIS_JABATAN must be JPT UTAMA, JPT MADYA, JPT PRATAMA, ADMINISTRATOR, PENGAWAS, PELAKSANA or FUNGSIONAL',
    )
  }
  const jenisJabatan = (jenis.ok && jenis.nilai) || null
  const jenjang = parseEnum(n.JENJANG, JENJANG_PETA)
  if (!jenjang.ok)
    p.salah(
      'JENJANG',
      'JENJANG tidak dikenal (Ahli Pertama … Penyelia)',
      'Unknown JENJANG (Ahli Pertama … Penyelia)',
    )
  else if (jenisJabatan === 'fungsional' && !jenjang.nilai) {
    p.salah(
      'JENJANG',
      'JENJANG wajib diisi untuk jabatan fungsional',
      'JENJANG is required for a functional position',
    )
  } else if (jenisJabatan && jenisJabatan !== 'fungsional' && jenjang.nilai) {
    p.salah(
      'JENJANG',
      'JENJANG hanya untuk jabatan fungsional',
      'JENJANG applies to functional positions only',
    )
  }
  const isKepala = cekKepala(n, jenisJabatan, baris, ctx, p)
  return {
    nama,
    jenis: jenisJabatan ?? 'pelaksana',
    jenjang: (jenjang.ok && jenjang.nilai) || null,
    isKepala,
  }
}

export function cekKepala(
  n: Nilai,
  jenis: JenisJabatan | null,
  baris: number,
  ctx: KonteksPegawai,
  p: Pemeriksa,
): boolean {
  const kepala = parseYaTidak(n.KEPALA_UNOR)
  if (!kepala.ok)
    return (p.salah('KEPALA_UNOR', 'KEPALA_UNOR harus Y atau N', 'KEPALA_UNOR must be Y or N'), false)
  if (!kepala.nilai) return false
  if (jenis && !JABATAN_STRUKTURAL.has(jenis)) {
    p.salah(
      'KEPALA_UNOR',
      'Kepala unit harus jabatan JPT, administrator atau pengawas',
      'A unit head must hold a JPT, administrator or supervisor position',
    )
  }
  const pertama = ctx.kepalaPertama.get(kunciKepala(n.UNOR, n.UNOR_INDUK))
  if (pertama !== undefined && pertama !== baris) {
    p.salah(
      'KEPALA_UNOR',
      `Unit ini sudah diberi kepala di baris ${pertama}`,
      `This unit already has a head in row ${pertama}`,
    )
  }
  return true
}
