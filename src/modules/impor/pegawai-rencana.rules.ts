/**
 * Planning a pegawai import (pure): given the valid rows and what the instansi already has, decide
 * what to write. Upsert by NIP; a changed unit or position becomes a NEW definitif assignment and the
 * old one ends the day before (DOMAIN.md §1 "Mutasi": history is kept, never overwritten); unchanged
 * rows produce nothing to write.
 */
import { addDays } from '../../domain/iso-date.ts'
import { kunci } from './impor-nilai.ts'
import type { KesalahanBaris, Ringkasan } from './impor-tipe.ts'
import type { JenisAsn, StatusKepegawaian } from './pegawai-enum.ts'
import type { PegawaiImpor } from './pegawai-validasi.rules.ts'
import {
  PetaJabatan,
  PetaUnor,
  type JabatanAda,
  type JabatanBaru,
  type UnorAda,
  type UnorBaru,
} from './unor-peta.ts'

export interface DataPegawai {
  nip: string
  nama: string
  gelarDepan: string | null
  gelarBelakang: string | null
  jenisKelamin: 'L' | 'P'
  tempatLahir: string | null
  tanggalLahir: string
  jenisAsn: JenisAsn
  golongan: string | null
  pangkat: string | null
  status: StatusKepegawaian
  /** When the status holds (inclusive, null = open). */
  statusMulai?: string | null
  statusSelesai?: string | null
  email: string | null
}
const FIELD_DATA = [
  'nama',
  'gelarDepan',
  'gelarBelakang',
  'jenisKelamin',
  'tempatLahir',
  'tanggalLahir',
  'jenisAsn',
  'golongan',
  'pangkat',
  'status',
  'statusMulai',
  'statusSelesai',
  'email',
] as const satisfies readonly (keyof DataPegawai)[]

export interface PenugasanAda {
  id: string
  unorId: string
  jabatanId: string
  mulai: string
}
export type PegawaiAda = DataPegawai & { id: string; penugasan: PenugasanAda | null }

export interface KeadaanInstansi {
  unor: readonly UnorAda[]
  jabatan: readonly JabatanAda[]
  /** This instansi's pegawai among the file's NIPs, with their open definitif assignment. */
  pegawai: ReadonlyMap<string, PegawaiAda>
}

export interface PenugasanBaru {
  id: string
  pegawaiId: string
  unorId: string
  jabatanId: string
  isKepala: boolean
  mulai: string
}

export interface RencanaPegawai {
  unorBaru: UnorBaru[]
  jabatanBaru: JabatanBaru[]
  /** New and changed pegawai (`baru` tells which). */
  pegawai: (DataPegawai & { id: string; baru: boolean })[]
  akhiriPenugasan: { id: string; selesai: string }[]
  penugasanBaru: PenugasanBaru[]
  ringkasan: Ringkasan
  kesalahan: KesalahanBaris[]
}

/** A column absent from the file (undefined) keeps the stored value. */
function pilih<T>(baru: T | undefined, lama: T | undefined, bawaan: T): T {
  return baru !== undefined ? baru : lama !== undefined ? lama : bawaan
}

function gabung(
  ada: PegawaiAda | undefined,
  r: PegawaiImpor,
  id: string,
): DataPegawai & { id: string; baru: boolean } {
  const status = pilih(r.status, ada?.status, 'aktif')
  return {
    id,
    baru: !ada,
    nip: r.nip,
    nama: r.nama,
    gelarDepan: pilih(r.gelarDepan, ada?.gelarDepan, null),
    gelarBelakang: pilih(r.gelarBelakang, ada?.gelarBelakang, null),
    jenisKelamin: r.jenisKelamin,
    tempatLahir: pilih(r.tempatLahir, ada?.tempatLahir, null),
    tanggalLahir: r.tanggalLahir,
    jenisAsn: r.jenisAsn,
    golongan: r.golongan,
    pangkat: pilih(r.pangkat, ada?.pangkat, null),
    status,
    // an active pegawai has no exemption dates (as in the pegawai form)
    statusMulai: status === 'aktif' ? null : pilih(r.statusMulai, ada?.statusMulai, null),
    statusSelesai: status === 'aktif' ? null : pilih(r.statusSelesai, ada?.statusSelesai, null),
    email: pilih(r.email, ada?.email, null),
  }
}

const berubah = (a: DataPegawai, b: DataPegawai) => FIELD_DATA.some((f) => (a[f] ?? null) !== (b[f] ?? null))

