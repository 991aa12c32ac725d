import { SKP_STATUS_ATAU_BELUM, type TimKerjaDetail, type TimKerjaRingkas } from '../../shared/kaskade.ts'
import { labelTargetIki } from '../../shared/skp.ts'
import type { anggotaTim, ikiTim, ringkasanTim } from './tim-kerja.repository.ts'

/** Rows → API views for Tim Kerja (pure). */

type RingkasRow = Awaited<ReturnType<typeof ringkasanTim>>[number]
type AnggotaRow = Awaited<ReturnType<typeof anggotaTim>>[number]
type IkiRow = Awaited<ReturnType<typeof ikiTim>>[number]

export const susunRingkas = (r: RingkasRow): TimKerjaRingkas => ({
  id: r.tim.id,
  tahun: r.tim.tahun,
  nama: r.tim.nama,
  deskripsi: r.tim.deskripsi,
  ketua: { pegawaiId: r.tim.ketuaPegawaiId, nama: r.ketuaNama, nip: r.ketuaNip },
  rhk: r.tim.rhkId && r.rhkDeskripsi != null ? { id: r.tim.rhkId, deskripsi: r.rhkDeskripsi } : null,
  dibuatOlehPegawaiId: r.tim.dibuatOlehPegawaiId,
  jumlahAnggota: Number(r.jumlahAnggota),
})

const statusSkp = (s: string | null) =>
  (SKP_STATUS_ATAU_BELUM as readonly string[]).includes(s ?? '')
    ? (s as (typeof SKP_STATUS_ATAU_BELUM)[number])
    : 'belum_ada'

/** The team as everyone sees it; the caller adds what this actor may do (aksi). */
export function susunDetail(
  ringkas: RingkasRow,
  anggota: AnggotaRow[],
  iki: IkiRow[],
): Omit<TimKerjaDetail, 'aksi'> {
  const ikiPer = new Map<string, IkiRow[]>()
  for (const i of iki) ikiPer.set(i.pegawaiId, [...(ikiPer.get(i.pegawaiId) ?? []), i])
  return {
    ...susunRingkas(ringkas),
    jumlahAnggota: anggota.length,
    anggota: anggota.map((a) => {
      const milik = (ikiPer.get(a.pegawaiId) ?? []).map((i) => ({
        rhkId: i.rhkId,
        rhkDeskripsi: i.rhkDeskripsi,
        ikiId: i.ikiId,
        aspek: i.aspek,
        indikator: i.indikator,
        target: labelTargetIki(i),
      }))
      return {
        pegawaiId: a.pegawaiId,
        nama: a.nama,
        nip: a.nip,
        peran: a.peran,
        jabatan: a.jabatan,
        skpId: a.skpId,
        skpStatus: statusSkp(a.skpStatus),
        iki: milik,
        terpenuhi: milik.length > 0,
      }
    }),
  }
}
