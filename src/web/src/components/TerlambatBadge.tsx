import { Badge } from '@mantine/core'
import { IconClockExclamation } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'

/**
 * "Late" on an SKP row or page: the server decides (src/domain/terlambat.ts, with its clock) and sends
 * `terlambat` and `hariTerlambat`; this only shows them. Nothing when on time.
 */
export function TerlambatBadge({ terlambat, hariTerlambat }: { terlambat: boolean; hariTerlambat: number }) {
  const { t } = useTranslation()
  if (!terlambat) return null
  return (
    <Badge
      color="red"
      variant="light"
      leftSection={<IconClockExclamation size={12} aria-hidden />}
      title={t('terlambat.judul')}
      data-testid="badge-terlambat"
    >
      {t('terlambat.label', { hari: hariTerlambat })}
    </Badge>
  )
}