/** Where the new assignment starts: TMT_JABATAN, or the import date when the file has none. */
function cekMulai(r: PegawaiImpor, lama: PenugasanAda | null, hariIni: string): KesalahanBaris | string {
  const mulai = r.tmtJabatan ?? hariIni
  if (!lama || mulai > lama.mulai) return mulai
  return {
    baris: r.baris,
    kolom: 'TMT_JABATAN',
    pesan: {
      id: `Jabatan/unit berubah: TMT_JABATAN harus setelah mulai jabatan saat ini (${lama.mulai})`,
      en: `Unit/position changed: TMT_JABATAN must be after the current position's start (${lama.mulai})`,
    },
  }
}

/** kunci(UNOR) → the UNOR_INDUK the first of `rows` that gives one says: new units are placed there. */
export function definisiUnor(rows: readonly PegawaiImpor[], ke = new Map<string, string>()) {
  for (const r of rows) if (r.unorInduk && !ke.has(kunci(r.unor))) ke.set(kunci(r.unor), r.unorInduk)
  return ke
}

export type RencanaPotongan = Omit<RencanaPegawai, 'unorBaru' | 'jabatanBaru'>

/**
 * The planner of one import, fed the valid rows chunk by chunk in file order (a large file is streamed):
 * units and positions it creates accumulate in `unorBaru` / `jabatanBaru` and are shared by later chunks,
 * so planning chunk by chunk gives the same plan as planning every row at once. `definisi` must cover
 * the whole file (definisiUnor of every row that will be planned).
 */
export function buatPerencanaPegawai(
  ada: Pick<KeadaanInstansi, 'unor' | 'jabatan'>,
  definisi: ReadonlyMap<string, string>,
  opsi: { hariIni: string; idBaru: () => string },
) {
  const unor = new PetaUnor(ada.unor, definisi, opsi.idBaru)
  const jabatan = new PetaJabatan(ada.jabatan, opsi.idBaru)
  return {
    unorBaru: unor.baru,
    jabatanBaru: jabatan.baru,
    /** `pegawai`: this instansi's pegawai among the chunk's NIPs (or more), with their open assignment. */
    rencanakan(rows: readonly PegawaiImpor[], pegawai: KeadaanInstansi['pegawai']): RencanaPotongan {
      const rencana: RencanaPotongan = {
        pegawai: [],
        akhiriPenugasan: [],
        penugasanBaru: [],
        ringkasan: { baru: 0, diperbarui: 0, mutasi: 0, tidakBerubah: 0 },
        kesalahan: [],
      }
      const keadaan = { ...ada, pegawai }
      for (const r of rows) {
        const u = unor.cari(r.unor, r.unorInduk)
        if ('kesalahan' in u) {
          rencana.kesalahan.push({ baris: r.baris, ...u.kesalahan })
          continue
        }
        if (r.jabatan.isKepala) unor.namaiKepala(u.id, r.jabatan.nama)
        rencanakanBaris(rencana, r, jabatan.cari({ ...r.jabatan, unorId: u.id }), u.id, keadaan, opsi)
      }
      return rencana
    },
  }
}

export function rencanakanImporPegawai(
  rows: readonly PegawaiImpor[],
  ada: KeadaanInstansi,
  opsi: { hariIni: string; idBaru: () => string },
): RencanaPegawai {
  const perencana = buatPerencanaPegawai(ada, definisiUnor(rows), opsi)
  const rencana = perencana.rencanakan(rows, ada.pegawai)
  return { unorBaru: perencana.unorBaru, jabatanBaru: perencana.jabatanBaru, ...rencana }
}

function rencanakanBaris(
  rencana: RencanaPotongan,
  r: PegawaiImpor,
  jabatanId: string,
  unorId: string,
  ada: KeadaanInstansi,
  opsi: { hariIni: string; idBaru: () => string },
) {
  const lama = ada.pegawai.get(r.nip)
  const pindah = !lama?.penugasan || lama.penugasan.jabatanId !== jabatanId
  const mulai = pindah ? cekMulai(r, lama?.penugasan ?? null, opsi.hariIni) : null
  if (mulai && typeof mulai !== 'string') return void rencana.kesalahan.push(mulai)
  const data = gabung(lama, r, lama?.id ?? opsi.idBaru())
  const id = data.id
  const ubah = !!lama && berubah(lama, data)
  if (!lama || ubah) rencana.pegawai.push(data)
  if (mulai) {
    if (lama?.penugasan) rencana.akhiriPenugasan.push({ id: lama.penugasan.id, selesai: addDays(mulai, -1) })
    rencana.penugasanBaru.push({
      id: opsi.idBaru(),
      pegawaiId: id,
      unorId,
      jabatanId,
      isKepala: r.jabatan.isKepala,
      mulai,
    })
  }
  const s = rencana.ringkasan
  if (!lama) s.baru++
  else if (pindah) s.mutasi++
  else if (ubah) s.diperbarui++
  else s.tidakBerubah++
}
