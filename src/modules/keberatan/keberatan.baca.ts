import type { Db } from '../../db/client.ts'
import type { PengaturanTahun } from '../../domain/settings.ts'
import type { KeberatanRiwayat } from '../../shared/keberatan.ts'
import { jendelaKeberatan, type Jendela } from './keberatan-jendela.ts'
import { riwayat } from './keberatan-view.ts'
import * as repo from './keberatan.repository.ts'

export type { Jendela }

/**
 * What other modules read of keberatan (lint: never through the repository): the reopen refuses while one is
 * pending, the Beranda counts what waits, the riwayat lists a pegawai's keberatan.
 */

/** A keberatan on this evaluation version waits for its decision (PP 30/2019 Pasal 59): no reopen meanwhile. */
export const keberatanTerbuka = (db: Db, instansiId: string, evaluasiId: string): Promise<boolean> =>
  repo.adaKeberatanTerbuka(db, instansiId, evaluasiId)

/** How many pending keberatan `pegawaiId` decides as the atasan penilai. */
export const keberatanMenunggu = (db: Db, instansiId: string, pegawaiId: string): Promise<number> =>
  repo.hitungMenunggu(db, instansiId, pegawaiId)

/** How many pending keberatan of a non-ASN official the instansi's admins record. */
export const keberatanAtasNamaMenunggu = (db: Db, instansiId: string): Promise<number> =>
  repo.hitungMenunggu(db, instansiId, null)

/** A pegawai's keberatan, oldest first, optionally of one year (of the evaluation). */
export async function keberatanPegawai(
  db: Db,
  instansiId: string,
  pegawaiId: string,
  tahun?: number,
): Promise<KeberatanRiwayat[]> {
  return (await repo.listKeberatanPegawai(db, instansiId, pegawaiId, tahun)).map(riwayat)
}

/**
 * The last day to file a keberatan on this version (null before finalisation): the window the filing enforces,
 * so the deadline the evaluation shows and the filing's refusal agree. Pass the year's settings when loaded.
 */
export const batasKeberatanEvaluasi = async (
  db: Db,
  e: repo.EvaluasiRow,
  pengaturan?: PengaturanTahun,
): Promise<string | null> => (await jendelaKeberatan(db, e, pengaturan))?.batas ?? null

/** The keberatan window of an evaluation version (received, last day, today on the instansi's calendar). */

export const jendelaKeberatanEvaluasi = (db: Db, e: repo.EvaluasiRow): Promise<Jendela | null> =>
  jendelaKeberatan(db, e)
