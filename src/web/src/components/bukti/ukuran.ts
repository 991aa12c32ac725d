import { formatAngka } from '../../lib/format.ts'
import type { Bahasa } from '../../i18n/index.ts'

/** Bytes as people read a file size: 820 B, 35 KB, 1,2 MB (in the UI language's number format). */
export function formatUkuran(bita: number, bahasa?: Bahasa): string {
  if (bita < 1024) return `${formatAngka(bita, bahasa)} B`
  if (bita < 1024 * 1024) return `${formatAngka(Math.round(bita / 1024), bahasa)} KB`
  return `${formatAngka(Math.round((bita / 1024 / 1024) * 10) / 10, bahasa)} MB`
}
