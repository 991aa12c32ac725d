import type {
  KalibrasiGrid,
  PenetapanDetail,
  PenetapanRingkas,
  RingkasanKurvaTersimpan,
} from '../../shared/kurva.ts'
import type { gridKalibrasi } from './kurva.baca.ts'
import type { PenetapanRow } from './kurva.repository.ts'

/** Response shapes of the curve module (src/shared/kurva.ts). */

export const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString())

export const dokumenPenetapanUrl = (id: string) => `/api/v1/penetapan-predikat/${id}/dokumen.pdf`

export function penetapanRingkas(p: PenetapanRow): PenetapanRingkas {
  return {
    id: p.id,
    unorId: p.unorId,
    tahun: p.tahun,
    periode: p.periode,
    versi: p.versi,
    ditetapkanOlehNama: p.ditetapkanOlehNama,
    ditetapkanPada: iso(p.createdAt)!,
    dokumenUrl: dokumenPenetapanUrl(p.id),
  }
}

export function penetapanDetail(p: PenetapanRow): PenetapanDetail {
  return {
    ...penetapanRingkas(p),
    unorNama: p.unorNama,
    baris: p.baris as PenetapanDetail['baris'],
    // a snapshot written before `tidakDihitung` was recorded lacks it (optional in the schema)
    kurva: p.kurva as RingkasanKurvaTersimpan,
  }
}

export function kalibrasiGrid(
  unor: { id: string; nama: string },
  tahun: number,
  g: Awaited<ReturnType<typeof gridKalibrasi>>,
  boleh: boolean,
): KalibrasiGrid {
  return {
    unor,
    tahun,
    periode: g.penetapan?.periode ?? g.rentang.periode,
    periodeTersedia: g.periodeTersedia,
    kurva: g.kurva,
    baris: g.baris.map((a) => ({
      evaluasiId: a.evaluasiId,
      pegawaiId: a.pegawaiId,
      nama: a.nama,
      nip: a.nip,
      jabatan: a.jabatan,
      penilaiNama: a.penilaiNama,
      ratingHasil: a.ratingHasil,
      ratingPerilaku: a.ratingPerilaku,
      predikat: a.predikat,
      status: a.status,
      dikalibrasi: a.dikalibrasi,
      revisi: a.revisi,
      // SE MenPANRB 3/2023: calibration happens before finalisation; a final one changes only by reopen/keberatan
      aksi: { sesuaikan: boleh && a.evaluasiId !== null && a.status === 'draft' },
    })),
    penetapan: g.penetapan ? penetapanRingkas(g.penetapan) : null,
    aksi: {
      sesuaikan: boleh,
      tetapkan: boleh && g.kurva.dihitung > 0 && g.kurva.belumDinilai === 0,
    },
  }
}
