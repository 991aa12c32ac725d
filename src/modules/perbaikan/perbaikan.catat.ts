import { sql } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import { rencanaPerbaikan } from '../../db/schema/index.ts'
import { rows } from '../../db/rows.ts'
import { addMonths } from '../../domain/iso-date.ts'
import { hariIni } from '../../server/clock.ts'
import { kirimNotifikasi } from '../notifikasi/notifikasi.service.ts'
import type { EvaluasiRow } from '../penilaian/evaluasi-versi.ts'

/** PP 30/2019: the predikat that open a six-month improvement record. */
export const PREDIKAT_PERBAIKAN = ['KURANG', 'SANGAT_KURANG'] as const
export const BULAN_PERBAIKAN = 6

/** The notification's matter: resolved when the record is closed. */
export const perihalPerbaikan = (id: string) => `perbaikan:${id}`

/**
 * PP 30/2019 Pasal 56–58: a final Kurang or Sangat Kurang predikat opens a six-month improvement record, unless
 * one is already running for the pegawai, and tells the penilai to follow it up. It only records; nothing is
 * decided automatically. Call in the transaction that finalises (or changes) the evaluation.
 */
export async function catatPerbaikanBila(tx: Db, e: EvaluasiRow): Promise<void> {
  if (e.status === 'draft' || e.status === 'digantikan') return
  if (!e.predikat || !(PREDIKAT_PERBAIKAN as readonly string[]).includes(e.predikat)) return
  const mulai = hariIni()
  const selesai = addMonths(mulai, BULAN_PERBAIKAN)
  const [baru] = await rows<{ id: string }>(
    tx,
    sql`
    insert into ${rencanaPerbaikan} (instansi_id, pegawai_id, evaluasi_id, predikat, mulai, selesai)
    select ${e.instansiId}, ${e.pegawaiId}, ${e.id}, ${e.predikat}, ${mulai}, ${selesai}
    where not exists (
      select 1 from ${rencanaPerbaikan} r
      where r.instansi_id = ${e.instansiId} and r.pegawai_id = ${e.pegawaiId} and r.status = 'berjalan'
    )
    on conflict (evaluasi_id) do nothing
    returning id`,
  )
  if (!baru || !e.penilaiPegawaiId || e.penilaiPegawaiId === e.pegawaiId) return
  const nama = (e.snapshot as { pegawai?: { nama?: string } } | null)?.pegawai?.nama
  await kirimNotifikasi(tx, {
    instansiId: e.instansiId,
    penerimaPegawaiId: e.penilaiPegawaiId,
    tipe: 'RENCANA_PERBAIKAN_DIBUKA',
    parameter: { nama: (nama ?? '').slice(0, 300) || '-', predikat: e.predikat, selesai },
    tautan: `/perbaikan/${baru.id}`,
    perihal: perihalPerbaikan(baru.id),
    segarkan: [['perbaikan']],
  })
}
