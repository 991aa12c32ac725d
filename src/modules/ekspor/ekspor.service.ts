import type { Db } from '../../db/client.ts'
import { KODE_SIASN_RATING } from '../../domain/predikat.ts'
import {
  golonganIdSiasn,
  koefisienIdSiasn,
  KUADRAN_SIASN,
  LABEL_SIASN_RATING,
  rentangPeriodik,
  statusPenilaiSiasn,
} from '../../domain/siasn.ts'
import type { Ctx } from '../../server/auth/actor.ts'
import { catatAudit } from '../../server/audit.ts'
import { notFound } from '../../server/errors.ts'
import {
  KOLOM_PERIODIK,
  KOLOM_RW_SKP22,
  type BarisPeriodik,
  type BarisRwSkp22,
  type FormatEkspor,
  type JenisEkspor,
  type MetaEkspor,
} from '../../shared/ekspor.ts'
import type { JENJANG_FUNGSIONAL } from '../../shared/organisasi.ts'
import { barisCsv, JSON_PENUTUP, jsonHalaman, jsonPembuka, kepalaCsv } from './ekspor-format.ts'
import { instansiEkspor } from './ekspor.policy.ts'
import * as repo from './ekspor.repository.ts'

/**
 * SIASN export (DOMAIN §7): the API and the CLI both open an export here and write its text a page at a time,
 * so 20,000+ rows never sit in memory as objects. Pages are read one after another (no snapshot across
 * pages: a result finalised during a long export may or may not be in it).
 */

/** Rows per page read from the database. */
export const UKURAN_HALAMAN = 2_000

const INSTANSI = { id: 'Instansi', en: 'Agency' }
/** The smallest uuid: where a keyset walk starts. */
const NOL = '00000000-0000-0000-0000-000000000000'

export interface Ekspor {
  meta: MetaEkspor
  /** The rows, a page at a time. */
  halaman: () => AsyncGenerator<(BarisRwSkp22 | BarisPeriodik)[]>
}

export const keRwSkp22 = (tahun: number, r: repo.BarisEvaluasiFinal): BarisRwSkp22 => ({
  nip: r.nip,
  tahun,
  hasilKinerja: LABEL_SIASN_RATING[r.ratingHasil],
  hasilKinerjaNilai: KODE_SIASN_RATING[r.ratingHasil],
  perilakuKerja: LABEL_SIASN_RATING[r.ratingPerilaku],
  perilakuKerjaNilai: KODE_SIASN_RATING[r.ratingPerilaku],
  kuadranKinerja: KUADRAN_SIASN[r.predikat].label,
  kuadranKinerjaNilai: KUADRAN_SIASN[r.predikat].nilai,
  namaPenilai: r.namaPenilai,
  nipNrpPenilai: r.nipPenilai,
  penilaiGolonganId: golonganIdSiasn(r.golonganPenilai),
  penilaiJabatanNm: r.jabatanPenilai,
  penilaiUnorNm: r.unorPenilai,
  statusPenilai: statusPenilaiSiasn(r.nipPenilai),
})

export const kePeriodik = (tahun: number, r: repo.BarisEvaluasiPeriodik): BarisPeriodik => ({
  nip: r.nip,
  ...rentangPeriodik(tahun, r.periode, r),
  hasilKinerjaNilai: KODE_SIASN_RATING[r.ratingHasil],
  perilakuKerjaNilai: KODE_SIASN_RATING[r.ratingPerilaku],
  kuadranKinerjaNilai: KUADRAN_SIASN[r.predikat].nilai,
  koefisienId: koefisienIdSiasn(r.jenjang as (typeof JENJANG_FUNGSIONAL)[number] | null),
})

async function* halamanRwSkp22(db: Db, instansiId: string, tahun: number, ukuran: number) {
  let setelah = NOL
  for (;;) {
    const page = await repo.halamanTahunan(db, instansiId, tahun, setelah, ukuran)
    if (page.length === 0) return
    yield page.map((r) => keRwSkp22(tahun, r))
    if (page.length < ukuran) return
    setelah = page[page.length - 1].pegawaiId
  }
}

