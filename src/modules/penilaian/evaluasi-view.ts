import type { Db } from '../../db/client.ts'
import { berakhlakUntukTahun } from '../../domain/berakhlak.ts'
import {
  aksiEvaluasi,
  prefillTahunan,
  type PeranEvaluasi,
  type PeriodeEvaluasi,
} from '../../domain/penilaian.ts'
import type { Rating } from '../../domain/predikat.ts'
import type { AksiEvaluasi, AsalVersi, EvaluasiDetail, EvaluasiRingkas } from '../../shared/penilaian.ts'
import { angkaKreditTahun } from '../angka-kredit/angka-kredit.baca.ts'
import {
  batasKeberatanEvaluasi,
  keberatanTerbuka as keberatanTerbukaDi,
} from '../keberatan/keberatan.baca.ts'
import { snapshotAman, pimpinan, type Konteks } from './evaluasi-konteks.ts'
import { hasilKerja } from './hasil-kerja.ts'
import * as repo from './penilaian.repository.ts'

export const ringkas = (e: repo.EvaluasiRow): EvaluasiRingkas => ({
  id: e.id,
  skpId: e.skpId,
  periode: e.periode,
  versi: e.versi,
  status: e.status,
  revisi: e.revisi,
  ratingHasil: e.ratingHasil,
  ratingPerilaku: e.ratingPerilaku,
  predikat: e.predikat,
  difinalisasiAt: e.difinalisasiAt?.toISOString() ?? null,
  diterimaAt: e.diterimaAt?.toISOString() ?? null,
})

export const viewPeriode = (p: PeriodeEvaluasi) => ({
  kode: p.kode,
  nama: p.nama,
  mulai: p.mulai,
  selesai: p.selesai,
  bisaDinilaiMulai: p.bisaDinilaiMulai,
})

/**
 * The actor's actions on a version: the workflow's (src/domain/penilaian.ts) plus 'keberatan' for the pegawai
 * on a final result within the window with none filed yet (the keberatan module decides the filing itself).
 */
export async function aksiUntuk(
  db: Db,
  k: Konteks,
  e: repo.EvaluasiRow,
  peran: PeranEvaluasi[],
): Promise<AksiEvaluasi[]> {
  if (e.status === 'digantikan' || k.ditutup) return []
  const selesai = e.status === 'final' || e.status === 'diterima'
  const keberatanTerbuka =
    selesai && peran.includes('atasan_penilai') ? await keberatanTerbukaDi(db, e.instansiId, e.id) : false
  const aksi: AksiEvaluasi[] = aksiEvaluasi(
    { status: e.status, diriDiajukan: e.diriDiajukanAt !== null, keberatanTerbuka },
    peran,
  )
  const batas = await batasKeberatanEvaluasi(db, e, k.pengaturan)
  if (
    selesai &&
    peran.includes('pegawai') &&
    batas &&
    k.hari <= batas &&
    !(await repo.adaKeberatan(db, e.instansiId, e.id))
  )
    aksi.push('keberatan')
  return aksi
}

