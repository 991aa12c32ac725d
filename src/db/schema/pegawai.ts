import { boolean, date, index, pgTable, text, uuid } from 'drizzle-orm/pg-core'
import { JENIS_ASN, STATUS_KEPEGAWAIAN } from '../../shared/pegawai.ts'
import { createdAt, id, updatedAt } from './common.ts'
import { instansi } from './organisasi.ts'

export { JENIS_ASN, STATUS_KEPEGAWAIAN }

export const pegawai = pgTable(
  'pegawai',
  {
    id: id(),
    // No FK to instansi on this high-volume table: rows are written in bulk (imports) and an
    // instansi is never deleted; the scope is enforced by every query (DESIGN.md).
    instansiId: uuid('instansi_id').notNull(),
    /** NIP is unique nationally. */
    nip: text('nip').notNull().unique(),
    nama: text('nama').notNull(),
    gelarDepan: text('gelar_depan'),
    gelarBelakang: text('gelar_belakang'),
    jenisKelamin: text('jenis_kelamin', { enum: ['L', 'P'] }).notNull(),
    tempatLahir: text('tempat_lahir'),
    tanggalLahir: date('tanggal_lahir', { mode: 'string' }).notNull(),
    jenisAsn: text('jenis_asn', { enum: JENIS_ASN }).notNull(),
    /** e.g. "III/a" for PNS, "IX" for PPPK. */
    golongan: text('golongan'),
    /** e.g. "Penata Muda". */
    pangkat: text('pangkat'),
    status: text('status', { enum: STATUS_KEPEGAWAIAN }).notNull().default('aktif'),
    email: text('email'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('pegawai_instansi_nama_idx').on(t.instansiId, t.nama)],
)

/**
 * A position held over a period. A mutasi ends one row and starts another, so history is kept.
 * `selesai` is inclusive; null = still held.
 */
export const penugasan = pgTable(
  'penugasan',
  {
    id: id(),
    // No FK to instansi on this high-volume table: rows are written in bulk (imports) and an
    // instansi is never deleted; the scope is enforced by every query (DESIGN.md).
    instansiId: uuid('instansi_id').notNull(),
    pegawaiId: uuid('pegawai_id')
      .notNull()
      .references(() => pegawai.id),
    // unor and jabatan: no FK. Services and imports check the stronger rule (same instansi), units and
    // positions are deactivated, never deleted, and the per-row FK trigger was a quarter of an import's cost.
    unorId: uuid('unor_id').notNull(),
    jabatanId: uuid('jabatan_id').notNull(),
    /** Copied from the jabatan: this assignment holds the head position of unorId. */
    isKepala: boolean('is_kepala').notNull().default(false),
    jenis: text('jenis', { enum: ['definitif', 'plt', 'plh'] })
      .notNull()
      .default('definitif'),
    mulai: date('mulai', { mode: 'string' }).notNull(),
    selesai: date('selesai', { mode: 'string' }),
    nomorSk: text('nomor_sk'),
    createdAt: createdAt(),
  },
  (t) => [
    index('penugasan_pegawai_idx').on(t.instansiId, t.pegawaiId, t.mulai),
    index('penugasan_unor_idx').on(t.instansiId, t.unorId, t.isKepala),
  ],
)

/** Admin override of the derived atasan langsung (DOMAIN.md §8: wrong atasan must be fixable fast). */
export const atasanOverride = pgTable(
  'atasan_override',
  {
    id: id(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    pegawaiId: uuid('pegawai_id')
      .notNull()
      .references(() => pegawai.id),
    atasanPegawaiId: uuid('atasan_pegawai_id')
      .notNull()
      .references(() => pegawai.id),
    mulai: date('mulai', { mode: 'string' }).notNull(),
    selesai: date('selesai', { mode: 'string' }),
    alasan: text('alasan').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('atasan_override_pegawai_idx').on(t.instansiId, t.pegawaiId)],
)
