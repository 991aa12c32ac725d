import { Badge } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { DialogRingkas } from '../../../../../shared/dialog-kinerja.ts'

const WARNA = { dijadwalkan: 'blue', selesai: 'teal', dibatalkan: 'gray' } as const

export function StatusDialogBadge({ status }: { status: DialogRingkas['status'] }) {
  const { t } = useTranslation('dialog-kinerja')
  return (
    <Badge variant="light" color={WARNA[status]}>
      {t(`status.${status}`)}
    </Badge>
  )
}
