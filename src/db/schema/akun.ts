import {
  bigint,
  boolean,
  check,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core'
import { sql } from 'drizzle-orm'
import { BAHASA, JENIS_IMPOR, STATUS_IMPOR_TERCATAT, type TipeNotifikasi } from '../../shared/enums.ts'
import { createdAt, id, updatedAt } from './common.ts'
import { instansi, unor } from './organisasi.ts'
import { pegawai } from './pegawai.ts'

export const akun = pgTable(
  'akun',
  {
    id: id(),
    /** Null only for national accounts (admin_nasional). */
    // No FK to instansi on this high-volume table: rows are written in bulk (imports) and an
    // instansi is never deleted; the scope is enforced by every query (DESIGN.md).
    instansiId: uuid('instansi_id'),
    pegawaiId: uuid('pegawai_id'),
    username: text('username').notNull().unique(),
    namaTampilan: text('nama_tampilan').notNull(),
    passwordHash: text('password_hash').notNull(),
    peran: text('peran').array().notNull().default([]),
    /** Pimpinan monitoring scope when it is not the unit the person heads. */
    lingkupUnorId: uuid('lingkup_unor_id'),
    aktif: boolean('aktif').notNull().default(true),
    bahasa: text('bahasa', { enum: BAHASA }).notNull().default('id'),
    passwordDiubahAt: timestamp('password_diubah_at', { withTimezone: true }),
    /** Set by an admin's reset (a temporary password): the owner is asked to choose their own. */
    wajibGantiPassword: boolean('wajib_ganti_password').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // A national account (instansi_id null) is not checked against these keys (MATCH SIMPLE); the
    // check below keeps such an account from naming a pegawai or a unit at all.
    foreignKey({
      name: 'akun_pegawai_fk',
      columns: [t.instansiId, t.pegawaiId],
      foreignColumns: [pegawai.instansiId, pegawai.id],
    }),
    foreignKey({
      name: 'akun_lingkup_unor_fk',
      columns: [t.instansiId, t.lingkupUnorId],
      foreignColumns: [unor.instansiId, unor.id],
    }),
    check(
      'akun_tanpa_instansi_ck',
      sql`${t.instansiId} is not null or (${t.pegawaiId} is null and ${t.lingkupUnorId} is null)`,
    ),
    index('akun_pegawai_idx').on(t.pegawaiId),
    index('akun_instansi_idx').on(t.instansiId),
  ],
)

/** Server-side sessions. The cookie holds a random token; we store only its SHA-256. */
export const sesi = pgTable(
  'sesi',
  {
    tokenHash: text('token_hash').primaryKey(),
    akunId: uuid('akun_id')
      .notNull()
      .references(() => akun.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
    createdAt: createdAt(),
    kedaluwarsaAt: timestamp('kedaluwarsa_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sesi_akun_idx').on(t.akunId)],
)

/** Login throttling per account and per IP: `kunci` is 'akun:<username>' or 'ip:<address>'. */
export const percobaanLogin = pgTable('percobaan_login', {
  kunci: text('kunci').primaryKey(),
  gagal: integer('gagal').notNull().default(0),
  terkunciSampai: timestamp('terkunci_sampai', { withTimezone: true }),
  updatedAt: updatedAt(),
})

/** Every write: actor, action, entity, before/after, time, IP, request id. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    instansiId: uuid('instansi_id'),
    aktorAkunId: uuid('aktor_akun_id'),
    aktorNama: text('aktor_nama'),
    aksi: text('aksi').notNull(),
    entitas: text('entitas').notNull(),
    entitasId: text('entitas_id'),
    sebelum: jsonb('sebelum'),
    sesudah: jsonb('sesudah'),
    ip: text('ip'),
    requestId: text('request_id'),
    waktu: timestamp('waktu', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('audit_instansi_waktu_idx').on(t.instansiId, t.waktu),
    index('audit_entitas_idx').on(t.entitas, t.entitasId),
  ],
)

/** In-app notifications (later also pushed over SSE). */
export const notifikasi = pgTable(
  'notifikasi',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    penerimaPegawaiId: uuid('penerima_pegawai_id').notNull(),
    /** What it says, as a key (TIPE_NOTIFIKASI); null only on an old row whose kind had no type. */
    tipe: text('tipe').$type<TipeNotifikasi>(),
    /** The parameters of the type (src/shared/notifikasi.ts); null on rows from before types. */
    parameter: jsonb('parameter'),
    /** Old rows only: the Indonesian text they were written with, shown as it is. */
    judul: text('judul'),
    isi: text('isi'),
    tautan: text('tautan'),
    /** The matter it is about (e.g. the SKP id), so the change that settles it can resolve it. */
    perihal: text('perihal'),
    dibacaAt: timestamp('dibaca_at', { withTimezone: true }),
    /** Resolved: the matter is done (the SKP approved, returned, …); no longer new. */
    selesaiAt: timestamp('selesai_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    foreignKey({
      name: 'notifikasi_penerima_fk',
      columns: [t.instansiId, t.penerimaPegawaiId],
      foreignColumns: [pegawai.instansiId, pegawai.id],
    }),
    index('notifikasi_penerima_idx').on(t.penerimaPegawaiId, t.createdAt),
    // A typed notification has its parameters; an old one its text.
    check(
      'notifikasi_isi_check',
      sql`(${t.tipe} is not null and ${t.parameter} is not null) or ${t.judul} is not null`,
    ),
    // Resolving looks up the open notifications of one matter.
    index('notifikasi_perihal_idx')
      .on(t.instansiId, t.perihal)
      .where(sql`${t.perihal} is not null and ${t.selesaiAt} is null`),
  ],
)

/** An import run and its validation report (kept so admins can look back). */
export const impor = pgTable(
  'impor',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    jenis: text('jenis', { enum: JENIS_IMPOR }).notNull(),
    namaFile: text('nama_file').notNull(),
    status: text('status', { enum: STATUS_IMPOR_TERCATAT }).notNull(),
    totalBaris: integer('total_baris').notNull(),
    barisValid: integer('baris_valid').notNull(),
    barisDitulis: integer('baris_ditulis').notNull().default(0),
    laporan: jsonb('laporan').notNull(),
    aktorAkunId: uuid('aktor_akun_id'),
    createdAt: createdAt(),
  },
  (t) => [index('impor_instansi_idx').on(t.instansiId, t.createdAt)],
)
