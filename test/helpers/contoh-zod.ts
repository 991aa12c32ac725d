import type { z } from 'zod'
import { buatNip } from '../../src/db/seed/nip.ts'

/**
 * Request bodies from a route's own zod schema, for the bad-input test: a minimal valid value, and ways to
 * vary one leaf of it. Ids come from `idField` (real rows of the test's world, by field name).
 */
type Def = { type: string; [k: string]: unknown }
const def = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def
const cek = (s: z.ZodType) =>
  ((def(s).checks as { _zod: { def: Record<string, unknown> } }[] | undefined) ?? []).map((c) => c._zod.def)

export function pembuatContoh(o: { tahun: number; idField: (kunci: string) => string }) {
  let urutKode = 0
  function contoh(s: z.ZodType, kunci: string): unknown {
    const d = def(s)
    switch (d.type) {
      case 'object': {
        const hasil: Record<string, unknown> = {}
        for (const [k, v] of Object.entries(d.shape as Record<string, z.ZodType>)) {
          const isi = contoh(v, k)
          if (isi !== undefined) hasil[k] = isi
        }
        return hasil
      }
      case 'optional':
      case 'nullable':
      case 'default':
      case 'prefault':
      case 'readonly':
        return contoh(d.innerType as z.ZodType, kunci)
      case 'pipe':
        return contoh(d.in as z.ZodType, kunci)
      case 'lazy':
        return undefined
      case 'array':
        return [contoh(d.element as z.ZodType, kunci)]
      case 'enum':
        return Object.values(d.entries as Record<string, string>)[0]
      case 'literal':
        return (d.values as unknown[])[0]
      case 'boolean':
        return false
      case 'union':
        return contoh((d.options as z.ZodType[])[0], kunci)
      case 'record':
        return {}
      case 'number': {
        if (kunci === 'tahun') return o.tahun
        const min = cek(s).find((c) => c.check === 'greater_than')?.value as number | undefined
        return Math.max(min ?? 1, 1)
      }
      case 'string':
        return teksContoh(s, kunci)
      default:
        return undefined
    }
  }

  function teksContoh(s: z.ZodType, kunci: string): string {
    const format = (def(s).format as string | undefined) ?? cek(s).find((c) => c.format)?.format
    if (format === 'uuid') return o.idField(kunci)
    if (format === 'email') return 'uji@contoh.go.id'
    if (format === 'date') return `${o.tahun}-03-01`
    if (format === 'regex') return `UJI${String(++urutKode).padStart(4, '0')}`
    if (kunci === 'nip')
      return buatNip({ lahir: '1990-01-0' + (1 + (urutKode++ % 9)), tmt: '2015-03', jk: 'L', urut: urutKode })
    const min = (cek(s).find((c) => c.check === 'min_length')?.minimum as number | undefined) ?? 0
    return 'Teks uji sah'.padEnd(min, 'x')
  }

  return { contoh }
}

export type Jalur = (string | number)[]
/** Every leaf of a value that is text (strings; ids and dates are text too), with its path. */
export function daunTeks(v: unknown, path: Jalur = []): [Jalur, string][] {
  if (typeof v === 'string') return [[path, v]]
  if (Array.isArray(v)) return v.flatMap((x, i) => daunTeks(x, [...path, i]))
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => daunTeks(x, [...path, k]))
  return []
}
export function ganti(v: unknown, path: Jalur, nilai: unknown): unknown {
  if (!path.length) return nilai
  const salin = (Array.isArray(v) ? [...v] : { ...(v as object) }) as Record<string | number, unknown>
  salin[path[0]] = ganti(salin[path[0]], path.slice(1), nilai)
  return salin
}
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
export const TANGGAL = /^\d{4}-\d{2}-\d{2}$/
