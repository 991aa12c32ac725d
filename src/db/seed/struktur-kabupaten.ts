import { BAPPEDA, BKPSDM, BPKAD } from './struktur-badan.ts'
import { DINKES, DISDIK, DISKOMINFO, DUKCAPIL, PUPR } from './struktur-dinas.ts'
import { seksi, sub } from './struktur-helpers.ts'
import { s, unit, type StafSpec, type UnitSpec } from './unor-tree.ts'

/*
 * Kabupaten Contoh. The Sekretaris Daerah kabupaten is the top ASN: a JPT Pratama (UU 20/2023, which
 * replaced UU 5/2014 and kept its JPT levels: Pasal 19 ayat (1) huruf c there; only the Sekda of a
 * provinsi is JPT Madya), assessed by the Bupati, a non-ASN
 * official. The dinas and badan hang under the Sekretariat Daerah in the tree because the Sekda is the
 * penilai of their heads (PP 30/2019), so the atasan derived from the tree is right.
 */

const bagian = (kode: string, nama: string, staf: StafSpec[], anak: UnitSpec[] = []): UnitSpec =>
  unit(kode, `Bagian ${nama}`, `Kepala Bagian ${nama}`, 'administrator', {
    staf,
    anak,
    golongan: ['IV/a', 'IV/b'],
  })

const asisten = (kode: string, nama: string, anak: UnitSpec[]): UnitSpec =>
  unit(kode, `Asisten ${nama}`, `Asisten ${nama}`, 'jpt_pratama', { anak })

const ASISTEN: UnitSpec[] = [
  asisten('ASPEMKESRA', 'Pemerintahan dan Kesejahteraan Rakyat', [
    bagian('PEM', 'Pemerintahan', [s('analis_kebijakan.ahli_muda', 1), s('pengadministrasi_umum', 2)]),
    bagian('HUKUM', 'Hukum', [
      s('perancang_uu.ahli_pertama', 1),
      s('perancang_uu.ahli_muda', 1),
      s('analis_hukum.ahli_pertama', 1),
      s('pengadministrasi_umum', 1),
    ]),
    bagian('KESRA', 'Kesejahteraan Rakyat', [s('pengadministrasi_umum', 2), s('pengolah_data', 1)]),
  ]),
  asisten('ASEKBANG', 'Perekonomian dan Pembangunan', [
    bagian('EKOSDA', 'Perekonomian dan Sumber Daya Alam', [
      s('analis_kebijakan.ahli_pertama', 1),
      s('pengadministrasi_umum', 2),
    ]),
    bagian('PBJ', 'Pengadaan Barang dan Jasa', [
      s('pengelola_pbj.ahli_pertama', 2),
      s('pengelola_pbj.ahli_muda', 1),
    ]),
  ]),
  asisten('ASMIN', 'Administrasi Umum', [
    bagian(
      'UMUM',
      'Umum',
      [],
      [
        sub('TU', 'Subbagian Tata Usaha Pimpinan', [
          s('pengadministrasi_persuratan', 2),
          s('pengadministrasi_umum', 1),
        ]),
        sub('RT', 'Subbagian Rumah Tangga', [
          s('pengemudi', 2),
          s('pengemudi', 1, { status: 'mpp', umur: 57 }),
          s('pramu_bakti', 2),
        ]),
      ],
    ),
    bagian('ORG', 'Organisasi', [
      s('analis_kebijakan.ahli_pertama', 1),
      s('analis_kebijakan.ahli_muda', 1),
      s('pengadministrasi_umum', 1),
    ]),
    bagian('PROKOPIM', 'Protokol dan Komunikasi Pimpinan', [
      s('pranata_humas.ahli_pertama', 1),
      s('pranata_humas.terampil', 1),
      s('pengadministrasi_umum', 1),
    ]),
  ]),
]

const INSPEKTORAT = unit('INSPEKTORAT', 'Inspektorat Daerah', 'Inspektur Daerah', 'jpt_pratama', {
  bidang: 'ekonomi',
  anak: [
    unit('SEK', 'Sekretariat Inspektorat Daerah', 'Sekretaris Inspektorat Daerah', 'administrator', {
      golongan: ['IV/a', 'IV/b'],
      anak: [
        sub('UMUM', 'Subbagian Umum, Keuangan dan Perencanaan', [
          s('pengadministrasi_umum', 1),
          s('bendahara', 1),
          s('pengolah_data', 1),
        ]),
      ],
    }),
    ...['I', 'II', 'III'].map((w) =>
      unit(
        `IRBAN${w}`,
        `Inspektur Pembantu Wilayah ${w}`,
        `Inspektur Pembantu Wilayah ${w}`,
        'administrator',
        {
          golongan: ['IV/a', 'IV/b'],
          staf: [s('auditor.ahli_pertama', 2), s('auditor.ahli_muda', 1), s('p2upd.ahli_pertama', 1)],
        },
      ),
    ),
  ],
})

// Camat: Administrator (eselon III.a) heading a perangkat daerah kewilayahan (PP 17/2018 on kecamatan).
const KECAMATAN = unit('KEC-KOTA', 'Kecamatan Contoh Kota', 'Camat Contoh Kota', 'administrator', {
  golongan: ['IV/a', 'IV/b'],
  anak: [
    unit('SEKCAM', 'Sekretariat Kecamatan Contoh Kota', 'Sekretaris Kecamatan Contoh Kota', 'administrator', {
      golongan: ['III/d', 'IV/a'],
      anak: [
        sub('UMPEG', 'Subbagian Umum dan Kepegawaian', [s('pengadministrasi_umum', 1), s('bendahara', 1)]),
      ],
    }),
    seksi('PEM', 'Pemerintahan', [s('pengadministrasi_umum', 2)]),
    seksi('PMD', 'Pemberdayaan Masyarakat', [s('pengelola_layanan', 1), s('pengolah_data', 1)]),
    seksi('TRANTIB', 'Ketenteraman dan Ketertiban Umum', [
      s('pengadministrasi_umum', 1),
      s('operator_layanan', 1),
    ]),
  ],
})

export const KABUPATEN_CONTOH = unit(
  'SETDA',
  'Sekretariat Daerah Kabupaten Contoh',
  'Sekretaris Daerah Kabupaten Contoh',
  'jpt_pratama',
  {
    golongan: ['IV/c', 'IV/d'],
    bidang: 'sosial',
    anak: [
      ...ASISTEN,
      INSPEKTORAT,
      DISDIK,
      DINKES,
      PUPR,
      BKPSDM,
      BAPPEDA,
      BPKAD,
      DUKCAPIL,
      DISKOMINFO,
      KECAMATAN,
    ],
  },
)
