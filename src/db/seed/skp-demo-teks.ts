/**
 * RHK and IKI texts of the demo SKPs (issue 3), phrased the way perangkat daerah write them: a result
 * ("Meningkatnya …", "Tersedianya …") with quantity, quality and time indicators (PermenPANRB 6/2022).
 * `induk` picks the superior's RHK the result contributes to (index into the superior's list).
 */
export type Tema = 'pendidikan' | 'kesehatan' | 'umum'
type Aspek = 'kuantitas' | 'kualitas' | 'waktu' | 'biaya'

export interface IkiTeks {
  aspek: Aspek
  indikator: string
  targetMin: number
  targetMax?: number
  satuan: string
  polaritas: 'naik' | 'turun'
  akumulasi: 'jumlah' | 'terakhir' | 'rata'
}

/**
 * DOMAIN §4 as a planner would set it: prevalences, death rates and findings are lower-is-better;
 * percentages are averaged over the periods, indices and scores take the latest value, counts add up.
 */
function ukuran(indikator: string, satuan: string): Pick<IkiTeks, 'polaritas' | 'akumulasi'> {
  const polaritas = /prevalensi|angka kematian|temuan/i.test(indikator) ? 'turun' : 'naik'
  if (satuan === '%') return { polaritas, akumulasi: 'rata' }
  if (['Nilai', 'Poin'].includes(satuan)) return { polaritas, akumulasi: 'terakhir' }
  return { polaritas, akumulasi: 'jumlah' }
}
export interface RhkTeks {
  deskripsi: string
  jenis?: 'utama' | 'tambahan'
  induk?: number
  iki: IkiTeks[]
}

const iki = (
  aspek: Aspek,
  indikator: string,
  targetMin: number,
  satuan: string,
  targetMax?: number,
): IkiTeks => ({
  aspek,
  indikator,
  targetMin,
  satuan,
  ...(targetMax ? { targetMax } : {}),
  ...ukuran(indikator, satuan),
})
const kecil = (s: string) => s.charAt(0).toLocaleLowerCase('id-ID') + s.slice(1)
const TEPAT_WAKTU = iki('waktu', 'Ketepatan waktu penyampaian laporan', 12, 'Bulan')

export function rhkPimpinanTertinggi(namaInstansi: string): RhkTeks[] {
  return [
    {
      deskripsi:
        'Meningkatnya kualitas pembangunan manusia melalui layanan pendidikan dan kesehatan yang merata',
      iki: [
        iki('kualitas', `Indeks Pembangunan Manusia ${namaInstansi}`, 73.5, 'Poin'),
        iki('kuantitas', 'Persentase perangkat daerah dengan capaian kinerja minimal baik', 90, '%'),
      ],
    },
    {
      deskripsi: 'Terwujudnya tata kelola pemerintahan daerah yang akuntabel dan berorientasi hasil',
      iki: [
        iki('kualitas', 'Nilai SAKIP Pemerintah Daerah', 75, 'Nilai'),
        iki('kualitas', 'Indeks Reformasi Birokrasi', 70, 'Nilai'),
      ],
    },
    {
      deskripsi: 'Meningkatnya kualitas pelayanan publik',
      iki: [iki('kualitas', 'Indeks Kepuasan Masyarakat', 85, 'Nilai', 90)],
    },
  ]
}

