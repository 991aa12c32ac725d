/**
 * One import run, the same for the API and the CLI: read the file, validate EVERY row, plan, then
 * write in ONE transaction — or write nothing when a row is bad and the admin did not choose
 * "valid rows only" (DESIGN.md "Errors and bad input": an import never half-applies).
 */
import { randomUUID } from 'node:crypto'
import { hariIni } from '../../server/clock.ts'
import type { Db } from '../../db/client.ts'
import type { Ctx } from '../../server/auth/actor.ts'
import { catatAudit } from '../../server/audit.ts'
import { usangkanBlokSetelahImpor } from '../skp/skp-snapshot.ts'
import type { JenisImpor, ModeImpor } from '../../shared/impor.ts'
import type { SumberBerkas } from './impor-berkas.ts'
import type { SkemaKolom } from './impor-kolom.ts'
import { bacaTabel, type TabelBerkas } from './impor-tabel.ts'
import type { BarisMentah, HasilBaris, KesalahanBaris, Ringkasan } from './impor-tipe.ts'
import { kunciInstansi, simpanImpor } from './impor.repository.ts'

export type Tahap = 'validasi' | 'tulis'
export type Kemajuan = (tahap: Tahap, selesai: number, total: number) => void
/** Who runs the import: a logged-in admin, or null for the CLI (audited as the system). */
export type Pelaku = Pick<Ctx, 'actor' | 'ip' | 'requestId'> | null

export interface InputImpor {
  instansiId: string
  mode: ModeImpor
  sumber: SumberBerkas
  kemajuan?: Kemajuan
  /** The import date (yyyy-mm-dd): new assignments without TMT_JABATAN start on it. */
  hariIni?: string
}

export interface LaporanImpor {
  id: string | null
  jenis: JenisImpor
  mode: ModeImpor
  namaFile: string
  status: 'selesai' | 'ditolak' | 'divalidasi'
  totalBaris: number
  barisValid: number
  barisDitulis: number
  ringkasan: Ringkasan
  /** The first BATAS_KESALAHAN problems by row; `jumlahKesalahan` counts them all. */
  kesalahan: KesalahanBaris[]
  jumlahKesalahan: number
}

/**
 * A report lists at most this many problems (the first by row), and how many there are in all: a file
 * with 100,000 bad rows must not become a 100,000-entry response, run record and audit row.
 */
export const BATAS_KESALAHAN = 1_000

/** Problems in the order a reader fixes them (by row, as found within a row), capped, all counted. */
export class DaftarKesalahan {
  private daftar: KesalahanBaris[] = []
  jumlah = 0

  constructor(private readonly batas = BATAS_KESALAHAN) {}

  tambah(k: KesalahanBaris): void {
    this.jumlah++
    this.daftar.push(k)
    if (this.daftar.length >= 2 * this.batas) this.pangkas()
  }

  /** Takes another list's kept problems and counts all of its problems. */
  gabung(lain: DaftarKesalahan): void {
    const simpan = lain.hasil()
    for (const k of simpan) this.tambah(k)
    this.jumlah += lain.jumlah - simpan.length
  }

  /** The first `batas` by row; a stable sort keeps a row's problems in the order they were found. */
  hasil(): KesalahanBaris[] {
    this.pangkas()
    return this.daftar
  }

  private pangkas(): void {
    this.daftar.sort((a, b) => a.baris - b.baris)
    if (this.daftar.length > this.batas) this.daftar.length = this.batas
  }
}

export interface RencanaDasar {
  ringkasan: Ringkasan
  kesalahan: KesalahanBaris[]
}

/** What differs between importing pegawai and importing unor. */
export interface JenisImporDef<K extends string, T extends { baris: number }, R extends RencanaDasar> {
  jenis: JenisImpor
  skema: SkemaKolom<K>
  /** Bulk lookups (one query each), then the row validator and the planner bound to their results. */
  siapkan(
    tx: Db,
    instansiId: string,
    tabel: TabelBerkas<K>,
    hariIni: string,
  ): Promise<{ validasi: (raw: BarisMentah<K>) => HasilBaris<T>; rencanakan: (rows: readonly T[]) => R }>
  tulis(tx: Db, instansiId: string, rencana: R, kemajuan: (n: number, total: number) => void): Promise<void>
}

export const NOL: Ringkasan = { baru: 0, diperbarui: 0, mutasi: 0, tidakBerubah: 0 }
/** Indonesian offices import in local time, not UTC (nor the server's zone). */
export const hariIniLokal = () => hariIni()

function validasiSemua<K extends string, T>(
  rows: readonly BarisMentah<K>[],
  validasi: (raw: BarisMentah<K>) => HasilBaris<T>,
  kemajuan?: Kemajuan,
) {
  const valid: T[] = []
  const kesalahan: KesalahanBaris[] = []
  rows.forEach((raw, i) => {
    const h = validasi(raw)
    if ('data' in h) valid.push(h.data)
    else for (const k of h.kesalahan) kesalahan.push({ baris: raw.baris, ...k })
    if (kemajuan && (i % 2000 === 1999 || i === rows.length - 1)) kemajuan('validasi', i + 1, rows.length)
  })
  return { valid, kesalahan }
}

