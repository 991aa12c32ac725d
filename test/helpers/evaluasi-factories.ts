import { and, eq } from 'drizzle-orm'
import type { Database } from '../../src/db/client.ts'
import { evaluasi, predikatOrganisasi, skp } from '../../src/db/schema/index.ts'
import { predikatPegawai, type Rating } from '../../src/domain/predikat.ts'
import type { KodePeriodePenilaian, StatusEvaluasi } from '../../src/shared/enums.ts'
import { buatPohon, buatSkpDisetujui } from './skp-factories.ts'

export interface OpsiEvaluasi {
  periode: KodePeriodePenilaian
  status?: StatusEvaluasi
  ratingHasil?: Rating | null
  ratingPerilaku?: Rating | null
  versi?: number
  /** Default: the SKP's penilai. */
  penilaiPegawaiId?: string | null
  difinalisasiAt?: Date | null
}

/**
 * An evaluation row written directly (for tests of what reads evaluations: curve, keberatan, angka kredit,
 * exports, documents). The predikat comes from the shared matrix, as the service writes it.
 */
export async function buatEvaluasi(database: Database, skpId: string, o: OpsiEvaluasi) {
  const [s] = await database.db.select().from(skp).where(eq(skp.id, skpId))
  const ratingHasil = o.ratingHasil === undefined ? 'SESUAI' : o.ratingHasil
  const ratingPerilaku = o.ratingPerilaku === undefined ? 'SESUAI' : o.ratingPerilaku
  const status = o.status ?? 'final'
  const [row] = await database.db
    .insert(evaluasi)
    .values({
      instansiId: s.instansiId,
      skpId: s.id,
      pegawaiId: s.pegawaiId,
      tahun: s.tahun,
      periode: o.periode,
      versi: o.versi ?? 1,
      status,
      snapshot: s.snapshot,
      penilaiPegawaiId: o.penilaiPegawaiId === undefined ? s.penilaiPegawaiId : o.penilaiPegawaiId,
      ratingHasil,
      ratingPerilaku,
      predikat: ratingHasil && ratingPerilaku ? predikatPegawai(ratingHasil, ratingPerilaku) : null,
      difinalisasiAt:
        o.difinalisasiAt === undefined ? (status === 'draft' ? null : new Date()) : o.difinalisasiAt,
      diterimaAt: status === 'diterima' ? new Date() : null,
    })
    .returning()
  return row
}

/** Sets (or replaces) a unit's predikat organisasi for a period. */
export async function setPredikatOrganisasi(
  database: Database,
  o: {
    instansiId: string
    unorId: string
    tahun: number
    periode: KodePeriodePenilaian
    predikat: (typeof predikatOrganisasi.$inferInsert)['predikat']
    akunId: string
  },
) {
  await database.db
    .delete(predikatOrganisasi)
    .where(
      and(
        eq(predikatOrganisasi.unorId, o.unorId),
        eq(predikatOrganisasi.tahun, o.tahun),
        eq(predikatOrganisasi.periode, o.periode),
      ),
    )
  const [row] = await database.db
    .insert(predikatOrganisasi)
    .values({
      instansiId: o.instansiId,
      unorId: o.unorId,
      tahun: o.tahun,
      periode: o.periode,
      predikat: o.predikat,
      ditetapkanOlehAkunId: o.akunId,
    })
    .returning()
  return row
}

/** The tree of `buatPohon` with an approved SKP each, cascading top → kepala → staf (documents, riwayat). */
export async function buatRantaiDisetujui(database: Database, tahun: number) {
  const p = await buatPohon(database, { tahun: [tahun] })
  const top = await buatSkpDisetujui(database, p.top, { tahun, intervensi: [null], varian: 'jpt' })
  const kepala = await buatSkpDisetujui(database, p.kepala, { tahun, intervensi: [top.rhk[0].id] })
  const staf = await buatSkpDisetujui(database, p.staf, { tahun, intervensi: [kepala.rhk[0].id] })
  return { p, top, kepala, staf }
}
