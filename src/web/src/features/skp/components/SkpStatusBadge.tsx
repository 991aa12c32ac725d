import { Badge, type BadgeProps } from '@mantine/core'
import { LABEL_SKP_STATUS } from '../../../../../domain/labels.ts'
import type { SkpView } from '../../../../../shared/skp.ts'
import { labelOf } from '../../../lib/format.ts'

type Status = SkpView['status']

export const WARNA_STATUS: Record<Status, string> = {
  draft: 'gray',
  diajukan: 'blue',
  disetujui: 'green',
  dikembalikan: 'orange',
}

/** The SKP's workflow state as a coloured badge (data-status for browser tests). */
export function SkpStatusBadge({ status, ...rest }: { status: Status } & BadgeProps) {
  return (
    <Badge color={WARNA_STATUS[status]} variant="light" data-status={status} {...rest}>
      {labelOf(LABEL_SKP_STATUS[status])}
    </Badge>
  )
}
