import type { Bidang } from './katalog.ts'
import type { Pendidikan } from './pangkat.ts'
import type { Rng } from './prng.ts'

/**
 * Academic titles as printed on SK and SKP documents: gelar depan (dr., Ir., Drs.) and gelar belakang
 * (S.Kom., M.Si.), by field and level of study.
 */
const S1: Record<Bidang, readonly string[]> = {
  pendidikan: ['S.Pd.', 'S.Pd.', 'S.Pd.I.', 'S.Si.'],
  perawat: ['S.Kep., Ns.'],
  bidan: ['S.Tr.Keb.', 'S.Keb.'],
  dokter: [],
  dokter_gigi: [],
  farmasi: ['S.Farm.'],
  kesmas: ['S.K.M.', 'S.K.M.', 'S.Si.'],
  gizi: ['S.Gz.'],
  teknik: ['S.T.', 'S.T.', 'S.T.', 'S.Si.'],
  komputer: ['S.Kom.', 'S.Kom.', 'S.T.'],
  ekonomi: ['S.E.', 'S.E.', 'S.Ak.', 'S.M.'],
  hukum: ['S.H.'],
  sosial: ['S.Sos.', 'S.I.P.', 'S.STP.', 'S.AP.', 'S.Psi.'],
  statistik: ['S.Si.', 'S.Stat.', 'S.Tr.Stat.'],
  komunikasi: ['S.I.Kom.', 'S.Sos.'],
}

const D3: Record<Bidang, string> = {
  pendidikan: 'A.Md.',
  perawat: 'A.Md.Kep.',
  bidan: 'A.Md.Keb.',
  dokter: 'A.Md.Kes.',
  dokter_gigi: 'A.Md.Kes.',
  farmasi: 'A.Md.Farm.',
  kesmas: 'A.Md.Kes.',
  gizi: 'A.Md.Gz.',
  teknik: 'A.Md.T.',
  komputer: 'A.Md.Kom.',
  ekonomi: 'A.Md.Ak.',
  hukum: 'A.Md.',
  sosial: 'A.Md.',
  statistik: 'A.Md.Stat.',
  komunikasi: 'A.Md.',
}

const S2: Record<Bidang, readonly string[]> = {
  pendidikan: ['M.Pd.'],
  perawat: ['M.Kep.'],
  bidan: ['M.Keb.'],
  dokter: ['M.Kes.', 'M.K.M.', 'M.A.R.S.'],
  dokter_gigi: ['M.Kes.'],
  farmasi: ['M.Farm.'],
  kesmas: ['M.Kes.', 'M.K.M.'],
  gizi: ['M.Gz.'],
  teknik: ['M.T.', 'M.T.', 'M.Eng.'],
  komputer: ['M.Kom.', 'M.T.'],
  ekonomi: ['M.M.', 'M.Si.', 'M.Ak.', 'M.E.'],
  hukum: ['M.H.'],
  sosial: ['M.Si.', 'M.A.P.', 'M.M.'],
  statistik: ['M.Si.', 'M.Stat.'],
  komunikasi: ['M.I.Kom.', 'M.Si.'],
}

export interface Gelar {
  gelarDepan: string | null
  gelarBelakang: string | null
}

/** Graduates before the 1990s reform carried Drs./Dra./Ir. in front instead of S.x behind. */
function gelarS1(rng: Rng, bidang: Bidang, jk: 'L' | 'P', tahunLahir: number): Gelar {
  if (bidang === 'dokter') return { gelarDepan: 'dr.', gelarBelakang: null }
  if (bidang === 'dokter_gigi') return { gelarDepan: 'drg.', gelarBelakang: null }
  if (bidang === 'farmasi') return { gelarDepan: 'apt.', gelarBelakang: 'S.Farm.' }
  if (tahunLahir <= 1969 && bidang === 'teknik') return { gelarDepan: 'Ir.', gelarBelakang: null }
  if (tahunLahir <= 1969 && ['sosial', 'ekonomi', 'pendidikan', 'komunikasi'].includes(bidang)) {
    return { gelarDepan: jk === 'L' ? 'Drs.' : 'Dra.', gelarBelakang: null }
  }
  return { gelarDepan: null, gelarBelakang: rng.pick(S1[bidang]) }
}

export function buatGelar(
  rng: Rng,
  o: { bidang: Bidang; pendidikan: Pendidikan; jk: 'L' | 'P'; tahunLahir: number },
): Gelar {
  if (o.pendidikan === 'SD' || o.pendidikan === 'SMA') return { gelarDepan: null, gelarBelakang: null }
  if (o.pendidikan === 'D3') return { gelarDepan: null, gelarBelakang: D3[o.bidang] }
  const s1 = gelarS1(rng, o.bidang, o.jk, o.tahunLahir)
  if (o.pendidikan === 'S1') return s1
  const belakang = [s1.gelarBelakang, rng.pick(S2[o.bidang])].filter(Boolean).join(', ')
  return { gelarDepan: s1.gelarDepan, gelarBelakang: belakang }
}

/** "dr. Siti Rahayu, M.Kes.": the name as printed. */
export function namaLengkap(p: {
  nama: string
  gelarDepan: string | null
  gelarBelakang: string | null
}): string {
  return `${p.gelarDepan ? `${p.gelarDepan} ` : ''}${p.nama}${p.gelarBelakang ? `, ${p.gelarBelakang}` : ''}`
}
