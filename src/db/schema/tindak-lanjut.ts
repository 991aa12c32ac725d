import { sql } from 'drizzle-orm'
import {
  check,
  date,
  foreignKey,
  index,
  jsonb,
  numeric,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import { PREDIKAT_PEGAWAI, STATUS_PERBAIKAN } from '../../shared/enums.ts'
import { JENJANG_FUNGSIONAL } from '../../shared/organisasi.ts'
import { akun } from './akun.ts'
import { createdAt, id, updatedAt } from './common.ts'
import { pegawai } from './pegawai.ts'
import { evaluasi } from './penilaian.ts'

// Tindak lanjut of the predikat (DOMAIN §7): angka kredit reference data and balances, the improvement record.

/**
 * Koefisien angka kredit tahunan per jenjang (PermenPANRB 1/2023), national reference data managed by the
 * admin nasional, versioned by the date it applies from. The defaults are in src/domain/angka-kredit.ts.
 */
export const koefisienAk = pgTable(
  'koefisien_ak',
  {
    id: id(),
    jenjang: text('jenjang', { enum: JENJANG_FUNGSIONAL }).notNull(),
    koefisien: numeric('koefisien', { precision: 8, scale: 3, mode: 'number' }).notNull(),
    berlakuMulai: date('berlaku_mulai', { mode: 'string' }).notNull(),
    dasarHukum: text('dasar_hukum'),
    dibuatOlehAkunId: uuid('dibuat_oleh_akun_id').references(() => akun.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('koefisien_ak_uq').on(t.jenjang, t.berlakuMulai),
    check('koefisien_ak_positif_ck', sql`${t.koefisien} > 0`),
  ],
)

/** Angka kredit integrasi: a pegawai's opening balance (Peraturan BKN 3/2023), set by an admin instansi. */
export const angkaKreditAwal = pgTable(
  'angka_kredit_awal',
  {
    id: id(),
    instansiId: uuid('instansi_id').notNull(),
    pegawaiId: uuid('pegawai_id').notNull(),
    nilai: numeric('nilai', { precision: 10, scale: 3, mode: 'number' }).notNull(),
    /** The date the balance holds on (e.g. the integration date). */
    tanggal: date('tanggal', { mode: 'string' }).notNull(),
    jenjang: text('jenjang', { enum: JENJANG_FUNGSIONAL }),
    keterangan: text('keterangan'),
    dibuatOlehAkunId: uuid('dibuat_oleh_akun_id')
      .notNull()
      .references(() => akun.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    foreignKey({
      name: 'angka_kredit_awal_pegawai_fk',
      columns: [t.instansiId, t.pegawaiId],
      foreignColumns: [pegawai.instansiId, pegawai.id],
    }),
    uniqueIndex('angka_kredit_awal_pegawai_uq').on(t.instansiId, t.pegawaiId),
    check('angka_kredit_awal_nilai_ck', sql`${t.nilai} >= 0`),
  ],
)

/**
 * PP 30/2019: after a Kurang or Sangat Kurang predikat, six months to improve, with follow-up dates. Visible to
 * the penilai and the admin; nothing is decided automatically.
 */
export const rencanaPerbaikan = pgTable(
  'rencana_perbaikan',
  {
    id: id(),
    instansiId: uuid('instansi_id').notNull(),
    pegawaiId: uuid('pegawai_id').notNull(),
    evaluasiId: uuid('evaluasi_id').notNull(),
    predikat: text('predikat', { enum: PREDIKAT_PEGAWAI }).notNull(),
    mulai: date('mulai', { mode: 'string' }).notNull(),
    selesai: date('selesai', { mode: 'string' }).notNull(),
    status: text('status', { enum: STATUS_PERBAIKAN }).notNull().default('berjalan'),
    /** [{ tanggal, rencana, catatan, dicatatOleh, dicatatPada }] follow-up dates and what happened. */
    tindakLanjut: jsonb('tindak_lanjut').notNull().default([]),
    hasil: text('hasil'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    foreignKey({
      name: 'rencana_perbaikan_pegawai_fk',
      columns: [t.instansiId, t.pegawaiId],
      foreignColumns: [pegawai.instansiId, pegawai.id],
    }),
    foreignKey({
      name: 'rencana_perbaikan_evaluasi_fk',
      columns: [t.instansiId, t.evaluasiId],
      foreignColumns: [evaluasi.instansiId, evaluasi.id],
    }),
    uniqueIndex('rencana_perbaikan_evaluasi_uq').on(t.evaluasiId),
    index('rencana_perbaikan_pegawai_idx').on(t.instansiId, t.pegawaiId),
  ],
)
