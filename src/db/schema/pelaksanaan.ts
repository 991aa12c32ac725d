import { sql } from 'drizzle-orm'
import {
  check,
  foreignKey,
  index,
  integer,
  numeric,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import { KODE_PERIODE } from '../../shared/enums.ts'
import { createdAt, id, updatedAt } from './common.ts'
import { iki, rhk, skp } from './skp.ts'

/**
 * Pelaksanaan (DOMAIN §4): what the pegawai plans and achieves per period of an approved SKP. Every table
 * carries instansi_id and references its parent by (instansi_id, id), so a row can never point into another
 * instansi; deleting an IKI, RHK or SKP deletes what hangs under it.
 */

/** A per-period target set by the pegawai; without a row the default follows from the annual target (capaian.ts). */
export const ikiTargetPeriode = pgTable(
  'iki_target_periode',
  {
    id: id(),
    instansiId: uuid('instansi_id').notNull(),
    ikiId: uuid('iki_id').notNull(),
    periode: text('periode', { enum: KODE_PERIODE }).notNull(),
    targetMin: numeric('target_min', { mode: 'number' }),
    targetMax: numeric('target_max', { mode: 'number' }),
    /** Kualitatif IKI: the period's target in words. */
    targetTeks: text('target_teks'),
    updatedAt: updatedAt(),
  },
  (t) => [
    check(
      'iki_target_periode_bentuk_ck',
      sql`(${t.targetTeks} is null and ${t.targetMin} is not null) or (${t.targetTeks} is not null and ${t.targetMin} is null and ${t.targetMax} is null)`,
    ),
    foreignKey({
      name: 'iki_target_periode_iki_fk',
      columns: [t.instansiId, t.ikiId],
      foreignColumns: [iki.instansiId, iki.id],
    }).onDelete('cascade'),
    uniqueIndex('iki_target_periode_uq').on(t.ikiId, t.periode),
  ],
)

/** Rencana aksi: per RHK per period, what will be done, with a target (a number and unit, or words). */
export const rencanaAksi = pgTable(
  'rencana_aksi',
  {
    id: id(),
    instansiId: uuid('instansi_id').notNull(),
    skpId: uuid('skp_id').notNull(),
    rhkId: uuid('rhk_id').notNull(),
    periode: text('periode', { enum: KODE_PERIODE }).notNull(),
    urutan: integer('urutan').notNull().default(0),
    uraian: text('uraian').notNull(),
    target: numeric('target', { mode: 'number' }),
    satuan: text('satuan'),
    targetTeks: text('target_teks'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // progres harian links a day's work to a rencana aksi by (instansi_id, id)
    unique('rencana_aksi_instansi_id_uq').on(t.instansiId, t.id),
    foreignKey({
      name: 'rencana_aksi_skp_fk',
      columns: [t.instansiId, t.skpId],
      foreignColumns: [skp.instansiId, skp.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'rencana_aksi_rhk_fk',
      columns: [t.instansiId, t.rhkId],
      foreignColumns: [rhk.instansiId, rhk.id],
    }).onDelete('cascade'),
    index('rencana_aksi_skp_idx').on(t.instansiId, t.skpId, t.periode),
  ],
)

/**
 * Realisasi per IKI per period: a number for a kuantitatif IKI, words for a kualitatif one (never both).
 * The month-end write path upserts on (iki_id, periode).
 */
export const realisasi = pgTable(
  'realisasi',
  {
    id: id(),
    instansiId: uuid('instansi_id').notNull(),
    skpId: uuid('skp_id').notNull(),
    ikiId: uuid('iki_id').notNull(),
    periode: text('periode', { enum: KODE_PERIODE }).notNull(),
    nilai: numeric('nilai', { mode: 'number' }),
    nilaiTeks: text('nilai_teks'),
    catatan: text('catatan'),
    /** The account that wrote the current value. */
    diisiOleh: uuid('diisi_oleh'),
    /** Optimistic concurrency: bumped on every change. */
    versi: integer('versi').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('realisasi_bentuk_ck', sql`(${t.nilai} is null) <> (${t.nilaiTeks} is null)`),
    unique('realisasi_instansi_id_uq').on(t.instansiId, t.id),
    foreignKey({
      name: 'realisasi_skp_fk',
      columns: [t.instansiId, t.skpId],
      foreignColumns: [skp.instansiId, skp.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'realisasi_iki_fk',
      columns: [t.instansiId, t.ikiId],
      foreignColumns: [iki.instansiId, iki.id],
    }).onDelete('cascade'),
    uniqueIndex('realisasi_iki_periode_uq').on(t.ikiId, t.periode),
    index('realisasi_skp_periode_idx').on(t.instansiId, t.skpId, t.periode),
  ],
)

/** An admin reopens a locked period for one pegawai's SKP until a given instant, with a reason (audited). */
export const bukaKunciRealisasi = pgTable(
  'buka_kunci_realisasi',
  {
    id: id(),
    instansiId: uuid('instansi_id').notNull(),
    skpId: uuid('skp_id').notNull(),
    periode: text('periode', { enum: KODE_PERIODE }).notNull(),
    alasan: text('alasan').notNull(),
    berlakuSampai: timestamp('berlaku_sampai', { withTimezone: true }).notNull(),
    /** The admin's account. */
    oleh: uuid('oleh'),
    createdAt: createdAt(),
  },
  (t) => [
    foreignKey({
      name: 'buka_kunci_realisasi_skp_fk',
      columns: [t.instansiId, t.skpId],
      foreignColumns: [skp.instansiId, skp.id],
    }).onDelete('cascade'),
    index('buka_kunci_realisasi_skp_idx').on(t.instansiId, t.skpId, t.periode, t.berlakuSampai),
  ],
)
