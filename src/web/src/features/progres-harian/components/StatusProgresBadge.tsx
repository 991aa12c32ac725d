import { Badge } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { StatusHariProgres } from '../../../../../shared/enums.ts'

const WARNA: Record<StatusHariProgres, string> = {
  belum_diisi: 'gray',
  draft: 'blue',
  diajukan: 'yellow',
  disetujui: 'green',
  dikembalikan: 'red',
}

/** An entry's or a day's status, as the server computed it. */
export function StatusProgresBadge({ status }: { status: StatusHariProgres }) {
  const { t } = useTranslation('progres-harian')
  return (
    <Badge color={WARNA[status]} variant="light" data-testid={`status-${status}`}>
      {t(`status.${status}`)}
    </Badge>
  )
}
