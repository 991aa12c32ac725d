/**
 * The demo accounts (docs/DEMO.md; the README and browser tests use them). All share DEMO_PASSWORD.
 * Generated from the deterministic seed and checked against it by test/seed.test.ts: when the seed
 * changes, update these. Demo passwords exist only in demo data.
 */
export const DEMO_PASSWORD = 'demo12345'

export const DEMO_AKUN = {
  adminNasional: {
    username: 'admin',
    nama: 'Administrator Nasional',
    jabatan: 'Admin Nasional',
    peran: ['admin_nasional'],
  },
  adminKabupaten: {
    username: 'admin.contoh',
    nama: 'Admin BKPSDM Kabupaten Contoh',
    jabatan: 'Admin Pemerintah Kabupaten Contoh',
    peran: ['admin_instansi'],
  },
  adminBcn: {
    username: 'admin.bcn',
    nama: 'Admin Biro SDM Badan Contoh Nasional',
    jabatan: 'Admin Badan Contoh Nasional',
    peran: ['admin_instansi'],
  },
  sekda: {
    username: '197405032003022247',
    nama: 'Rini Wahyuni, S.AP., M.Si.',
    jabatan: 'Sekretaris Daerah Kabupaten Contoh',
    peran: ['atasan', 'pegawai', 'pimpinan'],
  },
  kepalaBkpsdm: {
    username: '198005172005022471',
    nama: 'Eni Setyaningsih, S.AP., M.Si.',
    jabatan: 'Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
    peran: ['atasan', 'pegawai', 'pimpinan'],
  },
  kepalaDinas: {
    username: '198205262005041073',
    nama: 'I Kadek Adnyana, S.Sos., M.Si.',
    jabatan: 'Kepala Dinas Kependudukan dan Pencatatan Sipil',
    peran: ['atasan', 'pegawai', 'pimpinan'],
  },
  kepalaSeksi: {
    username: '198803132017031223',
    nama: 'Syafrizal Chaniago, S.I.P.',
    jabatan: 'Kepala Seksi Identitas Penduduk',
    peran: ['atasan', 'pegawai', 'pimpinan'],
  },
  pelaksana: {
    username: '198512032010031508',
    nama: 'Dwi Sutrisno, S.I.P.',
    jabatan: 'Pengelola Data, Seksi Identitas Penduduk',
    peran: ['pegawai'],
  },
  pltKepalaDinas: {
    username: '198611042012032543',
    nama: 'Putri Novitasari, S.Sos., M.Si.',
    jabatan:
      'Kepala Bidang Pemanfaatan Data dan Inovasi Pelayanan; Plt Kepala Dinas Komunikasi dan Informatika',
    peran: ['atasan', 'pegawai', 'pimpinan'],
  },
  pegawaiMutasi: {
    username: '199209012021032234',
    nama: 'Fitri Permatasari, S.Kom.',
    jabatan: 'Pranata Komputer Ahli Pertama, Bidang Aplikasi Informatika',
    peran: ['pegawai'],
  },
  kepalaBcn: {
    username: '196805211994021080',
    nama: 'Drs. Yudi Saputro, M.M.',
    jabatan: 'Kepala Badan Contoh Nasional',
    peran: ['atasan', 'pegawai', 'pimpinan'],
  },
} as const satisfies Record<
  string,
  { username: string; nama: string; jabatan: string; peran: readonly string[] }
>

export type KunciAkunDemo = keyof typeof DEMO_AKUN
