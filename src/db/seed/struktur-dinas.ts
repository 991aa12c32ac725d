import { bidang, dinas, seksi, UMPEG } from './struktur-helpers.ts'
import { s, unit, type UnitSpec } from './unor-tree.ts'

/* Dinas of Kabupaten Contoh: the service offices, incl. schools and puskesmas (struktur-helpers.ts). */

const sekolah = (kode: string, nama: string, besar: boolean): UnitSpec =>
  unit(kode, nama, `Kepala ${nama}`, 'guru.ahli_madya', {
    staf: [
      s('guru.ahli_pertama', besar ? [5, 6] : [4, 5]),
      s('guru.ahli_muda', besar ? [3, 4] : [2, 3]),
      s('guru.ahli_madya', besar ? [2, 3] : [1, 2]),
      s('pengadministrasi_umum', 1),
      s('operator_layanan', 1),
      ...(besar ? [] : [s('pramu_bakti', 1)]),
    ],
  })

export const DISDIK = dinas({
  kode: 'DISDIK',
  nama: 'Dinas Pendidikan',
  kepala: 'Kepala Dinas Pendidikan',
  bidang: 'pendidikan',
  bidangList: [
    bidang(
      'SD',
      'Pembinaan Sekolah Dasar',
      [s('pengelola_data', 1), s('pengelola_layanan', 1)],
      [
        seksi('KUR', 'Kurikulum dan Penilaian Sekolah Dasar', [s('pengadministrasi_umum', [1, 2])]),
        seksi('PD', 'Peserta Didik dan Pembangunan Karakter', [s('pengolah_data', 1)]),
      ],
    ),
    bidang(
      'SMP',
      'Pembinaan Sekolah Menengah Pertama',
      [s('pengelola_data', 1), s('pengelola_layanan', 1)],
      [
        seksi('KUR', 'Kurikulum dan Penilaian Sekolah Menengah Pertama', [s('pengadministrasi_umum', 1)]),
        seksi('SARPRAS', 'Sarana dan Prasarana', [s('pengolah_data', 1), s('pengadministrasi_umum', 1)]),
      ],
    ),
    bidang('PAUD', 'Pendidikan Anak Usia Dini dan Pendidikan Nonformal', [
      s('penilik.ahli_muda', [1, 2]),
      s('pamong_belajar.ahli_pertama', [1, 2]),
    ]),
    bidang('GTK', 'Guru dan Tenaga Kependidikan', [
      s('analis_sdm.ahli_pertama', 1),
      s('pengelola_kepegawaian', [1, 2]),
    ]),
  ],
  anak: [
    sekolah('SDN1', 'SD Negeri 1 Contoh', false),
    sekolah('SDN2', 'SD Negeri 2 Contoh', false),
    sekolah('SDN3', 'SD Negeri 3 Contoh', false),
    sekolah('SMPN1', 'SMP Negeri 1 Contoh', true),
    sekolah('SMPN2', 'SMP Negeri 2 Contoh', true),
  ],
})

const puskesmas = (kode: string, nama: string, besar: boolean): UnitSpec =>
  unit(kode, nama, `Kepala ${nama}`, 'dokter.ahli_madya', {
    bidang: 'kesmas',
    staf: [
      s('dokter.ahli_pertama', besar ? 2 : 1),
      s(besar ? 'dokter.ahli_muda' : 'dokter_gigi.ahli_pertama', 1),
      s('perawat.terampil', besar ? [3, 4] : [2, 3]),
      s('perawat.mahir', [1, 2]),
      s('perawat.ahli_pertama', 1),
      s('bidan.terampil', besar ? [2, 3] : 2),
      s('bidan.mahir', 1),
      s(besar ? 'pranata_lab.terampil' : 'nutrisionis.terampil', 1),
      ...(besar ? [s('apoteker.ahli_pertama', 1)] : []),
      s('pengadministrasi_umum', 1),
      s('pengelola_layanan', [0, 1]),
    ],
  })

export const DINKES = dinas({
  kode: 'DINKES',
  nama: 'Dinas Kesehatan',
  kepala: 'Kepala Dinas Kesehatan',
  bidang: 'dokter',
  bidangList: [
    bidang(
      'KESMAS',
      'Kesehatan Masyarakat',
      [s('penyuluh_kesmas.ahli_pertama', [1, 2]), s('nutrisionis.terampil', 1)],
      [],
      'kesmas',
    ),
    bidang(
      'P2P',
      'Pencegahan dan Pengendalian Penyakit',
      [s('epidemiolog.ahli_pertama', 1), s('epidemiolog.ahli_muda', 1), s('sanitarian.terampil', 1)],
      [],
      'kesmas',
    ),
    bidang(
      'YANKES',
      'Pelayanan dan Sumber Daya Kesehatan',
      [s('administrator_kesehatan.ahli_muda', 1), s('apoteker.ahli_pertama', 1), s('penata_layanan', 1)],
      [],
      'kesmas',
    ),
  ],
  anak: [
    puskesmas('PKM-KOTA', 'Puskesmas Contoh Kota', true),
    puskesmas('PKM-SKM', 'Puskesmas Sukamaju', false),
  ],
})