const RHK_KEPALA_DINAS: Record<Tema, (dinas: string) => RhkTeks[]> = {
  pendidikan: (dinas) => [
    {
      deskripsi: 'Meningkatnya akses dan mutu layanan pendidikan dasar',
      induk: 0,
      iki: [
        iki('kuantitas', 'Angka Partisipasi Murni SD/MI', 98, '%'),
        iki('kualitas', 'Persentase satuan pendidikan dasar terakreditasi minimal B', 85, '%'),
      ],
    },
    {
      deskripsi: 'Meningkatnya kompetensi pendidik dan tenaga kependidikan',
      induk: 0,
      iki: [iki('kuantitas', 'Persentase guru bersertifikat pendidik', 80, '%')],
    },
    {
      deskripsi: `Terwujudnya tata kelola ${dinas} yang akuntabel`,
      induk: 1,
      iki: [iki('kualitas', `Nilai SAKIP ${dinas}`, 77, 'Nilai')],
    },
  ],
  kesehatan: (dinas) => [
    {
      deskripsi: 'Meningkatnya derajat kesehatan masyarakat',
      induk: 0,
      iki: [
        iki('kuantitas', 'Cakupan persalinan di fasilitas pelayanan kesehatan', 95, '%'),
        iki('kualitas', 'Prevalensi balita stunting', 14, '%'),
      ],
    },
    {
      deskripsi: 'Meningkatnya mutu dan akses pelayanan kesehatan dasar',
      induk: 2,
      iki: [
        iki('kuantitas', 'Persentase puskesmas terakreditasi paripurna', 60, '%'),
        iki('kualitas', 'Indeks Kepuasan Masyarakat layanan puskesmas', 85, 'Nilai'),
      ],
    },
    {
      deskripsi: `Terwujudnya tata kelola ${dinas} yang akuntabel`,
      induk: 1,
      iki: [iki('kualitas', `Nilai SAKIP ${dinas}`, 77, 'Nilai')],
    },
  ],
  umum: (unit) => [
    {
      deskripsi: `Terkoordinasinya perumusan dan pelaksanaan kebijakan ${unit}`,
      induk: 0,
      iki: [iki('kuantitas', 'Persentase rekomendasi kebijakan yang ditindaklanjuti', 80, '%')],
    },
    {
      deskripsi: `Terwujudnya tata kelola ${unit} yang akuntabel`,
      induk: 1,
      iki: [iki('kualitas', `Nilai SAKIP ${unit}`, 75, 'Nilai')],
    },
  ],
}

export const rhkKepalaDinas = (tema: Tema, unit: string) => RHK_KEPALA_DINAS[tema](unit)

/** A unit head below the dinas head: by the kind of unit its name says. */
export function rhkKepalaUnit(tema: Tema, unit: string): RhkTeks[] {
  const u = kecil(unit)
  if (/^Sekretariat/.test(unit)) {
    return [
      {
        deskripsi: `Terwujudnya tata kelola administrasi umum, kepegawaian, dan keuangan ${unit.replace(/^Sekretariat /, '')} yang tertib`,
        induk: 2,
        iki: [
          iki('kualitas', 'Nilai evaluasi SAKIP internal', 80, 'Nilai'),
          iki('waktu', 'Ketepatan waktu penyampaian laporan keuangan', 12, 'Bulan'),
        ],
      },
      {
        deskripsi: 'Tersusunnya dokumen perencanaan dan laporan kinerja tepat waktu',
        induk: 2,
        iki: [iki('kuantitas', 'Jumlah dokumen perencanaan dan pelaporan yang disusun', 6, 'Dokumen')],
      },
    ]
  }
  if (/^(SD|SMP) Negeri/.test(unit)) {
    return [
      {
        deskripsi: `Meningkatnya mutu pembelajaran di ${unit}`,
        induk: 0,
        iki: [
          iki(
            'kualitas',
            'Persentase peserta didik yang mencapai kompetensi minimum literasi dan numerasi',
            75,
            '%',
          ),
          iki('kualitas', 'Nilai Rapor Pendidikan', 70, 'Nilai'),
        ],
      },
      {
        deskripsi: `Terselenggaranya pengelolaan ${unit} yang transparan dan akuntabel`,
        induk: 2,
        iki: [
          iki('kuantitas', 'Jumlah laporan penggunaan dana BOS yang disampaikan', 4, 'Laporan'),
          TEPAT_WAKTU,
        ],
      },
    ]
  }
  if (/Puskesmas/i.test(unit)) {
    return [
      {
        deskripsi: `Meningkatnya cakupan pelayanan kesehatan dasar di wilayah ${unit}`,
        induk: 0,
        iki: [
          iki('kuantitas', 'Cakupan imunisasi dasar lengkap', 95, '%'),
          iki('kuantitas', 'Cakupan pelayanan ibu hamil sesuai standar', 90, '%'),
        ],
      },
      {
        deskripsi: `Meningkatnya mutu pelayanan ${unit}`,
        induk: 1,
        iki: [iki('kualitas', 'Indeks Kepuasan Masyarakat', 85, 'Nilai', 90)],
      },
    ]
  }
  if (/^Bidang/.test(unit)) {
    const objek = tema === 'kesehatan' ? 'puskesmas' : 'satuan pendidikan'
    return [
      {
        deskripsi: `Meningkatnya capaian program ${u}`,
        induk: 0,
        iki: [
          iki('kualitas', `Persentase indikator standar pelayanan minimal ${u} yang tercapai`, 90, '%', 100),
          iki(
            'kuantitas',
            `Jumlah ${objek} yang dibina`,
            tema === 'kesehatan' ? 2 : 30,
            tema === 'kesehatan' ? 'Puskesmas' : 'Sekolah',
          ),
        ],
      },
      {
        deskripsi: `Terlaksananya pembinaan dan pengawasan ${objek} pada ${u}`,
        induk: 1,
        iki: [
          iki('kuantitas', 'Jumlah laporan hasil pembinaan', 4, 'Laporan'),
          iki('waktu', 'Ketepatan waktu laporan pembinaan', 4, 'Triwulan'),
        ],
      },
    ]
  }
  return [
    {
      deskripsi: `Terlaksananya kegiatan ${u} sesuai rencana`,
      induk: 0,
      iki: [
        iki('kualitas', 'Persentase kegiatan yang terlaksana sesuai jadwal', 90, '%', 100),
        iki('kuantitas', 'Jumlah laporan kegiatan yang disusun', 12, 'Laporan'),
      ],
    },
    { deskripsi: `Tersedianya data dan laporan ${u} yang akurat`, induk: 1, iki: [TEPAT_WAKTU] },
  ]
}

