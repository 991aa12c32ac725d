import { sql } from 'drizzle-orm'
import { bigint, check, foreignKey, index, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core'
import { JENIS_BUKTI, KODE_PERIODE, PENYIMPANAN_BERKAS } from '../../shared/enums.ts'
import { akun } from './akun.ts'
import { createdAt, id } from './common.ts'
import { instansi } from './organisasi.ts'
import { pegawai } from './pegawai.ts'
import { iki, skp } from './skp.ts'

/**
 * A stored file (evidence now; issued documents may move here later). The storage key is generated
 * (`<instansi>/<yyyy>/<uuid>`), never derived from the uploader's file name; `nama` is the sanitised display
 * name, `mime` the type detected from the content (src/modules/berkas/berkas-jenis.ts).
 */
export const berkas = pgTable(
  'berkas',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    penyimpanan: text('penyimpanan', { enum: PENYIMPANAN_BERKAS }).notNull(),
    kunci: text('kunci').notNull(),
    nama: text('nama').notNull(),
    mime: text('mime').notNull(),
    ukuran: bigint('ukuran', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    /** The account that stored it (null: the system, e.g. a seed). */
    dibuatOleh: uuid('dibuat_oleh').references(() => akun.id),
    createdAt: createdAt(),
  },
  (t) => [
    unique('berkas_instansi_id_uq').on(t.instansiId, t.id),
    unique('berkas_kunci_uq').on(t.penyimpanan, t.kunci),
    check('berkas_ukuran_ck', sql`${t.ukuran} > 0`),
  ],
)

/**
 * Bukti dukung (DOMAIN §4): evidence of an IKI's realisasi in a period, an uploaded file or a link —
 * exactly one of the two. Deleting the SKP or the IKI deletes its evidence rows; the file row is never
 * deleted by a cascade (the service deletes it with the object it stores).
 */
export const buktiDukung = pgTable(
  'bukti_dukung',
  {
    id: id(),
    instansiId: uuid('instansi_id').notNull(),
    skpId: uuid('skp_id').notNull(),
    ikiId: uuid('iki_id').notNull(),
    periode: text('periode', { enum: KODE_PERIODE }).notNull(),
    jenis: text('jenis', { enum: JENIS_BUKTI }).notNull(),
    berkasId: uuid('berkas_id'),
    tautan: text('tautan'),
    keterangan: text('keterangan'),
    /** The pegawai who added it (the SKP's owner). */
    dibuatOleh: uuid('dibuat_oleh'),
    createdAt: createdAt(),
  },
  (t) => [
    unique('bukti_dukung_instansi_id_uq').on(t.instansiId, t.id),
    check(
      'bukti_dukung_isi_ck',
      sql`(${t.berkasId} is null) <> (${t.tautan} is null) and (${t.tautan} is null or ${t.tautan} ~* '^https?://')`,
    ),
    foreignKey({
      name: 'bukti_dukung_skp_fk',
      columns: [t.instansiId, t.skpId],
      foreignColumns: [skp.instansiId, skp.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'bukti_dukung_iki_fk',
      columns: [t.instansiId, t.ikiId],
      foreignColumns: [iki.instansiId, iki.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'bukti_dukung_berkas_fk',
      columns: [t.instansiId, t.berkasId],
      foreignColumns: [berkas.instansiId, berkas.id],
    }),
    foreignKey({
      name: 'bukti_dukung_pembuat_fk',
      columns: [t.instansiId, t.dibuatOleh],
      foreignColumns: [pegawai.instansiId, pegawai.id],
    }),
    index('bukti_dukung_skp_periode_idx').on(t.instansiId, t.skpId, t.periode, t.ikiId),
    index('bukti_dukung_berkas_idx')
      .on(t.berkasId)
      .where(sql`${t.berkasId} is not null`),
  ],
)
