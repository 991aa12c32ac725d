import { sql } from 'drizzle-orm'
import {
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  smallint,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
  type PgTableExtraConfigValue,
} from 'drizzle-orm/pg-core'
import {
  AKUMULASI,
  ASPEK,
  JENIS_RHK,
  KLASIFIKASI,
  PENDEKATAN,
  PERSPEKTIF,
  POLARITAS,
  SKP_STATUS,
  STATUS_PENGATURAN,
  VARIAN,
} from '../../shared/enums.ts'
import { createdAt, id, updatedAt } from './common.ts'
import { akun } from './akun.ts'
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
    status: text('status', { enum: STATUS_PENGATURAN }).notNull().default('dibuka'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('pengaturan_tahun_uq').on(t.instansiId, t.tahun)],
)

/** One SKP per pegawai per position assignment in a year (a mutasi ends one and starts another). */
export const skp = pgTable(
  'skp',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    pegawaiId: uuid('pegawai_id').notNull(),
    penugasanId: uuid('penugasan_id').notNull(),
    tahun: smallint('tahun').notNull(),
    mulai: date('mulai', { mode: 'string' }).notNull(),
    selesai: date('selesai', { mode: 'string' }).notNull(),
    pendekatan: text('pendekatan', { enum: PENDEKATAN }).notNull(),
    varian: text('varian', { enum: VARIAN }).notNull(),
    status: text('status', { enum: SKP_STATUS }).notNull().default('draft'),
    /** Null when the penilai is the non-ASN official (top leader of the instansi). */
    penilaiPegawaiId: uuid('penilai_pegawai_id'),
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
    /** How many earlier versions are kept in skp_revisi (a reopen once realisasi exists, DOMAIN §2). */
    revisi: integer('revisi').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // Child tables reference an SKP by (instansi_id, id): the database refuses a row that points into
    // another instansi (issue 7). The same holds for every foreign key in this file.
    unique('skp_instansi_id_uq').on(t.instansiId, t.id),
    foreignKey({
      name: 'skp_pegawai_fk',
      columns: [t.instansiId, t.pegawaiId],
      foreignColumns: [pegawai.instansiId, pegawai.id],
    }),
    foreignKey({
      name: 'skp_penugasan_fk',
      columns: [t.instansiId, t.penugasanId],
      foreignColumns: [penugasan.instansiId, penugasan.id],
    }),
    foreignKey({
      name: 'skp_penilai_fk',
      columns: [t.instansiId, t.penilaiPegawaiId],
      foreignColumns: [pegawai.instansiId, pegawai.id],
    }),
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
    skpId: uuid('skp_id').notNull(),
    jenis: text('jenis', { enum: JENIS_RHK }).notNull(),
    urutan: integer('urutan').notNull().default(0),
    deskripsi: text('deskripsi').notNull(),
    /** The superior's RHK this one contributes to: the cascade link (intervensi). */
    intervensiRhkId: uuid('intervensi_rhk_id'),
    klasifikasi: text('klasifikasi', { enum: KLASIFIKASI }).notNull().default('individu'),
    penugasanDari: text('penugasan_dari'),
    /** JPT only: Penerima Layanan, Proses Bisnis Internal, Penguatan Internal, Anggaran. */
    perspektif: text('perspektif', { enum: PERSPEKTIF }),
    timKerjaId: uuid('tim_kerja_id'),
    catatanPengembalian: text('catatan_pengembalian'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  // Annotated: rhk and tim_kerja reference each other, which TypeScript cannot infer.
  (t): PgTableExtraConfigValue[] => [
    unique('rhk_instansi_id_uq').on(t.instansiId, t.id),
    foreignKey({
      name: 'rhk_skp_fk',
      columns: [t.instansiId, t.skpId],
      foreignColumns: [skp.instansiId, skp.id],
    }).onDelete('cascade'),
    // Intervensi: the atasan's RHK is in the same instansi (the top leader's RHK need none).
    foreignKey({
      name: 'rhk_intervensi_fk',
      columns: [t.instansiId, t.intervensiRhkId],
      foreignColumns: [t.instansiId, t.id],
    }),
    foreignKey({
      name: 'rhk_tim_kerja_fk',
      columns: [t.instansiId, t.timKerjaId],
      foreignColumns: [timKerja.instansiId, timKerja.id],
    }),
    index('rhk_skp_idx').on(t.skpId, t.urutan),
    index('rhk_intervensi_idx')
      .on(t.intervensiRhkId)
      .where(sql`${t.intervensiRhkId} is not null`),
  ],
)

/**
 * Indikator Kinerja Individu (DOMAIN §2). Kuantitatif: aspek + target as a number (or range) and a unit.
 * Kualitatif: a descriptive ukuran keberhasilan with a target in words (target_teks), unit optional, no
 * aspek and no number. The check keeps every row in exactly one of the two shapes.
 */
export const iki = pgTable(
  'iki',
  {
    id: id(),
    // No FK to instansi (high volume, bulk writes; an instansi is never deleted): as on rhk above.
    instansiId: uuid('instansi_id').notNull(),
    rhkId: uuid('rhk_id').notNull(),
    urutan: integer('urutan').notNull().default(0),
    aspek: text('aspek', { enum: ASPEK }),
    indikator: text('indikator').notNull(),
    targetMin: numeric('target_min', { mode: 'number' }),
    targetMax: numeric('target_max', { mode: 'number' }),
    satuan: text('satuan'),
    /** Kualitatif only: the target in words. */
    targetTeks: text('target_teks'),
    /** DOMAIN §4 (src/domain/capaian.ts): higher or lower is better; irrelevant for a kualitatif IKI. */
    polaritas: text('polaritas', { enum: POLARITAS }).notNull().default('naik'),
    /** DOMAIN §4: how the periods add up (summed, latest value, average); irrelevant for kualitatif. */
    akumulasi: text('akumulasi', { enum: AKUMULASI }).notNull().default('jumlah'),
  },
  (t) => [
    check(
      'iki_bentuk_ck',
      sql`(${t.targetTeks} is null and ${t.aspek} is not null and ${t.targetMin} is not null and ${t.satuan} is not null)
        or (${t.targetTeks} is not null and ${t.aspek} is null and ${t.targetMin} is null and ${t.targetMax} is null)`,
    ),
    // realisasi and per-period targets reference an IKI by (instansi_id, id)
    unique('iki_instansi_id_uq').on(t.instansiId, t.id),
    foreignKey({
      name: 'iki_rhk_fk',
      columns: [t.instansiId, t.rhkId],
      foreignColumns: [rhk.instansiId, rhk.id],
    }).onDelete('cascade'),
    index('iki_rhk_idx').on(t.rhkId, t.urutan),
  ],
)

/**
 * An earlier version of an SKP (DOMAIN §2): reopening an approved SKP once realisasi exists keeps the SKP as
 * it was, with its RHK/IKI, realisasi, per-period targets, rencana aksi and evidence metadata (isi), before
 * it is edited again. Read-only; never deleted (an SKP is never deleted either), and the evidence files it
 * names stay stored (skp-revisi.baca.ts answers whether a file is still referenced).
 */
export const skpRevisi = pgTable(
  'skp_revisi',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    skpId: uuid('skp_id').notNull(),
    /** 1, 2, …: skp.revisi is the highest. */
    nomor: integer('nomor').notNull(),
    isi: jsonb('isi').notNull(),
    /** The reopening's reason. */
    alasan: text('alasan').notNull(),
    /** The account that reopened the SKP. */
    dibuatOleh: uuid('dibuat_oleh').references(() => akun.id),
    createdAt: createdAt(),
  },
  (t) => [
    foreignKey({
      name: 'skp_revisi_skp_fk',
      columns: [t.instansiId, t.skpId],
      foreignColumns: [skp.instansiId, skp.id],
    }),
    uniqueIndex('skp_revisi_uq').on(t.instansiId, t.skpId, t.nomor),
  ],
)

