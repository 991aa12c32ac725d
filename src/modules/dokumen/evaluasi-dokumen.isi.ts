import { angkaKredit, JENJANG_JF, type JenjangJf } from '../../domain/angka-kredit.ts'
import { LABEL_PREDIKAT, LABEL_PREDIKAT_ORGANISASI, LABEL_RATING } from '../../domain/labels.ts'
import { daftarPeriode } from '../../domain/periode.ts'
import { hitungPolaDistribusi, type PembulatanDistribusi } from '../../domain/pola-distribusi.ts'
import type { PredikatOrganisasi, PredikatPegawai, Rating } from '../../domain/predikat.ts'
import type { JenisPeriodePenilaian } from '../../domain/settings.ts'
import { hariIni as hariIniWib } from '../../server/clock.ts'
import type { KodePeriodePenilaian } from '../../shared/enums.ts'
import type { AsalVersi, EvaluasiSnapshot } from '../../shared/penilaian.ts'
import type { PejabatSnapshot, SkpView } from '../../shared/skp.ts'
import type { SkpRow } from '../skp/skp-akses.ts'
import type { EvaluasiRow } from './evaluasi-dokumen.repository.ts'
import type {
  EvaluasiDokumenData,
  IdentitasDokumen,
  RingkasanEvaluasiData,
} from './evaluasi-dokumen.types.ts'
import type { PejabatDokumen } from './skp-document.types.ts'

/**
 * The printed content of the evaluation documents, from the evaluation row (its snapshot: the blocks as
 * they were, DOMAIN §1), the SKP and what the service read. Every label resolved here; hashed as is.
 */

type Isi<T> = Omit<T, 'verifikasi' | 'diterbitkan'>

/** The snapshot as stored; rows written before every field existed fall back to the SKP's. */
export type SnapshotEvaluasi = Partial<EvaluasiSnapshot> & Pick<EvaluasiSnapshot, 'pegawai'>

const JENIS_DARI_KODE = (kode: KodePeriodePenilaian): JenisPeriodePenilaian =>
  kode.startsWith('B') ? 'bulanan' : kode.startsWith('S') ? 'semester' : 'triwulan'

/** The period of a code in a year: its printed name and dates (FINAL: TAHUNAN, the whole year). */
export function periodePenilaian(tahun: number, kode: KodePeriodePenilaian) {
  const p = daftarPeriode(tahun, JENIS_DARI_KODE(kode)).find((x) => x.kode === kode)!
  return { nama: p.nama, mulai: p.mulai, selesai: p.selesai }
}

const pangkatGolongan = (p: PejabatSnapshot) => [p.pangkat, p.golongan].filter(Boolean).join(', ') || null

export const pejabat = (p: PejabatSnapshot | null | undefined): PejabatDokumen =>
  p
    ? { nama: p.nama, nip: p.nip, pangkatGolongan: pangkatGolongan(p), jabatan: p.jabatan, unitKerja: p.unor }
    : { nama: '-', nip: null, pangkatGolongan: null, jabatan: '-', unitKerja: '-' }

export const labelRating = (r: Rating | null) => (r ? LABEL_RATING[r].id : 'Belum dinilai')
export const labelPredikat = (p: PredikatPegawai | null) => (p ? LABEL_PREDIKAT[p].id : 'Belum ditetapkan')
export const labelPredikatOrganisasi = (p: PredikatOrganisasi | null) =>
  p ? LABEL_PREDIKAT_ORGANISASI[p].id : null

/** Whole months from `mulai` to `selesai` (inclusive dates), at most 12: the months a predikat covers. */
export function bulanTercakup(mulai: string, selesai: string): number {
  const [y1, m1] = mulai.split('-').map(Number)
  const [y2, m2] = selesai.split('-').map(Number)
  return Math.max(0, Math.min(12, (y2 - y1) * 12 + (m2 - m1) + 1))
}

/** Angka kredit of the covered months for a jabatan fungsional (DOMAIN §5), printed with its jenjang. */
export function angkaKreditCetak(snap: SnapshotEvaluasi, e: EvaluasiRow, mulai: string, selesai: string) {
  const jenjang = snap.jenjang?.toUpperCase() as JenjangJf | undefined
  if (!jenjang || !JENJANG_JF.includes(jenjang) || !e.predikat) return null
  const nilai = angkaKredit({ bulan: bulanTercakup(mulai, selesai), predikat: e.predikat, jenjang })
  const nama = jenjang
    .toLowerCase()
    .split('_')
    .map((k) => k[0].toUpperCase() + k.slice(1))
    .join(' ')
  return `${nilai.toFixed(3)} (${nama}, ${bulanTercakup(mulai, selesai)} bulan)`
}

export function identitas(
  e: EvaluasiRow,
  s: SkpRow,
  instansi: { nama: string; lokasi: string | null },
): Isi<IdentitasDokumen> & { snap: SnapshotEvaluasi } {
  const snap = e.snapshot as SnapshotEvaluasi
  const p = periodePenilaian(e.tahun, e.periode)
  return {
    snap,
    instansi: instansi.nama,
    unit: snap.unorNama ?? snap.pegawai.unor,
    tahun: e.tahun,
    namaPeriode: p.nama,
    periode: {
      mulai: snap.mulai ?? (p.mulai < s.mulai ? s.mulai : p.mulai),
      selesai: snap.selesai ?? (p.selesai > s.selesai ? s.selesai : p.selesai),
    },
    pegawai: pejabat(snap.pegawai),
    penilai: pejabat(snap.penilai ?? s.snapshot.penilai),
    atasanPenilai:
      (snap.atasanPenilai ?? s.snapshot.atasanPenilai)
        ? pejabat(snap.atasanPenilai ?? s.snapshot.atasanPenilai)
        : null,
    draf: e.status === 'draft',
    tanggal: e.status !== 'draft' && e.difinalisasiAt ? hariIniWib(e.difinalisasiAt) : null,
    tempat: instansi.lokasi ?? instansi.nama,
  }
}

