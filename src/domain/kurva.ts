/**
 * The distribution curve of a unit as the pratinjau, Monitoring Kurva, calibration and the Penetapan Predikat
 * Kinerja show it (SE MenPANRB 3/2023, DOMAIN §5): who counts, counts → percentages, and the curve check of
 * src/domain/pola-distribusi.ts over the unit's headcount. Guidance only: warnings, never a refusal.
 */
import { PREDIKAT_PEGAWAI, type PredikatOrganisasi, type PredikatPegawai } from './predikat.ts'
import {
  hitungPolaDistribusi,
  periksaBatas,
  type AturanDistribusi,
  type PembulatanDistribusi,
  type PeringatanDistribusi,
} from './pola-distribusi.ts'

/** One pegawai of the unit (or of a penilai's subordinates) for the period. */
export interface AnggotaKurva {
  /** Heads the unit: their hasil kerja follows the organisation predikat, so they are not counted. */
  kepalaUnit: boolean
  /** Exempt (CLTN, tugas belajar …) for the whole period: not evaluated, not counted. */
  bebas: boolean
  /** The current proposed predikat; null = not rated yet ("belum dinilai", still counted). */
  predikat: PredikatPegawai | null
}

export type Jumlah = Record<PredikatPegawai, number>

/** Those left out of the count, so a reader sees why (a head of heads may count nobody). */
export interface TidakDihitung {
  /** Unit heads (their hasil kerja follows the organisation predikat); a head who is also exempt counts here. */
  kepalaUnit: number
  /** Exempt pegawai (CLTN, tugas belajar …) for the whole period. */
  bebas: number
}

export interface HitunganKurva {
  dihitung: number
  belumDinilai: number
  jumlah: Jumlah
  tidakDihitung: TidakDihitung
}

export const jumlahKosong = (): Jumlah => Object.fromEntries(PREDIKAT_PEGAWAI.map((p) => [p, 0])) as Jumlah

/** DOMAIN §5: the unit's head and exempt pegawai are out; those without a predikat count as belum dinilai. */
export function hitungAnggota(anggota: readonly AnggotaKurva[]): HitunganKurva {
  const jumlah = jumlahKosong()
  const tidakDihitung: TidakDihitung = { kepalaUnit: 0, bebas: 0 }
  let dihitung = 0
  let belumDinilai = 0
  for (const a of anggota) {
    if (a.kepalaUnit) tidakDihitung.kepalaUnit++
    else if (a.bebas) tidakDihitung.bebas++
    if (a.kepalaUnit || a.bebas) continue
    dihitung++
    if (a.predikat === null) belumDinilai++
    else jumlah[a.predikat]++
  }
  return { dihitung, belumDinilai, jumlah, tidakDihitung }
}

/** n of total as a percentage with one decimal (0 for an empty unit). */
export function persen(n: number, total: number): number {
  return total === 0 ? 0 : Math.round((n * 1000) / total) / 10
}

export interface BatasKurva {
  jenis: AturanDistribusi['jenis']
  predikat: PredikatPegawai[]
  persen: number | null
  batas: number | null
}

export type PeringatanKurva = PeringatanDistribusi & {
  /** Some pegawai are not rated yet and could still meet this rule ("at least" / "the most"). */
  sementara: boolean
}

export interface RingkasanKurva extends HitunganKurva {
  predikatOrganisasi: PredikatOrganisasi | null
  pembulatan: PembulatanDistribusi
  persen: Jumlah
  persenBelumDinilai: number
  batas: BatasKurva[]
  peringatan: PeringatanKurva[]
}

/**
 * The curve of a unit: limits in persons for the whole counted headcount (rated or not), and the warnings of
 * the rules the rated pegawai break. Once everyone is rated this is exactly `cekPolaDistribusi`; before that a
 * shortfall the unrated could still fill is marked `sementara`. No organisation predikat yet: no pattern, no
 * warnings (the pages show an info state, never an error).
 */
export function ringkasKurva(
  predikatOrganisasi: PredikatOrganisasi | null,
  hitungan: HitunganKurva,
  pembulatan: PembulatanDistribusi,
): RingkasanKurva {
  const { dihitung, belumDinilai, jumlah } = hitungan
  const dasar = {
    ...hitungan,
    predikatOrganisasi,
    pembulatan,
    persen: Object.fromEntries(PREDIKAT_PEGAWAI.map((p) => [p, persen(jumlah[p], dihitung)])) as Jumlah,
    persenBelumDinilai: persen(belumDinilai, dihitung),
  }
  if (predikatOrganisasi === null) return { ...dasar, batas: [], peringatan: [] }
  const pola = hitungPolaDistribusi(predikatOrganisasi, dihitung, pembulatan)
  const peringatan =
    dihitung === belumDinilai
      ? []
      : pola.flatMap((b) => {
          const w = periksaBatas(b, jumlah)
          if (!w) return []
          const bisaTerpenuhi = w.code !== 'DISTRIBUSI.MELEBIHI_MAKS' && w.aktual + belumDinilai >= w.batas
          return [{ ...w, sementara: bisaTerpenuhi }]
        })
  return {
    ...dasar,
    batas: pola.map(({ aturan, batas }) => ({
      jenis: aturan.jenis,
      predikat: aturan.predikat,
      persen: aturan.jenis === 'terbanyak' ? null : aturan.persen,
      batas,
    })),
    peringatan,
  }
}

/** Monitoring Kurva and calibration lists: units that break the curve first (definite before provisional). */
export function bobotPeringatan(k: Pick<RingkasanKurva, 'peringatan' | 'predikatOrganisasi'>): number {
  const pasti = k.peringatan.filter((w) => !w.sementara).length
  const sementara = k.peringatan.length - pasti
  return pasti * 100 + sementara * 10 + (k.predikatOrganisasi === null ? 1 : 0)
}
