import {
  PREDIKAT_ORGANISASI,
  PREDIKAT_PEGAWAI,
  type PredikatOrganisasi,
  type PredikatPegawai,
} from '../../../../../domain/predikat.ts'
import type { PengaturanTahun } from '../../../../../shared/pengaturan.ts'
import { ApiError, isApiError } from '../../../lib/api.ts'

export const AMBANG = ['diAtasMinSemua', 'diAtasMinSalahSatu', 'sesuaiMinSemua'] as const
type Angka = number | string

/**
 * The settings as flat form fields: nested values get dotted keys (`ambangRating.sesuaiMinSemua`), the same
 * paths the shared zod schema and the server report errors on, so every error lands next to its field.
 */
export type NilaiPengaturan = {
  periodePenilaian: string | null
  batasSkp: string | null
  hariKunciRealisasi: Angka
  statusBebasSkp: string[]
  pembulatanDistribusi: string | null
  batasKeberatanHari: Angka
  aturTunjangan: boolean
  zonaWaktu: string | null
  batasUnggahMb: Angka
  rumusPolaritasTurun: string | null
  hariPengingatKunci: Angka
  jenisHariKeberatan: string | null
  hariLibur: string[]
  pimpinanJenisJabatan: string[]
  pimpinanTermasukPlt: boolean
  konvensiBulanAk: string | null
} & Record<`ambangRating.${(typeof AMBANG)[number]}`, Angka> &
  Record<`petaPimpinan.${PredikatOrganisasi}`, string | null> &
  Record<`persenTunjangan.${PredikatPegawai}`, Angka>

export function keNilai(p: PengaturanTahun): NilaiPengaturan {
  const ambang = Object.fromEntries(AMBANG.map((k) => [`ambangRating.${k}`, p.ambangRating[k]]))
  const peta = Object.fromEntries(PREDIKAT_ORGANISASI.map((k) => [`petaPimpinan.${k}`, p.petaPimpinan[k]]))
  const tunjangan = Object.fromEntries(
    PREDIKAT_PEGAWAI.map((k) => [`persenTunjangan.${k}`, p.persenTunjangan?.[k] ?? '']),
  )
  return {
    periodePenilaian: p.periodePenilaian,
    batasSkp: p.batasSkp,
    hariKunciRealisasi: p.hariKunciRealisasi,
    statusBebasSkp: [...p.statusBebasSkp],
    pembulatanDistribusi: p.pembulatanDistribusi,
    batasKeberatanHari: p.batasKeberatanHari,
    aturTunjangan: p.persenTunjangan !== null,
    zonaWaktu: p.zonaWaktu,
    batasUnggahMb: p.batasUnggahMb,
    rumusPolaritasTurun: p.rumusPolaritasTurun,
    hariPengingatKunci: p.hariPengingatKunci,
    jenisHariKeberatan: p.jenisHariKeberatan,
    hariLibur: [...p.hariLibur],
    pimpinanJenisJabatan: [...p.pimpinanJenisJabatan],
    pimpinanTermasukPlt: p.pimpinanTermasukPlt,
    konvensiBulanAk: p.konvensiBulanAk,
    ...ambang,
    ...peta,
    ...tunjangan,
  } as NilaiPengaturan
}

const angka = (v: Angka) => (v === '' ? undefined : Number(v))

/** Form fields → the settings object (empty numbers stay undefined so zod says "required"). */
export function keInput(v: NilaiPengaturan) {
  const ambil = <K extends string>(prefix: string, keys: readonly K[], f: (x: never) => unknown) =>
    Object.fromEntries(keys.map((k) => [k, f(v[`${prefix}.${k}` as keyof NilaiPengaturan] as never)]))
  return {
    periodePenilaian: v.periodePenilaian,
    batasSkp: v.batasSkp,
    hariKunciRealisasi: angka(v.hariKunciRealisasi),
    statusBebasSkp: v.statusBebasSkp,
    pembulatanDistribusi: v.pembulatanDistribusi,
    batasKeberatanHari: angka(v.batasKeberatanHari),
    ambangRating: ambil('ambangRating', AMBANG, angka),
    petaPimpinan: ambil('petaPimpinan', PREDIKAT_ORGANISASI, (x: string | null) => x),
    persenTunjangan: v.aturTunjangan ? ambil('persenTunjangan', PREDIKAT_PEGAWAI, angka) : null,
    zonaWaktu: v.zonaWaktu,
    batasUnggahMb: angka(v.batasUnggahMb),
    rumusPolaritasTurun: v.rumusPolaritasTurun,
    hariPengingatKunci: angka(v.hariPengingatKunci),
    jenisHariKeberatan: v.jenisHariKeberatan,
    hariLibur: [...v.hariLibur].sort(),
    pimpinanJenisJabatan: v.pimpinanJenisJabatan,
    pimpinanTermasukPlt: v.pimpinanTermasukPlt,
    konvensiBulanAk: v.konvensiBulanAk,
  }
}

/** The server reports `pengaturan.batasSkp`; the form's fields are named without the prefix. */
export function tanpaAwalan(err: unknown): unknown {
  if (!isApiError(err)) return err
  const errors = err.errors.map((e) => ({ ...e, path: e.path.replace(/^pengaturan\./, '') }))
  return new ApiError(err.status, err.code, err.message, errors, err.body)
}
