import { eq } from 'drizzle-orm'
import type { Database, Db } from '../client.ts'
import { iki, instansi, pegawai, pengaturanTahun, rhk, skp, skpPerilaku, unor } from '../schema/index.ts'
import type { ResolvePenilaiOutput } from '../../domain/atasan.ts'
import { pengaturanBawaan } from '../../domain/settings.ts'
import type { SkpStatus } from '../../domain/skp-workflow.ts'
import type { StrukturInstansiDemo } from './hasil.ts'
import { tulisMph, tulisTimKerja } from './skp-demo-kaskade.ts'
import { penilaiSemua, pilihPegawai, rencanakan, type Info, type Rencana } from './skp-demo-rencana.ts'

export type { Rencana } from './skp-demo-rencana.ts'

/*
 * Demo SKPs for issue 3: for the demo year, cascaded from the top leader (Sekda) through the kepala dinas,
 * kepala bidang / sekretaris / kepala sekolah / kepala puskesmas and kepala seksi down to the staff of
 * whole dinas (default: Pendidikan and Kesehatan), in every state. Heads are approved (a subordinate can
 * only cascade from an approved SKP, DOMAIN §2); some kepala seksi are still submitted, returned or
 * drafting, and then their staff have no SKP yet — the "blocked by the atasan" case of DOMAIN §8.
 * Planned in memory, written with a few multi-row inserts in one transaction.
 */

export interface SkpDemoHasil {
  jumlah: { skp: number; rhk: number; iki: number }
  perStatus: Record<SkpStatus, number>
  peranHasilId: string | null
  timKerjaId: string | null
}

async function muatInfo(db: Db, instansiId: string): Promise<Info> {
  const [[inst], unorRows, orangRows] = await Promise.all([
    db.select().from(instansi).where(eq(instansi.id, instansiId)),
    db.select({ id: unor.id, nama: unor.nama }).from(unor).where(eq(unor.instansiId, instansiId)),
    db.select().from(pegawai).where(eq(pegawai.instansiId, instansiId)),
  ])
  return {
    instansi: inst,
    unorNama: new Map(unorRows.map((u) => [u.id, u.nama])),
    orang: new Map(orangRows.map((o) => [o.id, o])),
  }
}

/**
 * Seed the demo SKPs of one demo instansi for `tahun` (call after `seedDemo`, e.g. with its `kabupaten`
 * structure and the current year). `dinas`: unit codes whose whole subtree gets SKPs.
 */
export async function seedSkpDemo(
  database: Database,
  struktur: StrukturInstansiDemo,
  tahun: number,
  o: { dinas?: string[] } = {},
): Promise<SkpDemoHasil> {
  const info = await muatInfo(database.db, struktur.instansiId)
  const penilai = penilaiSemua(struktur, `${tahun}-06-30`)
  const rencana = rencanakan(
    struktur,
    info,
    tahun,
    pilihPegawai(struktur, o.dinas ?? ['DISDIK', 'DINKES'], penilai),
    penilai,
  )
  return database.db.transaction((tx) => tulis(tx, struktur, tahun, rencana, penilai))
}

/** A few multi-row inserts, in one transaction: all or nothing. */
async function tulis(
  tx: Db,
  s: StrukturInstansiDemo,
  tahun: number,
  rencana: Map<string, Rencana>,
  penilai: Map<string, ResolvePenilaiOutput>,
): Promise<SkpDemoHasil> {
  const semua = [...rencana.values()]
  await tx
    .insert(pengaturanTahun)
    .values({ instansiId: s.instansiId, tahun, pengaturan: pengaturanBawaan(tahun) })
    .onConflictDoNothing()
  await sisipkan(
    tx,
    skp,
    semua.map((r) => r.skp),
  )
  await sisipkan(
    tx,
    rhk,
    semua.flatMap((r) => r.rhk),
  )
  await sisipkan(
    tx,
    iki,
    semua.flatMap((r) => r.iki),
  )
  await sisipkan(
    tx,
    skpPerilaku,
    semua.flatMap((r) => r.perilaku),
  )
  const peranHasilId = await tulisMph(tx, s, rencana, penilai)
  const timKerjaId = await tulisTimKerja(tx, s, rencana, penilai, tahun)
  const perStatus = { draft: 0, diajukan: 0, disetujui: 0, dikembalikan: 0 }
  for (const r of semua) perStatus[r.skp.status as SkpStatus] += 1
  const jumlah = {
    skp: semua.length,
    rhk: semua.reduce((n, r) => n + r.rhk.length, 0),
    iki: semua.reduce((n, r) => n + r.iki.length, 0),
  }
  return { jumlah, perStatus, peranHasilId, timKerjaId }
}

async function sisipkan(
  tx: Db,
  table: typeof skp | typeof rhk | typeof iki | typeof skpPerilaku,
  rows: object[],
) {
  for (let i = 0; i < rows.length; i += 500) await tx.insert(table).values(rows.slice(i, i + 500) as never)
}
