import { LABEL_PREDIKAT, LABEL_PREDIKAT_ORGANISASI, LABEL_RATING } from '../../domain/labels.ts'
import type { PredikatOrganisasi, PredikatPegawai, Rating } from '../../domain/predikat.ts'
import { PREDIKAT_PEGAWAI } from '../../shared/enums.ts'
import { hariIni as hariIniWib } from '../../server/clock.ts'
import type { penetapanPredikat } from '../../db/schema/index.ts'
import { periodePenilaian } from './evaluasi-dokumen.isi.ts'
import type { PenetapanDokumenData } from './evaluasi-dokumen.types.ts'

/**
 * The printed content of a Penetapan Predikat Kinerja from its stored row: `baris` (every pegawai's ratings
 * and predikat when the head closed the calibration) and `kurva` (the curve check then). Both are read
 * defensively: a field that is missing prints '-', never fails the document.
 */

interface BarisTersimpan {
  nama?: string
  nip?: string | null
  jabatan?: string | null
  ratingHasil?: Rating | null
  ratingPerilaku?: Rating | null
  predikat?: PredikatPegawai | null
}

interface KurvaTersimpan {
  predikatOrganisasi?: PredikatOrganisasi | null
  peringatan?: ({ code?: string; predikat?: PredikatPegawai[]; batas?: number; aktual?: number } | string)[]
}

const PESAN_PERINGATAN: Record<string, string> = {
  'DISTRIBUSI.BUKAN_TERBANYAK': 'bukan kelompok terbanyak',
  'DISTRIBUSI.MELEBIHI_MAKS': 'melebihi batas paling banyak',
  'DISTRIBUSI.KURANG_DARI_MIN': 'kurang dari batas paling sedikit',
}

const rating = (r: Rating | null | undefined) => (r && LABEL_RATING[r] ? LABEL_RATING[r].id : '-')
const predikat = (p: PredikatPegawai | null | undefined) =>
  p && LABEL_PREDIKAT[p] ? LABEL_PREDIKAT[p].id : '-'

export function isiPenetapan(o: {
  p: typeof penetapanPredikat.$inferSelect
  unorNama: string
  instansi: { nama: string; lokasi: string | null }
  penetap: { nama: string; nip: string | null; jabatan: string } | null
}): Omit<PenetapanDokumenData, 'verifikasi' | 'diterbitkan'> {
  const { p } = o
  const baris = (Array.isArray(p.baris) ? p.baris : []) as BarisTersimpan[]
  const kurva = (p.kurva ?? {}) as KurvaTersimpan
  const periode = periodePenilaian(p.tahun, p.periode)
  const org = kurva.predikatOrganisasi ?? null
  return {
    instansi: o.instansi.nama,
    unit: o.unorNama,
    tahun: p.tahun,
    namaPeriode: periode.nama,
    periode: { mulai: periode.mulai, selesai: periode.selesai },
    versi: p.versi,
    predikatOrganisasi: org && LABEL_PREDIKAT_ORGANISASI[org] ? LABEL_PREDIKAT_ORGANISASI[org].id : null,
    baris: baris.map((b) => ({
      nama: b.nama ?? '-',
      nip: b.nip ?? '-',
      jabatan: b.jabatan ?? '-',
      ratingHasil: rating(b.ratingHasil),
      ratingPerilaku: rating(b.ratingPerilaku),
      predikat: predikat(b.predikat),
    })),
    jumlahPerPredikat: PREDIKAT_PEGAWAI.map((k) => ({
      predikat: LABEL_PREDIKAT[k].id,
      jumlah: baris.filter((b) => b.predikat === k).length,
    })),
    peringatan: (Array.isArray(kurva.peringatan) ? kurva.peringatan : []).map((w) =>
      typeof w === 'string'
        ? w
        : `${(w.predikat ?? []).map((x) => predikat(x)).join(' dan/atau ')}: ${
            PESAN_PERINGATAN[w.code ?? ''] ?? 'tidak sesuai pola'
          } (batas ${w.batas ?? '-'} orang, aktual ${w.aktual ?? '-'} orang)`,
    ),
    penetap: o.penetap ?? { nama: '-', nip: null, jabatan: 'Kepala Unit Kerja' },
    tempat: o.instansi.lokasi ?? o.instansi.nama,
    tanggal: hariIniWib(p.createdAt),
  }
}
