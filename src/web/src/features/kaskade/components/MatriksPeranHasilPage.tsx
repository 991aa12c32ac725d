import { useState } from 'react'
import type { Sasaran } from '../hooks/use-matriks.ts'
import { MatriksPage } from './MatriksPage.tsx'
import { SelModal } from './SelModal.tsx'

/** /matriks-peran-hasil — the page and the dialog for one cell. */
export function MatriksPeranHasilPage() {
  const [sel, setSel] = useState<Sasaran | null>(null)
  return (
    <>
      <MatriksPage onBuka={setSel} />
      <SelModal s={sel} onClose={() => setSel(null)} />
    </>
  )
}
