import type { NilaiSel, Teks } from './impor-nilai.ts'

/** One data row of a file, by column, with its spreadsheet row number (the header is row 1). */
export interface BarisMentah<K extends string> {
  baris: number
  nilai: Partial<Record<K, NilaiSel>>
}

export interface KesalahanKolom {
  kolom: string
  pesan: Teks
}

export interface KesalahanBaris extends KesalahanKolom {
  baris: number
}

/** The outcome of validating one row: its clean data, or every problem found in it. */
export type HasilBaris<T> = { data: T } | { kesalahan: KesalahanKolom[] }

export interface Ringkasan {
  baru: number
  diperbarui: number
  mutasi: number
  tidakBerubah: number
}

/** Collects a row's errors; validators report every problem, not just the first. */
export class Pemeriksa {
  readonly kesalahan: KesalahanKolom[] = []
  salah(kolom: string, id: string, en: string) {
    this.kesalahan.push({ kolom, pesan: { id, en } })
  }
  hasil<T>(data: () => T): HasilBaris<T> {
    return this.kesalahan.length ? { kesalahan: this.kesalahan } : { data: data() }
  }
}
