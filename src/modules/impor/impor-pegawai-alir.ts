/**
 * The pegawai import, streamed: a file of 100,000 rows is never held in memory, neither as rows nor as
 * a plan (issue 7: the API stays under 300 MB RSS). The contract is the one of impor-jalan.ts — validate
 * every row, report every bad row, write in ONE transaction, and write nothing when a row is bad and the
 * admin did not choose "valid rows only":
 *
 * 1. First read: the header and what validating a row needs from the whole file (duplicate NIPs, units
 *    the file defines, heads per unit), plus where new units go (UNOR → UNOR_INDUK).
 * 2. Second read, a chunk at a time: validate, look up the chunk's NIPs, plan the chunk (units and
 *    positions the planner creates carry over to later chunks), and write it at once inside a savepoint.
 *    New units and positions are written at the end (few; a unit's head position may come late in the
 *    file). Problems are counted and the first BATAS_KESALAHAN kept.
 * 3. A bad row under mode=semua: writing stops, reading goes on to report every bad row, and the savepoint
 *    is rolled back. Under valid_saja, a row that fails in planning is left out and the read repeated
 *    without it (its effects on the units and positions the plan creates must not remain), as the
 *    whole-file planner did; so is a read whose unit definitions turned out to come from a bad row.
 */
import type { Db } from '../../db/client.ts'
import { SKEMA_PEGAWAI, type KolomPegawai } from './impor-kolom.ts'
import {
  catat,
  DaftarKesalahan,
  hariIniLokal,
  NOL,
  type InputImpor,
  type LaporanImpor,
  type Pelaku,
} from './impor-jalan.ts'
import { kunci, nipMentah, teks } from './impor-nilai.ts'
import { alirTabel, type InfoTabel } from './impor-tabel.ts'
import type { BarisMentah, Ringkasan } from './impor-tipe.ts'
import * as tulis from './impor-tulis.repository.ts'
import { POTONGAN } from './impor-tulis.repository.ts'
import { kunciInstansi, muatJabatan, muatPegawaiMenurutNip, muatUnor } from './impor.repository.ts'
import {
  konteksBerkasKosong,
  tambahKonteksBerkas,
  type KonteksBerkasPegawai,
} from './pegawai-konteks.rules.ts'
import { buatPerencanaPegawai, definisiUnor } from './pegawai-rencana.rules.ts'
import { validasiBarisPegawai, type KonteksPegawai, type PegawaiImpor } from './pegawai-validasi.rules.ts'
import { uuidv7 } from './uuidv7.ts'

const NIP_VALID = /^\d{18}$/

interface Pengenalan {
  info: InfoTabel<KolomPegawai>
  berkas: KonteksBerkasPegawai
  totalBaris: number
  /** kunci(UNOR) → the first UNOR_INDUK given for it, as the rows are written. */
  definisi: Map<string, string>
}

/** First read: counts and whole-file context only; each chunk is dropped once read. */
async function kenali(input: InputImpor, ukuran: number): Promise<Pengenalan> {
  const { info, potongan } = alirTabel(input.sumber, SKEMA_PEGAWAI, ukuran)
  const berkas = konteksBerkasKosong()
  const definisi = new Map<string, string>()
  let totalBaris = 0
  for await (const p of potongan) {
    totalBaris += p.length
    tambahKonteksBerkas(berkas, p)
    for (const { nilai } of p) {
      const unor = teks(nilai.UNOR)
      const induk = teks(nilai.UNOR_INDUK)
      if (unor && induk && !definisi.has(kunci(unor))) definisi.set(kunci(unor), induk)
    }
  }
  return { info, berkas, totalBaris, definisi }
}

interface Lintasan {
  ringkasan: Ringkasan
  /** Validation problems of this read (the same on every read). */
  kesalahan: DaftarKesalahan
  barisSalahValidasi: number
  /** Problems of rows that failed in planning on this read, and those rows. */
  kesalahanRencana: DaftarKesalahan
  barisGagalRencana: number[]
  /** definisiUnor of the rows this read planned: it must equal the definition the read used. */
  definisiTerpakai: Map<string, string>
  ditulis: boolean
}

interface Keadaan {
  instansiId: string
  ukuranPotongan: number
  hariIni: string
  ctx: Omit<KonteksPegawai, 'nipInstansiLain'>
  unor: Awaited<ReturnType<typeof muatUnor>>
  jabatan: Awaited<ReturnType<typeof muatJabatan>>
}

const samaPeta = (a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>) =>
  a.size === b.size && [...a].every(([k, v]) => b.get(k) === v)

