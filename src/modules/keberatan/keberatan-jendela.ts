import type { Db } from '../../db/client.ts'
import { batasKeberatan, type AturanKeberatan } from '../../domain/keberatan.ts'
import { tanggalDiZona } from '../../domain/kunci-realisasi.ts'
import type { ALASAN_TIDAK_BOLEH } from '../../shared/keberatan.ts'
import type { PengaturanTahun } from '../../domain/settings.ts'
import { sekarang } from '../../server/clock.ts'
import { conflict } from '../../server/errors.ts'
import { muatPengaturanSkp } from '../pelaksanaan/kunci.ts'
import type { EvaluasiRow, KeberatanRow } from './keberatan.repository.ts'

/**
 * The keberatan window of an evaluation version (PP 30/2019 Pasal 59): received on the day it was finalised,
 * on the instansi's calendar (setting zonaWaktu); N days (batasKeberatanHari), calendar or working days
 * (jenisHariKeberatan) with the holidays of the evaluation's year and, when the result arrives the next year
 * (an annual evaluation finalised in January), of that year too.
 */
export interface Jendela {
  diterima: string
  batas: string
  hari: number
  jenisHari: AturanKeberatan['jenisHari']
  hariIni: string
  batasUnggahMb: number
}

/** `pengaturan`: the evaluation year's settings when the caller has them loaded already (lists). */
export async function jendelaKeberatan(
  db: Db,
  e: EvaluasiRow,
  pengaturan?: PengaturanTahun,
): Promise<Jendela | null> {
  const p = pengaturan ?? (await muatPengaturanSkp(db, e)).pengaturan
  const hariIni = tanggalDiZona(sekarang(), p.zonaWaktu)
  if (!e.difinalisasiAt) return null
  const diterima = tanggalDiZona(e.difinalisasiAt, p.zonaWaktu)
  const tahunTerima = Number(diterima.slice(0, 4))
  const libur =
    tahunTerima === e.tahun
      ? p.hariLibur
      : [
          ...p.hariLibur,
          ...(await muatPengaturanSkp(db, { instansiId: e.instansiId, tahun: tahunTerima })).pengaturan
            .hariLibur,
        ]
  const aturan: AturanKeberatan = { hari: p.batasKeberatanHari, jenisHari: p.jenisHariKeberatan, libur }
  return {
    diterima,
    batas: batasKeberatan(diterima, aturan),
    hari: aturan.hari,
    jenisHari: aturan.jenisHari,
    hariIni,
    batasUnggahMb: p.batasUnggahMb,
  }
}

type Alasan = (typeof ALASAN_TIDAK_BOLEH)[number]

/** Why this pegawai may not object to this version now (null: he may), in the order the checks answer. */
export function alasanTidakBoleh(
  e: EvaluasiRow,
  o: { pegawai: boolean; ada: KeberatanRow | undefined; jendela: Jendela | null },
): Alasan | null {
  if (!o.pegawai) return 'bukan_pegawai'
  if (e.status === 'digantikan') return 'versi_lama'
  if (e.status !== 'final' && e.status !== 'diterima') return 'belum_final'
  if (o.ada) return 'sudah_diajukan'
  // PP 30/2019 Pasal 59: the decision on a keberatan is final, a version it wrote takes none
  if ((e.asal as { oleh?: string } | null)?.oleh === 'keberatan') return 'keputusan_final'
  if (!o.jendela || o.jendela.hariIni > o.jendela.batas) return 'terlambat'
  return null
}

const BULAN = {
  id: 'Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember'.split(' '),
  en: 'January February March April May June July August September October November December'.split(' '),
}
const tanggal = (iso: string, b: 'id' | 'en') => {
  const [y, m, d] = iso.split('-').map(Number)
  return `${d} ${BULAN[b][m - 1]} ${y}`
}

/** The 409 of a refused filing (the forbidden case, not the pegawai's evaluation, is the caller's 403). */
export function galatTidakBoleh(alasan: Exclude<Alasan, 'bukan_pegawai'>, j: Jendela | null) {
  switch (alasan) {
    case 'versi_lama':
      return conflict('KEBERATAN.VERSI_LAMA', {
        id: 'Versi evaluasi ini telah digantikan; keberatan diajukan atas versi yang berlaku.',
        en: 'This evaluation version was replaced; an objection is filed on the version in force.',
      })
    case 'belum_final':
      return conflict('KEBERATAN.EVALUASI_BELUM_FINAL', {
        id: 'Keberatan hanya dapat diajukan atas evaluasi yang telah difinalisasi.',
        en: 'An objection can only be filed on a finalised evaluation.',
      })
    case 'sudah_diajukan':
      return conflict('KEBERATAN.SUDAH_DIAJUKAN', {
        id: 'Keberatan atas versi evaluasi ini sudah diajukan.',
        en: 'An objection to this evaluation version was already filed.',
      })
    case 'keputusan_final':
      return conflict('KEBERATAN.KEPUTUSAN_FINAL', {
        id: 'Hasil ini adalah keputusan atas keberatan dan bersifat final (PP 30/2019 Pasal 59).',
        en: 'This result is the decision on an objection and is final (PP 30/2019 Article 59).',
      })
    case 'terlambat': {
      if (!j)
        return conflict('KEBERATAN.TERLAMBAT', {
          id: 'Batas waktu pengajuan keberatan telah lewat.',
          en: 'The deadline for filing an objection has passed.',
        })
      const jenis =
        j.jenisHari === 'kerja' ? { id: 'hari kerja', en: 'working days' } : { id: 'hari', en: 'days' }
      return conflict('KEBERATAN.TERLAMBAT', {
        id: `Batas pengajuan keberatan adalah ${tanggal(j.batas, 'id')} (${j.hari} ${jenis.id} sejak hasil evaluasi diterima pada ${tanggal(j.diterima, 'id')}); keberatan tidak dapat diajukan lagi.`,
        en: `The deadline for filing an objection was ${tanggal(j.batas, 'en')} (${j.hari} ${jenis.en} after the result was received on ${tanggal(j.diterima, 'en')}); an objection can no longer be filed.`,
      })
    }
  }
}
