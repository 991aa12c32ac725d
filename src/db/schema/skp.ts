import { sql } from 'drizzle-orm'
import {
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core'
import { createdAt, id, updatedAt } from './common.ts'
import { instansi } from './organisasi.ts'
import { pegawai, penugasan } from './pegawai.ts'

/** Settings per instansi and year (DOMAIN.md: everything marked configurable). Shape: domain PengaturanTahun. */
export const pengaturanTahun = pgTable(
  'pengaturan_tahun',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    tahun: smallint('tahun').notNull(),
    pengaturan: jsonb('pengaturan').notNull(),
    status: text('status', { enum: ['dibuka', 'ditutup'] })
      .notNull()
      .default('dibuka'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('pengaturan_tahun_uq').on(t.instansiId, t.tahun)],
)

export const SKP_STATUS = ['draft', 'diajukan', 'disetujui', 'dikembalikan'] as const

/** One SKP per pegawai per position assignment in a year (a mutasi ends one and starts another). */
export const skp = pgTable(
  'skp',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    pegawaiId: uuid('pegawai_id')
      .notNull()
      .references(() => pegawai.id),
    penugasanId: uuid('penugasan_id')
      .notNull()
      .references(() => penugasan.id),
    tahun: smallint('tahun').notNull(),
    mulai: date('mulai', { mode: 'string' }).notNull(),
    selesai: date('selesai', { mode: 'string' }).notNull(),
    pendekatan: text('pendekatan', { enum: ['kuantitatif', 'kualitatif'] }).notNull(),
    varian: text('varian', { enum: ['jpt', 'administrasi_fungsional'] }).notNull(),
    status: text('status', { enum: SKP_STATUS }).notNull().default('draft'),
    /** Null when the penilai is the non-ASN official (top leader of the instansi). */
    penilaiPegawaiId: uuid('penilai_pegawai_id').references(() => pegawai.id),
    /** Snapshot of pegawai, penilai and atasan penilai blocks at the time (DOMAIN.md §1, mutasi). */
    snapshot: jsonb('snapshot').notNull(),
    lampiran: jsonb('lampiran')
      .notNull()
      .default({ dukunganSumberDaya: [], skemaPertanggungjawaban: [], konsekuensi: [] }),
    catatanPengembalian: text('catatan_pengembalian'),
    diajukanAt: timestamp('diajukan_at', { withTimezone: true }),
    disetujuiAt: timestamp('disetujui_at', { withTimezone: true }),
    /** Optimistic concurrency: bumped on every change. */
    versi: integer('versi').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('skp_pegawai_idx').on(t.instansiId, t.pegawaiId, t.tahun),
    index('skp_penilai_idx').on(t.instansiId, t.penilaiPegawaiId, t.tahun, t.status),
    uniqueIndex('skp_penugasan_tahun_uq').on(t.penugasanId, t.tahun),
  ],
)

