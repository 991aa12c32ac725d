import { randomUUID } from 'node:crypto'
import { katalog } from './katalog.ts'
import type { InstansiRencana, Penempatan, PenugasanRow } from './rencana.ts'
import { jabatanDi } from './unor-tree.ts'

/*
 * The situations the demo must show besides the plain tree: a vacant head position held by a Plt and a
 * pegawai whose mutasi left an ended assignment in their history (DOMAIN.md §1).
 */

function unitDari(r: InstansiRencana, kode: string) {
  const u = r.pohon.perKode.get(kode)
  if (!u) throw new Error(`unit tidak dikenal: ${kode}`)
  return u
}

/**
 * A Plt (pelaksana tugas) for a vacant head position: a head of another unit acts in it alongside their
 * own definitif position (SE Kepala BKN 1/SE/I/2021 on Plt/Plh). The assignment holds the head position.
 */
export function pasangPlt(
  r: InstansiRencana,
  o: { unitKode: string; pejabatDariKode: string; mulai: string },
): { plt: Penempatan; penugasan: PenugasanRow } {
  const u = unitDari(r, o.unitKode)
  const plt = r.kepalaPerKode.get(o.pejabatDariKode)
  if (!plt) throw new Error(`tidak ada kepala di ${o.pejabatDariKode}`)
  const penugasan: PenugasanRow = {
    id: randomUUID(),
    instansiId: r.row.id,
    pegawaiId: plt.orang.row.id,
    unorId: u.row.id,
    jabatanId: u.kepala.jabatanId,
    isKepala: true,
    jenis: 'plt',
    mulai: o.mulai,
    selesai: null,
    nomorSk: `800.1.3.3/${r.rng.int(100, 999)}/BKPSDM/${o.mulai.slice(0, 4)}`,
  }
  r.penugasan.push(penugasan)
  return { plt, penugasan }
}

const hariSebelum = (tanggal: string) => {
  const d = new Date(`${tanggal}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() - 1)
  return d.toISOString().slice(0, 10)
}

/**
 * A mutasi in the past: the first PNS holding `key` in `unitKode` who was appointed early enough moved
 * there on `pindah` from `dariKode`, where they held `keyLama`. The old assignment ends the day before.
 */
export function catatMutasi(
  r: InstansiRencana,
  o: { unitKode: string; key: string; dariKode: string; keyLama: string; pindah: string },
): Penempatan {
  const nama = katalog(o.key).nama
  const tahunPindah = Number(o.pindah.slice(0, 4))
  const siapa = (r.stafPerKode.get(o.unitKode) ?? []).find(
    (p) => p.katalog.nama === nama && p.orang.row.jenisAsn === 'pns' && p.orang.tahunTmt <= tahunPindah - 3,
  )
  if (!siapa) throw new Error(`tidak ada calon mutasi di ${o.unitKode}`)
  const lama = unitDari(r, o.dariKode)
  const mulaiLama = `${Math.max(siapa.orang.tahunTmt + 1, tahunPindah - 6)}-03-01`
  siapa.penugasan.mulai = o.pindah
  siapa.penugasan.nomorSk = `821.2/${r.rng.int(100, 999)}/BKPSDM/${tahunPindah}`
  r.penugasan.push({
    id: randomUUID(),
    instansiId: r.row.id,
    pegawaiId: siapa.orang.row.id,
    unorId: lama.row.id,
    jabatanId: jabatanDi(r.pohon, o.dariKode, o.keyLama),
    isKepala: false,
    jenis: 'definitif',
    mulai: mulaiLama,
    selesai: hariSebelum(o.pindah),
    nomorSk: `821.2/${r.rng.int(100, 999)}/BKPSDM/${mulaiLama.slice(0, 4)}`,
  })
  return siapa
}
