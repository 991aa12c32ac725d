/**
 * Resolving the units and positions a pegawai file names to ids (pure). Units are found by their
 * SIASN kode, or by name (under the named parent); a unit missing under a known parent is created.
 * Positions are found by name + jenis (+ jenjang, head flag) within the unit, or created.
 */
import { kunci } from './impor-nilai.ts'
import type { KesalahanKolom } from './impor-tipe.ts'
import type { JenisJabatan, Jenjang } from './pegawai-enum.ts'

export interface UnorAda {
  id: string
  parentId: string | null
  kode: string | null
  nama: string
}
export interface UnorBaru {
  id: string
  parentId: string | null
  nama: string
  /** The head position's name, taken from the row that heads the new unit (KEPALA_UNOR = Y). */
  namaJabatanKepala: string | null
}
export interface JabatanAda {
  id: string
  unorId: string | null
  nama: string
  jenis: JenisJabatan
  jenjang: Jenjang | null
  isKepala: boolean
}
export type JabatanBaru = JabatanAda & { unorId: string }

type Hasil = { id: string } | { kesalahan: KesalahanKolom }

const salah = (kolom: string, id: string, en: string): Hasil => ({ kesalahan: { kolom, pesan: { id, en } } })

export class PetaUnor {
  private readonly kode = new Map<string, string>()
  private readonly nama = new Map<string, string[]>()
  private readonly dibawah = new Map<string, string>()
  private readonly memo = new Map<string, Hasil>()
  readonly baru: UnorBaru[] = []

  /** `definisiBerkas`: kunci(UNOR) → the UNOR_INDUK another row of the file gives for it. */
  constructor(
    ada: readonly UnorAda[],
    private readonly definisiBerkas: ReadonlyMap<string, string>,
    private readonly idBaru: () => string,
  ) {
    for (const u of ada) {
      if (u.kode) this.kode.set(kunci(u.kode), u.id)
      this.catat(u.id, u.parentId, u.nama)
    }
  }

  private catat(id: string, parentId: string | null, nama: string) {
    const k = kunci(nama)
    this.nama.set(k, [...(this.nama.get(k) ?? []), id])
    this.dibawah.set(`${parentId}\u0000${k}`, id)
  }

  private readonly mentah = new Map<string, Map<string, Hasil>>()

  /** A new unit's head position is named after the position of the row that heads it. */
  namaiKepala(id: string, jabatan: string) {
    const u = this.baru.find((b) => b.id === id)
    if (u && !u.namaJabatanKepala) u.namaJabatanKepala = jabatan
  }

  /** The unit a row names; `induk` (name or kode) places it, and creates it there when missing. */
  cari(ref: string, induk: string | null): Hasil {
    // Rows repeat a few hundred units 100,000 times: remember the answer per spelling as written
    // (nested maps: no key string is built per row).
    let perInduk = this.mentah.get(ref)
    if (!perInduk) this.mentah.set(ref, (perInduk = new Map()))
    let h = perInduk.get(induk ?? '')
    if (!h) perInduk.set(induk ?? '', (h = this.cariDari(ref, induk, new Set())))
    return h
  }

  private cariDari(ref: string, induk: string | null, jejak: ReadonlySet<string>): Hasil {
    const k = kunci(ref)
    const olehKode = this.kode.get(k)
    if (olehKode) return { id: olehKode }
    const m = `${k}\u0000${kunci(induk)}`
    let hasil = this.memo.get(m)
    if (!hasil) {
      hasil = induk ? this.diBawahInduk(ref, induk, jejak) : this.olehNama(ref, jejak)
      this.memo.set(m, hasil)
    }
    return hasil
  }

  private diBawahInduk(ref: string, induk: string, jejak: ReadonlySet<string>): Hasil {
    const kIn = kunci(induk)
    if (jejak.has(kIn)) {
      return salah(
        'UNOR_INDUK',
        'UNOR_INDUK membentuk lingkaran di berkas',
        'UNOR_INDUK forms a cycle in the file',
      )
    }
    const parent = this.cariDari(induk, null, new Set([...jejak, kunci(ref)]))
    if ('kesalahan' in parent) return { kesalahan: { ...parent.kesalahan, kolom: 'UNOR_INDUK' } }
    const ada = this.dibawah.get(`${parent.id}\u0000${kunci(ref)}`)
    if (ada) return { id: ada }
    const id = this.idBaru()
    this.baru.push({ id, parentId: parent.id, nama: ref, namaJabatanKepala: null })
    this.catat(id, parent.id, ref)
    return { id }
  }

  private olehNama(ref: string, jejak: ReadonlySet<string>): Hasil {
    const ids = this.nama.get(kunci(ref)) ?? []
    if (ids.length === 1) return { id: ids[0] }
    if (ids.length > 1) {
      return salah(
        'UNOR',
        `Ada ${ids.length} unit bernama "${ref}"; isi UNOR_INDUK atau gunakan kode unit`,
        `There are ${ids.length} units named "${ref}"; fill UNOR_INDUK or use the unit code`,
      )
    }
    const induk = this.definisiBerkas.get(kunci(ref))
    if (induk) return this.cariDari(ref, induk, jejak)
    return salah(
      'UNOR',
      `Unit "${ref}" tidak dikenal di instansi ini`,
      `Unit "${ref}" is not known in this agency`,
    )
  }
}

export class PetaJabatan {
  private readonly kunciKe = new Map<string, string>()
  readonly baru: JabatanBaru[] = []

  constructor(
    ada: readonly JabatanAda[],
    private readonly idBaru: () => string,
  ) {
    for (const j of ada) if (j.unorId) this.kunciKe.set(PetaJabatan.kunci(j), j.id)
  }

  private static kunci(j: Omit<JabatanAda, 'id'>) {
    return [j.unorId, kunci(j.nama), j.jenis, j.jenjang ?? '', j.isKepala ? 'k' : ''].join('\u0000')
  }

  /** unorId → name as written → jenis/jenjang/head → id: the per-row fast path, no key string built. */
  private readonly mentah = new Map<string, Map<string, Map<string, string>>>()

  /** The position in the unit, created when the instansi does not have it yet. */
  cari(j: Omit<JabatanBaru, 'id'>): string {
    let perNama = this.mentah.get(j.unorId)
    if (!perNama) this.mentah.set(j.unorId, (perNama = new Map()))
    let perJenis = perNama.get(j.nama)
    if (!perJenis) perNama.set(j.nama, (perJenis = new Map()))
    const jenis = j.isKepala
      ? `${j.jenis}:${j.jenjang}:kepala`
      : j.jenjang
        ? `${j.jenis}:${j.jenjang}`
        : j.jenis
    let id = perJenis.get(jenis)
    if (!id) perJenis.set(jenis, (id = this.cariAtauBuat(j)))
    return id
  }

  private cariAtauBuat(j: Omit<JabatanBaru, 'id'>): string {
    const k = PetaJabatan.kunci(j)
    let id = this.kunciKe.get(k)
    if (!id) {
      id = this.idBaru()
      this.baru.push({ ...j, id })
      this.kunciKe.set(k, id)
    }
    return id
  }
}
