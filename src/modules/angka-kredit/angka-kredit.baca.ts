import type { Db } from '../../db/client.ts'
import {
  angkaKreditTahun as hitungTahun,
  jenjangJf,
  type KoefisienBerlaku,
  type PenilaianAk,
  type SegmenAk,
} from '../../domain/angka-kredit.ts'
import type { PredikatPegawai } from '../../domain/predikat.ts'
import type { AngkaKreditTahunView } from '../../shared/angka-kredit.ts'
import type { JENJANG_FUNGSIONAL } from '../../shared/organisasi.ts'
import { gabungPengaturan } from '../pelaksanaan/kunci.ts'
import * as repo from './angka-kredit.repository.ts'

/**
 * Public read of a pegawai's angka kredit (Peraturan BKN 3/2023): the riwayat and the evaluation documents show
 * it, exports carry it. Callers check who may read; this only computes, scoped by instansi.
 */
export type AngkaKreditTahun = Omit<AngkaKreditTahunView, 'aksi'>

type JenjangSimpan = (typeof JENJANG_FUNGSIONAL)[number]
const simpan = (j: string | null): JenjangSimpan | null => (j ? (j.toLowerCase() as JenjangSimpan) : null)
const ke3 = (n: number) => Math.round(n * 1000) / 1000

export async function angkaKreditTahun(
  db: Db,
  instansiId: string,
  pegawaiId: string,
  tahun: number,
): Promise<AngkaKreditTahun> {
  // one after another: the caller may pass a transaction, whose connection runs one query at a time
  const skps = await repo.segmenSkp(db, instansiId, pegawaiId, tahun)
  const evals = await repo.penilaianBerlaku(db, instansiId, pegawaiId, tahun)
  const koef: KoefisienBerlaku[] = (await repo.listKoefisien(db)).map((k) => ({
    jenjang: jenjangJf(k.jenjang)!,
    koefisien: k.koefisien,
    berlakuMulai: k.berlakuMulai,
  }))
  const awal = await repo.findAwal(db, instansiId, pegawaiId)
  const tahunAwal = awal ? Number(awal.tanggal.slice(0, 4)) : null
  const daftarTahun = [...new Set(skps.map((s) => s.tahun))]
    .filter((t) => tahunAwal === null || t >= tahunAwal)
    .sort((a, b) => a - b)
  if (!daftarTahun.includes(tahun)) daftarTahun.push(tahun)
  const setelan = new Map(
    (await repo.pengaturanTahunan(db, instansiId, daftarTahun)).map((r) => [
      r.tahun,
      gabungPengaturan(r.tahun, r.pengaturan, r.status).pengaturan,
    ]),
  )
  const konvensi = (t: number) =>
    (setelan.get(t) ?? gabungPengaturan(t, null, null).pengaturan).konvensiBulanAk

  // The jenjang of a segment: frozen on its FINAL evaluation when there is one, else the position's today.
  const jenjangBeku = new Map(
    evals.filter((e) => e.periode === 'FINAL' && e.punyaJenjang).map((e) => [e.skpId, e.jenjang]),
  )
  const jenjangSegmen = (s: (typeof skps)[number]) =>
    jenjangBeku.has(s.id) ? (jenjangBeku.get(s.id) ?? null) : s.jenis === 'fungsional' ? s.jenjang : null

  const hitung = (t: number) => {
    const segmen: SegmenAk[] = skps
      .filter((s) => s.tahun === t)
      .map((s) => ({ id: s.id, mulai: s.mulai, selesai: s.selesai, jenjang: jenjangJf(jenjangSegmen(s)) }))
    const penilaian: PenilaianAk[] = evals
      .filter((e) => e.tahun === t && e.predikat)
      .map((e) => ({ segmenId: e.skpId, kode: e.periode, predikat: e.predikat as PredikatPegawai }))
    return hitungTahun({
      tahun: t,
      segmen,
      penilaian,
      koefisien: koef,
      konvensi: konvensi(t),
      sejak: awal?.tanggal ?? null,
    })
  }

  let kumulatif = awal?.nilai ?? 0
  for (const t of daftarTahun.filter((x) => x < tahun)) {
    const h = hitung(t)
    kumulatif += h.tahunan ?? h.periodik
  }
  const h = hitung(tahun)
  kumulatif += h.tahunan ?? h.periodik
  const skpTahun = skps.filter((s) => s.tahun === tahun)
  const dariSkp = new Map(skpTahun.map((s) => [s.id, s]))
  return {
    pegawaiId,
    tahun,
    konvensiBulan: konvensi(tahun),
    segmen: h.segmen.map((s) => {
      const x = dariSkp.get(s.id)!
      return {
        skpId: s.id,
        mulai: x.mulai,
        selesai: x.selesai,
        jabatan: x.jabatan,
        jenjang: simpan(s.jenjang),
        bulan: s.bulan,
        koefisien: s.koefisien,
        ak: s.ak,
      }
    }),
    periode: h.periode.map((p) => ({
      skpId: p.segmenId,
      periode: p.kode,
      predikat: p.predikat,
      bulan: p.bulan,
      ak: p.ak,
    })),
    predikatTahunan: h.predikatTahunan,
    tahunan: h.tahunan,
    periodik: h.periodik,
    awal: awal
      ? {
          nilai: awal.nilai,
          tanggal: awal.tanggal,
          jenjang: awal.jenjang,
          keterangan: awal.keterangan,
          updatedAt: awal.updatedAt.toISOString(),
        }
      : null,
    kumulatif: ke3(kumulatif),
    fungsional: h.segmen.some((s) => s.jenjang !== null) || awal !== undefined,
  }
}