/** Second read: validate, plan and (when `menulis`) write chunk by chunk. */
async function lintasi(
  tx: Db,
  k: Keadaan,
  input: InputImpor,
  o: { definisi: ReadonlyMap<string, string>; kecuali: ReadonlySet<number>; menulis: boolean; total: number },
): Promise<Lintasan> {
  const perencana = buatPerencanaPegawai(k, o.definisi, { hariIni: k.hariIni, idBaru: uuidv7 })
  const hasil: Lintasan = {
    ringkasan: { ...NOL },
    kesalahan: new DaftarKesalahan(),
    barisSalahValidasi: 0,
    kesalahanRencana: new DaftarKesalahan(),
    barisGagalRencana: [],
    definisiTerpakai: new Map(),
    ditulis: false,
  }
  let menulis = o.menulis
  let dibaca = 0
  const tahap = o.menulis ? 'tulis' : 'validasi'
  for await (const p of alirTabel(input.sumber, SKEMA_PEGAWAI, k.ukuranPotongan).potongan) {
    const { valid, milik } = await validasiPotongan(tx, k, p, hasil, o.kecuali)
    definisiUnor(valid, hasil.definisiTerpakai)
    const r = perencana.rencanakan(valid, milik)
    for (const e of r.kesalahan) {
      hasil.kesalahanRencana.tambah(e)
      hasil.barisGagalRencana.push(e.baris)
    }
    for (const x of Object.keys(NOL) as (keyof Ringkasan)[]) hasil.ringkasan[x] += r.ringkasan[x]
    // mode=semua writes nothing once a row is bad: stop writing, keep reading to report every bad row
    if (input.mode === 'semua' && (hasil.kesalahan.jumlah || hasil.kesalahanRencana.jumlah)) menulis = false
    if (menulis) {
      await tulis.upsertPegawai(tx, k.instansiId, r.pegawai)
      await tulis.akhiriPenugasan(tx, k.instansiId, r.akhiriPenugasan)
      await tulis.sisipkanPenugasan(tx, k.instansiId, r.penugasanBaru)
    }
    input.kemajuan?.(tahap, (dibaca += p.length), o.total)
  }
  if (menulis) {
    // Parents before children (PetaUnor adds a parent before any unit created under it); the assignments
    // written above refer to them by id, without a foreign key (checked by the plan, same transaction).
    const unorBaru = perencana.unorBaru.map((u) => ({ ...u, kode: null }))
    await tulis.sisipkanUnor(tx, k.instansiId, unorBaru)
    await tulis.sisipkanJabatan(tx, k.instansiId, perencana.jabatanBaru)
  }
  hasil.ditulis = menulis
  return hasil
}

/**
 * Validates a chunk: its valid rows (minus those left out) and this instansi's pegawai among its NIPs
 * (one lookup per chunk); its problems go into `hasil`.
 */
async function validasiPotongan(
  tx: Db,
  k: Keadaan,
  p: readonly BarisMentah<KolomPegawai>[],
  hasil: Lintasan,
  kecuali: ReadonlySet<number>,
) {
  const nips = [...new Set(p.map((r) => nipMentah(r.nilai.NIP).nip).filter((n) => NIP_VALID.test(n)))]
  const { milik, instansiLain } = await muatPegawaiMenurutNip(tx, k.instansiId, nips)
  const ctx: KonteksPegawai = { ...k.ctx, nipInstansiLain: instansiLain }
  const valid: PegawaiImpor[] = []
  for (const raw of p) {
    const h = validasiBarisPegawai(raw, ctx)
    if ('data' in h) {
      if (!kecuali.has(raw.baris)) valid.push(h.data)
      continue
    }
    hasil.barisSalahValidasi++
    for (const e of h.kesalahan) hasil.kesalahan.tambah({ baris: raw.baris, ...e })
  }
  return { valid, milik }
}

/** Thrown out of the savepoint to roll it back, carrying what the read found. */
class Batalkan extends Error {
  constructor(readonly lintasan: Lintasan) {
    super('rollback to savepoint')
  }
}

/** A read that writes, inside a savepoint: kept only when `simpan` says so. */
async function lintasiDalamSavepoint(
  tx: Db,
  k: Keadaan,
  input: InputImpor,
  o: Parameters<typeof lintasi>[3],
  simpan: (l: Lintasan) => boolean,
): Promise<Lintasan> {
  try {
    return await tx.transaction(async (sp) => {
      const l = await lintasi(sp, k, input, o)
      if (!simpan(l)) throw new Batalkan(l)
      return l
    })
  } catch (e) {
    if (e instanceof Batalkan) return { ...e.lintasan, ditulis: false }
    throw e
  }
}

