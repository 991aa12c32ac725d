/**
 * Planning an unor import (pure): upsert units by KODE within the instansi, place each under its
 * parent, refuse moves that would make the tree a cycle. A unit created earlier without a code (e.g.
 * by a pegawai import) is adopted when it has the same name under the same parent, not duplicated.
 */
import { kunci } from './impor-nilai.ts'
import type { KesalahanBaris, KesalahanKolom, Ringkasan } from './impor-tipe.ts'
import type { UnorImpor } from './unor-validasi.rules.ts'

export interface UnorAdaPenuh {
  id: string
  parentId: string | null
  kode: string | null
  nama: string
  namaJabatanKepala: string | null
}
export type UnorTulis = UnorAdaPenuh

export interface RencanaUnor {
  /** New units, each after its parent. */
  baru: UnorTulis[]
  ubah: UnorTulis[]
  ringkasan: Ringkasan
  kesalahan: KesalahanBaris[]
}

type Hasil = { id: string; parentId: string | null } | { kesalahan: KesalahanKolom }
const salah = (kolom: string, id: string, en: string) => ({ kesalahan: { kolom, pesan: { id, en } } })

class Penempatan {
  private readonly memo = new Map<string, Hasil>()
  private readonly adaKode = new Map<string, UnorAdaPenuh>()
  private readonly adaNama = new Map<string, UnorAdaPenuh[]>()
  private readonly barisKode = new Map<string, UnorImpor>()
  private readonly barisNama = new Map<string, UnorImpor[]>()

  constructor(
    private readonly ada: readonly UnorAdaPenuh[],
    rows: readonly UnorImpor[],
    private readonly idBaru: () => string,
  ) {
    for (const u of ada) {
      if (u.kode) this.adaKode.set(kunci(u.kode), u)
      this.adaNama.set(kunci(u.nama), [...(this.adaNama.get(kunci(u.nama)) ?? []), u])
    }
    for (const r of rows) {
      this.barisKode.set(kunci(r.kode), r)
      this.barisNama.set(kunci(r.nama), [...(this.barisNama.get(kunci(r.nama)) ?? []), r])
    }
  }

  /** The id the row's unit gets (existing, adopted or new) and its parent. */
  tempatkan(r: UnorImpor, jejak: ReadonlySet<string> = new Set()): Hasil {
    const k = kunci(r.kode)
    let h = this.memo.get(k)
    if (h) return h
    const induk = this.induk(r, new Set([...jejak, k]))
    if (induk !== null && typeof induk !== 'string') h = induk
    else {
      const lama = this.adaKode.get(k) ?? this.adopsi(r, induk)
      h = { id: lama?.id ?? this.idBaru(), parentId: induk }
    }
    this.memo.set(k, h)
    return h
  }

  private readonly diadopsi = new Set<string>()
  private adopsi(r: UnorImpor, parentId: string | null) {
    const u = this.ada.find(
      (u) =>
        !u.kode && !this.diadopsi.has(u.id) && u.parentId === parentId && kunci(u.nama) === kunci(r.nama),
    )
    if (u) this.diadopsi.add(u.id)
    return u
  }

  private induk(r: UnorImpor, jejak: ReadonlySet<string>): string | null | { kesalahan: KesalahanKolom } {
    if (r.kodeInduk) return this.menurutKode(r.kodeInduk, jejak)
    if (!r.namaInduk) return null
    const diBerkas = this.barisNama.get(kunci(r.namaInduk)) ?? []
    const diDb = this.adaNama.get(kunci(r.namaInduk)) ?? []
    if (diBerkas.length === 1) return this.menurutKode(diBerkas[0].kode, jejak, 'NAMA_INDUK')
    if (diBerkas.length === 0 && diDb.length === 1) return diDb[0].id
    return salah(
      'NAMA_INDUK',
      `Nama induk "${r.namaInduk}" tidak tunggal; gunakan KODE_INDUK`,
      `Parent name "${r.namaInduk}" is not unique; use KODE_INDUK`,
    )
  }

