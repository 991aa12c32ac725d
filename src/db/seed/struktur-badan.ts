import { bidang, dinas, seksi, sub, UMPEG } from './struktur-helpers.ts'
import { s } from './unor-tree.ts'

/* Badan of Kabupaten Contoh: the staff agencies for HR, planning and finance (struktur-helpers.ts). */

export const BKPSDM = dinas({
  kode: 'BKPSDM',
  nama: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
  kepala: 'Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
  bidang: 'sosial',
  subbagian: [
    sub('UMUM', 'Subbagian Umum', [
      s('pengadministrasi_persuratan', 1),
      s('pengadministrasi_keuangan', 1),
      s('pramu_bakti', 1),
    ]),
  ],
  bidangList: [
    bidang('PPIK', 'Pengadaan, Pemberhentian dan Informasi Kepegawaian', [
      s('analis_sdm.ahli_pertama', 2),
      s('analis_sdm.ahli_muda', 1),
      s('pranata_komputer.terampil', 1),
      s('pengelola_kepegawaian', 1),
      s('penata_layanan', 1),
    ]),
    bidang('MUTASI', 'Mutasi dan Promosi', [
      s('analis_sdm.ahli_pertama', 2),
      s('analis_sdm.ahli_muda', 1),
      s('pengelola_kepegawaian', 1),
    ]),
    bidang('BANGKOM', 'Pengembangan Kompetensi Aparatur', [
      s('analis_sdm.ahli_pertama', 1),
      s('analis_sdm.ahli_muda', 1),
      s('pengadministrasi_umum', 1),
    ]),
    bidang('PKA', 'Penilaian Kinerja Aparatur dan Penghargaan', [
      s('analis_sdm.ahli_muda', 1),
      s('analis_sdm.ahli_pertama', 2),
      s('asesor_sdm.ahli_pertama', 1),
      s('pengolah_data', 1),
    ]),
  ],
})

export const BAPPEDA = dinas({
  kode: 'BAPPEDA',
  nama: 'Badan Perencanaan Pembangunan Daerah',
  kepala: 'Kepala Badan Perencanaan Pembangunan Daerah',
  bidang: 'ekonomi',
  subbagian: [UMPEG([s('pengelola_kepegawaian', 1), s('bendahara', 1), s('penata_layanan', 1)])],
  bidangList: [
    bidang('PPEPD', 'Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah', [
      s('perencana.ahli_pertama', 2),
      s('perencana.ahli_muda', 2),
    ]),
    bidang('PSDA', 'Perekonomian dan Sumber Daya Alam', [
      s('perencana.ahli_pertama', 1, { status: 'tugas_belajar' }),
      s('perencana.ahli_pertama', 1),
      s('perencana.ahli_madya', 1),
    ]),
    bidang('PPM', 'Pemerintahan dan Pembangunan Manusia', [
      s('perencana.ahli_pertama', 2),
      s('perencana.ahli_muda', 1),
    ]),
    bidang(
      'IPW',
      'Infrastruktur dan Pengembangan Wilayah',
      [s('perencana.ahli_muda', 1), s('perencana.ahli_pertama', 1), s('pengolah_data', 1)],
      [],
      'teknik',
    ),
  ],
})

export const BPKAD = dinas({
  kode: 'BPKAD',
  nama: 'Badan Pengelolaan Keuangan dan Aset Daerah',
  kepala: 'Kepala Badan Pengelolaan Keuangan dan Aset Daerah',
  bidang: 'ekonomi',
  bidangList: [
    bidang(
      'ANG',
      'Anggaran',
      [s('analis_keuangan.ahli_pertama', 2), s('penata_layanan', 1)],
      [
        seksi('PA', 'Penyusunan Anggaran', [s('pengelola_keuangan', 1), s('pengadministrasi_keuangan', 1)]),
        seksi('PGA', 'Pengendalian Anggaran', [s('pengelola_keuangan', 1)]),
      ],
    ),
    bidang(
      'PERBEN',
      'Perbendaharaan',
      [],
      [
        seksi('BLJ', 'Belanja', [
          s('pengelola_keuangan', 1),
          s('pengadministrasi_keuangan', 1, { status: 'cltn' }),
        ]),
        seksi('KAS', 'Pengelolaan Kas Daerah', [s('bendahara', 1), s('pengadministrasi_keuangan', 1)]),
      ],
    ),
    bidang(
      'AKT',
      'Akuntansi dan Pelaporan',
      [s('analis_keuangan.ahli_muda', 1)],
      [seksi('AKT', 'Akuntansi', [s('pengelola_keuangan', 1), s('pengolah_data', 1)])],
    ),
    bidang(
      'ASET',
      'Aset',
      [],
      [seksi('PENATAUSAHAAN', 'Penatausahaan Aset', [s('pengelola_bmd', 2), s('operator_layanan', 1)])],
    ),
  ],
})
