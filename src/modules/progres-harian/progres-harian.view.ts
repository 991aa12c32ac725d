import type { Actor } from '../../server/auth/actor.ts'
import type { HariProgres, ProgresView } from '../../shared/progres-harian.ts'
import { peranProgres } from './progres-harian.policy.ts'
import type { ProgresRow } from './progres-harian.repository.ts'
import { aksiProgres, hariAntara, keJam, statusHari } from './progres-harian.rules.ts'

const iso = (d: Date | null) => d?.toISOString() ?? null

/** An entry as the API shows it to this reader, with what the reader may do with it. */
export function viewProgres(actor: Actor, r: ProgresRow): ProgresView {
  const { ubah, hapus, ajukan, setujui, kembalikan } = aksiProgres(r.status, peranProgres(actor, r))
  return {
    id: r.id,
    pegawaiId: r.pegawaiId,
    skpId: r.skpId,
    tanggal: r.tanggal,
    jamMulai: keJam(r.jamMulai),
    jamSelesai: keJam(r.jamSelesai),
    durasiMenit: r.jamSelesai - r.jamMulai,
    kegiatan: r.kegiatan,
    realisasi: r.realisasi,
    satuan: r.satuan,
    rencanaAksi:
      r.rencanaAksiId && r.rencanaAksiUraian !== null
        ? { id: r.rencanaAksiId, uraian: r.rencanaAksiUraian }
        : null,
    tautanBukti: r.tautanBukti,
    status: r.status,
    catatanAtasan: r.catatanAtasan,
    diajukanAt: iso(r.diajukanAt),
    ditinjauAt: iso(r.ditinjauAt),
    versi: r.versi,
    aksi: { ubah, hapus, ajukan, setujui, kembalikan },
  }
}

/**
 * Every day of the range (empty ones too), each with its entries in time order, hours and status, and
 * the approved SKP covering it (`skps`: the pegawai's, overlapping the range).
 */
export function kelompokkanHari(
  dari: string,
  sampai: string,
  entri: ProgresView[],
  skps: { id: string; mulai: string; selesai: string }[],
  hariIni: string,
): HariProgres[] {
  const perHari = new Map<string, ProgresView[]>()
  for (const e of entri) perHari.set(e.tanggal, [...(perHari.get(e.tanggal) ?? []), e])
  return hariAntara(dari, sampai).map((tanggal) => {
    const isi = perHari.get(tanggal) ?? []
    const skpId = skps.find((s) => s.mulai <= tanggal && tanggal <= s.selesai)?.id ?? null
    return {
      tanggal,
      skpId,
      bisaDiisi: skpId !== null && tanggal <= hariIni,
      status: statusHari(isi.map((e) => e.status)),
      totalMenit: isi.reduce((n, e) => n + e.durasiMenit, 0),
      entri: isi,
    }
  })
}
