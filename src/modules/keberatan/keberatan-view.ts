import type { Db } from '../../db/client.ts'
import type {
  KeberatanDetail,
  KeberatanRingkas,
  KeberatanRiwayat,
  PeranKeberatan,
} from '../../shared/keberatan.ts'
import type { Jendela } from './keberatan-jendela.ts'
import { aksiKeberatan, menungguKeberatan } from './keberatan.policy.ts'
import * as repo from './keberatan.repository.ts'

/** The views of a keberatan, built from its row and the evaluation version's frozen snapshot. */

interface Pejabat {
  pegawaiId?: string | null
  nama?: string
  jabatan?: string
}
interface Snapshot {
  pegawai?: Pejabat
  penilai?: Pejabat | null
  atasanPenilai?: Pejabat | null
}
const snap = (e: repo.EvaluasiRow) => (e.snapshot ?? {}) as Snapshot
const orang = (p: Pejabat | null | undefined, pegawaiId: string | null) => ({
  pegawaiId,
  nama: p?.nama ?? '—',
  jabatan: p?.jabatan ?? null,
})

/** The decider as the version names it: the atasan penilai (pegawaiId null = the non-ASN official). */
export const pemutusDari = (e: repo.EvaluasiRow) => {
  const a = snap(e).atasanPenilai
  return { pegawaiId: a?.pegawaiId ?? null, nama: a?.nama ?? null, jabatan: a?.jabatan ?? null }
}

export const evaluasiView = (e: repo.EvaluasiRow): KeberatanDetail['evaluasi'] => ({
  id: e.id,
  skpId: e.skpId,
  tahun: e.tahun,
  periode: e.periode,
  versi: e.versi,
  status: e.status,
  ratingHasil: e.ratingHasil,
  sumberRatingHasil: e.sumberRatingHasil,
  ratingPerilaku: e.ratingPerilaku,
  predikat: e.predikat,
  difinalisasiAt: e.difinalisasiAt?.toISOString() ?? null,
  penilai: snap(e).penilai ? orang(snap(e).penilai, e.penilaiPegawaiId) : null,
})

export const batasView = (j: Jendela | null) =>
  j ? { diterima: j.diterima, batas: j.batas, hari: j.hari, jenisHari: j.jenisHari } : null

export function ringkas({ k, e }: repo.KeberatanDenganEvaluasi, peran: PeranKeberatan[]): KeberatanRingkas {
  return {
    id: k.id,
    evaluasiId: e.id,
    tahun: e.tahun,
    periode: e.periode,
    versi: e.versi,
    pegawai: orang(snap(e).pegawai, k.pegawaiId),
    pemutus: orang(snap(e).atasanPenilai, k.pemutusPegawaiId),
    pemutusNonAsn: k.pemutusPegawaiId === null,
    status: k.status,
    keputusan: k.keputusan,
    predikatAwal: e.predikat,
    predikatBaru: k.predikatBaru,
    diajukanAt: k.createdAt.toISOString(),
    diputuskanAt: k.diputuskanAt?.toISOString() ?? null,
    peran,
    menunggu: menungguKeberatan(peran, k),
  }
}

export async function detail(
  db: Db,
  r: repo.KeberatanDenganEvaluasi,
  peran: PeranKeberatan[],
  jendela: Jendela | null,
): Promise<KeberatanDetail> {
  const { k, e } = r
  const komentar = await repo.listKomentar(db, k.instansiId, k.id)
  const surat = k.suratBerkasId ? await repo.infoSurat(db, k.instansiId, k.suratBerkasId) : undefined
  return {
    ...ringkas(r, peran),
    alasan: k.alasan,
    usulRatingHasil: k.usulRatingHasil,
    usulRatingPerilaku: k.usulRatingPerilaku,
    evaluasi: evaluasiView(e),
    batas: batasView(jendela),
    komentar: komentar.map((x) => ({
      id: x.k.id,
      peran: x.k.peran as KeberatanDetail['komentar'][number]['peran'],
      nama: x.nama,
      isi: x.k.isi,
      createdAt: x.k.createdAt.toISOString(),
    })),
    putusan:
      k.keputusan && k.diputuskanAt
        ? {
            keputusan: k.keputusan,
            alasan: k.alasanKeputusan ?? '',
            ratingHasil: k.keputusan === 'ubah' ? k.ratingHasilBaru : e.ratingHasil,
            ratingPerilaku: k.keputusan === 'ubah' ? k.ratingPerilakuBaru : e.ratingPerilaku,
            predikat: k.keputusan === 'ubah' ? k.predikatBaru : e.predikat,
            diputuskanAt: k.diputuskanAt.toISOString(),
            olehNama: k.diputuskanOlehAkunId ? await repo.namaAkun(db, k.diputuskanOlehAkunId) : null,
            atasNama: k.atasNama,
            surat: surat ?? null,
            evaluasiBaruId: k.evaluasiBaruId,
          }
        : null,
    aksi: aksiKeberatan(peran, k),
  }
}

export const riwayat = ({ k, e }: repo.KeberatanDenganEvaluasi): KeberatanRiwayat => ({
  id: k.id,
  evaluasiId: e.id,
  tahun: e.tahun,
  periode: e.periode,
  versi: e.versi,
  status: k.status,
  keputusan: k.keputusan,
  alasan: k.alasan,
  alasanKeputusan: k.alasanKeputusan,
  predikatAwal: e.predikat,
  predikatBaru: k.predikatBaru,
  evaluasiBaruId: k.evaluasiBaruId,
  atasNama: k.atasNama,
  diajukanAt: k.createdAt.toISOString(),
  diputuskanAt: k.diputuskanAt?.toISOString() ?? null,
})