export const rhk = pgTable(
  'rhk',
  {
    id: id(),
    // No FK to instansi on this high-volume table: rows are written in bulk (imports) and an
    // instansi is never deleted; the scope is enforced by every query (DESIGN.md).
    instansiId: uuid('instansi_id').notNull(),
    skpId: uuid('skp_id')
      .notNull()
      .references(() => skp.id, { onDelete: 'cascade' }),
    jenis: text('jenis', { enum: ['utama', 'tambahan'] }).notNull(),
    urutan: integer('urutan').notNull().default(0),
    deskripsi: text('deskripsi').notNull(),
    /** The superior's RHK this one contributes to: the cascade link (intervensi). */
    intervensiRhkId: uuid('intervensi_rhk_id').references((): AnyPgColumn => rhk.id),
    klasifikasi: text('klasifikasi', { enum: ['organisasi', 'individu'] })
      .notNull()
      .default('individu'),
    penugasanDari: text('penugasan_dari'),
    /** JPT only: Penerima Layanan, Proses Bisnis Internal, Penguatan Internal, Anggaran. */
    perspektif: text('perspektif', {
      enum: ['penerima_layanan', 'proses_bisnis_internal', 'penguatan_internal', 'anggaran'],
    }),
    timKerjaId: uuid('tim_kerja_id').references((): AnyPgColumn => timKerja.id),
    catatanPengembalian: text('catatan_pengembalian'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('rhk_skp_idx').on(t.skpId, t.urutan),
    index('rhk_intervensi_idx')
      .on(t.intervensiRhkId)
      .where(sql`${t.intervensiRhkId} is not null`),
  ],
)

/** Indikator Kinerja Individu: aspek + target as a number (or range) and a unit. */
export const iki = pgTable(
  'iki',
  {
    id: id(),
    // No FK to instansi on this high-volume table: rows are written in bulk (imports) and an
    // instansi is never deleted; the scope is enforced by every query (DESIGN.md).
    instansiId: uuid('instansi_id').notNull(),
    rhkId: uuid('rhk_id')
      .notNull()
      .references(() => rhk.id, { onDelete: 'cascade' }),
    urutan: integer('urutan').notNull().default(0),
    aspek: text('aspek', { enum: ['kuantitas', 'kualitas', 'waktu', 'biaya'] }).notNull(),
    indikator: text('indikator').notNull(),
    targetMin: numeric('target_min', { mode: 'number' }).notNull(),
    targetMax: numeric('target_max', { mode: 'number' }),
    satuan: text('satuan').notNull(),
  },
  (t) => [index('iki_rhk_idx').on(t.rhkId, t.urutan)],
)

/** Ekspektasi khusus pimpinan per BerAKHLAK value (indicators come from versioned reference data). */
export const skpPerilaku = pgTable(
  'skp_perilaku',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    skpId: uuid('skp_id')
      .notNull()
      .references(() => skp.id, { onDelete: 'cascade' }),
    kodeNilai: text('kode_nilai').notNull(),
    ekspektasi: text('ekspektasi'),
  },
  (t) => [uniqueIndex('skp_perilaku_uq').on(t.skpId, t.kodeNilai)],
)

export const timKerja = pgTable(
  'tim_kerja',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    tahun: smallint('tahun').notNull(),
    nama: text('nama').notNull(),
    deskripsi: text('deskripsi'),
    ketuaPegawaiId: uuid('ketua_pegawai_id')
      .notNull()
      .references(() => pegawai.id),
    /** The RHK (of the person who formed the team) the team works for. */
    rhkId: uuid('rhk_id').references((): AnyPgColumn => rhk.id),
    dibuatOlehPegawaiId: uuid('dibuat_oleh_pegawai_id').references(() => pegawai.id),
    createdAt: createdAt(),
  },
  (t) => [index('tim_kerja_instansi_idx').on(t.instansiId, t.tahun)],
)

export const timKerjaAnggota = pgTable(
  'tim_kerja_anggota',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    timKerjaId: uuid('tim_kerja_id')
      .notNull()
      .references(() => timKerja.id, { onDelete: 'cascade' }),
    pegawaiId: uuid('pegawai_id')
      .notNull()
      .references(() => pegawai.id),
    peran: text('peran'),
  },
  (t) => [uniqueIndex('tim_kerja_anggota_uq').on(t.timKerjaId, t.pegawaiId)],
)

/** Matriks Peran Hasil: a superior's RHK × a subordinate → role/result, creating a linked draft RHK. */
export const peranHasil = pgTable(
  'peran_hasil',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    rhkAtasanId: uuid('rhk_atasan_id')
      .notNull()
      .references(() => rhk.id, { onDelete: 'cascade' }),
    pegawaiId: uuid('pegawai_id')
      .notNull()
      .references(() => pegawai.id),
    peran: text('peran').notNull(),
    hasil: text('hasil').notNull(),
    rhkBawahanId: uuid('rhk_bawahan_id').references((): AnyPgColumn => rhk.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('peran_hasil_uq').on(t.rhkAtasanId, t.pegawaiId)],
)

/** Every generated official document, for the public verification page. */
export const dokumen = pgTable(
  'dokumen',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    jenis: text('jenis', { enum: ['skp'] }).notNull(),
    entitasId: uuid('entitas_id').notNull(),
    kodeVerifikasi: text('kode_verifikasi').notNull().unique(),
    hashKonten: text('hash_konten').notNull(),
    /** What the public page may show: type, period, name, masked NIP, status. Nothing more. */
    ringkasan: jsonb('ringkasan').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('dokumen_entitas_idx').on(t.instansiId, t.entitasId)],
)
