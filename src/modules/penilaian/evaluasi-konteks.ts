import type { Db } from '../../db/client.ts'
import {
  aturanPimpinanBerlaku,
  dikecualikanPeriode,
  periodeEvaluasiSkp,
  type PeriodeEvaluasi,
} from '../../domain/penilaian.ts'
import { tanggalKalimat } from '../../domain/periode.ts'
import type { PengaturanTahun } from '../../domain/settings.ts'
import type { EvaluasiSnapshot } from '../../shared/penilaian.ts'
import type { SkpSnapshot } from '../../shared/skp.ts'
import { hariIni } from '../../server/clock.ts'
import { conflict, fieldError } from '../../server/errors.ts'
import { findInstansi } from '../organisasi/organisasi.baca.ts'
import { muatPengaturanSkp } from '../pelaksanaan/kunci.ts'
import { blokPenilaiPengganti } from '../skp/skp-snapshot.ts'
import type { PenilaiEfektif } from './penilaian.policy.ts'
import * as repo from './penilaian.repository.ts'

/** Everything the evaluation of one SKP needs to know about its year: settings, periods, whether it is the last. */
export interface Konteks {
  s: repo.SkpRingkas
  pengaturan: PengaturanTahun
  ditutup: boolean
  /** The SKP's evaluation periods (FINAL only on the pegawai's last SKP of the year). */
  periode: PeriodeEvaluasi[]
  terakhir: boolean
  hari: string
}

export async function muatKonteks(db: Db, s: repo.SkpRingkas): Promise<Konteks> {
  return (await muatKonteksBanyak(db, [s])).get(s.id)!
}

/**
 * muatKonteks of many SKPs (a pegawai's evaluations): the settings once per instansi and year and the last SKP
 * of every pegawai of that year in one query, whatever the number of SKPs. By SKP id.
 */
export async function muatKonteksBanyak(db: Db, skps: repo.SkpRingkas[]): Promise<Map<string, Konteks>> {
  const hasil = new Map<string, Konteks>()
  const hari = hariIni()
  const kunci = (s: repo.SkpRingkas) => `${s.instansiId}:${s.tahun}`
  for (const k of new Set(skps.map(kunci))) {
    const sekelompok = skps.filter((s) => kunci(s) === k)
    const { instansiId, tahun } = sekelompok[0]
    const { pengaturan, ditutup } = await muatPengaturanSkp(db, { instansiId, tahun })
    const pegawaiIds = [...new Set(sekelompok.map((s) => s.pegawaiId))]
    const akhir = await repo.skpTerakhirPegawai(db, instansiId, pegawaiIds, tahun)
    for (const s of sekelompok) {
      const terakhir = akhir.get(s.pegawaiId) === s.id
      const periode = periodeEvaluasiSkp(s, pengaturan.periodePenilaian, terakhir)
      hasil.set(s.id, { s, pengaturan, ditutup, periode, terakhir, hari })
    }
  }
  return hasil
}

/** The period of this SKP, or why not (400): not one of its periods; FINAL only on the last SKP of the year. */
export function periodeDari(k: Konteks, kode: string): PeriodeEvaluasi {
  const p = k.periode.find((x) => x.kode === kode)
  if (p) return p
  if (kode === 'FINAL')
    throw fieldError('EVALUASI.FINAL_SKP_TERAKHIR', 'periode', {
      id: 'Evaluasi tahunan (FINAL) dilakukan pada SKP terakhir pegawai pada tahun itu oleh pejabat penilainya.',
      en: "The annual (FINAL) evaluation is done on the pegawai's last SKP of the year by its penilai.",
    })
  throw fieldError('EVALUASI.PERIODE_TIDAK_SAH', 'periode', {
    id: `Periode ${kode} bukan periode penilaian SKP ini.`,
    en: `${kode} is not an evaluation period of this SKP.`,
  })
}

/** A period is evaluated from the first day of its last month (FINAL: of the last SKP's last month). */
export function cekBisaDinilai(k: Konteks, p: PeriodeEvaluasi) {
  if (k.hari >= p.bisaDinilaiMulai) return
  throw conflict('EVALUASI.BELUM_WAKTUNYA', {
    id: `Periode ${p.nama} baru dapat dinilai mulai ${tanggalKalimat(p.bisaDinilaiMulai, 'id')}.`,
    en: `${p.nama} can be evaluated from ${tanggalKalimat(p.bisaDinilaiMulai, 'en')}.`,
  })
}

