import type { Db } from '../../db/client.ts'
import { perluAlasanRating } from '../../domain/penilaian.ts'
import { predikatPegawai, ratingPimpinan, type Rating } from '../../domain/predikat.ts'
import type { EvaluasiSimpan } from '../../shared/penilaian.ts'
import { sekarang } from '../../server/clock.ts'
import { conflict, fieldError } from '../../server/errors.ts'
import { pratinjauKurvaUnit } from '../kurva/kurva.baca.ts'
import { periodeDari, pimpinan, susunSnapshot } from './evaluasi-konteks.ts'
import type { Termuat } from './evaluasi.service.ts'
import { hasilKerja } from './hasil-kerja.ts'
import * as repo from './penilaian.repository.ts'

/**
 * The ratings of a draft (DOMAIN §5): the suggestion from capaian, the leader rule (rating hasil from the
 * unit's predikat organisasi, not the penilai's), the reason when the penilai departs from the suggestion,
 * one overall rating perilaku, the predikat from the matrix. Written by the server only.
 */
async function dasar(tx: Db, t: Termuat) {
  const p = periodeDari(t.k, t.e.periode)
  const snapshot = await susunSnapshot(tx, t.k, p, t.ef!)
  const hk = await hasilKerja(
    tx,
    t.k.s,
    t.k.periode.filter((x) => x.kode !== 'FINAL'),
    t.e.periode,
    {
      rumusPolaritasTurun: t.k.pengaturan.rumusPolaritasTurun,
      ambang: t.k.pengaturan.ambangRating,
      umpanBalik: {},
    },
  )
  const predikatOrganisasi = snapshot.unorId
    ? await repo.findPredikatOrganisasi(tx, t.e.instansiId, snapshot.unorId, t.e.tahun, t.e.periode)
    : null
  return { p, snapshot, hk, predikatOrganisasi, pimpinan: pimpinan(t.k, snapshot) }
}

const alasanWajib = () =>
  fieldError('EVALUASI.ALASAN_WAJIB', 'alasanRatingHasil', {
    id: 'Rating hasil kerja berbeda dari saran; tuliskan alasannya.',
    en: 'The rating hasil kerja differs from the suggestion; give the reason.',
  })

/** Entries with empty text are removed; keys must be known (RHK of this SKP / BerAKHLAK codes). */
function gabung(
  lama: unknown,
  baru: Record<string, string> | undefined,
  boleh: Set<string> | null,
  path: string,
) {
  const hasil: Record<string, string> = { ...((lama ?? {}) as Record<string, string>) }
  for (const [k, v] of Object.entries(baru ?? {})) {
    if (boleh && !boleh.has(k))
      throw fieldError('EVALUASI.RHK_TIDAK_DIKENAL', `${path}.${k}`, {
        id: 'RHK ini bukan bagian dari SKP yang dievaluasi.',
        en: 'This RHK is not part of the evaluated SKP.',
      })
    if (v) hasil[k] = v
    else delete hasil[k]
  }
  return hasil
}

export async function isiSimpan(tx: Db, t: Termuat, input: EvaluasiSimpan) {
  const d = await dasar(tx, t)
  const e = t.e
  let ratingHasil: Rating | null
  let alasan: string | null = null
  if (d.pimpinan) {
    ratingHasil = d.predikatOrganisasi
      ? ratingPimpinan(d.predikatOrganisasi, t.k.pengaturan.petaPimpinan)
      : null
  } else {
    ratingHasil = input.ratingHasil === undefined ? e.ratingHasil : input.ratingHasil
    alasan = input.alasanRatingHasil
    if (perluAlasanRating(ratingHasil, d.hk.saran) && !alasan) throw alasanWajib()
    if (!perluAlasanRating(ratingHasil, d.hk.saran) && ratingHasil === d.hk.saran) alasan = null
  }
  const ratingPerilaku = input.ratingPerilaku === undefined ? e.ratingPerilaku : input.ratingPerilaku
  const rhkIds = new Set(d.hk.rhk.map((r) => r.id))
  return {
    snapshot: d.snapshot,
    penilaiPegawaiId: t.ef!.pegawaiId,
    ratingHasilSaran: d.hk.saran,
    ratingHasil,
    sumberRatingHasil: d.pimpinan ? ('predikat_organisasi' as const) : ('penilai' as const),
    alasanRatingHasil: alasan,
    ratingPerilaku,
    umpanBalikPerilaku: gabung(
      e.umpanBalikPerilaku,
      input.umpanBalikPerilaku as Record<string, string>,
      null,
      'umpanBalikPerilaku',
    ),
    umpanBalikHasil: gabung(e.umpanBalikHasil, input.umpanBalikHasil, rhkIds, 'umpanBalikHasil'),
    catatan: input.catatan,
    predikat: ratingHasil && ratingPerilaku ? predikatPegawai(ratingHasil, ratingPerilaku) : null,
  }
}

export async function isiFinalisasi(tx: Db, t: Termuat, akunId: string) {
  const d = await dasar(tx, t)
  const e = t.e
  let ratingHasil = e.ratingHasil as Rating | null
  if (d.pimpinan) {
    if (!d.predikatOrganisasi)
      throw conflict('EVALUASI.PREDIKAT_ORGANISASI_BELUM', {
        id: `Pegawai ini memimpin ${d.snapshot.unorNama}: rating hasil kerjanya mengikuti predikat kinerja organisasi unit itu untuk periode ${d.p.nama}, yang belum ditetapkan. Predikat itu ditetapkan oleh kepala unit satu tingkat di atasnya atau admin instansi.`,
        en: `This pegawai heads ${d.snapshot.unorNama}: their rating hasil kerja follows the unit's predikat organisasi for ${d.p.nama}, which is not set yet. It is set by the head one level up or the agency administrator.`,
      })
    ratingHasil = ratingPimpinan(d.predikatOrganisasi, t.k.pengaturan.petaPimpinan)
  } else {
    if (!ratingHasil)
      throw fieldError('EVALUASI.RATING_HASIL_WAJIB', 'ratingHasil', {
        id: 'Pilih rating hasil kerja sebelum finalisasi.',
        en: 'Choose the rating hasil kerja before finalising.',
      })
    if (perluAlasanRating(ratingHasil, d.hk.saran) && !e.alasanRatingHasil) throw alasanWajib()
  }
  const ratingPerilaku = e.ratingPerilaku as Rating | null
  if (!ratingPerilaku)
    throw fieldError('EVALUASI.RATING_PERILAKU_WAJIB', 'ratingPerilaku', {
      id: 'Pilih rating perilaku kerja sebelum finalisasi.',
      en: 'Choose the rating perilaku kerja before finalising.',
    })
  // frozen with the result: the unit's headcount for the document's POLA DISTRIBUSI
  const unit = d.snapshot.unorId
    ? await pratinjauKurvaUnit(tx, e.instansiId, d.snapshot.unorId, e.tahun, e.periode)
    : null
  return {
    status: 'final' as const,
    snapshot: { ...d.snapshot, jumlahPegawaiUnit: unit?.kurva.dihitung ?? 0 },
    penilaiPegawaiId: t.ef!.pegawaiId,
    ratingHasilSaran: d.hk.saran,
    ratingHasil,
    sumberRatingHasil: d.pimpinan ? ('predikat_organisasi' as const) : ('penilai' as const),
    ratingPerilaku,
    predikat: predikatPegawai(ratingHasil, ratingPerilaku),
    predikatOrganisasi: d.predikatOrganisasi,
    difinalisasiAt: sekarang(),
    difinalisasiOleh: akunId,
  }
}
