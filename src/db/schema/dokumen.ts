import { sql } from 'drizzle-orm'
import { check, customType, foreignKey, index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core'
import { JENIS_DOKUMEN } from '../../shared/enums.ts'
import { createdAt, id } from './common.ts'
import { instansi } from './organisasi.ts'
import { evaluasi, penetapanPredikat } from './penilaian.ts'
import { skp } from './skp.ts'

const bytea = customType<{ data: Buffer; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => Buffer.from(v.buffer, v.byteOffset, v.byteLength),
})

/** Every generated official document, for the public verification page. */
export const dokumen = pgTable(
  'dokumen',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    jenis: text('jenis', { enum: JENIS_DOKUMEN }).notNull(),
    /** The SKP the document belongs to (an SKP, or an evaluation of it); null for a unit's penetapan. */
    entitasId: uuid('entitas_id'),
    /** The evaluation version of an Evaluasi Kinerja / Dokumen Evaluasi Kinerja Pegawai. */
    evaluasiId: uuid('evaluasi_id'),
    /** The Penetapan Predikat Kinerja of a unit. */
    penetapanId: uuid('penetapan_id'),
    kodeVerifikasi: text('kode_verifikasi').notNull().unique(),
    /** SHA-256 of the canonical content: an unchanged source downloads as the same document. */
    hashKonten: text('hash_konten').notNull(),
    /** What the public page may show: type, period, name, masked NIP, status. Nothing more. */
    ringkasan: jsonb('ringkasan').notNull(),
    /**
     * The issued PDF, byte for byte: every download of this version is this file, so its SHA-256 (shown on
     * the public page) can be checked by whoever holds a copy. Null only for documents issued before
     * files were kept; those are issued anew on the next download.
     */
    berkas: bytea('berkas'),
    /** SHA-256 (hex) of `berkas`. */
    hashBerkas: text('hash_berkas'),
    createdAt: createdAt(),
  },
  (t) => [
    // No cascade: an issued document stays verifiable, so its SKP, evaluation or penetapan cannot be deleted.
    foreignKey({
      name: 'dokumen_skp_fk',
      columns: [t.instansiId, t.entitasId],
      foreignColumns: [skp.instansiId, skp.id],
    }),
    foreignKey({
      name: 'dokumen_evaluasi_fk',
      columns: [t.instansiId, t.evaluasiId],
      foreignColumns: [evaluasi.instansiId, evaluasi.id],
    }),
    foreignKey({
      name: 'dokumen_penetapan_fk',
      columns: [t.instansiId, t.penetapanId],
      foreignColumns: [penetapanPredikat.instansiId, penetapanPredikat.id],
    }),
    index('dokumen_entitas_idx').on(t.instansiId, t.entitasId),
    index('dokumen_evaluasi_idx').on(t.instansiId, t.evaluasiId),
    // Each kind names exactly what it documents.
    check(
      'dokumen_sasaran_ck',
      sql`case ${t.jenis}
        when 'skp' then ${t.entitasId} is not null and ${t.evaluasiId} is null and ${t.penetapanId} is null
        when 'penetapan_predikat' then ${t.penetapanId} is not null and ${t.evaluasiId} is null
        else ${t.evaluasiId} is not null and ${t.entitasId} is not null and ${t.penetapanId} is null end`,
    ),
  ],
)
