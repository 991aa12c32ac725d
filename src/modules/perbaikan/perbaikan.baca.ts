import { sql } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import { rows } from '../../db/rows.ts'
import { hariIni } from '../../server/clock.ts'

/**
 * Public read (the Beranda): how many running improvement records (PP 30/2019) the penilai should act on — no
 * follow-up recorded yet, or the six months are over and the record waits to be closed. The same rule as
 * `perluTindakLanjut` in perbaikan.service.ts.
 */
export async function perbaikanMenunggu(db: Db, instansiId: string, penilaiPegawaiId: string) {
  const [r] = await rows<{ n: number }>(
    db,
    sql`select count(*)::int as n from rencana_perbaikan r
      join evaluasi e on e.instansi_id = r.instansi_id and e.id = r.evaluasi_id
      where r.instansi_id = ${instansiId} and e.penilai_pegawai_id = ${penilaiPegawaiId}
        and r.status = 'berjalan'
        and (jsonb_array_length(r.tindak_lanjut) = 0 or r.selesai <= ${hariIni()})`,
  )
  return r?.n ?? 0
}
