import { s, unit, type UnitSpec } from './unor-tree.ts'

/*
 * Badan Contoh Nasional: a small lembaga pemerintah nonkementerian. Its Kepala is a JPT Utama and its
 * Sekretaris Utama and Deputi are JPT Madya, the Kepala Biro and Direktur JPT Pratama (UU 20/2023,
 * which replaced UU 5/2014 and kept its three JPT levels of Pasal 19 ayat (1)). The Kepala is the top
 * ASN, assessed by the coordinating minister (non-ASN).
 * Central agencies have had almost no eselon III/IV since PermenPANRB 17/2021: the work below the
 * JPT is done by jabatan fungsional and pelaksana.
 */
export const BADAN_CONTOH_NASIONAL: UnitSpec = {
  ...unit('BCN', 'Badan Contoh Nasional', 'Kepala Badan Contoh Nasional', 'jpt_utama', { bidang: 'sosial' }),
  staf: [s('pengadministrasi_persuratan', 1)],
  anak: [
    unit('SESTAMA', 'Sekretariat Utama', 'Sekretaris Utama', 'jpt_madya', {
      anak: [
        unit(
          'BIRO-PKU',
          'Biro Perencanaan, Keuangan, dan Umum',
          'Kepala Biro Perencanaan, Keuangan, dan Umum',
          'jpt_pratama',
          {
            golongan: ['IV/c', 'IV/d'],
            bidang: 'ekonomi',
            staf: [
              s('perencana.ahli_pertama', 1),
              s('perencana.ahli_muda', 1),
              s('analis_anggaran.ahli_pertama', 1),
              s('arsiparis.terampil', 1),
              s('pengadministrasi_umum', 1),
            ],
          },
        ),
        unit(
          'BIRO-SDMOH',
          'Biro Sumber Daya Manusia, Organisasi, dan Hukum',
          'Kepala Biro Sumber Daya Manusia, Organisasi, dan Hukum',
          'jpt_pratama',
          {
            golongan: ['IV/c', 'IV/d'],
            staf: [
              s('analis_sdm.ahli_pertama', 2),
              s('analis_sdm.ahli_muda', 1),
              s('analis_hukum.ahli_pertama', 1),
              s('pranata_komputer.ahli_pertama', 1),
            ],
          },
        ),
      ],
    }),
    unit(
      'DEPUTI-KS',
      'Deputi Bidang Kebijakan dan Standardisasi',
      'Deputi Bidang Kebijakan dan Standardisasi',
      'jpt_madya',
      {
        anak: [
          unit('DIT-KEB', 'Direktorat Kebijakan', 'Direktur Kebijakan', 'jpt_pratama', {
            golongan: ['IV/c', 'IV/d'],
            staf: [
              s('analis_kebijakan.ahli_pertama', 2),
              s('analis_kebijakan.ahli_muda', 2),
              s('analis_kebijakan.ahli_madya', 1),
              s('penata_layanan', 1),
            ],
          }),
          unit(
            'DIT-SE',
            'Direktorat Standardisasi dan Evaluasi',
            'Direktur Standardisasi dan Evaluasi',
            'jpt_pratama',
            {
              golongan: ['IV/c', 'IV/d'],
              staf: [
                s('analis_kebijakan.ahli_pertama', 2),
                s('statistisi.ahli_pertama', 1),
                s('pranata_komputer.terampil', 1),
                s('pengolah_data', 1),
              ],
            },
          ),
        ],
      },
    ),
  ],
}
