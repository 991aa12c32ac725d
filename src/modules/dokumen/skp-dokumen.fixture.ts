import type { HasilKerjaDokumen, PerilakuDokumen, SkpDokumenData } from './skp-document.types.ts'

/** A kualitatif SKP's RHK (DOMAIN §2): each IKI is an ukuran keberhasilan with a target in words. */
export function contohHasilKerjaKualitatif(): HasilKerjaDokumen[] {
  return [
    {
      jenis: 'utama',
      rhkIntervensi: 'Meningkatnya kualitas tata kelola data dan informasi di lingkungan Pemerintah Daerah',
      rhk: 'Tersusunnya rancangan kebijakan Satu Data Daerah',
      penugasanDari: 'Kepala Dinas Komunikasi dan Informatika',
      iki: [
        {
          aspek: null,
          indikator: 'Rancangan peraturan bupati tentang Satu Data Daerah diterima unit pengguna',
          target: 'Rancangan disahkan pimpinan tanpa revisi substansi',
        },
        {
          aspek: null,
          indikator: 'Perangkat daerah memahami kewajiban penyampaian data',
          target: 'Seluruh perangkat daerah menyampaikan data sesuai jadwal (Perangkat Daerah)',
        },
      ],
    },
    {
      jenis: 'tambahan',
      rhkIntervensi: null,
      rhk: 'Terlaksananya pendampingan penyusunan metadata statistik sektoral',
      iki: [
        {
          aspek: null,
          indikator: 'Metadata yang disusun memenuhi standar BPS',
          target: 'Metadata diterima BPS tanpa catatan perbaikan',
        },
      ],
    },
  ]
}

/**
 * Realistic SKP document data for tests, the benchmark and sample renders. Not used in production: there
 * the SKP module fills `SkpDokumenData` from the database (BerAKHLAK texts are versioned reference data).
 */

// SE MenPANRB 20/2021 panduan perilaku (DOMAIN §3).
const BERAKHLAK: [string, string[]][] = [
  [
    'Berorientasi Pelayanan',
    [
      'Memahami dan memenuhi kebutuhan masyarakat',
      'Ramah, cekatan, solutif, dan dapat diandalkan',
      'Melakukan perbaikan tiada henti',
    ],
  ],
  [
    'Akuntabel',
    [
      'Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin, dan berintegritas tinggi',
      'Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien',
      'Tidak menyalahgunakan kewenangan jabatan',
    ],
  ],
  [
    'Kompeten',
    [
      'Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah',
      'Membantu orang lain belajar',
      'Melaksanakan tugas dengan kualitas terbaik',
    ],
  ],
  [
    'Harmonis',
    [
      'Menghargai setiap orang apapun latar belakangnya',
      'Suka menolong orang lain',
      'Membangun lingkungan kerja yang kondusif',
    ],
  ],
  [
    'Loyal',
    [
      'Memegang teguh ideologi Pancasila, Undang-Undang Dasar Negara Republik Indonesia Tahun 1945, setia kepada NKRI serta pemerintahan yang sah',
      'Menjaga nama baik sesama ASN, pimpinan, instansi, dan negara',
      'Menjaga rahasia jabatan dan negara',
    ],
  ],
  [
    'Adaptif',
    [
      'Cepat menyesuaikan diri menghadapi perubahan',
      'Terus berinovasi dan mengembangkan kreativitas',
      'Bertindak proaktif',
    ],
  ],
  [
    'Kolaboratif',
    [
      'Memberi kesempatan kepada berbagai pihak untuk berkontribusi',
      'Terbuka dalam bekerja sama untuk menghasilkan nilai tambah',
      'Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama',
    ],
  ],
]

export const NAMA_BERAKHLAK = BERAKHLAK.map(([nama]) => nama)

const EKSPEKTASI: Record<string, string> = {
  'Berorientasi Pelayanan':
    'Menanggapi setiap aduan pengguna aplikasi layanan publik paling lambat 1 (satu) hari kerja.',
  Kolaboratif:
    'Aktif berbagi data dan pengetahuan teknis dengan perangkat daerah lain melalui forum Satu Data.',
}

export function contohPerilaku(): PerilakuDokumen[] {
  return BERAKHLAK.map(([nama, indikator]) => ({ nama, indikator, ekspektasi: EKSPEKTASI[nama] ?? null }))
}

export function contohHasilKerja(): HasilKerjaDokumen[] {
  return [
    {
      jenis: 'utama',
      rhkIntervensi:
        'Meningkatnya kualitas layanan publik berbasis elektronik di lingkungan Pemerintah Kabupaten Sleman',
      rhk: 'Terlaksananya pengembangan aplikasi layanan publik yang terintegrasi',
      iki: [
        {
          aspek: 'kuantitas',
          indikator: 'Jumlah aplikasi layanan publik yang dikembangkan dan dioperasikan',
          target: '3 Aplikasi',
        },
        {
          aspek: 'kualitas',
          indikator: 'Persentase fitur aplikasi yang lolos uji penerimaan pengguna (UAT) tanpa temuan kritis',
          target: '90–100 %',
        },
      ],
    },
    {
      jenis: 'utama',
      rhkIntervensi: 'Meningkatnya ketersediaan data sektoral yang terpadu dan mutakhir',
      rhk: 'Tersedianya data dan informasi sektoral yang mutakhir pada portal Satu Data',
      iki: [
        {
          aspek: 'kuantitas',
          indikator: 'Jumlah dataset sektoral yang dipublikasikan',
          target: '24 Dataset',
        },
        {
          aspek: 'waktu',
          indikator: 'Ketepatan waktu pemutakhiran dataset setiap bulan',
          target: '12 Bulan',
        },
      ],
    },
    {
      jenis: 'tambahan',
      rhkIntervensi: null,
      rhk: 'Terlaksananya pendampingan teknis aplikasi SRIKANDI bagi perangkat daerah',
      iki: [
        {
          aspek: 'kuantitas',
          indikator: 'Jumlah perangkat daerah yang didampingi',
          target: '10 Perangkat Daerah',
        },
      ],
    },
  ]
}

