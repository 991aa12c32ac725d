import { sql } from 'drizzle-orm'
import { boolean, foreignKey, index, pgTable, text, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { JENIS_INSTANSI } from '../../shared/enums.ts'
import { JENIS_JABATAN, JENJANG_FUNGSIONAL } from '../../shared/organisasi.ts'
import { createdAt, id, updatedAt } from './common.ts'

/** An agency: the multi-tenant boundary (DOMAIN.md §1). */
export const instansi = pgTable('instansi', {
  id: id(),
  kode: text('kode').notNull().unique(),
  nama: text('nama').notNull(),
  jenis: text('jenis', { enum: JENIS_INSTANSI }).notNull(),
  /** City printed on documents ("Contoh, 2 Januari 2026"). */
  lokasi: text('lokasi'),
  /** The non-ASN official who assesses the top leader (Bupati, Menteri …), recorded without NIP. */
  pejabatNonAsnNama: text('pejabat_non_asn_nama'),
  pejabatNonAsnJabatan: text('pejabat_non_asn_jabatan'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
})

/** Unit organisasi tree inside an instansi. */
export const unor = pgTable(
  'unor',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    parentId: uuid('parent_id'),
    /** Identifier in the national HR system (SIASN unor id), used by imports. */
    kode: text('kode'),
    nama: text('nama').notNull(),
    /** Name of the head position, e.g. "Kepala Dinas Pendidikan". */
    namaJabatanKepala: text('nama_jabatan_kepala'),
    /**
     * Unit kerja mandiri (set by the admin instansi): its head writes the SKP for JPT and pimpinan unit
     * kerja mandiri (PermenPANRB 6/2022, DOMAIN §2), like a JPT.
     */
    mandiri: boolean('mandiri').notNull().default(false),
    aktif: boolean('aktif').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // Tenant key: children reference a unit by (instansi_id, id), so the database refuses a row that
    // points into another instansi (issue 7, "safe by construction").
    unique('unor_instansi_id_uq').on(t.instansiId, t.id),
    foreignKey({
      name: 'unor_parent_fk',
      columns: [t.instansiId, t.parentId],
      foreignColumns: [t.instansiId, t.id],
    }),
    index('unor_instansi_parent_idx').on(t.instansiId, t.parentId),
    uniqueIndex('unor_instansi_kode_uq')
      .on(t.instansiId, t.kode)
      .where(sql`${t.kode} is not null`),
  ],
)

// The enums live once in src/shared (the API contract) and are reused here.
export { JENIS_JABATAN, JENJANG_FUNGSIONAL }

export const jabatan = pgTable(
  'jabatan',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    unorId: uuid('unor_id'),
    kode: text('kode'),
    nama: text('nama').notNull(),
    jenis: text('jenis', { enum: JENIS_JABATAN }).notNull(),
    jenjang: text('jenjang', { enum: JENJANG_FUNGSIONAL }),
    /** True for the head position of its unor (kepala). */
    isKepala: boolean('is_kepala').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    foreignKey({
      name: 'jabatan_unor_fk',
      columns: [t.instansiId, t.unorId],
      foreignColumns: [unor.instansiId, unor.id],
    }),
    index('jabatan_instansi_unor_idx').on(t.instansiId, t.unorId),
    uniqueIndex('jabatan_instansi_kode_uq')
      .on(t.instansiId, t.kode)
      .where(sql`${t.kode} is not null`),
  ],
)
