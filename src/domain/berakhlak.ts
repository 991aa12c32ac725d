/**
 * BerAKHLAK core values and panduan perilaku, SE MenPANRB 20/2021. DOMAIN.md §3.
 * Versioned reference data: admin nasional publishes a new version when the texts change; an SKP
 * uses the version in force for its year, so old SKPs keep their texts.
 */

export const KODE_BERAKHLAK = [
  'BERORIENTASI_PELAYANAN',
  'AKUNTABEL',
  'KOMPETEN',
  'HARMONIS',
  'LOYAL',
  'ADAPTIF',
  'KOLABORATIF',
] as const
export type KodeBerakhlak = (typeof KODE_BERAKHLAK)[number]

export interface NilaiBerakhlak {
  kode: KodeBerakhlak
  nama: string
  namaEn: string
  indikator: string[] // panduan perilaku, in the order of the SE
}

export interface VersiBerakhlak {
  versi: number
  berlakuMulaiTahun: number
  nilai: NilaiBerakhlak[]
}

// SE MenPANRB 20/2021: panduan perilaku (kode etik) ASN BerAKHLAK
const BERAKHLAK_V1: NilaiBerakhlak[] = [
  {
    kode: 'BERORIENTASI_PELAYANAN',
    nama: 'Berorientasi Pelayanan',
    namaEn: 'Service Oriented',
    indikator: [
      'Memahami dan memenuhi kebutuhan masyarakat',
      'Ramah, cekatan, solutif, dan dapat diandalkan',
      'Melakukan perbaikan tiada henti',
    ],
  },
  {
    kode: 'AKUNTABEL',
    nama: 'Akuntabel',
    namaEn: 'Accountable',
    indikator: [
      'Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin, dan berintegritas tinggi',
      'Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien',
      'Tidak menyalahgunakan kewenangan jabatan',
    ],
  },
  {
    kode: 'KOMPETEN',
    nama: 'Kompeten',
    namaEn: 'Competent',
    indikator: [
      'Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah',
      'Membantu orang lain belajar',
      'Melaksanakan tugas dengan kualitas terbaik',
    ],
  },
  {
    kode: 'HARMONIS',
    nama: 'Harmonis',
    namaEn: 'Harmonious',
    indikator: [
      'Menghargai setiap orang apapun latar belakangnya',
      'Suka menolong orang lain',
      'Membangun lingkungan kerja yang kondusif',
    ],
  },
  {
    kode: 'LOYAL',
    nama: 'Loyal',
    namaEn: 'Loyal',
    indikator: [
      'Memegang teguh ideologi Pancasila, Undang-Undang Dasar Negara Republik Indonesia Tahun 1945, setia kepada NKRI serta pemerintahan yang sah',
      'Menjaga nama baik sesama ASN, pimpinan, instansi, dan negara',
      'Menjaga rahasia jabatan dan negara',
    ],
  },
  {
    kode: 'ADAPTIF',
    nama: 'Adaptif',
    namaEn: 'Adaptive',
    indikator: [
      'Cepat menyesuaikan diri menghadapi perubahan',
      'Terus berinovasi dan mengembangkan kreativitas',
      'Bertindak proaktif',
    ],
  },
  {
    kode: 'KOLABORATIF',
    nama: 'Kolaboratif',
    namaEn: 'Collaborative',
    indikator: [
      'Memberi kesempatan kepada berbagai pihak untuk berkontribusi',
      'Terbuka dalam bekerja sama untuk menghasilkan nilai tambah',
      'Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama',
    ],
  },
]

/**
 * All published versions, oldest first. SE MenPANRB 20/2021 is in force from 2021.
 * A new version is for a new text of the SE; a transcription error is corrected in the version it is in
 * (the first Loyal indicator once read "UUD 1945", while the SE names the constitution in full).
 */
export const BERAKHLAK: VersiBerakhlak[] = [{ versi: 1, berlakuMulaiTahun: 2021, nilai: BERAKHLAK_V1 }]

/** The latest version in force in `tahun`; undefined before the first version. */
export function berakhlakUntukTahun(
  tahun: number,
  versi: VersiBerakhlak[] = BERAKHLAK,
): VersiBerakhlak | undefined {
  const berlaku = versi.filter((v) => v.berlakuMulaiTahun <= tahun)
  return berlaku.sort((a, b) => a.berlakuMulaiTahun - b.berlakuMulaiTahun || a.versi - b.versi).at(-1)
}