/** Ekspektasi khusus pimpinan per BerAKHLAK value (indicators come from versioned reference data). */
export const skpPerilaku = pgTable(
  'skp_perilaku',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    skpId: uuid('skp_id').notNull(),
    kodeNilai: text('kode_nilai').notNull(),
    ekspektasi: text('ekspektasi'),
  },
  (t) => [
    foreignKey({
      name: 'skp_perilaku_skp_fk',
      columns: [t.instansiId, t.skpId],
      foreignColumns: [skp.instansiId, skp.id],
    }).onDelete('cascade'),
    uniqueIndex('skp_perilaku_uq').on(t.skpId, t.kodeNilai),
  ],
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
    ketuaPegawaiId: uuid('ketua_pegawai_id').notNull(),
    /** The RHK (of the person who formed the team) the team works for. */
    rhkId: uuid('rhk_id'),
    dibuatOlehPegawaiId: uuid('dibuat_oleh_pegawai_id'),
    createdAt: createdAt(),
  },
  (t): PgTableExtraConfigValue[] => [
    unique('tim_kerja_instansi_id_uq').on(t.instansiId, t.id),
    foreignKey({
      name: 'tim_kerja_ketua_fk',
      columns: [t.instansiId, t.ketuaPegawaiId],
      foreignColumns: [pegawai.instansiId, pegawai.id],
    }),
    foreignKey({
      name: 'tim_kerja_rhk_fk',
      columns: [t.instansiId, t.rhkId],
      foreignColumns: [rhk.instansiId, rhk.id],
    }),
    foreignKey({
      name: 'tim_kerja_pembuat_fk',
      columns: [t.instansiId, t.dibuatOlehPegawaiId],
      foreignColumns: [pegawai.instansiId, pegawai.id],
    }),
    index('tim_kerja_instansi_idx').on(t.instansiId, t.tahun),
  ],
)

