/**
 * Bulk writes of an import: `INSERT … SELECT FROM unnest(…)` in chunks, never one statement per row
 * (DESIGN.md: 3–4× faster than row-by-row). Every statement is pinned to the target instansi.
 */
import { sql } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import { sekarang } from '../../server/clock.ts'
import { conflict } from '../../server/errors.ts'
import { rows } from '../../db/rows.ts'
import { kolom, perPotongan } from './impor-sql.ts'
import type { DataPegawai, PenugasanBaru } from './pegawai-rencana.rules.ts'
import type { JabatanBaru } from './unor-peta.ts'

/** Rows per statement: large enough to amortise the round trip, small enough for steady progress. */
export const POTONGAN = 5_000

export interface UnorTulis {
  id: string
  parentId: string | null
  kode: string | null
  nama: string
  namaJabatanKepala: string | null
}

/** New units, parents before children (the plan orders them), so every parent_id already exists. */
export async function sisipkanUnor(tx: Db, instansiId: string, rows: readonly UnorTulis[]) {
  await perPotongan(
    rows,
    POTONGAN,
    (p) => sql`
      insert into unor (id, instansi_id, parent_id, kode, nama, nama_jabatan_kepala)
      select u.id, ${instansiId}, u.parent_id, u.kode, u.nama, u.kepala
      from unnest(${kolom(p, 'id')}::uuid[], ${kolom(p, 'parentId')}::uuid[], ${kolom(p, 'kode')}::text[],
                  ${kolom(p, 'nama')}::text[], ${kolom(p, 'namaJabatanKepala')}::text[])
        as u(id, parent_id, kode, nama, kepala)`,
    (q) => tx.execute(q),
  )
}

export async function perbaruiUnor(tx: Db, instansiId: string, rows: readonly UnorTulis[]) {
  await perPotongan(
    rows,
    POTONGAN,
    (p) => sql`
      update unor t set parent_id = u.parent_id, kode = u.kode, nama = u.nama, nama_jabatan_kepala = u.kepala,
        updated_at = ${sekarang().toISOString()}::timestamptz
      from unnest(${kolom(p, 'id')}::uuid[], ${kolom(p, 'parentId')}::uuid[], ${kolom(p, 'kode')}::text[],
                  ${kolom(p, 'nama')}::text[], ${kolom(p, 'namaJabatanKepala')}::text[])
        as u(id, parent_id, kode, nama, kepala)
      where t.id = u.id and t.instansi_id = ${instansiId}`,
    (q) => tx.execute(q),
  )
}

export async function sisipkanJabatan(tx: Db, instansiId: string, rows: readonly JabatanBaru[]) {
  await perPotongan(
    rows,
    POTONGAN,
    (p) => sql`
      insert into jabatan (id, instansi_id, unor_id, nama, jenis, jenjang, is_kepala)
      select u.id, ${instansiId}, u.unor_id, u.nama, u.jenis, u.jenjang, u.is_kepala
      from unnest(${kolom(p, 'id')}::uuid[], ${kolom(p, 'unorId')}::uuid[], ${kolom(p, 'nama')}::text[],
                  ${kolom(p, 'jenis')}::text[], ${kolom(p, 'jenjang')}::text[], ${kolom(p, 'isKepala')}::boolean[])
        as u(id, unor_id, nama, jenis, jenjang, is_kepala)`,
    (q) => tx.execute(q),
  )
}

type PegawaiTulis = DataPegawai & { id: string }

/**
 * Upsert by NIP. The conflict branch only updates a pegawai of the same instansi: another instansi's
 * pegawai is never overwritten, and a NIP that turned up there meanwhile aborts the whole import.
 */
