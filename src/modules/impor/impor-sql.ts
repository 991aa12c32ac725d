import type { SQL } from 'drizzle-orm'

type Skalar = string | number | boolean | null | undefined

function elemen(v: Skalar): string {
  if (v == null) return 'NULL'
  const t = String(v)
  return t.includes('"') || t.includes('\\') ? `"${t.replace(/[\\"]/g, '\\$&')}"` : `"${t}"`
}

/**
 * One array parameter for `unnest($n::type[])`, as a PostgreSQL array literal: the same text for both
 * drivers, so a whole column travels as one parameter (DESIGN.md: bulk writes use unnest).
 */
export function pgArray(values: readonly Skalar[]): string {
  let out = '{'
  for (let i = 0; i < values.length; i++) out += (i ? ',' : '') + elemen(values[i])
  return `${out}}`
}

/** Column `k` of the rows as an array literal (built directly: imports build millions of elements). */
export function kolom<T, K extends keyof T>(rows: readonly T[], k: K): string {
  let out = '{'
  for (let i = 0; i < rows.length; i++) out += (i ? ',' : '') + elemen(rows[i][k] as Skalar)
  return `${out}}`
}

/**
 * Run a statement per chunk of `ukuran` rows, one at a time (one connection, one transaction), but
 * build the next chunk's statement while the database executes the current one.
 */
export async function perPotongan<T>(
  rows: readonly T[],
  ukuran: number,
  bangun: (potongan: readonly T[]) => SQL,
  jalankan: (q: SQL, jumlah: number) => Promise<unknown>,
  kemajuan?: (n: number) => void,
) {
  let berikut = rows.length ? bangun(rows.slice(0, ukuran)) : null
  for (let i = 0; berikut; i += ukuran) {
    const jumlah = Math.min(ukuran, rows.length - i)
    const jalan = jalankan(berikut, jumlah)
    berikut = i + ukuran < rows.length ? bangun(rows.slice(i + ukuran, i + 2 * ukuran)) : null
    await jalan
    kemajuan?.(jumlah)
  }
}