/** `ukuranPotongan`: rows per chunk (and per write statement); smaller only in tests. */
export async function jalankanImporPegawai(
  db: Db,
  pelaku: Pelaku,
  input: InputImpor,
  { ukuranPotongan = POTONGAN }: { ukuranPotongan?: number } = {},
): Promise<LaporanImpor> {
  const kenal = await kenali(input, ukuranPotongan)
  const hariIni = input.hariIni ?? hariIniLokal()
  const dasar = {
    id: null,
    jenis: 'pegawai' as const,
    mode: input.mode,
    namaFile: input.sumber.namaFile,
    totalBaris: kenal.totalBaris,
    barisDitulis: 0,
  }
  return db.transaction(async (tx) => {
    await kunciInstansi(tx, input.instansiId)
    const berkasSalah = kenal.info.kesalahanBerkas.length
      ? kenal.info.kesalahanBerkas
      : kenal.totalBaris === 0
        ? [
            {
              baris: 2,
              kolom: '',
              pesan: { id: 'Berkas tidak berisi baris data', en: 'The file has no data rows' },
            },
          ]
        : []
    if (berkasSalah.length) {
      const laporan: LaporanImpor = {
        ...dasar,
        status: 'divalidasi',
        barisValid: 0,
        ringkasan: NOL,
        kesalahan: berkasSalah,
        jumlahKesalahan: berkasSalah.length,
      }
      if (input.mode === 'validasi') return laporan
      return catat(tx, pelaku, input.instansiId, { ...laporan, status: 'ditolak' })
    }
    const [unor, jabatan] = [await muatUnor(tx, input.instansiId), await muatJabatan(tx, input.instansiId)]
    const unorKode = new Set(unor.flatMap((u) => (u.kode ? [kunci(u.kode)] : [])))
    // A row naming a unit by its SIASN kode places nothing: validation drops its UNOR_INDUK.
    for (const k of kenal.definisi.keys()) if (unorKode.has(k)) kenal.definisi.delete(k)
    const k: Keadaan = {
      instansiId: input.instansiId,
      ukuranPotongan,
      hariIni,
      unor,
      jabatan,
      ctx: {
        kolomAda: kenal.info.kolomAda,
        ...kenal.berkas,
        unorKode,
        unorNama: new Set(unor.map((u) => kunci(u.nama))),
      },
    }
    const { lintasan, kesalahanRencana } = await lintasiSampaiBersih(tx, k, input, kenal)
    // validation problems first within a row, as found; a row has either kind, never both
    const semua = new DaftarKesalahan()
    semua.gabung(lintasan.kesalahan)
    semua.gabung(kesalahanRencana)
    const jumlahKesalahan = semua.jumlah
    const barisValid = kenal.totalBaris - lintasan.barisSalahValidasi - kesalahanRencana.jumlah
    const laporan: LaporanImpor = {
      ...dasar,
      status: 'divalidasi',
      barisValid,
      ringkasan: lintasan.ringkasan,
      kesalahan: semua.hasil(),
      jumlahKesalahan,
    }
    if (input.mode === 'validasi') return laporan
    if (!lintasan.ditulis || barisValid === 0) {
      return catat(tx, pelaku, input.instansiId, { ...laporan, status: 'ditolak', ringkasan: NOL })
    }
    const { baru, diperbarui, mutasi } = lintasan.ringkasan
    return catat(tx, pelaku, input.instansiId, {
      ...laporan,
      status: 'selesai',
      barisDitulis: baru + diperbarui + mutasi,
    })
  })
}

/**
 * Reads until a read is clean: its unit definitions are those of the rows it planned, and (valid_saja)
 * no row failed in planning — such rows are left out of the next read, their problems kept for the report.
 */
async function lintasiSampaiBersih(tx: Db, k: Keadaan, input: InputImpor, kenal: Pengenalan) {
  const kecuali = new Set<number>()
  const kesalahanRencana = new DaftarKesalahan()
  const ulang = input.mode === 'valid_saja'
  let definisi: ReadonlyMap<string, string> = kenal.definisi
  for (;;) {
    const o = { definisi, kecuali, menulis: input.mode !== 'validasi', total: kenal.totalBaris }
    const bersih = (l: Lintasan) =>
      samaPeta(l.definisiTerpakai, definisi) && !(ulang && l.barisGagalRencana.length) && !tolak(input, l)
    const l = o.menulis
      ? await lintasiDalamSavepoint(tx, k, input, o, bersih)
      : await lintasi(tx, k, input, o)
    if (!samaPeta(l.definisiTerpakai, definisi)) {
      definisi = l.definisiTerpakai
      continue
    }
    kesalahanRencana.gabung(l.kesalahanRencana)
    if (ulang && l.barisGagalRencana.length) {
      for (const b of l.barisGagalRencana) kecuali.add(b)
      continue
    }
    return { lintasan: l, kesalahanRencana }
  }
}

/** Nothing is kept: a bad row under mode=semua, or no row to write at all. */
function tolak(input: InputImpor, l: Lintasan): boolean {
  const bad = l.kesalahan.jumlah + l.kesalahanRencana.jumlah
  return (input.mode === 'semua' && bad > 0) || !l.ditulis
}