/** GET /evaluasi/:id — the evaluation as the actor sees it (everything computed here, nothing on the web). */
export async function susunDetail(
  db: Db,
  k: Konteks,
  e: repo.EvaluasiRow,
  peran: PeranEvaluasi[],
): Promise<EvaluasiDetail> {
  const p = k.periode.find((x) => x.kode === e.periode)
  const snapshot = snapshotAman(e.snapshot, k.s, p)
  const periodeInfo = p
    ? viewPeriode(p)
    : {
        kode: e.periode,
        nama: e.periode,
        mulai: snapshot.mulai,
        selesai: snapshot.selesai,
        bisaDinilaiMulai: snapshot.mulai,
      }
  const hk = await hasilKerja(
    db,
    k.s,
    k.periode.filter((x) => x.kode !== 'FINAL'),
    e.periode,
    {
      rumusPolaritasTurun: k.pengaturan.rumusPolaritasTurun,
      ambang: k.pengaturan.ambangRating,
      umpanBalik: (e.umpanBalikHasil ?? {}) as Record<string, string>,
    },
  )
  const final = e.periode === 'FINAL'
  const riwayat = final
    ? (await repo.evaluasiPegawaiTahun(db, e.instansiId, e.pegawaiId, e.tahun)).filter(
        (r) => r.e.periode !== 'FINAL',
      )
    : []
  const selesai = riwayat.filter((r) => r.e.status === 'final' || r.e.status === 'diterima')
  const predikatOrganisasi =
    e.status === 'draft' && snapshot.unorId
      ? await repo.findPredikatOrganisasi(db, e.instansiId, snapshot.unorId, e.tahun, e.periode)
      : e.predikatOrganisasi
  const nilai = berakhlakUntukTahun(e.tahun)?.nilai ?? []
  const versi = await repo.evaluasiSkp(db, e.instansiId, e.skpId)
  return {
    ...ringkas(e),
    pegawaiId: e.pegawaiId,
    tahun: e.tahun,
    snapshot,
    periodeInfo,
    hasilKerja: hk.rhk,
    saranRatingHasil: e.status === 'draft' ? hk.saran : (e.ratingHasilSaran ?? null),
    sumberRatingHasil: e.sumberRatingHasil,
    alasanRatingHasil: e.alasanRatingHasil,
    aturanPimpinan:
      e.status === 'draft' ? pimpinan(k, snapshot) : e.sumberRatingHasil === 'predikat_organisasi',
    predikatOrganisasi,
    nilaiPerilaku: nilai.map((n) => ({ kode: n.kode, nama: n.nama, namaEn: n.namaEn })),
    umpanBalikPerilaku: (e.umpanBalikPerilaku ?? {}) as Record<string, string>,
    catatan: e.catatan,
    diri: {
      ratingHasil: e.diriRatingHasil,
      ratingPerilaku: e.diriRatingPerilaku,
      catatan: e.diriCatatan,
      diajukanAt: e.diriDiajukanAt?.toISOString() ?? null,
    },
    riwayatPeriodik: riwayat.map((r) => ({
      evaluasiId: r.e.id,
      skpId: r.e.skpId,
      periode: r.e.periode,
      status: r.e.status,
      ratingHasil: r.e.ratingHasil,
      ratingPerilaku: r.e.ratingPerilaku,
      predikat: r.e.predikat,
      penilaiNama:
        r.penilaiNama ?? (r.e.snapshot as { penilai?: { nama?: string } | null })?.penilai?.nama ?? null,
    })),
    prefill: final
      ? prefillTahunan(
          selesai.map((r) => ({
            ratingHasil: r.e.ratingHasil as Rating | null,
            ratingPerilaku: r.e.ratingPerilaku as Rating | null,
          })),
        )
      : null,
    batasKeberatan: await batasKeberatanEvaluasi(db, e, k.pengaturan),
    angkaKredit: await angkaKreditEvaluasi(db, e),
    asal: (e.asal as AsalVersi | null) ?? null,
    versiLain: versi
      .filter((v) => v.periode === e.periode)
      .map((v) => ({ id: v.id, versi: v.versi, status: v.status })),
    peran: peran.includes('penilai')
      ? 'penilai'
      : peran.includes('pegawai')
        ? 'pegawai'
        : peran.includes('atasan_penilai')
          ? 'atasan_penilai'
          : 'pembaca',
    aksi: await aksiUntuk(db, k, e, peran),
  }
}

/** The evaluation's angka kredit (the one rule: angka-kredit.baca.ts), for a jabatan fungsional only. */
async function angkaKreditEvaluasi(db: Db, e: repo.EvaluasiRow): Promise<EvaluasiDetail['angkaKredit']> {
  const ak = await angkaKreditTahun(db, e.instansiId, e.pegawaiId, e.tahun)
  if (!ak.fungsional) return null
  const lama = e.status === 'digantikan'
  if (e.periode === 'FINAL') {
    const bulan = ak.segmen.reduce((n, s) => n + (s.jenjang ? s.bulan : 0), 0)
    return { bulan, nilai: lama ? null : ak.tahunan, kumulatif: ak.kumulatif }
  }
  const p = ak.periode.find((x) => x.skpId === e.skpId && x.periode === e.periode)
  return { bulan: p?.bulan ?? null, nilai: lama ? null : (p?.ak ?? null), kumulatif: ak.kumulatif }
}
