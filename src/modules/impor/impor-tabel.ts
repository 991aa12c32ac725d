/**
 * A file as a table: the header row mapped to columns (case-insensitive, aliases), each data row as
 * values by column. Blank rows are skipped; row numbers stay those the spreadsheet shows.
 */
import { bacaBerkas, type SumberBerkas } from './impor-berkas.ts'
import { pesanKolomHilang, petakanHeader, type SkemaKolom } from './impor-kolom.ts'
import { teks, type NilaiSel } from './impor-nilai.ts'
import type { BarisMentah, KesalahanBaris } from './impor-tipe.ts'

export interface TabelBerkas<K extends string> {
  kolomAda: Set<K>
  baris: BarisMentah<K>[]
  /** Problems of the file as a whole (no header, a required column missing): nothing can be imported. */
  kesalahanBerkas: KesalahanBaris[]
}

const kosong = (nilai: NilaiSel[]) => nilai.every((v) => teks(v) === '')

interface Header<K extends string> {
  baris: number
  indeks: [K, number][]
  hilang: K[]
}

function bacaHeader<K extends string>(skema: SkemaKolom<K>, baris: number, nilai: NilaiSel[]): Header<K> {
  const peta = petakanHeader(skema, nilai)
  return { baris, indeks: [...peta.indeks], hilang: peta.hilang }
}

function nilaiMenurutKolom<K extends string>(header: Header<K>, nilai: NilaiSel[]) {
  const hasil: Partial<Record<K, NilaiSel>> = {}
  for (const [k, i] of header.indeks) hasil[k] = nilai[i]
  return hasil
}

/** What the header row says, filled in while the rows stream (complete once the stream has ended). */
export interface InfoTabel<K extends string> {
  kolomAda: Set<K>
  kesalahanBerkas: KesalahanBaris[]
}

/**
 * The data rows in chunks of about `ukuran`, read as they stream from the file: memory holds one chunk,
 * never the file's rows. `info` is known once the first chunk arrives (or the stream has ended).
 */
export function alirTabel<K extends string>(sumber: SumberBerkas, skema: SkemaKolom<K>, ukuran = 2_000) {
  const info: InfoTabel<K> = { kolomAda: new Set(), kesalahanBerkas: [] }
  async function* potongan(): AsyncGenerator<BarisMentah<K>[]> {
    let header: Header<K> | null = null
    let baris: BarisMentah<K>[] = []
    for await (const kelompok of bacaBerkas(sumber)) {
      for (const r of kelompok) {
        if (kosong(r.nilai)) continue
        if (header) baris.push({ baris: r.baris, nilai: nilaiMenurutKolom(header, r.nilai) })
        else {
          header = bacaHeader(skema, r.baris, r.nilai)
          const h = header
          info.kolomAda = new Set(h.indeks.map(([k]) => k))
          info.kesalahanBerkas = h.hilang.map((k) => ({
            baris: h.baris,
            kolom: k,
            pesan: pesanKolomHilang(k),
          }))
        }
      }
      if (baris.length >= ukuran) {
        yield baris
        baris = []
      }
    }
    if (!header) {
      const pesan = { id: 'Berkas kosong: tidak ada baris judul', en: 'The file is empty: no header row' }
      info.kesalahanBerkas = [{ baris: 1, kolom: '', pesan }]
    }
    if (baris.length) yield baris
  }
  return { info, potongan: potongan() }
}

/** The whole file as a table (small files: the unor import, tests). */
export async function bacaTabel<K extends string>(
  sumber: SumberBerkas,
  skema: SkemaKolom<K>,
): Promise<TabelBerkas<K>> {
  const { info, potongan } = alirTabel(sumber, skema)
  const baris: BarisMentah<K>[] = []
  for await (const p of potongan) for (const r of p) baris.push(r)
  return { kolomAda: info.kolomAda, baris, kesalahanBerkas: info.kesalahanBerkas }
}