  private menurutKode(kode: string, jejak: ReadonlySet<string>, kolom = 'KODE_INDUK') {
    const k = kunci(kode)
    if (jejak.has(k))
      return salah(kolom, 'Induk membentuk lingkaran di berkas', 'The parents form a cycle in the file')
    const baris = this.barisKode.get(k)
    if (baris) {
      const h = this.tempatkan(baris, jejak)
      return 'id' in h ? h.id : salah(kolom, 'Induk tidak dapat ditempatkan', 'The parent cannot be placed')
    }
    const ada = this.adaKode.get(k)
    return ada ? ada.id : salah(kolom, `Kode induk "${kode}" tidak dikenal`, `Unknown parent code "${kode}"`)
  }
}

/** True when following parents from `id` comes back to it (a move under one's own descendant). */
function berputar(id: string, induk: ReadonlyMap<string, string | null>): boolean {
  let cur = induk.get(id) ?? null
  for (let langkah = 0; cur && langkah <= induk.size; langkah++) {
    if (cur === id) return true
    cur = induk.get(cur) ?? null
  }
  return false // a cycle above, not through this unit: the rows that close it are reported themselves
}

export function rencanakanImporUnor(
  rows: readonly UnorImpor[],
  ada: readonly UnorAdaPenuh[],
  idBaru: () => string,
): RencanaUnor {
  const tempat = new Penempatan(ada, rows, idBaru)
  const adaId = new Map(ada.map((u) => [u.id, u]))
  const rencana: RencanaUnor = {
    baru: [],
    ubah: [],
    ringkasan: { baru: 0, diperbarui: 0, mutasi: 0, tidakBerubah: 0 },
    kesalahan: [],
  }
  const induk = new Map<string, string | null>(ada.map((u) => [u.id, u.parentId]))
  const ditempatkan: [UnorImpor, { id: string; parentId: string | null }][] = []
  for (const r of rows) {
    const h = tempat.tempatkan(r)
    if ('kesalahan' in h) {
      rencana.kesalahan.push({ baris: r.baris, ...h.kesalahan })
      continue
    }
    ditempatkan.push([r, h])
    induk.set(h.id, h.parentId)
  }
  for (const [r, h] of ditempatkan) {
    if (berputar(h.id, induk)) {
      rencana.kesalahan.push({
        baris: r.baris,
        kolom: r.kodeInduk ? 'KODE_INDUK' : 'NAMA_INDUK',
        pesan: LINGKARAN,
      })
      continue
    }
    tambah(rencana, r, h, adaId.get(h.id))
  }
  rencana.baru.sort((a, b) => kedalaman(a.id, induk) - kedalaman(b.id, induk))
  return rencana
}

const LINGKARAN = {
  id: 'Pemindahan ini membuat unit menjadi induk dirinya sendiri',
  en: 'This move would make the unit its own ancestor',
}

function kedalaman(id: string, induk: ReadonlyMap<string, string | null>) {
  let d = 0
  for (let cur = induk.get(id) ?? null; cur && d <= induk.size; cur = induk.get(cur) ?? null) d++
  return d
}

function tambah(
  rencana: RencanaUnor,
  r: UnorImpor,
  h: { id: string; parentId: string | null },
  lama: UnorAdaPenuh | undefined,
) {
  const tulis: UnorTulis = {
    id: h.id,
    parentId: h.parentId,
    kode: r.kode,
    nama: r.nama,
    namaJabatanKepala:
      r.namaJabatanKepala === undefined ? (lama?.namaJabatanKepala ?? null) : r.namaJabatanKepala,
  }
  const s = rencana.ringkasan
  if (!lama) return void (rencana.baru.push(tulis), s.baru++)
  const pindah = lama.parentId !== tulis.parentId
  const ubah =
    pindah ||
    lama.kode !== tulis.kode ||
    lama.nama !== tulis.nama ||
    lama.namaJabatanKepala !== tulis.namaJabatanKepala
  if (ubah) rencana.ubah.push(tulis)
  if (pindah) s.mutasi++
  else if (ubah) s.diperbarui++
  else s.tidakBerubah++
}
