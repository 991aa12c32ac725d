/**
 * What other modules read of bukti dukung (the realisasi page of the pelaksanaan module): the evidence of
 * an SKP's period, grouped by IKI. The caller has already checked that the actor may read the SKP.
 */
import type { Db } from '../../db/client.ts'
import type { BuktiView } from '../../shared/bukti.ts'
import { listBukti, type BuktiDaftarRow, type KodePeriode } from './bukti.repository.ts'

export function susunBukti(r: BuktiDaftarRow): BuktiView {
  return {
    id: r.id,
    ikiId: r.ikiId,
    periode: r.periode,
    jenis: r.jenis,
    berkas:
      r.namaBerkas !== null ? { nama: r.namaBerkas, ukuran: Number(r.ukuran), mime: r.mime ?? '' } : null,
    tautan: r.tautan,
    keterangan: r.keterangan,
    dibuatPada: r.createdAt.toISOString(),
  }
}

/** The period's evidence per IKI id, oldest first; an IKI without evidence has no key. */
export async function daftarBukti(
  db: Db,
  instansiId: string,
  skpId: string,
  periode: KodePeriode,
): Promise<Record<string, BuktiView[]>> {
  const hasil: Record<string, BuktiView[]> = {}
  for (const r of await listBukti(db, instansiId, skpId, periode)) (hasil[r.ikiId] ??= []).push(susunBukti(r))
  return hasil
}
