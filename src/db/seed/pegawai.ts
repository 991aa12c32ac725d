import { randomUUID } from 'node:crypto'
import type { pegawai } from '../schema/index.ts'
import { buatGelar } from './gelar.ts'
import type { Bidang, JabatanKatalog } from './katalog.ts'
import { buatNama } from './names.ts'
import { buatNip } from './nip.ts'
import {
  golonganKe,
  GOLONGAN_AWAL,
  indeksGolongan,
  pangkatDari,
  UMUR_MASUK,
  type Pendidikan,
} from './pangkat.ts'
import { pad2, type Rng } from './prng.ts'
import type { StatusKepegawaian } from './unor-tree.ts'

export type PegawaiRow = typeof pegawai.$inferInsert & { id: string }

/** A generated person plus what the assignment needs (first appointment year). */
export interface Orang {
  row: PegawaiRow
  tahunTmt: number
}

/** Shared state while generating one instansi: the reference year and what is already taken. */
export interface KonteksOrang {
  rng: Rng
  instansiId: string
  /** The year ages and years of service are computed against (fixed: the seed must not depend on today). */
  tahunAcuan: number
  /** The instansi's own city: many pegawai were born there. */
  lokal: string
  nipDipakai: Set<string>
  namaDipakai: Set<string>
}

export interface OrangOpsi {
  status?: StatusKepegawaian
  umur?: number
  kepala?: boolean
}

const STRUKTURAL = new Set(['jpt_utama', 'jpt_madya', 'jpt_pratama', 'administrator', 'pengawas'])

/** Share of women by field and position: nursing and midwifery mostly women, drivers men, heads 30 %. */
function peluangPerempuan(j: JabatanKatalog, bidang: Bidang, kepala: boolean): number {
  if (bidang === 'bidan') return 1
  if (j.nama === 'Pengemudi') return 0
  if (kepala || STRUKTURAL.has(j.jenis)) return 0.3
  if (bidang === 'perawat') return 0.7
  if (bidang === 'pendidikan' || bidang === 'gizi') return 0.65
  if (bidang === 'teknik') return 0.2
  return 0.5
}

/** How many heads and senior JF holders have a master's degree. */
function peluangS2(j: JabatanKatalog): number {
  if (j.jenis.startsWith('jpt')) return 0.9
  if (j.jenis === 'administrator' || j.jenjang === 'ahli_madya') return 0.6
  if (j.jenis === 'pengawas' || j.jenjang === 'ahli_muda') return 0.3
  return 0.06
}

/** Retirement age (BUP, UU 20/2023 and PP 11/2017): 58, 60 for JPT and JF ahli madya. One year margin. */
const umurMaksimum = (j: JabatanKatalog) =>
  j.jenis.startsWith('jpt') || j.jenjang === 'ahli_madya' ? 59 : 57

/**
 * Years a PNS needs to reach the golongan: about 4 per step (kenaikan pangkat reguler, PP 99/2000), plus
 * slack; a pelaksana at the top golongan of their position may have waited there for many years.
 */
function masaKerja(rng: Rng, j: JabatanKatalog, langkah: number, diPuncak: boolean): number {
  const tambahan = j.jenis === 'pelaksana' && diPuncak ? rng.int(0, 12) : rng.int(0, 3)
  return Math.max(2, langkah * rng.int(3, 4) + tambahan)
}

interface Waktu {
  tahunLahir: number
  tahunTmt: number
  bulanTmt: string
  golongan: string
  pangkat: string | null
}