const STAF: [RegExp, (unit: string) => RhkTeks[]][] = [
  [
    /^Guru/,
    () => [
      {
        deskripsi: 'Terlaksananya pembelajaran yang efektif dan berpusat pada peserta didik',
        iki: [
          iki('kuantitas', 'Jumlah jam tatap muka per minggu', 24, 'Jam'),
          iki('kualitas', 'Persentase peserta didik yang mencapai tujuan pembelajaran', 80, '%', 100),
        ],
      },
      {
        deskripsi: 'Tersusunnya perangkat ajar dan asesmen pembelajaran',
        iki: [iki('kuantitas', 'Jumlah modul ajar yang disusun', 8, 'Modul')],
      },
    ],
  ],
  [
    /^Dokter/,
    () => [
      {
        deskripsi: 'Terlaksananya pelayanan medis kepada pasien sesuai standar',
        iki: [
          iki('kuantitas', 'Jumlah pasien yang dilayani', 1500, 'Pasien'),
          iki('kualitas', 'Persentase rekam medis yang lengkap', 95, '%'),
        ],
      },
    ],
  ],
  [
    /^Perawat/,
    () => [
      {
        deskripsi: 'Terlaksananya asuhan keperawatan sesuai standar',
        iki: [
          iki('kuantitas', 'Jumlah pasien yang diberi asuhan keperawatan', 900, 'Pasien'),
          iki('kualitas', 'Persentase dokumentasi asuhan keperawatan yang lengkap', 95, '%'),
        ],
      },
    ],
  ],
  [
    /^Bidan/,
    () => [
      {
        deskripsi: 'Terlaksananya pelayanan kebidanan serta kesehatan ibu dan anak',
        iki: [
          iki('kuantitas', 'Jumlah ibu hamil yang mendapat pelayanan antenatal', 240, 'Orang'),
          iki('kuantitas', 'Cakupan kunjungan neonatal', 95, '%'),
        ],
      },
    ],
  ],
  [
    /^(Apoteker|Pranata Laboratorium|Nutrisionis|Sanitarian|Epidemiolog|Penyuluh|Administrator Kesehatan)/,
    () => [
      {
        deskripsi: 'Terlaksananya pelayanan kesehatan sesuai bidang keahlian dan standar operasional',
        iki: [
          iki('kuantitas', 'Jumlah layanan yang diberikan', 600, 'Layanan'),
          iki('kualitas', 'Persentase layanan sesuai SOP', 95, '%', 100),
        ],
      },
    ],
  ],
  [
    /^(Penilik|Pamong Belajar)/,
    () => [
      {
        deskripsi: 'Terlaksananya pendampingan satuan PAUD dan pendidikan nonformal',
        iki: [iki('kuantitas', 'Jumlah satuan pendidikan yang didampingi', 15, 'Lembaga'), TEPAT_WAKTU],
      },
    ],
  ],
  [
    /(Kepegawaian|Analis Sumber Daya Manusia)/,
    () => [
      {
        deskripsi: 'Tersedianya layanan administrasi kepegawaian yang cepat dan data pegawai yang mutakhir',
        iki: [
          iki('kuantitas', 'Jumlah usulan layanan kepegawaian yang diproses', 150, 'Usulan'),
          iki('waktu', 'Ketepatan waktu pemutakhiran data pegawai', 12, 'Bulan'),
        ],
      },
    ],
  ],
  [
    /(Bendahara|Keuangan)/,
    () => [
      {
        deskripsi: 'Tertibnya penatausahaan dan pertanggungjawaban keuangan',
        iki: [
          iki('kuantitas', 'Jumlah SPJ yang diverifikasi', 240, 'Dokumen'),
          iki('waktu', 'Ketepatan waktu laporan pertanggungjawaban bendahara', 12, 'Bulan'),
        ],
      },
    ],
  ],
  [
    /^Pramu Bakti/,
    (unit) => [
      {
        deskripsi: `Terpeliharanya kebersihan dan kesiapan sarana kerja ${unit}`,
        iki: [iki('kuantitas', 'Jumlah ruang yang dipelihara setiap hari', 12, 'Ruang')],
      },
    ],
  ],
]

