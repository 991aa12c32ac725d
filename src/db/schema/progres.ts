import { sql } from 'drizzle-orm'
import {
  check,
  date,
  foreignKey,
  index,
  integer,
  numeric,
  pgTable,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core'
import { STATUS_PROGRES } from '../../shared/enums.ts'
import { createdAt, id, updatedAt } from './common.ts'
import { pegawai } from './pegawai.ts'
import { rencanaAksi } from './pelaksanaan.ts'
import { skp } from './skp.ts'

/**
 * Progres harian (DOMAIN §4): a day's work of a pegawai under the approved SKP covering that day — the
 * times, the activity, its realisasi and unit, the rencana aksi it serves and an evidence link — submitted
 * to and reviewed by the SKP's penilai. Times are minutes from midnight (08:30 → 510), so overlaps and day
 * totals are integer arithmetic; the end is exclusive and may be 24:00 (1440).
 */
export const progresHarian = pgTable(
  'progres_harian',
  {
    id: id(),
    // No FK to instansi on this high-volume table (as rhk/iki): the scope is in every query and the
    // composite keys below keep every reference inside the instansi.
    instansiId: uuid('instansi_id').notNull(),
    pegawaiId: uuid('pegawai_id').notNull(),
    skpId: uuid('skp_id').notNull(),
    tanggal: date('tanggal', { mode: 'string' }).notNull(),
    jamMulai: smallint('jam_mulai').notNull(),
    jamSelesai: smallint('jam_selesai').notNull(),
    kegiatan: text('kegiatan').notNull(),
    realisasi: numeric('realisasi', { mode: 'number' }),
    satuan: text('satuan'),
    rencanaAksiId: uuid('rencana_aksi_id'),
    tautanBukti: text('tautan_bukti'),
    status: text('status', { enum: STATUS_PROGRES }).notNull().default('draft'),
    /** The penilai's note when returning (kept for the pegawai until the entry is submitted again). */
    catatanAtasan: text('catatan_atasan'),
    diajukanAt: timestamp('diajukan_at', { withTimezone: true }),
    ditinjauAt: timestamp('ditinjau_at', { withTimezone: true }),
    /** The pegawai who approved or returned it (the SKP's penilai at the time). */
    ditinjauOleh: uuid('ditinjau_oleh'),
    /** Optimistic concurrency: bumped on every change. */
    versi: integer('versi').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check(
      'progres_harian_jam_ck',
      sql`${t.jamMulai} >= 0 and ${t.jamSelesai} <= 1440 and ${t.jamSelesai} > ${t.jamMulai}`,
    ),
    // a quantity is a number with its unit, or nothing
    check('progres_harian_realisasi_ck', sql`(${t.realisasi} is null) = (${t.satuan} is null)`),
    check('progres_harian_realisasi_positif_ck', sql`${t.realisasi} is null or ${t.realisasi} >= 0`),
    check('progres_harian_tautan_ck', sql`${t.tautanBukti} is null or ${t.tautanBukti} ~* '^https?://'`),
    unique('progres_harian_instansi_id_uq').on(t.instansiId, t.id),
    foreignKey({
      name: 'progres_harian_pegawai_fk',
      columns: [t.instansiId, t.pegawaiId],
      foreignColumns: [pegawai.instansiId, pegawai.id],
    }),
    foreignKey({
      name: 'progres_harian_skp_fk',
      columns: [t.instansiId, t.skpId],
      foreignColumns: [skp.instansiId, skp.id],
    }).onDelete('cascade'),
    // No cascade: a rencana aksi that days of work point at is not deleted under them.
    foreignKey({
      name: 'progres_harian_rencana_aksi_fk',
      columns: [t.instansiId, t.rencanaAksiId],
      foreignColumns: [rencanaAksi.instansiId, rencanaAksi.id],
    }),
    foreignKey({
      name: 'progres_harian_peninjau_fk',
      columns: [t.instansiId, t.ditinjauOleh],
      foreignColumns: [pegawai.instansiId, pegawai.id],
    }),
    index('progres_harian_pegawai_idx').on(t.instansiId, t.pegawaiId, t.tanggal),
    index('progres_harian_skp_idx').on(t.instansiId, t.skpId, t.status),
  ],
)