function waktuPns(k: KonteksOrang, j: JabatanKatalog, pendidikan: Pendidikan, o: OrangOpsi): Waktu {
  const { rng } = k
  // a forced age (MPP, the year before retirement) means a long career: the top of the range
  const g = o.umur
    ? indeksGolongan(j.golongan[1])
    : rng.int(indeksGolongan(j.golongan[0]), indeksGolongan(j.golongan[1]))
  const langkah = Math.max(0, g - indeksGolongan(GOLONGAN_AWAL[pendidikan]))
  const umurMasuk = rng.int(...UMUR_MASUK[pendidikan])
  let tahunTmt = k.tahunAcuan - masaKerja(rng, j, langkah, g === indeksGolongan(j.golongan[1]))
  let tahunLahir = o.umur ? k.tahunAcuan - o.umur : tahunTmt - umurMasuk
  if (o.umur) tahunTmt = Math.min(tahunLahir + umurMasuk, k.tahunAcuan - 2)
  const lebih = k.tahunAcuan - tahunLahir - umurMaksimum(j)
  if (lebih > 0) {
    tahunLahir += lebih
    tahunTmt = Math.max(tahunTmt, tahunLahir + UMUR_MASUK[pendidikan][0])
  }
  const golongan = golonganKe(g)
  // CPNS are usually appointed in January, March, April or December
  return {
    tahunLahir,
    tahunTmt,
    bulanTmt: pad2(rng.pick([1, 1, 2, 3, 3, 4, 12])),
    golongan,
    pangkat: pangkatDari(golongan),
  }
}

/** PPPK: appointed from 2021 on (many former honorer, so older at entry); golongan without pangkat. */
function waktuPppk(k: KonteksOrang, j: JabatanKatalog): Waktu {
  const tahunTmt = k.rng.weighted([
    [2021, 2],
    [2022, 3],
    [2023, 2],
    [2024, 3],
  ] as const)
  const tahunLahir = Math.max(tahunTmt - k.rng.int(24, 42), k.tahunAcuan - 55)
  // digits 13–14 of a PPPK NIP are a code (21), not a month: src/domain/nip.ts
  return { tahunLahir, tahunTmt, bulanTmt: '21', golongan: j.golonganPppk!, pangkat: null }
}

function nipUnik(k: KonteksOrang, lahir: string, tmt: string, jk: 'L' | 'P'): string {
  let urut = k.rng.int(1, 999)
  let nip = buatNip({ lahir, tmt, jk, urut })
  while (k.nipDipakai.has(nip)) nip = buatNip({ lahir, tmt, jk, urut: ++urut % 1000 || 1 })
  k.nipDipakai.add(nip)
  return nip
}

function namaUnik(k: KonteksOrang, jk: 'L' | 'P', tahunLahir: number) {
  for (let i = 0; ; i++) {
    const n = buatNama(k.rng, jk, tahunLahir, k.lokal)
    if (!k.namaDipakai.has(n.nama) || i >= 50) {
      k.namaDipakai.add(n.nama)
      return n
    }
  }
}

/** One pegawai for a position: name, titles, birth date, NIP consistent with both, golongan for the level. */
export function buatOrang(k: KonteksOrang, j: JabatanKatalog, bidangUnit: Bidang, o: OrangOpsi = {}): Orang {
  const { rng } = k
  const bidang = j.bidang ?? bidangUnit
  const jk = rng.chance(peluangPerempuan(j, bidang, !!o.kepala)) ? 'P' : 'L'
  const pppk = !o.kepala && !o.umur && rng.chance(j.pppk)
  const pendidikan: Pendidikan = j.pendidikan === 'S1' && rng.chance(peluangS2(j)) ? 'S2' : j.pendidikan
  const w = pppk ? waktuPppk(k, j) : waktuPns(k, j, pendidikan, o)
  const lahir = `${w.tahunLahir}-${pad2(rng.int(1, 12))}-${pad2(rng.int(1, 28))}`
  const nip = nipUnik(k, lahir, `${w.tahunTmt}-${w.bulanTmt}`, jk)
  const { nama, tempatLahir } = namaUnik(k, jk, w.tahunLahir)
  const gelar = buatGelar(rng, { bidang, pendidikan, jk, tahunLahir: w.tahunLahir })
  const row: PegawaiRow = {
    id: randomUUID(),
    instansiId: k.instansiId,
    nip,
    nama,
    ...gelar,
    jenisKelamin: jk,
    tempatLahir,
    tanggalLahir: lahir,
    jenisAsn: pppk ? 'pppk' : 'pns',
    golongan: w.golongan,
    pangkat: w.pangkat,
    status: o.status ?? 'aktif',
  }
  return { row, tahunTmt: w.tahunTmt }
}
