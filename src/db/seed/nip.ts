/** Build a structurally valid NIP (DOMAIN.md §1) for demo data and tests. */
export function buatNip(o: {
  lahir: string /* yyyy-mm-dd */
  tmt: string /* yyyy-mm */
  jk: 'L' | 'P'
  urut: number
}) {
  return `${o.lahir.replaceAll('-', '')}${o.tmt.replace('-', '')}${o.jk === 'L' ? 1 : 2}${String(o.urut % 1000).padStart(3, '0')}`
}
