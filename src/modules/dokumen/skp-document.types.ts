/**
 * Input of the SKP document (DOMAIN §2, §6): a self-contained snapshot filled by the SKP module.
 * Every text is printed as given — the renderer does no lookups, so a document rendered years later
 * shows the pegawai, penilai and reference texts as they were when the SKP was made (DOMAIN §1, mutasi).
 */

/** A civil date `YYYY-MM-DD` (no time, no zone): the date printed, whatever the server's time zone. */
export type TanggalIso = string

export type PendekatanSkp = 'kuantitatif' | 'kualitatif'

/** PermenPANRB 6/2022: SKP JPT (from the Perjanjian Kinerja, with Perspektif) vs. administrasi/fungsional. */
export type VarianSkp = 'jpt' | 'administrasi_fungsional'

/** DOMAIN §2 workflow. Anything but `disetujui` is a draft: marked "DRAF" on every page, in text and watermark. */
export type StatusSkp = 'draft' | 'diajukan' | 'disetujui' | 'dikembalikan'

export type JenisRhk = 'utama' | 'tambahan'

export type AspekIki = 'kuantitas' | 'kualitas' | 'waktu' | 'biaya'

/** Snapshot of the pegawai being assessed (always ASN: PNS or PPPK). */
export interface PegawaiDokumen {
  nama: string // with gelar, as it should be printed
  nip: string
  pangkatGolongan: string // e.g. 'Penata Muda Tk. I, III/b'; PPPK: 'IX'
  jabatan: string
  unitKerja: string
}

/**
 * Snapshot of a penilai / atasan penilai. The top ASN of an instansi is assessed by a political official
 * (Bupati, Menteri…) who has neither NIP nor pangkat (DOMAIN §1, "Pejabat non-ASN"): both are null then.
 */
export interface PejabatDokumen {
  nama: string
  nip: string | null
  pangkatGolongan: string | null
  jabatan: string
  unitKerja: string
}

export interface IkiDokumen {
  /** Null in a kualitatif IKI (DOMAIN §2: a descriptive ukuran keberhasilan, no aspek). */
  aspek: AspekIki | null
  indikator: string
  /** Already formatted with its unit, e.g. '12 Dokumen', '80–100 %', or the target in words. */
  target: string
}

export interface HasilKerjaDokumen {
  jenis: JenisRhk
  /** The superior's RHK this one contributes to; null only for the top leader of an instansi. */
  rhkIntervensi: string | null
  rhk: string
  /** JPT only: Penerima Layanan, Proses Bisnis Internal, Penguatan Internal, Anggaran (label as printed). */
  perspektif?: string | null
  /** Who assigned the RHK; the kualitatif form prints it under the RHK as "(Penugasan dari …)". */
  penugasanDari?: string | null
  iki: IkiDokumen[]
}

/** One BerAKHLAK core value, with the panduan texts of the reference version the SKP uses (DOMAIN §3). */
export interface PerilakuDokumen {
  nama: string
  indikator: string[]
  /** Ekspektasi khusus pimpinan, written by the penilai; null when none. */
  ekspektasi: string | null
}

export interface LampiranDokumen {
  dukunganSumberDaya: string[]
  skemaPertanggungjawaban: string[]
  konsekuensi: string[]
}

export interface VerifikasiDokumen {
  /** See `buatKodeVerifikasi` in verifikasi.ts. */
  kode: string
  /** Public page where the code can be checked; also encoded in the QR code. */
  url: string
}

export interface SkpDokumenData {
  instansi: string
  unit: string
  tahun: number
  /** Normally 1 Jan – 31 Dec of `tahun`; shorter after a mutasi. */
  periode: { mulai: TanggalIso; selesai: TanggalIso }
  pendekatan: PendekatanSkp
  varian: VarianSkp
  status: StatusSkp
  pegawai: PegawaiDokumen
  penilai: PejabatDokumen
  /** Part of the snapshot; not printed on the SKP form itself, only on evaluation documents. */
  atasanPenilai?: PejabatDokumen | null
  /** In the order they should be printed; grouped by `jenis` when rendered. */
  hasilKerja: HasilKerjaDokumen[]
  /** The seven BerAKHLAK values, in the order of the reference version. */
  perilaku: PerilakuDokumen[]
  lampiran: LampiranDokumen
  /** City printed before the signing date, e.g. 'Sleman'. */
  tempat: string
  /**
   * The date printed before the signatures: the SKP's approval date (stored when the penilai approves it),
   * never the download date. Null while the SKP is not approved: the document then says it has none (DRAF).
   */
  tanggal: TanggalIso | null
  /**
   * When this version of the document was issued (ISO timestamp): the PDF's creation date. pdfkit derives
   * the file ID from it, so a fixed value makes rendering the same data give the same bytes.
   */
  diterbitkan: string
  verifikasi: VerifikasiDokumen
}
