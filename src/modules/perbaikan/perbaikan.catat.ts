import { sql } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import { rencanaPerbaikan } from '../../db/schema/index.ts'
import { rows } from '../../db/rows.ts'
import { addMonths } from '../../domain/iso-date.ts'
import { catatAudit } from '../../server/audit.ts'
import { hariIni } from '../../server/clock.ts'
import type { AsalVersi } from '../../shared/penilaian.ts'
import { membukaPerbaikan } from '../../shared/perbaikan.ts'
import { kirimNotifikasi, selesaikanNotifikasi } from '../notifikasi/notifikasi.service.ts'
import type { EvaluasiRow } from '../penilaian/evaluasi-versi.ts'
import * as repo from './perbaikan.repository.ts'

export { PREDIKAT_PERBAIKAN } from '../../shared/perbaikan.ts'
export const BULAN_PERBAIKAN = 6

/** The notification's matter: resolved when the record is closed or its basis withdrawn. */
export const perihalPerbaikan = (id: string) => `perbaikan:${id}`

const namaPegawai = (e: EvaluasiRow) =>
  ((e.snapshot as { pegawai?: { nama?: string } } | null)?.pegawai?.nama ?? '').slice(0, 300) || '-'

/**
 * PP 30/2019 Pasal 56–58: a final Kurang or Sangat Kurang predikat opens a six-month improvement record, unless
 * one is already running for the pegawai, and tells the penilai to follow it up. It only records; nothing is
 * decided automatically. Call in the transaction that finalises (or changes) the evaluation: a new final
 * version first settles the record of the version it replaced (`ikutiVersiBaru`).
 */
export async function catatPerbaikanBila(tx: Db, e: EvaluasiRow): Promise<void> {
  if (e.status === 'draft' || e.status === 'digantikan') return
  if (e.versi > 1 && (await ikutiVersiBaru(tx, e))) return
  if (!membukaPerbaikan(e.predikat)) return
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
  await kirimNotifikasi(tx, {
    instansiId: e.instansiId,
    penerimaPegawaiId: e.penilaiPegawaiId,
    tipe: 'RENCANA_PERBAIKAN_DIBUKA',
    parameter: { nama: namaPegawai(e), predikat: e.predikat!, selesai },
    tautan: `/perbaikan/${baru.id}`,
    perihal: perihalPerbaikan(baru.id),
    segarkan: [['perbaikan']],
  })
}

/**
 * Keeps a running record's basis true when the evaluation it came from gets a new final version (a keberatan
 * decided "ubah", or the finalisation of the draft an atasan's reopen made). Nothing is decided about the
 * pegawai. Still Kurang / Sangat Kurang → the record follows the new version (its predikat updated, dates and
 * follow-ups kept). Otherwise it is 'gugur' (basis withdrawn) and points at the version that withdrew it, whose
 * predikat and `asal` (keberatan or correction, by whom, why) are the recorded reason; the opening notification
 * is resolved and the penilai and the pegawai are told. While a reopened draft is corrected nothing happens:
 * the record waits on the replaced version (gantiVersi calls this only for a final version). Answers whether
 * there was such a record.
 */
async function ikutiVersiBaru(tx: Db, e: EvaluasiRow): Promise<boolean> {
  const r = await repo.findBerjalanVersiLama(tx, e)
  if (!r) return false
  if (!e.predikat) return true // a final version always has one; without it the record waits
  const sebelum = { status: r.status, evaluasiId: r.evaluasiId, predikat: r.predikat }
  if (membukaPerbaikan(e.predikat)) {
    await repo.updatePerbaikan(tx, r.instansiId, r.id, { evaluasiId: e.id, predikat: e.predikat })
    await catatAudit(tx, null, {
      instansiId: r.instansiId,
      aksi: 'rencana_perbaikan_ikut_versi',
      entitas: 'rencana_perbaikan',
      entitasId: r.id,
      sebelum,
      sesudah: { status: r.status, evaluasiId: e.id, predikat: e.predikat, versi: e.versi },
    })
    return true
  }
  const oleh = (e.asal as AsalVersi | null)?.oleh ?? 'buka_kembali'
  await repo.updatePerbaikan(tx, r.instansiId, r.id, { status: 'gugur', evaluasiId: e.id })
  await catatAudit(tx, null, {
    instansiId: r.instansiId,
    aksi: 'rencana_perbaikan_gugur',
    entitas: 'rencana_perbaikan',
    entitasId: r.id,
    sebelum,
    sesudah: { status: 'gugur', evaluasiId: e.id, versi: e.versi, predikatBaru: e.predikat, oleh },
  })
  await selesaikanNotifikasi(tx, r.instansiId, {
    tipe: 'RENCANA_PERBAIKAN_DIBUKA',
    perihal: perihalPerbaikan(r.id),
  })
  const penerima = new Set([e.penilaiPegawaiId, e.pegawaiId].filter((x): x is string => !!x))
  for (const penerimaPegawaiId of penerima)
    await kirimNotifikasi(tx, {
      instansiId: r.instansiId,
      penerimaPegawaiId,
      tipe: 'RENCANA_PERBAIKAN_GUGUR',
      parameter: { nama: namaPegawai(e), predikat: r.predikat, predikatBaru: e.predikat, oleh },
      tautan: `/perbaikan/${r.id}`,
      segarkan: [['perbaikan']],
    })
  return true
}
