import type { Db } from '../../db/client.ts'
import { predikatPegawai } from '../../domain/predikat.ts'
import type { KodePeriodePenilaian } from '../../shared/enums.ts'
import type { CatatanKalibrasi, KalibrasiGrid, KalibrasiSesuaikan } from '../../shared/kurva.ts'
import type { Ctx } from '../../server/auth/actor.ts'
import { catatAudit } from '../../server/audit.ts'
import { sekarang } from '../../server/clock.ts'
import { conflict, notFound } from '../../server/errors.ts'
import { gridKalibrasi, harusKalibrasi, lihatKalibrasi, muatUnit } from '../kurva/kurva.baca.ts'
import * as repo from './kalibrasi.repository.ts'

/**
 * Calibration (SE MenPANRB 3/2023): before finalisation the unit head (or an admin instansi) adjusts a draft
 * evaluation's ratings with a reason. Every adjustment is appended to `evaluasi.kalibrasi` and audited; the
 * predikat is recomputed from the shared matrix. A final evaluation is never calibrated: it changes only by a
 * reopen or a keberatan (a new version, evaluasi-versi.ts).
 */

const NAMA = { id: 'Evaluasi', en: 'Evaluation' }

/** POST /kalibrasi/:unorId/:tahun/:periode/sesuaikan */
export async function sesuaikanKalibrasi(
  db: Db,
  ctx: Ctx,
  unorId: string,
  tahun: number,
  periode: KodePeriodePenilaian,
  input: KalibrasiSesuaikan,
): Promise<KalibrasiGrid> {
  const { actor } = ctx
  await db.transaction(async (tx) => {
    const u = await muatUnit(tx, actor, unorId)
    await harusKalibrasi(tx, actor, u)
    const e = await repo.kunciEvaluasi(tx, u.instansiId, input.evaluasiId)
    if (!e || e.tahun !== tahun || e.periode !== periode) throw notFound(NAMA)
    // only the counted pegawai of this unit (not its head, not the exempt)
    const { baris } = await gridKalibrasi(tx, u.instansiId, u.id, tahun, periode)
    if (!baris.some((b) => b.evaluasiId === e.id)) throw notFound(NAMA)
    if (e.status !== 'draft')
      throw conflict('KALIBRASI.SUDAH_FINAL', {
        id: 'Evaluasi yang sudah final tidak dapat dikalibrasi; perubahan hanya melalui pembukaan kembali atau keberatan.',
        en: 'A final evaluation cannot be calibrated; it changes only by a reopen or a keberatan.',
      })
    if (e.revisi !== input.revisi)
      throw conflict('KALIBRASI.REVISI_USANG', {
        id: 'Evaluasi telah diubah oleh orang lain. Muat ulang lalu coba lagi.',
        en: 'The evaluation was changed by someone else. Reload and try again.',
      })
    const catatan: CatatanKalibrasi = {
      olehAkunId: actor.akunId,
      olehNama: actor.nama,
      pada: sekarang().toISOString(),
      dari: { ratingHasil: e.ratingHasil, ratingPerilaku: e.ratingPerilaku, predikat: e.predikat },
      ke: {
        ratingHasil: input.ratingHasil,
        ratingPerilaku: input.ratingPerilaku,
        predikat: predikatPegawai(input.ratingHasil, input.ratingPerilaku),
      },
      alasan: input.alasan,
    }
    const baru = await repo.simpanKalibrasi(tx, u.instansiId, e.id, catatan, sekarang())
    await catatAudit(tx, ctx, {
      instansiId: u.instansiId,
      aksi: 'evaluasi_kalibrasi',
      entitas: 'evaluasi',
      entitasId: e.id,
      sebelum: { ...catatan.dari, revisi: e.revisi },
      sesudah: { ...catatan.ke, revisi: baru.revisi, alasan: input.alasan, unorId: u.id },
    })
  })
  return lihatKalibrasi(db, actor, unorId, tahun, periode)
}
