import type { PejabatDokumen, TanggalIso, VerifikasiDokumen } from './skp-document.types.ts'

/**
 * Input of the evaluation documents (DOMAIN §6): self-contained snapshots filled by the service, every text
 * already as printed (labels resolved), so the renderer does no lookups and a document rendered years later
 * shows the blocks as they were when the evaluation was made.
 */

export interface IdentitasDokumen {
  instansi: string
  unit: string
  tahun: number
  /** 'TRIWULAN I', 'TAHUNAN' … */
  namaPeriode: string
  periode: { mulai: TanggalIso; selesai: TanggalIso }
  pegawai: PejabatDokumen
  penilai: PejabatDokumen
  atasanPenilai: PejabatDokumen | null
  /** Draft: the evaluation is not final (marked DRAF on every page). */
  draf: boolean
  /** Finalisation date (WIB); null for a draft. */
  tanggal: TanggalIso | null
  tempat: string
}

export interface IkiEvaluasiDokumen {
  indikator: string
  target: string
  /** Realisasi berdasarkan bukti dukung, formatted ('12 Dokumen', words, or '-'). */
  realisasi: string
}

export interface HasilKerjaEvaluasiDokumen {
  jenis: 'utama' | 'tambahan'
  rhk: string
  iki: IkiEvaluasiDokumen[]
  umpanBalik: string
}

export interface EvaluasiDokumenData extends IdentitasDokumen {
  /** Label of the unit's predikat organisasi, or null when none was set. */
  predikatOrganisasi: string | null
  /** POLA DISTRIBUSI lines in persons for the unit (already worded), empty when no predikat organisasi. */
  polaDistribusi: string[]
  jumlahPegawaiUnit: number
  hasilKerja: HasilKerjaEvaluasiDokumen[]
  ratingHasil: string
  perilaku: { nama: string; umpanBalik: string }[]
  ratingPerilaku: string
  predikat: string
  /** Angka kredit of the period for a jabatan fungsional ('2.083 (Ahli Pertama)'), null otherwise. */
  angkaKredit: string | null
  verifikasi: VerifikasiDokumen
  diterbitkan: string
}

export interface RingkasanEvaluasiData extends IdentitasDokumen {
  predikatOrganisasi: string | null
  ratingHasil: string
  ratingPerilaku: string
  predikat: string
  catatan: string | null
  /** Versi > 1: why this version exists (reopened, keberatan). */
  keteranganVersi: string | null
  angkaKredit: string | null
  verifikasi: VerifikasiDokumen
  diterbitkan: string
}

export interface PenetapanDokumenData {
  instansi: string
  unit: string
  tahun: number
  namaPeriode: string
  periode: { mulai: TanggalIso; selesai: TanggalIso }
  versi: number
  predikatOrganisasi: string | null
  baris: {
    nama: string
    nip: string
    jabatan: string
    ratingHasil: string
    ratingPerilaku: string
    predikat: string
  }[]
  /** The curve check: counts per predikat and the warnings, as worded lines. */
  jumlahPerPredikat: { predikat: string; jumlah: number }[]
  peringatan: string[]
  penetap: { nama: string; nip: string | null; jabatan: string }
  tempat: string
  tanggal: TanggalIso
  verifikasi: VerifikasiDokumen
  diterbitkan: string
}

/** The bundle of a pegawai's final evaluation summaries (riwayat), in order. */
export interface BundelRingkasanData {
  nama: string
  nip: string
  dibuat: string
  ringkasan: RingkasanEvaluasiData[]
}
