/**
 * Golongan ruang and pangkat of PNS (PP 99/2000 as amended by PP 12/2002), in order of seniority.
 * PPPK have a golongan (I–XVII, Perpres 98/2020) but no pangkat.
 */
export const GOLONGAN_PNS = [
  ['I/a', 'Juru Muda'],
  ['I/b', 'Juru Muda Tingkat I'],
  ['I/c', 'Juru'],
  ['I/d', 'Juru Tingkat I'],
  ['II/a', 'Pengatur Muda'],
  ['II/b', 'Pengatur Muda Tingkat I'],
  ['II/c', 'Pengatur'],
  ['II/d', 'Pengatur Tingkat I'],
  ['III/a', 'Penata Muda'],
  ['III/b', 'Penata Muda Tingkat I'],
  ['III/c', 'Penata'],
  ['III/d', 'Penata Tingkat I'],
  ['IV/a', 'Pembina'],
  ['IV/b', 'Pembina Tingkat I'],
  ['IV/c', 'Pembina Utama Muda'],
  ['IV/d', 'Pembina Utama Madya'],
  ['IV/e', 'Pembina Utama'],
] as const

export type GolonganPns = (typeof GOLONGAN_PNS)[number][0]
export type GolonganPppk = 'V' | 'VII' | 'IX' | 'XI'

export const indeksGolongan = (g: GolonganPns) => GOLONGAN_PNS.findIndex(([kode]) => kode === g)
export const golonganKe = (i: number): GolonganPns => GOLONGAN_PNS[i][0]
export const pangkatDari = (g: GolonganPns) => GOLONGAN_PNS[indeksGolongan(g)][1]

/** Entry golongan of a new CPNS by education (PP 99/2000): SD/SMP I/a–I/c, SMA II/a, D3 II/c, S1 III/a. */
export type Pendidikan = 'SD' | 'SMA' | 'D3' | 'S1' | 'S2'

export const GOLONGAN_AWAL: Record<Pendidikan, GolonganPns> = {
  SD: 'I/c',
  SMA: 'II/a',
  D3: 'II/c',
  S1: 'III/a',
  S2: 'III/a', // S2 is usually earned in service; the CPNS entry is the S1 one
}

/** Age range at the CPNS appointment, by education. */
export const UMUR_MASUK: Record<Pendidikan, readonly [number, number]> = {
  SD: [19, 26],
  SMA: [19, 26],
  D3: [21, 28],
  S1: [23, 30],
  S2: [23, 29],
}
