import type { z } from 'zod'

interface Def {
  type: string
  maxLength?: number | null
}
type Walkable = z.ZodType &
  Def & {
    unwrap?: () => Walkable
    shape?: Record<string, Walkable>
    element?: Walkable
    valueType?: Walkable
  }

/**
 * The `.max()` of a text field in a shared zod schema, so the web app never repeats a limit:
 * `maxLengthOf(RhkInput, 'deskripsi')` → 2000. A path walks objects by key, arrays by `*` (or an index)
 * and records by `*`; optional, nullable and default wrappers are looked through.
 * Throws when the path names no string with a maximum (a renamed field fails loudly, not silently).
 */
export function maxLengthOf(schema: z.ZodType, path: string): number {
  let node = schema as Walkable
  for (const part of path.split('.')) {
    node = unwrap(node)
    const next =
      node.shape?.[part] ?? (/^(\*|\d+)$/.test(part) ? (node.element ?? node.valueType) : undefined)
    if (!next) throw new Error(`maxLengthOf: no field "${part}" in "${path}"`)
    node = next
  }
  const max = (unwrap(node) as Partial<{ maxLength: number | null }>).maxLength
  if (typeof max !== 'number') throw new Error(`maxLengthOf: "${path}" is not a string with .max()`)
  return max
}

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch'])

function unwrap(node: Walkable): Walkable {
  let n = node
  while (WRAPPERS.has((n as unknown as { def: Def }).def.type) && n.unwrap) n = n.unwrap()
  return n
}
