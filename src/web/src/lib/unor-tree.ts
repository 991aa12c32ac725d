import type { UnorNode } from '../../../shared/organisasi.ts'

export interface UnorBaris {
  node: UnorNode
  depth: number
}

/** Children per parent id ('' = roots), siblings sorted by name. Orphans (parent not in list) become roots. */
export function anakPerInduk(items: UnorNode[]): Map<string, UnorNode[]> {
  const ids = new Set(items.map((u) => u.id))
  const map = new Map<string, UnorNode[]>()
  for (const u of items) {
    const key = u.parentId && ids.has(u.parentId) ? u.parentId : ''
    map.set(key, [...(map.get(key) ?? []), u])
  }
  for (const list of map.values()) list.sort((a, b) => a.nama.localeCompare(b.nama, 'id'))
  return map
}

/** Depth-first order with depth, for indented lists and pickers. */
export function urutanPohon(items: UnorNode[]): UnorBaris[] {
  const anak = anakPerInduk(items)
  const out: UnorBaris[] = []
  const visit = (parent: string, depth: number) => {
    for (const node of anak.get(parent) ?? []) {
      out.push({ node, depth })
      visit(node.id, depth + 1)
    }
  }
  visit('', 0)
  return out
}

/** The unit and every unit below it (a unit cannot move under itself). */
export function subPohon(items: UnorNode[], rootId: string): Set<string> {
  const anak = anakPerInduk(items)
  const out = new Set<string>([rootId])
  const stack = [rootId]
  while (stack.length) {
    for (const c of anak.get(stack.pop() as string) ?? []) {
      out.add(c.id)
      stack.push(c.id)
    }
  }
  return out
}

/** Ids of the ancestors of a unit, nearest first. */
export function leluhur(items: UnorNode[], id: string): string[] {
  const byId = new Map(items.map((u) => [u.id, u]))
  const out: string[] = []
  let cur = byId.get(id)?.parentId
  while (cur && !out.includes(cur)) {
    out.push(cur)
    cur = byId.get(cur)?.parentId
  }
  return out
}
