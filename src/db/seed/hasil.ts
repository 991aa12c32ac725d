import type { JenisJabatan, Jenjang } from './katalog.ts'
import type { InstansiRencana, Penempatan } from './rencana.ts'
import type { StatusKepegawaian } from './unor-tree.ts'

/** A pegawai of the demo with their current definitif assignment. */
export interface PegawaiDemo {
  pegawaiId: string
  nip: string
  nama: string
  jenisAsn: 'pns' | 'pppk' | 'pppk_paruh_waktu'
  status: StatusKepegawaian
  unorId: string
  unorKode: string
  jabatanId: string
  jabatanNama: string
  jenisJabatan: JenisJabatan
  jenjang: Jenjang | null
  penugasanId: string
  /** Start of the current definitif assignment (yyyy-mm-dd). */
  mulai: string
  isKepala: boolean
}

export interface KepalaUnitDemo {
  pegawaiId: string
  penugasanId: string
  jenis: 'definitif' | 'plt'
}

/** What an SKP seed (issue 3) builds on: ids of one demo instansi's structure. */
export interface StrukturInstansiDemo {
  instansiId: string
  kode: string
  /** The top ASN (Sekda / Kepala Badan): no penilai in the tree, assessed by the non-ASN official. */
  pimpinanTertinggiPegawaiId: string
  /** unor id by unit code ("SETDA", "DUKCAPIL.DAFDUK.IDEN"). */
  unorPerKode: Map<string, string>
  /** parent unor id of each unor id (null for the root). */
  induk: Map<string, string | null>
  /** The head of each unor today (definitif, or the Plt of a vacant head position), by unor id. */
  kepalaPerUnor: Map<string, KepalaUnitDemo>
  pegawai: PegawaiDemo[]
}

function kepalaPerUnor(r: InstansiRencana): Map<string, KepalaUnitDemo> {
  const hasil = new Map<string, KepalaUnitDemo>()
  const aktif = r.penugasan.filter((p) => p.isKepala && !p.selesai)
  // definitif heads first: a Plt only shows where the head position is vacant
  for (const p of [
    ...aktif.filter((x) => x.jenis === 'definitif'),
    ...aktif.filter((x) => x.jenis !== 'definitif'),
  ]) {
    if (hasil.has(p.unorId)) continue
    hasil.set(p.unorId, {
      pegawaiId: p.pegawaiId,
      penugasanId: p.id,
      jenis: p.jenis === 'plt' ? 'plt' : 'definitif',
    })
  }
  return hasil
}

const pegawaiDemo = (p: Penempatan): PegawaiDemo => ({
  pegawaiId: p.orang.row.id,
  nip: p.orang.row.nip,
  nama: p.orang.row.nama,
  jenisAsn: p.orang.row.jenisAsn,
  status: p.orang.row.status ?? 'aktif',
  unorId: p.unit.row.id,
  unorKode: p.unit.row.kode!,
  jabatanId: p.penugasan.jabatanId,
  jabatanNama: p.katalog.nama,
  jenisJabatan: p.katalog.jenis,
  jenjang: p.katalog.jenjang,
  penugasanId: p.penugasan.id,
  mulai: p.penugasan.mulai,
  isKepala: !!p.penugasan.isKepala,
})

export function strukturInstansi(r: InstansiRencana): StrukturInstansiDemo {
  const kepala = kepalaPerUnor(r)
  const root = r.pohon.unor.find((u) => !u.parentId)!
  return {
    instansiId: r.row.id,
    kode: r.row.kode,
    pimpinanTertinggiPegawaiId: kepala.get(root.id)!.pegawaiId,
    unorPerKode: new Map(r.pohon.unor.map((u) => [u.kode!, u.id])),
    induk: new Map(r.pohon.unor.map((u) => [u.id, u.parentId ?? null])),
    kepalaPerUnor: kepala,
    pegawai: r.penempatan.map(pegawaiDemo),
  }
}
