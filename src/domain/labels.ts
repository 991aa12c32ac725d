/**
 * Labels for every domain enum, in Indonesian (as printed on official documents) and English.
 * Server (PDF, exports) and SPA use these, so the wording lives in one place.
 */
import type { AtasanAlasan, JenisPenugasan } from './atasan.ts'
import type { JenisPeriodePenilaian, StatusBebasSkp } from './settings.ts'
import type {
  JenjangJf,
  PembulatanDistribusi,
  PredikatOrganisasi,
  PredikatPegawai,
  Rating,
} from './predikat.ts'
import type { SkpAksi, SkpPeran, SkpStatus } from './skp-workflow.ts'

export interface Label {
  id: string
  en: string
}

// PermenPANRB 6/2022 Lampiran: rating hasil kerja / perilaku kerja
export const LABEL_RATING: Record<Rating, Label> = {
  DI_ATAS: { id: 'Di Atas Ekspektasi', en: 'Above Expectations' },
  SESUAI: { id: 'Sesuai Ekspektasi', en: 'Meets Expectations' },
  DI_BAWAH: { id: 'Di Bawah Ekspektasi', en: 'Below Expectations' },
}

// SE MenPANRB 3/2023: predikat kinerja pegawai
export const LABEL_PREDIKAT: Record<PredikatPegawai, Label> = {
  SANGAT_BAIK: { id: 'Sangat Baik', en: 'Very Good' },
  BAIK: { id: 'Baik', en: 'Good' },
  BUTUH_PERBAIKAN: { id: 'Butuh Perbaikan', en: 'Needs Improvement' },
  KURANG: { id: 'Kurang/Misconduct', en: 'Poor/Misconduct' },
  SANGAT_KURANG: { id: 'Sangat Kurang', en: 'Very Poor' },
}

// SE MenPANRB 3/2023: predikat kinerja organisasi
export const LABEL_PREDIKAT_ORGANISASI: Record<PredikatOrganisasi, Label> = {
  ISTIMEWA: { id: 'Istimewa', en: 'Outstanding' },
  BAIK: { id: 'Baik', en: 'Good' },
  BUTUH_PERBAIKAN: { id: 'Butuh Perbaikan', en: 'Needs Improvement' },
  KURANG: { id: 'Kurang', en: 'Poor' },
  SANGAT_KURANG: { id: 'Sangat Kurang', en: 'Very Poor' },
}

export const LABEL_SKP_STATUS: Record<SkpStatus, Label> = {
  draft: { id: 'Draf', en: 'Draft' },
  diajukan: { id: 'Diajukan', en: 'Submitted' },
  disetujui: { id: 'Disetujui', en: 'Approved' },
  dikembalikan: { id: 'Dikembalikan', en: 'Returned' },
}

export const LABEL_SKP_AKSI: Record<SkpAksi, Label> = {
  ubah: { id: 'Ubah', en: 'Edit' },
  ajukan: { id: 'Ajukan', en: 'Submit' },
  tarik: { id: 'Tarik pengajuan', en: 'Withdraw submission' },
  setujui: { id: 'Setujui', en: 'Approve' },
  kembalikan: { id: 'Kembalikan', en: 'Return' },
  buka: { id: 'Buka kembali', en: 'Reopen' },
}

export const LABEL_SKP_PERAN: Record<SkpPeran, Label> = {
  pemilik: { id: 'Pegawai yang dinilai', en: 'Employee' },
  penilai: { id: 'Pejabat Penilai Kinerja', en: 'Assessor' },
  admin_instansi: { id: 'Admin instansi', en: 'Agency administrator' },
  admin_nasional: { id: 'Admin nasional', en: 'National administrator' },
  lain: { id: 'Lainnya', en: 'Other' },
}

export const LABEL_JENIS_PENUGASAN: Record<JenisPenugasan, Label> = {
  definitif: { id: 'Definitif', en: 'Permanent' },
  plt: { id: 'Pelaksana Tugas (Plt)', en: 'Acting (Plt)' },
  plh: { id: 'Pelaksana Harian (Plh)', en: 'Daily acting (Plh)' },
}

// DOMAIN §8: "wrong or missing atasan: show clearly why"
export const LABEL_ALASAN_ATASAN: Record<AtasanAlasan, Label> = {
  KEPALA_UNIT_SENDIRI: { id: 'Kepala unit kerja sendiri', en: 'Head of own unit' },
  KEPALA_UNIT_INDUK: { id: 'Kepala unit satu tingkat di atas', en: 'Head of the unit one level up' },
  JABATAN_KOSONG_NAIK: {
    id: 'Jabatan kepala unit kosong, diambil pejabat di atasnya',
    en: 'Head position vacant, the next superior up',
  },
  OVERRIDE: { id: 'Ditetapkan oleh admin instansi', en: 'Set by the agency administrator' },
  PIMPINAN_TERTINGGI: {
    id: 'Pimpinan tertinggi instansi, dinilai oleh pejabat non-ASN',
    en: 'Top leader of the agency, assessed by a non-civil-servant official',
  },
  TIDAK_ADA_PENUGASAN: {
    id: 'Tidak ada jabatan aktif pada tanggal ini',
    en: 'No active position on this date',
  },
}

// PermenPANRB 1/2023: jenjang jabatan fungsional
export const LABEL_JENJANG_JF: Record<JenjangJf, Label> = {
  AHLI_PERTAMA: { id: 'Ahli Pertama', en: 'First Expert' },
  AHLI_MUDA: { id: 'Ahli Muda', en: 'Junior Expert' },
  AHLI_MADYA: { id: 'Ahli Madya', en: 'Middle Expert' },
  AHLI_UTAMA: { id: 'Ahli Utama', en: 'Principal Expert' },
  PEMULA: { id: 'Pemula', en: 'Beginner' },
  TERAMPIL: { id: 'Terampil', en: 'Skilled' },
  MAHIR: { id: 'Mahir', en: 'Proficient' },
  PENYELIA: { id: 'Penyelia', en: 'Supervisor' },
}

export const LABEL_JENIS_PERIODE: Record<JenisPeriodePenilaian, Label> = {
  bulanan: { id: 'Bulanan', en: 'Monthly' },
  triwulan: { id: 'Triwulanan', en: 'Quarterly' },
  semester: { id: 'Semesteran', en: 'Half-yearly' },
}

export const LABEL_PEMBULATAN: Record<PembulatanDistribusi, Label> = {
  terdekat: { id: 'Dibulatkan ke orang terdekat', en: 'Rounded to the nearest person' },
  bawah: { id: 'Dibulatkan ke bawah', en: 'Rounded down' },
  atas: { id: 'Dibulatkan ke atas', en: 'Rounded up' },
}

// DOMAIN §1: statuses exempt from SKP (settings.statusBebasSkp holds these keys)
export const LABEL_STATUS_BEBAS_SKP: Record<StatusBebasSkp, Label> = {
  pejabat_negara: { id: 'Pejabat negara', en: 'State official' },
  diberhentikan_sementara: { id: 'Diberhentikan sementara', en: 'Temporarily dismissed' },
  cltn: { id: 'Cuti di luar tanggungan negara (CLTN)', en: 'Unpaid leave (CLTN)' },
  mpp: { id: 'Masa persiapan pensiun (MPP)', en: 'Pre-retirement leave (MPP)' },
  tugas_belajar: { id: 'Tugas belajar', en: 'Study assignment' },
}
