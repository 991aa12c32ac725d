/**
 * Every enumerated value set, defined once. The database schema (src/db/schema), the domain rules
 * (src/domain) and the API contract (the zod schemas next to this file) all import from here. No imports:
 * the domain layer may use this file.
 */

// --- organisation and people ---

export const JENIS_INSTANSI = ['pusat', 'daerah'] as const
export type JenisInstansi = (typeof JENIS_INSTANSI)[number]

/** How a position is held: definitive, or acting (Plt / Plh) while the holder is absent. */
export const JENIS_PENUGASAN = ['definitif', 'plt', 'plh'] as const
export type JenisPenugasan = (typeof JENIS_PENUGASAN)[number]

export const JENIS_KELAMIN = ['L', 'P'] as const
export type JenisKelamin = (typeof JENIS_KELAMIN)[number]

/** Why this person is the pejabat penilai (src/domain/atasan.ts). */
export const ALASAN_ATASAN = [
  'KEPALA_UNIT_SENDIRI', // staff: the head of their own unit
  'KEPALA_UNIT_INDUK', // a unit head (also as Plt/Plh of their own unit): the head of the parent unit
  'JABATAN_KOSONG_NAIK', // a vacant head position was skipped on the way up (penilai null: all vacant)
  'OVERRIDE', // set by the admin instansi
  'PIMPINAN_TERTINGGI', // nobody above: assessed by a non-ASN official (Bupati, Menteri, …)
  'TIDAK_ADA_PENUGASAN', // no active assignment on that date
] as const
export type AtasanAlasan = (typeof ALASAN_ATASAN)[number]

// --- accounts ---

/** Stored roles. `atasan` is derived (someone reports to the account's pegawai), never stored. */
export const PERAN_AKUN = ['pegawai', 'pimpinan', 'admin_instansi', 'admin_nasional'] as const
export type PeranAkun = (typeof PERAN_AKUN)[number]

/** Roles as /me reports them: stored plus derived. */
export const PERAN = ['pegawai', 'atasan', 'pimpinan', 'admin_instansi', 'admin_nasional'] as const
export type Peran = (typeof PERAN)[number]

export const BAHASA = ['id', 'en'] as const
export type Bahasa = (typeof BAHASA)[number]

// --- SKP (PermenPANRB 6/2022) ---

export const SKP_STATUS = ['draft', 'diajukan', 'disetujui', 'dikembalikan'] as const
export type SkpStatus = (typeof SKP_STATUS)[number]

export const PENDEKATAN = ['kuantitatif', 'kualitatif'] as const
export const VARIAN = ['jpt', 'administrasi_fungsional'] as const
export const JENIS_RHK = ['utama', 'tambahan'] as const
export const KLASIFIKASI = ['organisasi', 'individu'] as const
/** JPT only: the four perspectives of an RHK. */
export const PERSPEKTIF = [
  'penerima_layanan',
  'proses_bisnis_internal',
  'penguatan_internal',
  'anggaran',
] as const
export const ASPEK = ['kuantitas', 'kualitas', 'waktu', 'biaya'] as const
/** DOMAIN §4: an IKI's polarity, higher is better or lower is better (stunting prevalence, audit findings). */
export const POLARITAS = ['naik', 'turun'] as const
export type Polaritas = (typeof POLARITAS)[number]
/** DOMAIN §4: how an IKI's periods add up: summed (counts), the latest value, or the average (%, indices). */
export const AKUMULASI = ['jumlah', 'terakhir', 'rata'] as const
export type Akumulasi = (typeof AKUMULASI)[number]
/** The instansi's time zone (setting): WIB, WITA, WIT; fixed offsets, Indonesia keeps no daylight saving. */
export const ZONA_WAKTU = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const
export type ZonaWaktu = (typeof ZONA_WAKTU)[number]
/** Capaian of a lower-is-better IKI (setting): (2T−R)/T, floored at 0, or T/R. */
export const RUMUS_POLARITAS_TURUN = ['selisih', 'rasio'] as const
export type RumusPolaritasTurun = (typeof RUMUS_POLARITAS_TURUN)[number]

/** A year's settings as stored: open or closed. */
export const STATUS_PENGATURAN = ['dibuka', 'ditutup'] as const
/** As the API shows a year: a year without settings is not opened yet. */
export const STATUS_TAHUN = [...STATUS_PENGATURAN, 'belum_dibuka'] as const

// --- assessment (PermenPANRB 6/2022, SE MenPANRB 3/2023) ---

