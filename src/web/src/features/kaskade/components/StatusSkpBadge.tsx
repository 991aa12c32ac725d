import { Badge, type BadgeProps } from '@mantine/core'
import { useTranslation } from 'react-i18next'

const WARNA: Record<string, string> = {
  belum_ada: 'red',
  draft: 'gray',
  diajukan: 'blue',
  disetujui: 'green',
  dikembalikan: 'orange',
}

/** A subordinate's or member's SKP status (or "no SKP yet"). */
export function StatusSkpBadge({ status, ...rest }: { status: string } & BadgeProps) {
  const { t } = useTranslation('kaskade')
  return (
    <Badge color={WARNA[status] ?? 'gray'} variant="light" data-status={status} {...rest}>
      {t(`status.${status}`, { defaultValue: status })}
    </Badge>
  )
}
