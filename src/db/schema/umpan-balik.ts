import { sql } from 'drizzle-orm'
import {
  boolean,
  check,
  foreignKey,
  index,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import { KODE_BERAKHLAK } from '../../domain/berakhlak.ts'
import { KODE_PERIODE, PERAN_UMPAN_BALIK } from '../../shared/enums.ts'
import { akun } from './akun.ts'
import { createdAt, id } from './common.ts'
import { pegawai } from './pegawai.ts'
import { rhk, skp } from './skp.ts'

/**
 * Umpan balik berkelanjutan (PermenPANRB 6/2022, DOMAIN §4): one comment in a thread about one RHK or one
 * BerAKHLAK value of an SKP in one period. Exactly one of rhk_id and kode_nilai names the thread.
 */
export const umpanBalik = pgTable(
  'umpan_balik',
  {
    id: id(),
    instansiId: uuid('instansi_id').notNull(),
    skpId: uuid('skp_id').notNull(),
    periode: text('periode', { enum: KODE_PERIODE }).notNull(),
    rhkId: uuid('rhk_id'),
    kodeNilai: text('kode_nilai', { enum: KODE_BERAKHLAK }),
    /** The account that wrote it (an admin acting for a non-ASN penilai may have no pegawai). */
    penulisAkunId: uuid('penulis_akun_id')
      .notNull()
      .references(() => akun.id),
    penulisPegawaiId: uuid('penulis_pegawai_id'),
    peranPenulis: text('peran_penulis', { enum: PERAN_UMPAN_BALIK }).notNull(),
    /** Written by an admin on behalf of the non-ASN penilai (DOMAIN §1), shown as such. */
    atasNama: boolean('atas_nama').notNull().default(false),
    isi: text('isi').notNull(),
    createdAt: createdAt(),
    diubahAt: timestamp('diubah_at', { withTimezone: true }),
  },
  (t) => [
    check('umpan_balik_sasaran_ck', sql`(${t.rhkId} is null) <> (${t.kodeNilai} is null)`),
    check('umpan_balik_isi_ck', sql`char_length(${t.isi}) between 1 and 2000`),
    foreignKey({
      name: 'umpan_balik_skp_fk',
      columns: [t.instansiId, t.skpId],
      foreignColumns: [skp.instansiId, skp.id],
    }).onDelete('cascade'),
    // Posting needs an approved SKP; an RHK is only deleted after a reopen without realisasi.
    foreignKey({
      name: 'umpan_balik_rhk_fk',
      columns: [t.instansiId, t.rhkId],
      foreignColumns: [rhk.instansiId, rhk.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'umpan_balik_penulis_fk',
      columns: [t.instansiId, t.penulisPegawaiId],
      foreignColumns: [pegawai.instansiId, pegawai.id],
    }),
    index('umpan_balik_utas_idx').on(t.instansiId, t.skpId, t.periode, t.createdAt),
  ],
)

/**
 * Read state: up to when each reader (an account) has read a thread. `sasaran` names the thread inside the
 * (skp, periode): the RHK id or the BerAKHLAK code. A comment is unread for a reader when it was written by
 * someone else after `dibaca_at`.
 */
export const umpanBalikDibaca = pgTable(
  'umpan_balik_dibaca',
  {
    id: id(),
    instansiId: uuid('instansi_id').notNull(),
    skpId: uuid('skp_id').notNull(),
    periode: text('periode', { enum: KODE_PERIODE }).notNull(),
    sasaran: text('sasaran').notNull(),
    akunId: uuid('akun_id')
      .notNull()
      .references(() => akun.id, { onDelete: 'cascade' }),
    dibacaAt: timestamp('dibaca_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    foreignKey({
      name: 'umpan_balik_dibaca_skp_fk',
      columns: [t.instansiId, t.skpId],
      foreignColumns: [skp.instansiId, skp.id],
    }).onDelete('cascade'),
    uniqueIndex('umpan_balik_dibaca_uq').on(t.akunId, t.skpId, t.periode, t.sasaran),
  ],
)