export const PUPR = dinas({
  kode: 'PUPR',
  nama: 'Dinas Pekerjaan Umum dan Penataan Ruang',
  kepala: 'Kepala Dinas Pekerjaan Umum dan Penataan Ruang',
  bidang: 'teknik',
  bidangList: [
    bidang(
      'BM',
      'Bina Marga',
      [s('teknik_jalan.ahli_pertama', 2), s('teknik_jalan.ahli_muda', 1)],
      [
        seksi('PEMB', 'Pembangunan Jalan dan Jembatan', [
          s('pengolah_data', 1),
          s('pengadministrasi_umum', 1),
        ]),
        seksi('PEML', 'Pemeliharaan Jalan dan Jembatan', [s('pengadministrasi_umum', [1, 2])]),
      ],
    ),
    bidang(
      'SDA',
      'Sumber Daya Air',
      [s('teknik_pengairan.ahli_pertama', 2)],
      [seksi('IRIGASI', 'Irigasi', [s('pengolah_data', 1), s('operator_layanan', 2)])],
    ),
    bidang('CK', 'Cipta Karya', [
      s('teknik_penyehatan.ahli_pertama', 1),
      s('pengelola_data', 1),
      s('penata_layanan', 1),
    ]),
    bidang('TR', 'Penataan Ruang', [s('penata_ruang.ahli_pertama', 2), s('pengelola_data', 1)]),
  ],
})

export const DUKCAPIL = dinas({
  kode: 'DUKCAPIL',
  nama: 'Dinas Kependudukan dan Pencatatan Sipil',
  kepala: 'Kepala Dinas Kependudukan dan Pencatatan Sipil',
  bidang: 'sosial',
  bidangList: [
    bidang(
      'DAFDUK',
      'Pelayanan Pendaftaran Penduduk',
      [],
      [
        // the demo Kepala Seksi and pelaksana: the first pelaksana of this seksi (docs/DEMO.md)
        seksi('IDEN', 'Identitas Penduduk', [
          s('pengelola_data', 1),
          s('pengadministrasi_umum', 2),
          s('operator_layanan', 1),
        ]),
        seksi('PINDAH', 'Pindah Datang dan Pendataan Penduduk', [
          s('pengadministrasi_umum', [1, 2]),
          s('operator_layanan', 1),
        ]),
      ],
    ),
    bidang(
      'CAPIL',
      'Pelayanan Pencatatan Sipil',
      [],
      [
        seksi('LAHIR', 'Kelahiran dan Kematian', [s('pengadministrasi_umum', 1), s('operator_layanan', 1)]),
        seksi('KAWIN', 'Perkawinan dan Perceraian', [s('pengadministrasi_umum', 1), s('pengolah_data', 1)]),
      ],
    ),
    bidang(
      'PIAK',
      'Pengelolaan Informasi Administrasi Kependudukan',
      [
        s('adm_database_kependudukan.ahli_pertama', 2),
        s('pranata_komputer.terampil', 1),
        s('pengelola_data', 1),
      ],
      [],
      'komputer',
    ),
    bidang('PDIP', 'Pemanfaatan Data dan Inovasi Pelayanan', [
      s('pengelola_data', 1),
      s('pengelola_layanan', 1),
    ]),
  ],
})

export const DISKOMINFO = dinas({
  kode: 'DISKOMINFO',
  nama: 'Dinas Komunikasi dan Informatika',
  kepala: 'Kepala Dinas Komunikasi dan Informatika',
  bidang: 'komputer',
  // vacant: a Plt holds it (kasus-khusus.ts)
  kosong: true,
  subbagian: [UMPEG([s('pengelola_kepegawaian', 1), s('bendahara', 1), s('pengadministrasi_umum', 1)])],
  bidangList: [
    bidang(
      'IKP',
      'Informasi dan Komunikasi Publik',
      [s('pranata_humas.ahli_pertama', 2), s('pranata_humas.terampil', 1)],
      [],
      'komunikasi',
    ),
    // the first one came here by mutasi from Dukcapil in 2025 (kasus-khusus.ts): old enough to have a past
    bidang('APTIKA', 'Aplikasi Informatika', [
      s('pranata_komputer.ahli_pertama', 1, { umur: 34 }),
      s('pranata_komputer.ahli_pertama', 1),
      s('pranata_komputer.ahli_muda', 1),
      s('pranata_komputer.terampil', 1),
    ]),
    bidang('TIK', 'Infrastruktur Teknologi Informasi dan Persandian', [
      s('pranata_komputer.mahir', 1),
      s('sandiman.ahli_pertama', 1),
      s('pengelola_layanan', 1),
    ]),
    bidang('STAT', 'Statistik', [s('statistisi.ahli_pertama', 2), s('pengolah_data', 1)], [], 'statistik'),
  ],
})