/** Staff RHK by position (jabatan), with the administrative default; every third one gets a tambahan. */
export function rhkStaf(jabatan: string, unit: string, urut: number): RhkTeks[] {
  const cocok = STAF.find(([pola]) => pola.test(jabatan))
  const utama = cocok
    ? cocok[1](unit)
    : [
        {
          deskripsi: `Tersedianya data dan administrasi ${unit} yang tertib dan mutakhir`,
          iki: [
            iki('kuantitas', 'Jumlah dokumen administrasi yang diselesaikan', 120, 'Dokumen'),
            iki('waktu', 'Ketepatan waktu pemutakhiran data', 12, 'Bulan'),
          ],
        },
      ]
  const tambahan: RhkTeks[] =
    urut % 3 === 0
      ? [
          {
            deskripsi: 'Terlaksananya tugas kedinasan lain yang diberikan pimpinan',
            jenis: 'tambahan',
            iki: [iki('kuantitas', 'Jumlah tugas tambahan yang diselesaikan', 4, 'Kegiatan')],
          },
        ]
      : []
  return [...utama.map((r, i) => ({ ...r, induk: i })), ...tambahan]
}

export const LAMPIRAN_DEMO = {
  dukunganSumberDaya: [
    'Anggaran kegiatan pada DPA perangkat daerah',
    'Sarana kerja dan akses aplikasi pendukung',
  ],
  skemaPertanggungjawaban: ['Laporan capaian kinerja setiap triwulan kepada pejabat penilai'],
  konsekuensi: ['Capaian di bawah ekspektasi menjadi bahan pembinaan kinerja oleh pejabat penilai'],
}

export const EKSPEKTASI_DEMO: Record<string, string> = {
  BERORIENTASI_PELAYANAN: 'Menanggapi setiap permintaan layanan paling lambat 1 (satu) hari kerja.',
  AKUNTABEL: 'Menyampaikan laporan capaian kinerja tepat waktu dan dapat dipertanggungjawabkan.',
  KOLABORATIF: 'Aktif berbagi data dengan unit kerja lain untuk mendukung capaian bersama.',
}

export const CATATAN_DIKEMBALIKAN =
  'Target kuantitas pada RHK pertama terlalu rendah dibanding capaian tahun lalu; mohon disesuaikan dan tambahkan IKI kualitas.'