export const timKerjaAnggota = pgTable(
  'tim_kerja_anggota',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    timKerjaId: uuid('tim_kerja_id').notNull(),
    pegawaiId: uuid('pegawai_id').notNull(),
    peran: text('peran'),
  },
  (t) => [
    foreignKey({
      name: 'tim_kerja_anggota_tim_fk',
      columns: [t.instansiId, t.timKerjaId],
      foreignColumns: [timKerja.instansiId, timKerja.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'tim_kerja_anggota_pegawai_fk',
      columns: [t.instansiId, t.pegawaiId],
      foreignColumns: [pegawai.instansiId, pegawai.id],
    }),
    uniqueIndex('tim_kerja_anggota_uq').on(t.timKerjaId, t.pegawaiId),
  ],
)

/** Matriks Peran Hasil: a superior's RHK × a subordinate → role/result, creating a linked draft RHK. */
export const peranHasil = pgTable(
  'peran_hasil',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    rhkAtasanId: uuid('rhk_atasan_id').notNull(),
    pegawaiId: uuid('pegawai_id').notNull(),
    peran: text('peran').notNull(),
    hasil: text('hasil').notNull(),
    rhkBawahanId: uuid('rhk_bawahan_id'),
    createdAt: createdAt(),
  },
  (t) => [
    foreignKey({
      name: 'peran_hasil_rhk_atasan_fk',
      columns: [t.instansiId, t.rhkAtasanId],
      foreignColumns: [rhk.instansiId, rhk.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'peran_hasil_pegawai_fk',
      columns: [t.instansiId, t.pegawaiId],
      foreignColumns: [pegawai.instansiId, pegawai.id],
    }),
    // Deleting the subordinate's RHK empties the cell's link, not its instansi_id: the custom migration
    // `peran_hasil_set_null_kolom` makes this `ON DELETE SET NULL (rhk_bawahan_id)` (PostgreSQL 15+),
    // which Drizzle cannot express; a plain SET NULL would null instansi_id too and fail.
    foreignKey({
      name: 'peran_hasil_rhk_bawahan_fk',
      columns: [t.instansiId, t.rhkBawahanId],
      foreignColumns: [rhk.instansiId, rhk.id],
    }).onDelete('set null'),
    uniqueIndex('peran_hasil_uq').on(t.rhkAtasanId, t.pegawaiId),
  ],
)

/** PostgreSQL bytea as a Buffer on both drivers (pg gives a Buffer, PGlite a Uint8Array). */