export interface RealisasiIki {
  ikiId: string
  periode: string
  nilai: number | null
  nilaiTeks: string | null
  satuan: string | null
}

const formatRealisasi = (r: RealisasiIki) =>
  r.nilaiTeks ?? `${String(r.nilai).replace('.', ',')}${r.satuan ? ` ${r.satuan}` : ''}`

export function isiEvaluasi(o: {
  e: EvaluasiRow
  s: SkpRow
  view: SkpView
  instansi: { nama: string; lokasi: string | null }
  predikatOrganisasi: PredikatOrganisasi | null
  jumlahUnit: number
  pembulatan: PembulatanDistribusi
  realisasi: RealisasiIki[]
  /** FINAL: the year's angka kredit from the angka-kredit module (null: none); undefined: computed here. */
  angkaKreditTahunan?: string | null
}): Isi<EvaluasiDokumenData> {
  const { e, view } = o
  const { snap, ...id } = identitas(e, o.s, o.instansi)
  const umpanHasil = (e.umpanBalikHasil ?? {}) as Record<string, string>
  const umpanPerilaku = (e.umpanBalikPerilaku ?? {}) as Record<string, string>
  const realisasiIki = (ikiId: string) => {
    const milik = o.realisasi.filter((r) => r.ikiId === ikiId)
    if (milik.length === 0) return '-'
    if (e.periode !== 'FINAL') return formatRealisasi(milik[0])
    return milik
      .sort((a, b) => a.periode.localeCompare(b.periode))
      .map((r) => `${r.periode}: ${formatRealisasi(r)}`)
      .join('; ')
  }
  const jumlah = Math.max(o.jumlahUnit, 1)
  return {
    ...id,
    predikatOrganisasi: labelPredikatOrganisasi(o.predikatOrganisasi),
    jumlahPegawaiUnit: o.jumlahUnit,
    polaDistribusi: o.predikatOrganisasi
      ? hitungPolaDistribusi(o.predikatOrganisasi, jumlah, o.pembulatan)
          // a minimum that gives way in a small unit (0 people) is no requirement: not printed
          .filter((b) => !(b.aturan.jenis === 'min' && b.batas === 0))
          .map((b) => {
            const nama = b.aturan.predikat.map((p) => LABEL_PREDIKAT[p].id).join(' dan/atau ')
            if (b.aturan.jenis === 'terbanyak') return `${nama}: kelompok terbanyak`
            return `${nama}: ${b.aturan.jenis === 'maks' ? 'paling banyak' : 'paling sedikit'} ${b.batas} orang`
          })
      : [],
    hasilKerja: view.rhk.map((r) => ({
      jenis: r.jenis,
      rhk: r.deskripsi,
      iki: r.iki.map((i) => ({
        indikator: i.indikator,
        target: i.targetLabel,
        realisasi: realisasiIki(i.id),
      })),
      umpanBalik: umpanHasil[r.id] ?? '',
    })),
    ratingHasil: labelRating(e.ratingHasil),
    perilaku: view.perilaku.map((p) => ({ nama: p.nama, umpanBalik: umpanPerilaku[p.kode] ?? '' })),
    ratingPerilaku: labelRating(e.ratingPerilaku),
    predikat: labelPredikat(e.predikat),
    angkaKredit:
      o.angkaKreditTahunan !== undefined
        ? o.angkaKreditTahunan
        : angkaKreditCetak(snap, e, id.periode.mulai, id.periode.selesai),
  }
}

export function isiRingkasan(o: {
  e: EvaluasiRow
  s: SkpRow
  instansi: { nama: string; lokasi: string | null }
  predikatOrganisasi: PredikatOrganisasi | null
  angkaKreditTahunan?: string | null
}): Isi<RingkasanEvaluasiData> {
  const { e } = o
  const { snap, ...id } = identitas(e, o.s, o.instansi)
  const asal = e.asal as AsalVersi | null
  const keterangan = [
    asal
      ? `Versi ${e.versi}: ${asal.oleh === 'keberatan' ? 'hasil keputusan keberatan' : 'dibuka kembali'} — ${asal.alasan}`
      : null,
    e.status === 'digantikan' ? 'Versi ini telah digantikan oleh versi yang lebih baru.' : null,
  ].filter((x): x is string => x !== null)
  return {
    ...id,
    predikatOrganisasi: labelPredikatOrganisasi(o.predikatOrganisasi),
    ratingHasil: labelRating(e.ratingHasil),
    ratingPerilaku: labelRating(e.ratingPerilaku),
    predikat: labelPredikat(e.predikat),
    catatan: e.catatan,
    keteranganVersi: keterangan.length > 0 ? keterangan.join(' ') : null,
    angkaKredit:
      o.angkaKreditTahunan !== undefined
        ? o.angkaKreditTahunan
        : angkaKreditCetak(snap, e, id.periode.mulai, id.periode.selesai),
  }
}
