import { sql } from 'drizzle-orm'
import {
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core'
import { JENIS_DIALOG, STATUS_DIALOG } from '../../shared/enums.ts'
import { akun } from './akun.ts'
import { createdAt, id, updatedAt } from './common.ts'
import { pegawai } from './pegawai.ts'
import { skp } from './skp.ts'

/** A B.1.9 line: a competency worked on in the coaching, rated 1–5 with the reason. */
export interface PenilaianKompetensiB19 {
  kompetensi: string
  nilai: number
  alasan: string
}

/**
 * Dialog kinerja (PermenPANRB 6/2022, DOMAIN §4): a coaching or counselling session between the pejabat
 * penilai and a pegawai, about the pegawai's SKP. Format B.1.8 (the pegawai's feedback on the coaching) and
 * B.1.9 (the atasan's competency evaluation) are filled once each after a coaching session.
 */
export const dialogKinerja = pgTable(
  'dialog_kinerja',
  {
    id: id(),
    instansiId: uuid('instansi_id').notNull(),
    skpId: uuid('skp_id').notNull(),
    pegawaiId: uuid('pegawai_id').notNull(),
    /** The penilai at the time (null when an admin records it for the non-ASN official). */
    atasanPegawaiId: uuid('atasan_pegawai_id'),
    dibuatOlehAkunId: uuid('dibuat_oleh_akun_id')
      .notNull()
      .references(() => akun.id),
    tahun: smallint('tahun').notNull(),
    jenis: text('jenis', { enum: JENIS_DIALOG }).notNull(),
    status: text('status', { enum: STATUS_DIALOG }).notNull().default('dijadwalkan'),
    tanggal: date('tanggal', { mode: 'string' }).notNull(),
    topik: text('topik').notNull(),
    /** Agreed actions (rencana tindak lanjut), written when the session is held. */
    tindakLanjut: text('tindak_lanjut'),
    tanggalTindakLanjut: date('tanggal_tindak_lanjut', { mode: 'string' }),
    alasanBatal: text('alasan_batal'),
    /** Format B.1.8: the version of the statements and one answer per statement. */
    b18Versi: smallint('b18_versi'),
    b18Jawaban: jsonb('b18_jawaban').$type<number[]>(),
    b18Catatan: text('b18_catatan'),
    b18DiisiAt: timestamp('b18_diisi_at', { withTimezone: true }),
    /** Format B.1.9: competencies rated 1–5 with reasons. */
    b19Penilaian: jsonb('b19_penilaian').$type<PenilaianKompetensiB19[]>(),
    b19DiisiAt: timestamp('b19_diisi_at', { withTimezone: true }),
    versi: integer('versi').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('dialog_b18_ck', sql`(${t.b18Jawaban} is null) = (${t.b18DiisiAt} is null)`),
    check('dialog_b19_ck', sql`(${t.b19Penilaian} is null) = (${t.b19DiisiAt} is null)`),
    foreignKey({
      name: 'dialog_kinerja_skp_fk',
      columns: [t.instansiId, t.skpId],
      foreignColumns: [skp.instansiId, skp.id],
    }),
    foreignKey({
      name: 'dialog_kinerja_pegawai_fk',
      columns: [t.instansiId, t.pegawaiId],
      foreignColumns: [pegawai.instansiId, pegawai.id],
    }),
    foreignKey({
      name: 'dialog_kinerja_atasan_fk',
      columns: [t.instansiId, t.atasanPegawaiId],
      foreignColumns: [pegawai.instansiId, pegawai.id],
    }),
    index('dialog_kinerja_pegawai_idx').on(t.instansiId, t.pegawaiId, t.tahun),
    index('dialog_kinerja_atasan_idx').on(t.instansiId, t.atasanPegawaiId, t.tahun),
  ],
)