export function contohSkpDokumen(ubah: Partial<SkpDokumenData> = {}): SkpDokumenData {
  return {
    instansi: 'Pemerintah Kabupaten Sleman',
    unit: 'Dinas Komunikasi dan Informatika',
    tahun: 2026,
    periode: { mulai: '2026-01-01', selesai: '2026-12-31' },
    pendekatan: 'kuantitatif',
    varian: 'administrasi_fungsional',
    status: 'disetujui',
    pegawai: {
      nama: 'Rina Wulandari, S.Kom.',
      nip: '199003152015032002',
      pangkatGolongan: 'Penata Tk. I, III/d',
      jabatan: 'Pranata Komputer Ahli Muda',
      unitKerja: 'Bidang Aplikasi Informatika, Dinas Komunikasi dan Informatika',
    },
    penilai: {
      nama: 'Drs. Bambang Sutrisno, M.Si.',
      nip: '197505102000031004',
      pangkatGolongan: 'Pembina, IV/a',
      jabatan: 'Kepala Bidang Aplikasi Informatika',
      unitKerja: 'Dinas Komunikasi dan Informatika',
    },
    hasilKerja: contohHasilKerja(),
    perilaku: contohPerilaku(),
    lampiran: {
      dukunganSumberDaya: [
        'Server aplikasi dan akses jaringan pusat data daerah',
        'Anggaran pengembangan aplikasi pada DPA Dinas Komunikasi dan Informatika Tahun 2026',
      ],
      skemaPertanggungjawaban: [
        'Laporan kemajuan pengembangan aplikasi setiap triwulan kepada Kepala Bidang',
        'Berita acara serah terima aplikasi kepada perangkat daerah pengguna',
      ],
      konsekuensi: ['Capaian di bawah ekspektasi menjadi bahan pembinaan kinerja oleh pejabat penilai'],
    },
    tempat: 'Sleman',
    tanggal: '2026-01-15',
    diterbitkan: '2026-01-20T03:15:00.000Z',
    verifikasi: { kode: 'K7QX-2M9P-4HBT-Z0RC', url: 'https://kinerja.slemankab.go.id/v/K7QX-2M9P-4HBT-Z0RC' },
    ...ubah,
  }
}

/** A JPT SKP (Perspektif column): a Kepala Dinas assessed by the Sekretaris Daerah. */
export function contohSkpJpt(): SkpDokumenData {
  const perspektif = ['Penerima Layanan', 'Proses Bisnis Internal', 'Penguatan Internal']
  return contohSkpDokumen({
    varian: 'jpt',
    pegawai: {
      nama: 'Ir. Hendra Kusuma, M.T.',
      nip: '197208171998031005',
      pangkatGolongan: 'Pembina Utama Muda, IV/c',
      jabatan: 'Kepala Dinas Komunikasi dan Informatika',
      unitKerja: 'Dinas Komunikasi dan Informatika',
    },
    penilai: {
      nama: 'Dr. Susmiarto, M.Si.',
      nip: '196804121993031007',
      pangkatGolongan: 'Pembina Utama Madya, IV/d',
      jabatan: 'Sekretaris Daerah',
      unitKerja: 'Sekretariat Daerah',
    },
    hasilKerja: contohHasilKerja().map((h, i) => ({ ...h, perspektif: perspektif[i] })),
  })
}

/** `jumlah` utama RHK with 3 IKI each and long texts: stresses wrapping and page breaks. */
export function contohSkpBesar(jumlah: number): SkpDokumenData {
  const panjang = (n: number) =>
    `Terwujudnya peningkatan kualitas tata kelola sistem pemerintahan berbasis elektronik nomor ${n} ` +
    'melalui integrasi layanan, interoperabilitas data antar perangkat daerah, dan penguatan keamanan informasi'
  const hasilKerja: HasilKerjaDokumen[] = Array.from({ length: jumlah }, (_, i) => ({
    jenis: i % 10 === 9 ? 'tambahan' : 'utama',
    rhkIntervensi: `Meningkatnya indeks SPBE Kabupaten Sleman (sasaran ${i + 1})`,
    rhk: panjang(i + 1),
    iki: [
      {
        aspek: 'kuantitas',
        indikator: `Jumlah layanan terintegrasi pada sasaran ${i + 1}`,
        target: '12 Layanan',
      },
      { aspek: 'kualitas', indikator: 'Tingkat kepuasan pengguna layanan elektronik', target: '85–100 %' },
      { aspek: 'waktu', indikator: 'Ketepatan waktu penyelesaian integrasi', target: '12 Bulan' },
    ],
  }))
  return contohSkpDokumen({ hasilKerja })
}