export async function upsertPegawai(
  tx: Db,
  instansiId: string,
  data: readonly PegawaiTulis[],
  kemajuan?: (n: number) => void,
) {
  await perPotongan(
    data,
    POTONGAN,
    (p) => sql`with w as (
      insert into pegawai (id, instansi_id, nip, nama, gelar_depan, gelar_belakang, jenis_kelamin, tempat_lahir,
        tanggal_lahir, jenis_asn, golongan, pangkat, status, status_mulai, status_selesai, email)
      select u.id, ${instansiId}, u.nip, u.nama, u.gd, u.gb, u.jk, u.tl, u.tgl, u.asn, u.gol, u.pkt, u.st, u.stm, u.sts,
        u.email
      from unnest(${kolom(p, 'id')}::uuid[], ${kolom(p, 'nip')}::text[], ${kolom(p, 'nama')}::text[],
        ${kolom(p, 'gelarDepan')}::text[], ${kolom(p, 'gelarBelakang')}::text[], ${kolom(p, 'jenisKelamin')}::text[],
        ${kolom(p, 'tempatLahir')}::text[], ${kolom(p, 'tanggalLahir')}::date[], ${kolom(p, 'jenisAsn')}::text[],
        ${kolom(p, 'golongan')}::text[], ${kolom(p, 'pangkat')}::text[], ${kolom(p, 'status')}::text[],
        ${kolom(p, 'statusMulai')}::date[], ${kolom(p, 'statusSelesai')}::date[], ${kolom(p, 'email')}::text[])
        as u(id, nip, nama, gd, gb, jk, tl, tgl, asn, gol, pkt, st, stm, sts, email)
      on conflict (nip) do update set nama = excluded.nama, gelar_depan = excluded.gelar_depan,
        gelar_belakang = excluded.gelar_belakang, jenis_kelamin = excluded.jenis_kelamin,
        tempat_lahir = excluded.tempat_lahir, tanggal_lahir = excluded.tanggal_lahir, jenis_asn = excluded.jenis_asn,
        golongan = excluded.golongan, pangkat = excluded.pangkat, status = excluded.status,
        status_mulai = excluded.status_mulai, status_selesai = excluded.status_selesai, email = excluded.email,
        updated_at = ${sekarang().toISOString()}::timestamptz
      where pegawai.instansi_id = excluded.instansi_id
      returning 1)
    select count(*)::int as n from w`,
    async (q, jumlah) => {
      const [{ n }] = await rows<{ n: number }>(tx, q)
      if (n !== jumlah) {
        throw conflict('IMPOR.NIP_BENTROK', {
          id: 'Sebagian NIP baru saja terdaftar di instansi lain. Impor dibatalkan; jalankan ulang.',
          en: 'Some NIPs were just registered to another agency. The import was cancelled; run it again.',
        })
      }
    },
    kemajuan,
  )
}

/** Ends the open definitif assignments of pegawai who moved (selesai is inclusive: the day before). */
export async function akhiriPenugasan(
  tx: Db,
  instansiId: string,
  rows: readonly { id: string; selesai: string }[],
) {
  await perPotongan(
    rows,
    POTONGAN,
    (p) => sql`
      update penugasan t set selesai = u.selesai
      from unnest(${kolom(p, 'id')}::uuid[], ${kolom(p, 'selesai')}::date[]) as u(id, selesai)
      where t.id = u.id and t.instansi_id = ${instansiId} and t.selesai is null`,
    (q) => tx.execute(q),
  )
}

export async function sisipkanPenugasan(
  tx: Db,
  instansiId: string,
  rows: readonly PenugasanBaru[],
  kemajuan?: (n: number) => void,
) {
  await perPotongan(
    rows,
    POTONGAN,
    (p) => sql`
        insert into penugasan (id, instansi_id, pegawai_id, unor_id, jabatan_id, is_kepala, jenis, mulai)
        select u.id, ${instansiId}, u.pegawai_id, u.unor_id, u.jabatan_id, u.is_kepala, 'definitif', u.mulai
        from unnest(${kolom(p, 'id')}::uuid[], ${kolom(p, 'pegawaiId')}::uuid[], ${kolom(p, 'unorId')}::uuid[], ${kolom(p, 'jabatanId')}::uuid[],
                    ${kolom(p, 'isKepala')}::boolean[], ${kolom(p, 'mulai')}::date[])
          as u(id, pegawai_id, unor_id, jabatan_id, is_kepala, mulai)`,
    (q) => tx.execute(q),
    kemajuan,
  )
}
