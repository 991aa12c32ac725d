import type { PgTable } from 'drizzle-orm/pg-core'
import type { Db } from '../client.ts'
import { akun, instansi, jabatan, pegawai, penugasan, unor } from '../schema/index.ts'
import type { AkunRow } from './akun.ts'
import type { InstansiRencana } from './rencana.ts'

// ~500 rows per statement keeps every insert well under PostgreSQL's 65,535 bind parameters.
const POTONGAN = 500

async function sisipkan(tx: Db, table: PgTable, rows: object[]) {
  for (let i = 0; i < rows.length; i += POTONGAN) {
    await tx.insert(table).values(rows.slice(i, i + POTONGAN) as never)
  }
}

/** Write the whole plan with a few multi-row inserts per table, in one transaction: all or nothing. */
export async function tulisRencana(db: Db, rencana: InstansiRencana[], akunRows: AkunRow[]) {
  await db.transaction(async (tx) => {
    await sisipkan(
      tx,
      instansi,
      rencana.map((r) => r.row),
    )
    // parents come before children in each list (the tree is flattened depth-first)
    await sisipkan(
      tx,
      unor,
      rencana.flatMap((r) => r.pohon.unor),
    )
    await sisipkan(
      tx,
      jabatan,
      rencana.flatMap((r) => r.pohon.jabatan),
    )
    await sisipkan(
      tx,
      pegawai,
      rencana.flatMap((r) => r.penempatan.map((p) => p.orang.row)),
    )
    await sisipkan(
      tx,
      penugasan,
      rencana.flatMap((r) => r.penugasan),
    )
    await sisipkan(tx, akun, akunRows)
  })
}
