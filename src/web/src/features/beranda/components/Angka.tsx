import { Anchor, Text } from '@mantine/core'
import { Link } from 'react-router'
import { formatAngka } from '../../../lib/format.ts'

/**
 * A count on the Beranda: a link to the filtered list it counts (issue 6: every number links), or plain
 * text when no list exists for this reader. `label` names what is counted for screen readers.
 */
export function Angka({
  nilai,
  to,
  label,
  besar,
}: {
  nilai: number
  to: string | null
  label: string
  besar?: boolean
}) {
  const teks = formatAngka(nilai)
  const ukuran = besar ? { fz: 28, fw: 700 } : { fz: 'sm', fw: nilai > 0 ? 600 : 400 }
  if (!to)
    return (
      <Text span {...ukuran} aria-label={`${teks} ${label}`}>
        {teks}
      </Text>
    )
  return (
    <Anchor component={Link} to={to} {...ukuran} aria-label={`${teks} ${label}`} data-testid="beranda-angka">
      {teks}
    </Anchor>
  )
}