function semuaKesalahan<K extends string>(tabel: TabelBerkas<K>, ...daftar: KesalahanBaris[][]) {
  const kosong: KesalahanBaris[] =
    tabel.baris.length || tabel.kesalahanBerkas.length
      ? []
      : [
          {
            baris: 2,
            kolom: '',
            pesan: { id: 'Berkas tidak berisi baris data', en: 'The file has no data rows' },
          },
        ]
  return [...tabel.kesalahanBerkas, ...kosong, ...daftar.flat()].sort((a, b) => a.baris - b.baris)
}

/**
 * Plan; for valid_saja plan again without the rows that failed while planning (so none of their
 * effects remain, and rows that depended on them are checked again) until the plan is clean.
 */
function rencanakanSampaiBersih<T extends { baris: number }, R extends RencanaDasar>(
  rencanakan: (rows: readonly T[]) => R,
  valid: readonly T[],
  ulang: boolean,
) {
  const kesalahan: KesalahanBaris[] = []
  let rows = valid
  for (;;) {
    const rencana = rencanakan(rows)
    kesalahan.push(...rencana.kesalahan)
    if (!ulang || !rencana.kesalahan.length) return { rencana, kesalahan }
    const salah = new Set(rencana.kesalahan.map((k) => k.baris))
    rows = rows.filter((r) => !salah.has(r.baris))
  }
}

interface Pemeriksaan<R> {
  rencana: R | null
  kesalahan: KesalahanBaris[]
  barisValid: number
}

/** Validate every row, then plan. A file lacking required columns is not looked at row by row. */
function periksa<K extends string, T extends { baris: number }, R extends RencanaDasar>(
  tabel: TabelBerkas<K>,
  siap: Awaited<ReturnType<JenisImporDef<K, T, R>['siapkan']>>,
  input: InputImpor,
): Pemeriksaan<R> {
  if (tabel.kesalahanBerkas.length) return { rencana: null, kesalahan: tabel.kesalahanBerkas, barisValid: 0 }
  const { valid, kesalahan } = validasiSemua(tabel.baris, siap.validasi, input.kemajuan)
  const { rencana, kesalahan: kesalahanRencana } = rencanakanSampaiBersih(
    siap.rencanakan,
    valid,
    input.mode === 'valid_saja',
  )
  const daftar = semuaKesalahan(tabel, kesalahan, kesalahanRencana)
  const salah = new Set(daftar.map((k) => k.baris))
  return { rencana, kesalahan: daftar, barisValid: tabel.baris.filter((r) => !salah.has(r.baris)).length }
}

export async function jalankanImpor<K extends string, T extends { baris: number }, R extends RencanaDasar>(
  db: Db,
  def: JenisImporDef<K, T, R>,
  pelaku: Pelaku,
  input: InputImpor,
): Promise<LaporanImpor> {
  const tabel = await bacaTabel(input.sumber, def.skema)
  const hariIni = input.hariIni ?? hariIniLokal()
  return db.transaction(async (tx) => {
    await kunciInstansi(tx, input.instansiId)
    const { rencana, kesalahan, barisValid } = periksa(
      tabel,
      await def.siapkan(tx, input.instansiId, tabel, hariIni),
      input,
    )
    const laporan: LaporanImpor = {
      id: null,
      jenis: def.jenis,
      mode: input.mode,
      namaFile: input.sumber.namaFile,
      status: 'divalidasi',
      totalBaris: tabel.baris.length,
      barisValid,
      barisDitulis: 0,
      ringkasan: rencana?.ringkasan ?? NOL,
      kesalahan: kesalahan.slice(0, BATAS_KESALAHAN),
      jumlahKesalahan: kesalahan.length,
    }
    if (input.mode === 'validasi') return laporan
    if (!rencana || barisValid === 0 || (input.mode === 'semua' && kesalahan.length > 0)) {
      return catat(tx, pelaku, input.instansiId, { ...laporan, status: 'ditolak', ringkasan: NOL })
    }
    await def.tulis(tx, input.instansiId, rencana, (n, total) => input.kemajuan?.('tulis', n, total))
    const { baru, diperbarui, mutasi } = rencana.ringkasan
    return catat(tx, pelaku, input.instansiId, {
      ...laporan,
      status: 'selesai',
      barisDitulis: baru + diperbarui + mutasi,
    })
  })
}

/** The run is kept (history, report) and audited once — counts, not every row. */
export async function catat(
  tx: Db,
  pelaku: Pelaku,
  instansiId: string,
  laporan: LaporanImpor,
): Promise<LaporanImpor> {
  const id = randomUUID()
  const { mode, ringkasan, kesalahan, jumlahKesalahan, ...angka } = laporan
  await simpanImpor(tx, {
    id,
    instansiId,
    jenis: laporan.jenis,
    namaFile: laporan.namaFile.slice(0, 255),
    status: laporan.status === 'selesai' ? 'selesai' : 'ditolak',
    totalBaris: laporan.totalBaris,
    barisValid: laporan.barisValid,
    barisDitulis: laporan.barisDitulis,
    laporan: { mode, ringkasan, kesalahan, jumlahKesalahan },
    aktorAkunId: pelaku?.actor.akunId ?? null,
  })
  // who assesses whom may have changed: pending SKPs refresh their penilai blocks on their next read
  if (laporan.status === 'selesai') await usangkanBlokSetelahImpor(tx, instansiId)
  await catatAudit(tx, pelaku, {
    instansiId,
    aksi: `impor_${laporan.jenis}`,
    entitas: 'impor',
    entitasId: id,
    sesudah: { ...angka, id, mode, ringkasan, jumlahKesalahan },
  })
  return { ...laporan, id }
}
