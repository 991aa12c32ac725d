import type { Bidang } from './katalog.ts'
import { s, unit, type StafSpec, type UnitSpec } from './unor-tree.ts'

/*
 * Perangkat daerah of Kabupaten Contoh (PP 18/2016 on perangkat daerah): each dinas/badan has a
 * Sekretariat with Subbagian and 3–4 Bidang. Since the 2021 simplification of the bureaucracy
 * (PermenPANRB 17/2021) many bidang have jabatan fungsional instead of seksi; both shapes appear here.
 */

// Eselon III.a (sekretaris) and III.b (kepala bidang) golongan ranges, PP 100/2000 jo. PP 13/2002.
export const sub = (kode: string, nama: string, staf: StafSpec[]) =>
  unit(kode, nama, `Kepala ${nama}`, 'pengawas', { staf })
export const seksi = (kode: string, nama: string, staf: StafSpec[]) => sub(kode, `Seksi ${nama}`, staf)
export const bidang = (
  kode: string,
  nama: string,
  staf: StafSpec[],
  anak: UnitSpec[] = [],
  b?: Bidang,
): UnitSpec =>
  unit(kode, `Bidang ${nama}`, `Kepala Bidang ${nama}`, 'administrator', {
    staf,
    anak,
    bidang: b,
    golongan: ['III/d', 'IV/a'],
  })

export const UMPEG = (staf: StafSpec[]) => sub('UMPEG', 'Subbagian Umum dan Kepegawaian', staf)
export const KEU = (staf: StafSpec[]) => sub('KEU', 'Subbagian Perencanaan dan Keuangan', staf)
const STAF_UMPEG = [
  s('pengelola_kepegawaian', 1),
  s('pengadministrasi_umum', [1, 2]),
  s('operator_layanan', 1),
]
const STAF_KEU = [s('bendahara', 1), s('pengadministrasi_keuangan', 1), s('pengelola_bmd', [0, 1])]

interface DinasOpsi {
  kode: string
  nama: string
  /** "Kepala Dinas Pendidikan", "Kepala Badan …" */
  kepala: string
  bidang: Bidang
  kosong?: boolean
  bidangList: UnitSpec[]
  anak?: UnitSpec[]
  /** Subbagian of the sekretariat; the default pair when omitted. */
  subbagian?: UnitSpec[]
}

export function dinas(o: DinasOpsi): UnitSpec {
  const sekretariat = unit('SEK', `Sekretariat ${o.nama}`, `Sekretaris ${o.nama}`, 'administrator', {
    golongan: ['IV/a', 'IV/b'],
    bidang: o.bidang === 'dokter' ? 'kesmas' : o.bidang,
    anak: o.subbagian ?? [UMPEG(STAF_UMPEG), KEU(STAF_KEU)],
  })
  return unit(o.kode, o.nama, o.kepala, 'jpt_pratama', {
    kosong: o.kosong,
    bidang: o.bidang,
    anak: [sekretariat, ...o.bidangList, ...(o.anak ?? [])],
  })
}
