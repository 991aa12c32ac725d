import { sql } from 'drizzle-orm'
import {
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import {
  KEPUTUSAN_KEBERATAN,
  KODE_PERIODE_PENILAIAN,
  PREDIKAT_ORGANISASI,
  PREDIKAT_PEGAWAI,
  RATING,
  STATUS_EVALUASI,
  STATUS_KEBERATAN,
  SUMBER_RATING_HASIL,
} from '../../shared/enums.ts'
import { akun } from './akun.ts'
import { berkas } from './berkas.ts'
import { createdAt, id, updatedAt } from './common.ts'
import { unor } from './organisasi.ts'
import { pegawai } from './pegawai.ts'
import { skp } from './skp.ts'

/**
 * Evaluasi kinerja (PermenPANRB 6/2022, DOMAIN §5): one row per SKP, period (a periodic code or FINAL) and
 * version. Only one version of an (SKP, period) is current (`status <> 'digantikan'`); a reopen by the atasan
 * penilai or a changed keberatan decision marks the current one digantikan and writes the next version, so
 * every final record stays readable, never overwritten (DOMAIN §7).
 */
export const evaluasi = pgTable(
  'evaluasi',
  {
    id: id(),
    instansiId: uuid('instansi_id').notNull(),
    skpId: uuid('skp_id').notNull(),
    /** The SKP's pegawai (denormalised: riwayat, curve and exports read by pegawai and year). */
    pegawaiId: uuid('pegawai_id').notNull(),
    tahun: smallint('tahun').notNull(),
    periode: text('periode', { enum: KODE_PERIODE_PENILAIAN }).notNull(),
    versi: integer('versi').notNull().default(1),
    status: text('status', { enum: STATUS_EVALUASI }).notNull().default('draft'),
    /**
     * Snapshot at the time (DOMAIN §1): pegawai, penilai (who actually rates: the SKP's penilai, a delegate
     * Plt/Plh, or the next superior up), atasan penilai, the unit, whether the pegawai heads it, and the
     * jabatan's jenjang (angka kredit). Refreshed while draft, frozen from finalisation.
     */
    snapshot: jsonb('snapshot').notNull(),
    /** The pegawai who rates this version (see snapshot.penilai); null = the non-ASN official via an admin. */
    penilaiPegawaiId: uuid('penilai_pegawai_id'),
    /** Penilaian diri (the pegawai's self-evaluation, before the penilai rates). */
    diriRatingHasil: text('diri_rating_hasil', { enum: RATING }),
    diriRatingPerilaku: text('diri_rating_perilaku', { enum: RATING }),
    diriCatatan: text('diri_catatan'),
    diriDiajukanAt: timestamp('diri_diajukan_at', { withTimezone: true }),
    /** The suggested rating hasil kerja computed from capaian under the year's settings (at the last save). */
    ratingHasilSaran: text('rating_hasil_saran', { enum: RATING }),
    ratingHasil: text('rating_hasil', { enum: RATING }),
    sumberRatingHasil: text('sumber_rating_hasil', { enum: SUMBER_RATING_HASIL })
      .notNull()
      .default('penilai'),
    /** Required when ratingHasil differs from ratingHasilSaran (the penilai overrides the suggestion). */
    alasanRatingHasil: text('alasan_rating_hasil'),
    /** One overall rating perilaku (never an average, DOMAIN §5). */
    ratingPerilaku: text('rating_perilaku', { enum: RATING }),
    /** Umpan balik per BerAKHLAK value: { [kodeNilai]: text }. */
    umpanBalikPerilaku: jsonb('umpan_balik_perilaku').notNull().default({}),
    /** Umpan balik per RHK on the evaluation: { [rhkId]: text }. */
    umpanBalikHasil: jsonb('umpan_balik_hasil').notNull().default({}),
    /** From src/domain/predikat.ts predikatPegawai(ratingHasil, ratingPerilaku), written by the server only. */
    predikat: text('predikat', { enum: PREDIKAT_PEGAWAI }),
    /** The unit's predikat organisasi for this period when finalised (document block, leader rule). */
    predikatOrganisasi: text('predikat_organisasi', { enum: PREDIKAT_ORGANISASI }),
    /** Catatan / rekomendasi (Dokumen Evaluasi Kinerja Pegawai). */
    catatan: text('catatan'),
    /**
     * Calibration by the unit head before finalisation (SE MenPANRB 3/2023): every adjustment, in order,
     * [{ olehAkunId, olehNama, pada, dari: {ratingHasil, ratingPerilaku, predikat}, ke: {…}, alasan }].
     */
    kalibrasi: jsonb('kalibrasi').notNull().default([]),
    difinalisasiAt: timestamp('difinalisasi_at', { withTimezone: true }),
    difinalisasiOleh: uuid('difinalisasi_oleh').references(() => akun.id),
    diterimaAt: timestamp('diterima_at', { withTimezone: true }),
    /** Why this version exists when versi > 1: { oleh: 'buka_kembali' | 'keberatan', alasan, olehNama, pada }. */
    asal: jsonb('asal'),
    /** Optimistic concurrency within a version: bumped on every save. */
    revisi: integer('revisi').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('evaluasi_instansi_id_uq').on(t.instansiId, t.id),
    foreignKey({
      name: 'evaluasi_skp_fk',
      columns: [t.instansiId, t.skpId],
      foreignColumns: [skp.instansiId, skp.id],
    }),
    foreignKey({
      name: 'evaluasi_pegawai_fk',
      columns: [t.instansiId, t.pegawaiId],
      foreignColumns: [pegawai.instansiId, pegawai.id],
    }),
    foreignKey({
      name: 'evaluasi_penilai_fk',
      columns: [t.instansiId, t.penilaiPegawaiId],
      foreignColumns: [pegawai.instansiId, pegawai.id],
    }),
    uniqueIndex('evaluasi_versi_uq').on(t.skpId, t.periode, t.versi),
    // One current version per SKP and period.
    uniqueIndex('evaluasi_kini_uq')
      .on(t.skpId, t.periode)
      .where(sql`${t.status} <> 'digantikan'`),
    index('evaluasi_pegawai_idx').on(t.instansiId, t.pegawaiId, t.tahun),
    index('evaluasi_penilai_idx').on(t.instansiId, t.penilaiPegawaiId, t.tahun, t.periode),
    index('evaluasi_tahun_idx').on(t.instansiId, t.tahun, t.periode, t.status),
    check(
      'evaluasi_predikat_ck',
      sql`(${t.predikat} is null) = (${t.ratingHasil} is null or ${t.ratingPerilaku} is null)`,
    ),
  ],
)

/**
 * Predikat kinerja organisasi (capaian kinerja organisasi) per unit per period and per year (FINAL), set by
 * the head one level up or an admin, with a note (SE MenPANRB 3/2023). Changes are audited.
 */
export const predikatOrganisasi = pgTable(
  'predikat_organisasi',
  {
    id: id(),
    instansiId: uuid('instansi_id').notNull(),
    unorId: uuid('unor_id').notNull(),
    tahun: smallint('tahun').notNull(),
    periode: text('periode', { enum: KODE_PERIODE_PENILAIAN }).notNull(),
    predikat: text('predikat', { enum: PREDIKAT_ORGANISASI }).notNull(),
    catatan: text('catatan'),
    ditetapkanOlehAkunId: uuid('ditetapkan_oleh_akun_id')
      .notNull()
      .references(() => akun.id),
    ditetapkanOlehPegawaiId: uuid('ditetapkan_oleh_pegawai_id'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    foreignKey({
      name: 'predikat_organisasi_unor_fk',
      columns: [t.instansiId, t.unorId],
      foreignColumns: [unor.instansiId, unor.id],
    }),
    foreignKey({
      name: 'predikat_organisasi_penetap_fk',
      columns: [t.instansiId, t.ditetapkanOlehPegawaiId],
      foreignColumns: [pegawai.instansiId, pegawai.id],
    }),
    uniqueIndex('predikat_organisasi_uq').on(t.instansiId, t.unorId, t.tahun, t.periode),
  ],
)

/**
 * Delegation of evaluation (DOMAIN §1): the atasan penilai lets a Plt/Plh evaluate the subordinates of a
 * penilai for a time. Dates inclusive.
 */
export const delegasiPenilaian = pgTable(
  'delegasi_penilaian',
  {
    id: id(),
    instansiId: uuid('instansi_id').notNull(),
    /** The penilai whose evaluations are delegated. */
    penilaiPegawaiId: uuid('penilai_pegawai_id').notNull(),
    /** The Plt/Plh who evaluates instead. */
    penerimaPegawaiId: uuid('penerima_pegawai_id').notNull(),
    mulai: date('mulai', { mode: 'string' }).notNull(),
    selesai: date('selesai', { mode: 'string' }).notNull(),
    alasan: text('alasan').notNull(),
    dibuatOlehAkunId: uuid('dibuat_oleh_akun_id')
      .notNull()
      .references(() => akun.id),
    dicabutAt: timestamp('dicabut_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    foreignKey({
      name: 'delegasi_penilai_fk',
      columns: [t.instansiId, t.penilaiPegawaiId],
      foreignColumns: [pegawai.instansiId, pegawai.id],
    }),
    foreignKey({
      name: 'delegasi_penerima_fk',
      columns: [t.instansiId, t.penerimaPegawaiId],
      foreignColumns: [pegawai.instansiId, pegawai.id],
    }),
    index('delegasi_penilai_idx').on(t.instansiId, t.penilaiPegawaiId),
    index('delegasi_penerima_idx').on(t.instansiId, t.penerimaPegawaiId),
    check('delegasi_rentang_ck', sql`${t.mulai} <= ${t.selesai}`),
  ],
)

/**
 * Keberatan (PP 30/2019 Pasal 59, DOMAIN §5): the pegawai objects to a final evaluation within the window;
 * the atasan penilai (or an admin recording a non-ASN official's signed decision) keeps or changes it. A
 * change writes the next evaluation version (evaluasiBaruId).
 */
export const keberatan = pgTable(
  'keberatan',
  {
    id: id(),
    instansiId: uuid('instansi_id').notNull(),
    evaluasiId: uuid('evaluasi_id').notNull(),
    pegawaiId: uuid('pegawai_id').notNull(),
    /** The atasan penilai who decides (null: the non-ASN official, recorded by an admin). */
    pemutusPegawaiId: uuid('pemutus_pegawai_id'),
    alasan: text('alasan').notNull(),
    /** What the pegawai asks for (optional). */
    usulRatingHasil: text('usul_rating_hasil', { enum: RATING }),
    usulRatingPerilaku: text('usul_rating_perilaku', { enum: RATING }),
    status: text('status', { enum: STATUS_KEBERATAN }).notNull().default('diajukan'),
    keputusan: text('keputusan', { enum: KEPUTUSAN_KEBERATAN }),
    alasanKeputusan: text('alasan_keputusan'),
    ratingHasilBaru: text('rating_hasil_baru', { enum: RATING }),
    ratingPerilakuBaru: text('rating_perilaku_baru', { enum: RATING }),
    predikatBaru: text('predikat_baru', { enum: PREDIKAT_PEGAWAI }),
    diputuskanAt: timestamp('diputuskan_at', { withTimezone: true }),
    diputuskanOlehAkunId: uuid('diputuskan_oleh_akun_id').references(() => akun.id),
    /** An admin recorded the non-ASN official's decision: the signed letter. */
    atasNama: boolean('atas_nama').notNull().default(false),
    suratBerkasId: uuid('surat_berkas_id'),
    evaluasiBaruId: uuid('evaluasi_baru_id'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('keberatan_instansi_id_uq').on(t.instansiId, t.id),
    foreignKey({
      name: 'keberatan_evaluasi_fk',
      columns: [t.instansiId, t.evaluasiId],
      foreignColumns: [evaluasi.instansiId, evaluasi.id],
    }),
    foreignKey({
      name: 'keberatan_evaluasi_baru_fk',
      columns: [t.instansiId, t.evaluasiBaruId],
      foreignColumns: [evaluasi.instansiId, evaluasi.id],
    }),
    foreignKey({
      name: 'keberatan_pegawai_fk',
      columns: [t.instansiId, t.pegawaiId],
      foreignColumns: [pegawai.instansiId, pegawai.id],
    }),
    foreignKey({
      name: 'keberatan_pemutus_fk',
      columns: [t.instansiId, t.pemutusPegawaiId],
      foreignColumns: [pegawai.instansiId, pegawai.id],
    }),
    foreignKey({
      name: 'keberatan_surat_fk',
      columns: [t.instansiId, t.suratBerkasId],
      foreignColumns: [berkas.instansiId, berkas.id],
    }),
    // One keberatan per evaluation version.
    uniqueIndex('keberatan_evaluasi_uq').on(t.evaluasiId),
    index('keberatan_pemutus_idx').on(t.instansiId, t.pemutusPegawaiId, t.status),
  ],
)

/** Hearing both sides (PP 30/2019 Pasal 59): comments on a keberatan by the pegawai, the penilai, the decider. */
export const keberatanKomentar = pgTable(
  'keberatan_komentar',
  {
    id: id(),
    instansiId: uuid('instansi_id').notNull(),
    keberatanId: uuid('keberatan_id').notNull(),
    penulisAkunId: uuid('penulis_akun_id')
      .notNull()
      .references(() => akun.id),
    /** pegawai | penilai | atasan_penilai | admin */
    peran: text('peran').notNull(),
    isi: text('isi').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    foreignKey({
      name: 'keberatan_komentar_keberatan_fk',
      columns: [t.instansiId, t.keberatanId],
      foreignColumns: [keberatan.instansiId, keberatan.id],
    }).onDelete('cascade'),
    index('keberatan_komentar_idx').on(t.keberatanId, t.createdAt),
  ],
)

/**
 * Penetapan Predikat Kinerja of a unit for a period (SE MenPANRB 3/2023): the unit head closes the calibration;
 * the rows are a snapshot of every pegawai's predikat at that moment; the signed document is a `dokumen` row.
 */
export const penetapanPredikat = pgTable(
  'penetapan_predikat',
  {
    id: id(),
    instansiId: uuid('instansi_id').notNull(),
    unorId: uuid('unor_id').notNull(),
    tahun: smallint('tahun').notNull(),
    periode: text('periode', { enum: KODE_PERIODE_PENILAIAN }).notNull(),
    versi: integer('versi').notNull().default(1),
    /** [{ pegawaiId, nama, nip, jabatan, ratingHasil, ratingPerilaku, predikat, dikalibrasi }] */
    baris: jsonb('baris').notNull(),
    /** The curve check at the time: { predikatOrganisasi, jumlah, peringatan }. */
    kurva: jsonb('kurva').notNull(),
    ditetapkanOlehAkunId: uuid('ditetapkan_oleh_akun_id')
      .notNull()
      .references(() => akun.id),
    ditetapkanOlehPegawaiId: uuid('ditetapkan_oleh_pegawai_id'),
    createdAt: createdAt(),
  },
  (t) => [
    unique('penetapan_predikat_instansi_id_uq').on(t.instansiId, t.id),
    foreignKey({
      name: 'penetapan_predikat_unor_fk',
      columns: [t.instansiId, t.unorId],
      foreignColumns: [unor.instansiId, unor.id],
    }),
    foreignKey({
      name: 'penetapan_predikat_penetap_fk',
      columns: [t.instansiId, t.ditetapkanOlehPegawaiId],
      foreignColumns: [pegawai.instansiId, pegawai.id],
    }),
    uniqueIndex('penetapan_predikat_versi_uq').on(t.instansiId, t.unorId, t.tahun, t.periode, t.versi),
  ],
)
