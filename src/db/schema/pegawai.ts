import { sql } from 'drizzle-orm'
import { boolean, date, foreignKey, index, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core'
import type { PeringatanNip } from '../../domain/nip.ts'
import { JENIS_KELAMIN, JENIS_PENUGASAN } from '../../shared/enums.ts'
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
    jenisKelamin: text('jenis_kelamin', { enum: JENIS_KELAMIN }).notNull(),
    tempatLahir: text('tempat_lahir'),
    tanggalLahir: date('tanggal_lahir', { mode: 'string' }).notNull(),
    jenisAsn: text('jenis_asn', { enum: JENIS_ASN }).notNull(),
    /** e.g. "III/a" for PNS, "IX" for PPPK. */
    golongan: text('golongan'),
    /** e.g. "Penata Muda". */
    pangkat: text('pangkat'),
    status: text('status', { enum: STATUS_KEPEGAWAIAN }).notNull().default('aktif'),
    /**
     * When the status (CLTN, tugas belajar, MPP …) holds: inclusive dates, null = open on that side
     * (DOMAIN.md §1: exemptions have dates; a return mid-year gives a shortened SKP period).
     */
    statusMulai: date('status_mulai', { mode: 'string' }),
    statusSelesai: date('status_selesai', { mode: 'string' }),
    email: text('email'),
    /**
     * What in the stored birth date / gender disagrees with the NIP (DOMAIN.md §1: a visible warning, never
     * an error — the NIP never changes after a data correction). Computed by the database on every write
     * (create, update, bulk import), so it can never go stale; `bandingkanDenganNip` in src/domain/nip.ts
     * is the same comparison. Digits 1–8 are the birth date, digit 15 the gender (1 = L, 2 = P).
     */
    peringatanNip: text('peringatan_nip')
      .array()
      .$type<PeringatanNip[]>()
      .notNull()
      .generatedAlwaysAs(
        sql`case when nip ~ '^[0-9]{18}$' then array_remove(array[
          case when extract(year from tanggal_lahir) * 10000 + extract(month from tanggal_lahir) * 100
            + extract(day from tanggal_lahir) <> substr(nip, 1, 8)::numeric then 'TANGGAL_LAHIR' end,
          case when jenis_kelamin <> case substr(nip, 15, 1) when '1' then 'L' when '2' then 'P' end
            then 'JENIS_KELAMIN' end
        ], null) else '{}'::text[] end`,
      ),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // Tenant key for the composite foreign keys below and in skp.ts/akun.ts: a row that names a pegawai
    // carries the same instansi_id, and the database checks both (issue 7, "safe by construction").
    unique('pegawai_instansi_id_uq').on(t.instansiId, t.id),
    index('pegawai_instansi_nama_idx').on(t.instansiId, t.nama),
  ],
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
    pegawaiId: uuid('pegawai_id').notNull(),
    // unor and jabatan: no FK, not even the tenant one. The per-row FK trigger was a quarter of an import's
    // cost; services and imports check the same-instansi rule before writing (impor-tulis.repository,
    // penugasan.service), and units and positions are deactivated, never deleted.
    unorId: uuid('unor_id').notNull(),
    jabatanId: uuid('jabatan_id').notNull(),
    /** Copied from the jabatan: this assignment holds the head position of unorId. */
    isKepala: boolean('is_kepala').notNull().default(false),
    jenis: text('jenis', { enum: JENIS_PENUGASAN }).notNull().default('definitif'),
    mulai: date('mulai', { mode: 'string' }).notNull(),
    selesai: date('selesai', { mode: 'string' }),
    nomorSk: text('nomor_sk'),
    createdAt: createdAt(),
  },
  (t) => [
    unique('penugasan_instansi_id_uq').on(t.instansiId, t.id),
    // The one FK an imported assignment pays for, as before (it replaces pegawai_id → pegawai.id); the
    // import's added cost is maintaining the two (instansi_id, id) keys.
    foreignKey({
      name: 'penugasan_pegawai_fk',
      columns: [t.instansiId, t.pegawaiId],
      foreignColumns: [pegawai.instansiId, pegawai.id],
    }),
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
    pegawaiId: uuid('pegawai_id').notNull(),
    atasanPegawaiId: uuid('atasan_pegawai_id').notNull(),
    mulai: date('mulai', { mode: 'string' }).notNull(),
    selesai: date('selesai', { mode: 'string' }),
    alasan: text('alasan').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    foreignKey({
      name: 'atasan_override_pegawai_fk',
      columns: [t.instansiId, t.pegawaiId],
      foreignColumns: [pegawai.instansiId, pegawai.id],
    }),
    foreignKey({
      name: 'atasan_override_atasan_fk',
      columns: [t.instansiId, t.atasanPegawaiId],
      foreignColumns: [pegawai.instansiId, pegawai.id],
    }),
    index('atasan_override_pegawai_idx').on(t.instansiId, t.pegawaiId),
  ],
)
