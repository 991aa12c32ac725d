/**
 * Import use cases for the API and the CLI. Both go through `jalankan`, the same code path: policy
 * (API only), then the run in one transaction (impor-jalan.ts).
 */
import { eq } from 'drizzle-orm'
import type { Database, Db } from '../../db/client.ts'
import { instansi } from '../../db/schema/index.ts'
import type { Ctx } from '../../server/auth/actor.ts'
import { notFound, type Lang } from '../../server/errors.ts'
import type {
  ImporDetail,
  ImporListQuery,
  ImporReport,
  ImporRun,
  JenisImpor,
  ModeImpor,
} from '../../shared/impor.ts'
import type { SumberBerkas } from './impor-berkas.ts'
import { SKEMA_PEGAWAI, SKEMA_UNOR, templateCsv } from './impor-kolom.ts'
import { jalankanImpor, type Kemajuan, type LaporanImpor, type Pelaku } from './impor-jalan.ts'
import { jalankanImporPegawai } from './impor-pegawai-alir.ts'
import { imporUnor } from './impor-unor.ts'
import type { Ringkasan } from './impor-tipe.ts'
import { lingkupObjek } from '../organisasi/organisasi.policy.ts'
import { assertBolehImpor, lingkupRiwayatImpor } from './impor.policy.ts'
import * as repo from './impor.repository.ts'

const INSTANSI = { id: 'Instansi', en: 'Agency' }
const RIWAYAT = { id: 'Riwayat impor', en: 'Import run' }

/** The report in the reader's language. */
export const lokalkan = (l: LaporanImpor, lang: Lang): ImporReport => ({
  ...l,
  kesalahan: l.kesalahan.map((k) => ({ baris: k.baris, kolom: k.kolom, pesan: k.pesan[lang] })),
})

export const cariInstansi = async (db: Db, by: { id: string } | { kode: string }) =>
  (
    await db
      .select({ id: instansi.id, kode: instansi.kode, nama: instansi.nama })
      .from(instansi)
      .where('id' in by ? eq(instansi.id, by.id) : eq(instansi.kode, by.kode))
  )[0]

export interface PerintahImpor {
  jenis: JenisImpor
  instansiId: string
  mode: ModeImpor
  sumber: SumberBerkas
  kemajuan?: Kemajuan
  hariIni?: string
}

export function imporService({ db }: Database) {
  /** The shared path: the API calls it after its policy check, the CLI directly. */
  async function jalankan(pelaku: Pelaku, p: PerintahImpor): Promise<LaporanImpor> {
    if (!(await cariInstansi(db, { id: p.instansiId }))) throw notFound(INSTANSI)
    const input = {
      instansiId: p.instansiId,
      mode: p.mode,
      sumber: p.sumber,
      kemajuan: p.kemajuan,
      hariIni: p.hariIni,
    }
    // pegawai files run to 100,000s of rows: streamed; unit files are small and read whole
    return p.jenis === 'pegawai'
      ? jalankanImporPegawai(db, pelaku, input)
      : jalankanImpor(db, imporUnor, pelaku, input)
  }

  /** API: authorise before the upload is even read, so a forbidden caller cannot make us buffer 50 MB. */
  async function impor(ctx: Ctx, p: Omit<PerintahImpor, 'sumber'>, unggahan: () => Promise<SumberBerkas>) {
    assertBolehImpor(ctx.actor, p.instansiId)
    if (!(await cariInstansi(db, { id: p.instansiId }))) throw notFound(INSTANSI)
    return jalankan(ctx, { ...p, sumber: await unggahan() })
  }

  async function riwayat(ctx: Ctx, q: ImporListQuery) {
    const page = await repo.listImpor(db, lingkupRiwayatImpor(ctx.actor, q.instansiId), q)
    return { ...page, items: page.items.map(viewRun) }
  }

  async function detail(ctx: Ctx, id: string): Promise<ImporDetail> {
    const row = await repo.findImpor(db, lingkupObjek(ctx.actor), id)
    if (!row) throw notFound(RIWAYAT)
    assertBolehImpor(ctx.actor, row.instansiId)
    const laporan = row.laporan as { kesalahan: LaporanImpor['kesalahan']; jumlahKesalahan?: number }
    const run = viewRun(row)
    return {
      ...run,
      kesalahan: lokalkan({ ...run, kesalahan: laporan.kesalahan, jumlahKesalahan: 0 }, ctx.lang).kesalahan,
      // runs recorded before the list was capped stored every problem
      jumlahKesalahan: laporan.jumlahKesalahan ?? laporan.kesalahan.length,
    }
  }

  return { jalankan, impor, riwayat, detail }
}
export type ImporService = ReturnType<typeof imporService>

type BarisRun = Awaited<ReturnType<typeof repo.listImpor>>['items'][number]

function viewRun(r: BarisRun): ImporRun {
  return {
    id: r.id,
    instansiId: r.instansiId,
    jenis: r.jenis,
    mode: (r.mode ?? 'semua') as ModeImpor,
    namaFile: r.namaFile,
    status: r.status,
    totalBaris: r.totalBaris,
    barisValid: r.barisValid,
    barisDitulis: r.barisDitulis,
    ringkasan: (r.ringkasan ?? { baru: 0, diperbarui: 0, mutasi: 0, tidakBerubah: 0 }) as Ringkasan,
    aktor: r.aktor,
    createdAt: new Date(r.createdAt).toISOString(),
  }
}

export const TEMPLATE = { 'pegawai.csv': templateCsv(SKEMA_PEGAWAI), 'unor.csv': templateCsv(SKEMA_UNOR) }
