import { foreignKey, pgTable, smallint, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { JENIS_PENGINGAT, KODE_PERIODE } from '../../shared/enums.ts'
import { createdAt, id } from './common.ts'
import { pegawai } from './pegawai.ts'

/**
 * Reminders sent (src/modules/pengingat): one row per reminder, pegawai, year and period, written in the
 * transaction of its notification. The unique key is what makes a reminder go out once, whichever API
 * process or run of the schedule gets there first (`insert … on conflict do nothing`).
 */
export const pengingatTerkirim = pgTable(
  'pengingat_terkirim',
  {
    id: id(),
    instansiId: uuid('instansi_id').notNull(),
    jenis: text('jenis', { enum: JENIS_PENGINGAT }).notNull(),
    pegawaiId: uuid('pegawai_id').notNull(),
    tahun: smallint('tahun').notNull(),
    periode: text('periode', { enum: KODE_PERIODE }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    foreignKey({
      name: 'pengingat_terkirim_pegawai_fk',
      columns: [t.instansiId, t.pegawaiId],
      foreignColumns: [pegawai.instansiId, pegawai.id],
    }).onDelete('cascade'),
    uniqueIndex('pengingat_terkirim_uq').on(t.instansiId, t.pegawaiId, t.jenis, t.tahun, t.periode),
  ],
)
