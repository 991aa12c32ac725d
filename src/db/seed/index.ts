import type { FastifyBaseLogger } from 'fastify'
import { sql } from 'drizzle-orm'
import type { Database } from '../client.ts'
import { akun } from '../schema/index.ts'
import { hashPassword } from '../../server/auth/password.ts'
import {
  buatAkun,
  pilihOrangDemo,
  ringkasAkunDemo,
  type AkunDemo,
  type AkunRow,
  type OrangDemo,
} from './akun.ts'
import { DEMO_PASSWORD } from './demo-akun.ts'
import { strukturInstansi, type StrukturInstansiDemo } from './hasil.ts'
import { DEMO_BCN, DEMO_KABUPATEN } from './instansi-demo.ts'
import { catatMutasi, pasangPlt } from './kasus-khusus.ts'
import { rencanakanInstansi, type InstansiRencana } from './rencana.ts'
import { tulisRencana } from './tulis.ts'
import { seedSkpDemo } from './skp-demo.ts'
import { seedProgresDemo } from './demo-progres.ts'
import { seedBuktiDemo } from './demo-bukti.ts'
import type { Penyimpanan } from '../../modules/berkas/penyimpanan.ts'
import { seedPelaksanaanDemo } from './demo-pelaksanaan.ts'
import { seedUmpanBalikDemo } from './demo-umpan-balik.ts'
import { seedPenilaianDemo } from './demo-penilaian.ts'

export { DEMO_AKUN, DEMO_PASSWORD } from './demo-akun.ts'
export type { AkunDemo } from './akun.ts'
export type { KepalaUnitDemo, PegawaiDemo, StrukturInstansiDemo } from './hasil.ts'
export { TAHUN_ACUAN } from './rencana.ts'

export interface RencanaDemo {
  instansi: InstansiRencana[]
  demo: OrangDemo
  akun: AkunRow[]
}

/**
 * The whole demo, planned in memory (no database): same names, NIPs and structure on every run, since
 * every choice comes from a seeded PRNG. Only the row ids (random UUIDs) differ.
 */
export function rencanaDemo(passwordHash: string): RencanaDemo {
  const nip = new Set<string>()
  const kab = rencanakanInstansi(DEMO_KABUPATEN, { nip })
  const bcn = rencanakanInstansi(DEMO_BCN, { nip })
  // the vacant Kepala Dinas Kominfo is held by a Kepala Bidang of Dukcapil as Plt
  const { plt } = pasangPlt(kab, {
    unitKode: 'DISKOMINFO',
    pejabatDariKode: 'DUKCAPIL.PDIP',
    mulai: '2025-10-01',
  })
  const mutasi = catatMutasi(kab, {
    unitKode: 'DISKOMINFO.APTIKA',
    key: 'pranata_komputer.ahli_pertama',
    dariKode: 'DUKCAPIL.PIAK',
    keyLama: 'pengelola_data',
    pindah: '2025-01-02',
  })
  const demo = pilihOrangDemo(kab, bcn, { plt, mutasi })
  const root = kab.pohon.unor.find((u) => !u.parentId)!
  return { instansi: [kab, bcn], demo, akun: buatAkun([kab, bcn], demo, passwordHash, root.id) }
}

export interface SeedDemoHasil {
  kabupaten: StrukturInstansiDemo
  bcn: StrukturInstansiDemo
  /** The demo accounts by role (the same as DEMO_AKUN). */
  akunDemo: Record<string, AkunDemo>
  jumlah: { unor: number; jabatan: number; pegawai: number; penugasan: number; akun: number }
}

/**
 * Write the demo data into an empty database (fails on a database that already has it: usernames and
 * instansi codes are unique). The password is hashed once and shared by every demo account.
 */
export async function seedDemo(
  database: Database,
  opts: { passwordHash?: string } = {},
): Promise<SeedDemoHasil> {
  const rencana = rencanaDemo(opts.passwordHash ?? (await hashPassword(DEMO_PASSWORD)))
  await tulisRencana(database.db, rencana.instansi, rencana.akun)
  const [kab, bcn] = rencana.instansi
  const semua = rencana.instansi
  return {
    kabupaten: strukturInstansi(kab),
    bcn: strukturInstansi(bcn),
    akunDemo: ringkasAkunDemo(semua, rencana.demo, rencana.akun),
    jumlah: {
      unor: semua.reduce((n, r) => n + r.pohon.unor.length, 0),
      jabatan: semua.reduce((n, r) => n + r.pohon.jabatan.length, 0),
      pegawai: semua.reduce((n, r) => n + r.penempatan.length, 0),
      penugasan: semua.reduce((n, r) => n + r.penugasan.length, 0),
      akun: rencana.akun.length,
    },
  }
}

/**
 * Seeds the demo data once, on a database without any account. Demo passwords exist only here. With the
 * app's file storage (`penyimpanan`), the demo realisasi get evidence files too.
 */
export async function seedDemoIfEmpty(
  database: Database,
  log: Pick<FastifyBaseLogger, 'info'>,
  opsi: { penyimpanan?: Penyimpanan } = {},
) {
  const [{ n }] = await database.db.select({ n: sql<number>`count(*)::int` }).from(akun)
  if (n > 0) return
  const mulai = performance.now()
  const hasil = await seedDemo(database)
  // Demo SKPs for the current year, cascaded from the Sekda down, in every state (issue 3).
  const skp = await seedSkpDemo(database, hasil.kabupaten, new Date().getFullYear())
  // Realisasi and rencana aksi of the periods so far, one locked period left empty (issue 8).
  const pelaksanaan = await seedPelaksanaanDemo(
    database,
    hasil.kabupaten.instansiId,
    new Date().getFullYear(),
  )
  // Bukti dukung of those realisasi: generated PDFs and photos, a few links (issue 8).
  const bukti = opsi.penyimpanan
    ? await seedBuktiDemo(database, opsi.penyimpanan, hasil.kabupaten.instansiId, {
        utamakan: Object.values(hasil.akunDemo).map((a) => a.username),
      })
    : 0
  // Progres harian of a few pegawai over the last three weeks: approved, waiting, draft, one returned.
  const progres = await seedProgresDemo(database, hasil.kabupaten.instansiId)
  // Feedback threads on past periods and one coaching session with B.1.8 and B.1.9 (issue 8).
  const umpanBalik = await seedUmpanBalikDemo(database, hasil.kabupaten.instansiId)
  // Periodic evaluations of the past periods, predikat organisasi, keberatan, improvement record (issue 9).
  const penilaian = await seedPenilaianDemo(database, hasil.kabupaten.instansiId, new Date().getFullYear())
  log.info(
    {
      ...hasil.jumlah,
      skp,
      pelaksanaan,
      bukti,
      progres,
      umpanBalik,
      penilaian,
      ms: Math.round(performance.now() - mulai),
    },
    'demo data seeded',
  )
}
