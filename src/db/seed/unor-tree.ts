import { randomUUID } from 'node:crypto'
import type { jabatan, STATUS_KEPEGAWAIAN, unor } from '../schema/index.ts'
import { katalog, katalogKepala, type Bidang, type JabatanKatalog, type LevelStruktural } from './katalog.ts'
import type { GolonganPns } from './pangkat.ts'

export type StatusKepegawaian = (typeof STATUS_KEPEGAWAIAN)[number]

/** Staff of one position in a unit: `n` holders (or a range), optionally in a special state. */
export interface StafSpec {
  key: string
  n: number | readonly [number, number]
  status?: StatusKepegawaian
  /** Force the age (e.g. a pegawai in MPP, the year before retirement). */
  umur?: number
}

export interface KepalaSpec {
  /** Name of the head position, e.g. "Kepala Dinas Pendidikan". */
  jabatan: string
  /** A structural level, or a fungsional key for heads by extra duty (kepala sekolah: 'guru.ahli_madya'). */
  level: LevelStruktural | string
  golongan?: [GolonganPns, GolonganPns]
  /** Vacant head position (filled by a Plt elsewhere in the seed). */
  kosong?: boolean
}

export interface UnitSpec {
  kode: string
  nama: string
  kepala: KepalaSpec
  /** Field of study of the unit's staff and head; children inherit it. */
  bidang?: Bidang
  staf?: StafSpec[]
  anak?: UnitSpec[]
}

export const s = (key: string, n: StafSpec['n'], o: Omit<StafSpec, 'key' | 'n'> = {}): StafSpec => ({
  key,
  n,
  ...o,
})

type UnitOpsi = Partial<Omit<UnitSpec, 'kode' | 'nama' | 'kepala'>> & {
  golongan?: [GolonganPns, GolonganPns]
  kosong?: boolean
}

export function unit(
  kode: string,
  nama: string,
  kepala: string,
  level: KepalaSpec['level'],
  o: UnitOpsi = {},
): UnitSpec {
  const { golongan, kosong, ...rest } = o
  return { kode, nama, kepala: { jabatan: kepala, level, golongan, kosong }, ...rest }
}

type UnorRow = typeof unor.$inferInsert & { id: string }
type JabatanRow = typeof jabatan.$inferInsert & { id: string }

/** A unit of the plan with its positions: the head one and one per kind of staff position. */
export interface UnitRencana {
  row: UnorRow
  spec: UnitSpec
  bidang: Bidang
  kepala: { jabatanId: string; katalog: JabatanKatalog }
  staf: { spec: StafSpec; jabatanId: string; katalog: JabatanKatalog }[]
}

export interface PohonRencana {
  units: UnitRencana[]
  unor: UnorRow[]
  jabatan: JabatanRow[]
  perKode: Map<string, UnitRencana>
}

/**
 * Flatten a unit spec tree into unor and jabatan rows (parents before children, ids made here so all
 * rows go in with a few multi-row inserts). Codes are the path of unit codes below the root: "DISDIK.SEK".
 */
export function ratakanPohon(instansiId: string, root: UnitSpec): PohonRencana {
  const hasil: PohonRencana = { units: [], unor: [], jabatan: [], perKode: new Map() }
  const jalan = (spec: UnitSpec, parent: UnitRencana | null, prefix: string) => {
    const kode = prefix ? `${prefix}.${spec.kode}` : spec.kode
    const u = buatUnit(instansiId, spec, kode, parent, hasil)
    for (const anak of spec.anak ?? []) jalan(anak, u, parent ? kode : '')
  }
  jalan(root, null, '')
  return hasil
}

function tambahJabatan(pohon: PohonRencana, u: UnorRow, k: JabatanKatalog, isKepala: boolean): JabatanRow {
  const j = {
    id: randomUUID(),
    instansiId: u.instansiId,
    unorId: u.id,
    nama: k.nama,
    jenis: k.jenis,
    jenjang: k.jenjang,
    isKepala,
  }
  pohon.jabatan.push(j)
  return j
}

function buatUnit(
  instansiId: string,
  spec: UnitSpec,
  kode: string,
  parent: UnitRencana | null,
  hasil: PohonRencana,
) {
  const row: UnorRow = {
    id: randomUUID(),
    instansiId,
    parentId: parent?.row.id ?? null,
    kode,
    nama: spec.nama,
    namaJabatanKepala: spec.kepala.jabatan,
  }
  const jabatanRow = (k: JabatanKatalog, isKepala: boolean) => tambahJabatan(hasil, row, k, isKepala)
  const kk = katalogKepala(spec.kepala.jabatan, spec.kepala.level, spec.kepala.golongan)
  const u: UnitRencana = {
    row,
    spec,
    bidang: spec.bidang ?? parent?.bidang ?? 'sosial',
    kepala: { jabatanId: jabatanRow(kk, true).id, katalog: kk },
    staf: [],
  }
  // one jabatan row per kind of position in the unit, shared by its holders
  const perKey = new Map<string, string>()
  for (const st of spec.staf ?? []) {
    const k = katalog(st.key)
    const jabatanId = perKey.get(st.key) ?? jabatanRow(k, false).id
    perKey.set(st.key, jabatanId)
    u.staf.push({ spec: st, jabatanId, katalog: k })
  }
  hasil.unor.push(row)
  hasil.units.push(u)
  hasil.perKode.set(kode, u)
  return u
}

/** Find the jabatan of a kind in a unit (the old position of a mutasi), adding it when missing. */
export function jabatanDi(pohon: PohonRencana, kodeUnit: string, key: string): string {
  const u = pohon.perKode.get(kodeUnit)
  if (!u) throw new Error(`unit tidak dikenal: ${kodeUnit}`)
  const ada = u.staf.find((x) => x.spec.key === key)
  if (ada) return ada.jabatanId
  return tambahJabatan(pohon, u.row, katalog(key), false).id
}
