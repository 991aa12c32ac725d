import type { Db } from '../../db/client.ts'
import { hitungMenunggu } from './progres-harian.repository.ts'

/** Other modules (the Beranda) read progres harian through this file. */

/** Entries submitted to this penilai and waiting for a decision, and from how many people. */
export const progresMenunggu = (db: Db, instansiId: string, penilaiPegawaiId: string) =>
  hitungMenunggu(db, instansiId, penilaiPegawaiId)