async function* halamanPeriodik(db: Db, instansiId: string, tahun: number, ukuran: number) {
  let setelah: repo.KunciPeriodik = { pegawaiId: NOL, periode: '', id: NOL }
  for (;;) {
    const page = await repo.halamanPeriodik(db, instansiId, tahun, setelah, ukuran)
    if (page.length === 0) return
    yield page.map((r) => kePeriodik(tahun, r))
    if (page.length < ukuran) return
    const akhir = page[page.length - 1]
    setelah = { pegawaiId: akhir.pegawaiId, periode: akhir.periode, id: akhir.id }
  }
}

/**
 * An export of one instansi and year, without a policy check (the CLI runs as the operator; the API calls
 * bukaEkspor). The audit row names who exported what; the rows are read as they are written out.
 */
export async function eksporInstansi(
  db: Db,
  pelaku: Pick<Ctx, 'actor' | 'ip' | 'requestId'>,
  p: { jenis: JenisEkspor; instansiId: string; tahun: number; format: FormatEkspor; ukuran?: number },
): Promise<Ekspor> {
  if (!(await repo.cariInstansiEkspor(db, { id: p.instansiId }))) throw notFound(INSTANSI)
  const tahunan = p.jenis === 'rw-skp22'
  const n = await repo.hitung(db, p.instansiId, p.tahun, tahunan)
  const meta: MetaEkspor = {
    jenis: p.jenis,
    instansiId: p.instansiId,
    tahun: p.tahun,
    jumlahBaris: n.baris,
    tanpaEvaluasiFinal: n.tanpa,
  }
  await catatAudit(db, pelaku, {
    instansiId: p.instansiId,
    aksi: 'ekspor_siasn',
    entitas: 'instansi',
    entitasId: p.instansiId,
    sesudah: { ...meta, format: p.format },
  })
  const ukuran = p.ukuran ?? UKURAN_HALAMAN
  return {
    meta,
    halaman: () =>
      tahunan
        ? halamanRwSkp22(db, p.instansiId, p.tahun, ukuran)
        : halamanPeriodik(db, p.instansiId, p.tahun, ukuran),
  }
}

/** The API's entry: admin instansi (own) or admin nasional (any, instansiId required). */
export function bukaEkspor(
  db: Db,
  ctx: Ctx,
  p: { jenis: JenisEkspor; instansiId?: string; tahun: number; format: FormatEkspor },
) {
  const instansiId = instansiEkspor(ctx.actor, p.instansiId)
  return eksporInstansi(db, ctx, { ...p, instansiId })
}

/** The export's text, chunk by chunk (one chunk per page of rows), in the asked format. */
export async function* teksEkspor(e: Ekspor, format: FormatEkspor): AsyncGenerator<string> {
  const kolom = e.meta.jenis === 'rw-skp22' ? KOLOM_RW_SKP22 : KOLOM_PERIODIK
  let pertama = true
  yield format === 'csv' ? kepalaCsv(kolom) : jsonPembuka(e.meta)
  for await (const page of e.halaman()) {
    if (format === 'csv') {
      yield page.map((b) => barisCsv(kolom, b as unknown as Record<string, unknown>)).join('')
    } else {
      yield jsonHalaman(page, pertama)
    }
    pertama = false
  }
  if (format === 'json') yield JSON_PENUTUP
}

/** The file name a download suggests: siasn-rw-skp22-<kode>-<tahun>.csv. */
export async function namaBerkasEkspor(db: Db, e: Ekspor, format: FormatEkspor) {
  const inst = await repo.cariInstansiEkspor(db, { id: e.meta.instansiId })
  const kode = (inst?.kode ?? 'instansi').replace(/[^A-Za-z0-9_-]/g, '_')
  return `siasn-${e.meta.jenis}-${kode}-${e.meta.tahun}.${format}`
}

export const cariInstansiEkspor = repo.cariInstansiEkspor
