import { sql } from 'drizzle-orm'
import {
  boolean,
  check,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core'
import { BAHASA, STATUS_SUREL, type TipeNotifikasi } from '../../shared/enums.ts'
import { createdAt, id, updatedAt } from './common.ts'
import { pegawai } from './pegawai.ts'

/**
 * The mail outbox (src/modules/surel): a row is written in the transaction of the notification it carries,
 * so a mail exists exactly when its notification committed. The sender claims due rows with
 * `FOR UPDATE SKIP LOCKED` and moves `kirim_setelah` forward as its lease, so two API processes never
 * claim one row; a failure retries with backoff until `percobaan` reaches the limit, then `gagal` with
 * the last error kept. The text is rendered at queue time in the recipient's language.
 */
export const surel = pgTable(
  'surel',
  {
    id: id(),
    instansiId: uuid('instansi_id').notNull(),
    penerimaPegawaiId: uuid('penerima_pegawai_id').notNull(),
    /** The notification it carries (no FK: the outbox is a log and outlives nothing it must protect). */
    notifikasiId: uuid('notifikasi_id'),
    alamat: text('alamat').notNull(),
    bahasa: text('bahasa', { enum: BAHASA }).notNull(),
    subjek: text('subjek').notNull(),
    teks: text('teks').notNull(),
    html: text('html').notNull(),
    status: text('status', { enum: STATUS_SUREL }).notNull().default('antri'),
    percobaan: integer('percobaan').notNull().default(0),
    /** The last SMTP error, when a try failed. */
    galat: text('galat'),
    /** Due from this instant: the next retry, or the lease of the sender that claimed it. */
    kirimSetelah: timestamp('kirim_setelah', { withTimezone: true }).notNull().defaultNow(),
    terkirimAt: timestamp('terkirim_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    foreignKey({
      name: 'surel_penerima_fk',
      columns: [t.instansiId, t.penerimaPegawaiId],
      foreignColumns: [pegawai.instansiId, pegawai.id],
    }).onDelete('cascade'),
    check('surel_percobaan_ck', sql`${t.percobaan} >= 0`),
    // The sender's claim reads only queued rows, oldest due first.
    index('surel_antri_idx')
      .on(t.kirimSetelah)
      .where(sql`${t.status} = 'antri'`),
    index('surel_penerima_idx').on(t.instansiId, t.penerimaPegawaiId, t.createdAt),
  ],
)

/**
 * Which notification types a pegawai also gets by mail. A row only where the choice differs from the
 * default (src/shared/surel.ts `SUREL_BAWAAN`), so a new type needs no data migration.
 */
export const preferensiSurel = pgTable(
  'preferensi_surel',
  {
    instansiId: uuid('instansi_id').notNull(),
    pegawaiId: uuid('pegawai_id').notNull(),
    tipe: text('tipe').$type<TipeNotifikasi>().notNull(),
    surel: boolean('surel').notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ name: 'preferensi_surel_pk', columns: [t.instansiId, t.pegawaiId, t.tipe] }),
    foreignKey({
      name: 'preferensi_surel_pegawai_fk',
      columns: [t.instansiId, t.pegawaiId],
      foreignColumns: [pegawai.instansiId, pegawai.id],
    }).onDelete('cascade'),
  ],
)
