import { Badge } from '@mantine/core'
import { formatAngka } from '../../../lib/format.ts'

/** Capaian as computed by the server; the colour only marks how far from the target it is. */
export function CapaianBadge({ capaian, testId }: { capaian: number | null; testId?: string }) {
  if (capaian === null)
    return (
      <Badge variant="light" color="gray" data-testid={testId}>
        —
      </Badge>
    )
  const warna = capaian >= 100 ? 'green' : capaian >= 75 ? 'yellow' : 'red'
  return (
    <Badge variant="light" color={warna} data-testid={testId}>
      {formatAngka(capaian)} %
    </Badge>
  )
}