export async function dikecualikan(db: Db, k: Konteks, p: PeriodeEvaluasi) {
  const st = (await repo.statusPegawai(db, k.s.instansiId, [k.s.pegawaiId])).get(k.s.pegawaiId)
  return !!st && dikecualikanPeriode(p, st, k.pengaturan.statusBebasSkp)
}

export function tolakDikecualikan(p: PeriodeEvaluasi) {
  return conflict('EVALUASI.DIKECUALIKAN', {
    id: `Pegawai ini berstatus bebas SKP sepanjang periode ${p.nama}; tidak ada evaluasi untuk periode itu.`,
    en: `This pegawai is exempt from the SKP for the whole of ${p.nama}; there is no evaluation for it.`,
  })
}

/**
 * The evaluation's blocks today (DOMAIN §1 snapshot): the pegawai as in the approved SKP, who rates and
 * in what capacity, the atasan penilai (the delegating one stays for a delegation; the next superior's own
 * penilai otherwise), the unit, head or not, Plt/Plh, jenis and jenjang of the jabatan.
 */
export async function susunSnapshot(
  db: Db,
  k: Konteks,
  p: PeriodeEvaluasi,
  ef: PenilaiEfektif,
): Promise<EvaluasiSnapshot> {
  const s = k.s
  const skpSnap = s.snapshot as SkpSnapshot
  const posisi = await repo.posisiSkp(db, s.instansiId, s.penugasanId)
  let penilai = skpSnap.penilai
  let atasanPenilai = skpSnap.atasanPenilai
  if (ef.sebagai === 'delegasi' || ef.sebagai === 'atasan_berikutnya') {
    const inst = await findInstansi(db, s.instansiId)
    const blok = await blokPenilaiPengganti(db, s.instansiId, ef.pegawaiId!, k.hari, inst?.nama ?? '')
    if (blok) {
      penilai = blok.penilai
      if (ef.sebagai === 'atasan_berikutnya') atasanPenilai = blok.atasanPenilai
    }
  }
  return {
    pegawai: skpSnap.pegawai,
    penilai,
    atasanPenilai,
    penilaiSkp: ef.sebagai === 'penilai' || ef.sebagai === 'atas_nama_non_asn' ? null : skpSnap.penilai,
    bertindakSebagai: ef.sebagai,
    unorId: posisi?.unorId ?? '',
    unorNama: posisi?.unorNama ?? skpSnap.pegawai.unor,
    kepalaUnit: posisi?.isKepala ?? false,
    plt: !!posisi && posisi.jenisPenugasan !== 'definitif',
    jenisJabatan: posisi?.jenisJabatan ?? 'pelaksana',
    jenjang: posisi?.jenjang ?? null,
    mulai: p.mulai,
    selesai: p.selesai,
    tanggal: k.hari,
  }
}

/** The leader rule applies to this snapshot under the year's settings. */
export const pimpinan = (k: Konteks, snap: EvaluasiSnapshot) =>
  aturanPimpinanBerlaku(
    { kepalaUnit: snap.kepalaUnit, jenisJabatan: snap.jenisJabatan, plt: snap.plt },
    k.pengaturan,
  )

/**
 * A stored snapshot as the API shape: rows written before the evaluation snapshot existed (or by test
 * factories, which copy the SKP's) get the missing fields from the SKP.
 */
export function snapshotAman(
  raw: unknown,
  s: repo.SkpRingkas,
  p: PeriodeEvaluasi | undefined,
): EvaluasiSnapshot {
  const x = (raw ?? {}) as Partial<EvaluasiSnapshot>
  const skpSnap = s.snapshot as SkpSnapshot
  return {
    pegawai: x.pegawai ?? skpSnap.pegawai,
    penilai: x.penilai ?? skpSnap.penilai ?? null,
    atasanPenilai: x.atasanPenilai ?? skpSnap.atasanPenilai ?? null,
    penilaiSkp: x.penilaiSkp ?? null,
    bertindakSebagai: x.bertindakSebagai ?? (s.penilaiPegawaiId ? 'penilai' : 'atas_nama_non_asn'),
    unorId: x.unorId ?? '',
    unorNama: x.unorNama ?? skpSnap.pegawai.unor,
    kepalaUnit: x.kepalaUnit ?? false,
    plt: x.plt ?? false,
    jenisJabatan: x.jenisJabatan ?? 'pelaksana',
    jenjang: x.jenjang ?? null,
    mulai: x.mulai ?? p?.mulai ?? s.mulai,
    selesai: x.selesai ?? p?.selesai ?? s.selesai,
    tanggal: x.tanggal ?? s.mulai,
  }
}