/** Rating hasil kerja and rating perilaku kerja. */
export const RATING = ['DI_ATAS', 'SESUAI', 'DI_BAWAH'] as const
/** Predikat kinerja pegawai, best first. */
export const PREDIKAT_PEGAWAI = ['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'] as const
/** Predikat kinerja organisasi (capaian kinerja organisasi), best first. */
export const PREDIKAT_ORGANISASI = ['ISTIMEWA', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'] as const
export const JENIS_PERIODE_PENILAIAN = ['bulanan', 'triwulan', 'semester'] as const
/** Codes of the periodic evaluations (src/domain/periode.ts): realisasi and rencana aksi are kept per code. */
export const KODE_PERIODE = [
  'B01',
  'B02',
  'B03',
  'B04',
  'B05',
  'B06',
  'B07',
  'B08',
  'B09',
  'B10',
  'B11',
  'B12',
  'TW1',
  'TW2',
  'TW3',
  'TW4',
  'S1',
  'S2',
] as const
/** How a percentage of headcount becomes a number of people (pola distribusi). */
export const PEMBULATAN_DISTRIBUSI = ['terdekat', 'bawah', 'atas'] as const
/** The periodic codes plus the annual evaluation: what an evaluasi and a predikat organisasi are kept per. */
export const KODE_PERIODE_PENILAIAN = [...KODE_PERIODE, 'FINAL'] as const
export type KodePeriodePenilaian = (typeof KODE_PERIODE_PENILAIAN)[number]

// --- penilaian (evaluation, DOMAIN §5) ---

/**
 * An evaluation version: draft (the penilai works on it) → final (the penilai finalised it: the pegawai has
 * received it, the keberatan window runs) → diterima (the pegawai acknowledged it: locked). A reopen by the
 * atasan penilai or a changed keberatan decision marks the version digantikan and starts the next one.
 */
export const STATUS_EVALUASI = ['draft', 'final', 'diterima', 'digantikan'] as const
export type StatusEvaluasi = (typeof STATUS_EVALUASI)[number]
/** Where the rating hasil kerja came from: the penilai, or the unit's predikat organisasi (leader rule). */
export const SUMBER_RATING_HASIL = ['penilai', 'predikat_organisasi'] as const
/** PP 30/2019 Pasal 59: the keberatan window counts calendar days or working days (a setting). */
export const JENIS_HARI_KEBERATAN = ['kalender', 'kerja'] as const
export type JenisHariKeberatan = (typeof JENIS_HARI_KEBERATAN)[number]
export const STATUS_KEBERATAN = ['diajukan', 'diputuskan'] as const
/** The atasan penilai keeps the result or changes it; final (PP 30/2019 Pasal 59). */
export const KEPUTUSAN_KEBERATAN = ['tetap', 'ubah'] as const
/**
 * Peraturan BKN 3/2023: how the months of an SKP segment are counted for angka kredit (a setting).
 * awal_bulan: a month counts for the segment in force on its first day (segments of a year add up to 12);
 * hari: each month counts by the fraction of its days the segment covers.
 */
export const KONVENSI_BULAN_AK = ['awal_bulan', 'hari'] as const
export type KonvensiBulanAk = (typeof KONVENSI_BULAN_AK)[number]
/**
 * PP 30/2019: the six-month improvement record after a Kurang / Sangat Kurang predikat. berjalan: running;
 * selesai: closed by the penilai with its outcome; gugur: its basis was withdrawn — a keberatan decision or a
 * corrected evaluation replaced the predikat that opened it with one that opens none (read-only).
 */
export const STATUS_PERBAIKAN = ['berjalan', 'selesai', 'gugur'] as const
export type StatusPerbaikan = (typeof STATUS_PERBAIKAN)[number]

// --- imports and documents ---

export const JENIS_IMPOR = ['pegawai', 'unor'] as const
export const MODE_IMPOR = ['semua', 'valid_saja', 'validasi'] as const
/** A recorded run either wrote its rows or was refused; a validation-only run is reported, not recorded. */
export const STATUS_IMPOR_TERCATAT = ['selesai', 'ditolak'] as const
export const STATUS_IMPOR = [...STATUS_IMPOR_TERCATAT, 'divalidasi'] as const

/**
 * skp: the SKP; evaluasi: Evaluasi Kinerja (periodic); dokumen_evaluasi: Dokumen Evaluasi Kinerja Pegawai
 * (the summary, also for the annual evaluation); penetapan_predikat: a unit's Penetapan Predikat Kinerja.
 */
export const JENIS_DOKUMEN = ['skp', 'evaluasi', 'dokumen_evaluasi', 'penetapan_predikat'] as const

// --- bukti dukung (evidence of realisasi, DOMAIN §4) ---

/** What a piece of evidence is: an uploaded file or a link (tautan), typed. */
export const JENIS_BUKTI = ['laporan', 'dokumen', 'foto', 'sertifikat', 'tautan', 'lainnya'] as const
export type JenisBukti = (typeof JENIS_BUKTI)[number]
/** Where a stored file lives: the local data folder or S3-compatible object storage. */
export const PENYIMPANAN_BERKAS = ['lokal', 's3'] as const
export type PenyimpananBerkas = (typeof PENYIMPANAN_BERKAS)[number]

// --- progres harian (daily progress, DOMAIN §4) ---

/** A day's entry: written (draft), submitted to the penilai, approved, or returned with a note. */
export const STATUS_PROGRES = ['draft', 'diajukan', 'disetujui', 'dikembalikan'] as const
export type StatusProgres = (typeof STATUS_PROGRES)[number]
/** A pegawai's day as the atasan's grid shows it: nothing written yet, or the status that needs action. */
export const STATUS_HARI_PROGRES = ['belum_diisi', ...STATUS_PROGRES] as const
export type StatusHariProgres = (typeof STATUS_HARI_PROGRES)[number]

// --- umpan balik and dialog kinerja (DOMAIN §4) ---

/** Who wrote a feedback comment: the pegawai, the penilai, or the ketua tim of the RHK's team. */
export const PERAN_UMPAN_BALIK = ['pegawai', 'penilai', 'ketua_tim'] as const
export type PeranUmpanBalik = (typeof PERAN_UMPAN_BALIK)[number]
/** Coaching (bimbingan) or counselling (konseling). */
export const JENIS_DIALOG = ['bimbingan', 'konseling'] as const
export const STATUS_DIALOG = ['dijadwalkan', 'selesai', 'dibatalkan'] as const

// --- notifications ---

/**
 * What a notification says, as a stable key: the row stores this and its parameters, never the sentence,
 * so each reader gets it in their own language (src/shared/notifikasi.ts has the parameters per type).
 */
export const TIPE_NOTIFIKASI = [
  'SKP_DIAJUKAN', // to the penilai: a subordinate submitted an SKP (done when approved, returned, withdrawn)
  'SKP_DIKEMBALIKAN', // to the pegawai: the SKP was returned with notes (done when submitted again)
  'SKP_DISETUJUI', // to the pegawai: the SKP was approved
  'SKP_DIBUKA', // to the pegawai: the approved SKP was reopened (done when submitted again)
  'ATASAN_BELUM_SKP', // to the atasan: a subordinate waits for the atasan's approved SKP (done when approved)
  'MPH_SEL', // to a subordinate: RHK added from the Matriks Peran Hasil (done when the SKP is submitted)
  'TIM_ANGGOTA', // to a member: added to a Tim Kerja
  'TIM_ANGGOTA_SKP_DISETUJUI', // to a member whose SKP is approved: take the team's work into a revision
  'RHK_ATASAN_DIUBAH', // to a subordinate: the superior's RHK their RHK intervenes was changed
  'SKP_DIBUAT_DARI_MPH', // to a subordinate: a draft SKP was created for them from the Matriks Peran Hasil
  'PROGRES_HARIAN_DIAJUKAN', // to the penilai: entries to review (once a day per pegawai; done when reviewed)
  'PROGRES_HARIAN_DIKEMBALIKAN', // to the pegawai: entries returned with a note (done when submitted again)
  'UMPAN_BALIK_BARU', // to the other participants of a feedback thread (done when the thread is read)
  'DIALOG_KINERJA', // to the other side of a dialog kinerja: scheduled, held, cancelled, a form filled
  'REALISASI_SEGERA_TERKUNCI', // to the pegawai: a period's realisasi locks in N days and IKI lack realisasi
  'REALISASI_JATUH_TEMPO', // to the pegawai: a period ended; fill its realisasi before the lock
  'REALISASI_DIBUKA', // to the pegawai: an admin reopened a locked period's realisasi until a date
  'PENILAIAN_DIRI_DIAJUKAN', // to the penilai: the pegawai submitted a penilaian diri (done when finalised)
  'EVALUASI_DIFINALISASI', // to the pegawai: the evaluation is final; acknowledge or object (done when acknowledged)
  'EVALUASI_DIBUKA_KEMBALI', // to the penilai: the atasan penilai reopened an evaluation (done when finalised)
  'DELEGASI_PENILAIAN', // to a Plt/Plh: the atasan penilai delegated the evaluations of a penilai
  'KEBERATAN_DIAJUKAN', // to the atasan penilai (admins for a non-ASN one): decide (done when decided)
  'KEBERATAN_KOMENTAR', // to the other parties of a keberatan: a new statement
  'KEBERATAN_DIPUTUSKAN', // to the pegawai and the penilai: kept or changed, final
  'PREDIKAT_ORGANISASI_DITETAPKAN', // to the unit's head: the unit's predikat organisasi was set
  'RENCANA_PERBAIKAN_DIBUKA', // to the penilai: a six-month improvement record was opened (PP 30/2019)
  'RENCANA_PERBAIKAN_GUGUR', // to the penilai and the pegawai: the predikat that opened it was changed away
] as const
export type TipeNotifikasi = (typeof TIPE_NOTIFIKASI)[number]

/** An outgoing mail (src/modules/surel): queued, sent, or given up after the last retry. */
export const STATUS_SUREL = ['antri', 'terkirim', 'gagal'] as const
export type StatusSurel = (typeof STATUS_SUREL)[number]
/** Scheduled reminders (src/modules/pengingat), each sent once per pegawai, SKP and period. */
export const JENIS_PENGINGAT = ['SEGERA_TERKUNCI', 'JATUH_TEMPO'] as const
export type JenisPengingat = (typeof JENIS_PENGINGAT)[number]
