/**
 * What the validation of one row needs to know about the whole file, gathered in one cheap pass
 * before validating (pure).
 */
import type { KolomPegawai } from './impor-kolom.ts'
import { kunci, nipMentah, parseYaTidak, type NilaiSel } from './impor-nilai.ts'
import type { BarisMentah } from './impor-tipe.ts'

/** A unit as a pegawai row names it (UNOR + UNOR_INDUK), for "one head per unit". */
export const kunciKepala = (unor: NilaiSel, induk: NilaiSel) => `${kunci(unor)}\u0000${kunci(induk)}`

export interface KonteksBerkasPegawai {
  nipPertama: Map<string, number>
  unorDiFile: Set<string>
  unorDenganInduk: Set<string>
  kepalaPertama: Map<string, number>
}

export const konteksBerkasKosong = (): KonteksBerkasPegawai => ({
  nipPertama: new Map(),
  unorDiFile: new Set(),
  unorDenganInduk: new Set(),
  kepalaPertama: new Map(),
})

export function kumpulkanKonteksBerkas(rows: readonly BarisMentah<KolomPegawai>[]): KonteksBerkasPegawai {
  return tambahKonteksBerkas(konteksBerkasKosong(), rows)
}

/** Adds rows (in file order) to the context: a file streamed in chunks gives the context of the whole file. */
export function tambahKonteksBerkas(
  k: KonteksBerkasPegawai,
  rows: readonly BarisMentah<KolomPegawai>[],
): KonteksBerkasPegawai {
  for (const { baris, nilai } of rows) {
    const { nip } = nipMentah(nilai.NIP)
    if (nip && !k.nipPertama.has(nip)) k.nipPertama.set(nip, baris)
    const unor = kunci(nilai.UNOR)
    if (unor) k.unorDiFile.add(unor)
    if (unor && kunci(nilai.UNOR_INDUK)) k.unorDenganInduk.add(unor)
    const kepala = parseYaTidak(nilai.KEPALA_UNOR)
    const kunciUnit = kunciKepala(nilai.UNOR, nilai.UNOR_INDUK)
    if (kepala.ok && kepala.nilai && !k.kepalaPertama.has(kunciUnit)) k.kepalaPertama.set(kunciUnit, baris)
  }
  return k
}
